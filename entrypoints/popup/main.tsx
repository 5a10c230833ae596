import { render } from 'preact';
import { createClient } from '../../src/messaging/contract';
import { PopupApp } from '../../src/ui/popup-app';
import { resolveLang } from '../../src/store/options';
import '../../src/ui/popup.css';

const send = createClient((message) => browser.runtime.sendMessage(message));

render(
  <PopupApp
    loadChecklist={() => send({ type: 'get-checklist' })}
    checkDomain={(input) => send({ type: 'check-domain', input })}
    openOptions={() => void browser.runtime.openOptionsPage()}
    fallbackLang={resolveLang('auto', navigator.language)}
  />,
  document.getElementById('app')!,
);
