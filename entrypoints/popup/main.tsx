import { render } from 'preact';
import { createClient } from '../../src/messaging/contract';
import { resolveLang } from '../../src/store/options';
import { getOptions } from '../../src/store/items';
import { PopupApp } from '../../src/ui/popup-app';
import '../../src/ui/popup.css';

const send = createClient((message) => browser.runtime.sendMessage(message));

// One language everywhere: the option, else the browser's UI language — resolved as the background
// resolves it for the checklist, the in-page UI and the badge title (the background's answer wins).
void getOptions()
  .catch(() => undefined)
  .then((options) =>
    render(
      <PopupApp
        loadChecklist={() => send({ type: 'get-checklist' })}
        checkDomain={(input) => send({ type: 'check-domain', input })}
        openOptions={() => void browser.runtime.openOptionsPage()}
        fallbackLang={resolveLang(options?.lang, browser.i18n.getUILanguage())}
      />,
      document.getElementById('app')!,
    ),
  );
