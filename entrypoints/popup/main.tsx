import { render } from 'preact';
import { createClient } from '../../src/messaging/contract';
import { resolveLang } from '../../src/store/options';
import { getOptions } from '../../src/store/items';
import { PopupApp } from '../../src/ui/popup-app';
import '../../src/ui/popup.css';

const send = createClient((message) => browser.runtime.sendMessage(message));

/** The active tab of the popup's window (its id only: no permission needed), if there is one. */
async function activeTab(): Promise<{ tab?: number }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id !== undefined && tab.id >= 0 ? { tab: tab.id } : {};
}

// One language everywhere: the option, else the browser's UI language — resolved as the background
// resolves it for the checklist, the in-page UI and the badge title (the background's answer wins).
void getOptions()
  .catch(() => undefined)
  .then((options) =>
    render(
      <PopupApp
        // the tab the popup was opened over: what the checklist says of its page is "this page"
        loadChecklist={async () => send({ type: 'get-checklist', ...(await activeTab()) })}
        checkDomain={(input) => send({ type: 'check-domain', input })}
        openOptions={() => void browser.runtime.openOptionsPage()}
        fallbackLang={resolveLang(options?.lang, browser.i18n.getUILanguage())}
      />,
      document.getElementById('app')!,
    ),
  );
