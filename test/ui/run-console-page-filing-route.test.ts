// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://console.cloud.tencent.com/beian/manage/submit"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFilingPage } from '../../src/messaging/console-hosts';
import type { ResultItem } from '../../src/messaging/tab-results';
import { inPageReading } from '../../src/ui/page/in-page-reading';
import { runConsolePage } from '../../src/ui/page/run-console-page';
import { guardSubmit } from '../../src/ui/page/submit-guard';
import type { WarningUi } from '../../src/ui/page/warning-ui';
import { fakePageContext } from '../helpers/fake-page-context';
import { settle } from '../helpers/until';

/**
 * The Tencent console's one content script serves CVM, Lighthouse, domains and the filing console (entrypoints/
 * tencent.content.ts), and a route change inside the console keeps it: the pre-submit check guards the /beian pages as the
 * address is at the press (`filingPage`), not as it was when the script started. Before, a domain list the router reached
 * from /beian kept the check: its real-name "重新提交" (session 59's words: a rejected filing's resubmission) was held with
 * the domain's own error.
 */
const realName: ResultItem = {
  rule: 'domain.real-name-verified', status: 'fail', severity: 'error', subject: 'acme-shop.cn', subjectKind: 'domain',
  message: 'acme-shop.cn is not real-name verified', title: 'Domain real-name verified', sources: [{ publisher: 'MIIT', title: 'ICP filing', section: 'Domains' }],
};

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  history.replaceState(null, '', '/beian/manage/submit');
});

function start() {
  const { ctx, invalidate } = fakePageContext();
  stop = invalidate;
  const dialogs: unknown[] = [];
  const ui = { dialog: (...args: unknown[]) => dialogs.push(args), clear: () => undefined, dialogCss: '', createView: () => ({ update: () => undefined, destroy: () => undefined }) } as unknown as WarningUi;
  runConsolePage(ctx, {
    reading: inPageReading(() => ({ reader: 'test-reader', facts: { version: 1, domains: [{ domain: 'acme-shop.cn' }] } })),
    // the background's answer: on a filing page every failing error of the filing (`blocking`), elsewhere the page's own
    send: async () => (isFilingPage('tencent', location.href) ? { type: 'results', lang: 'zh', results: [], blocking: [realName] } : { type: 'results', lang: 'zh', results: [realName] }),
    onPush: () => undefined,
    loadUi: async () => ui,
    guardSubmit,
    filingPage: () => isFilingPage('tencent', location.href),
    debounceMs: 10,
  });
  return dialogs;
}

/** The router goes to `path`: the page's content changes, it is read. */
async function route(path: string, button: string) {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event('wxt:locationchange'));
  document.body.innerHTML = `<p>acme-shop.cn</p><button type="button" id="b">${button}</button>`;
  await settle();
  await new Promise((r) => setTimeout(r, 50));
}

async function press(): Promise<boolean> {
  const pressed = vi.fn();
  document.getElementById('b')!.addEventListener('click', pressed);
  document.getElementById('b')!.click();
  await settle();
  return pressed.mock.calls.length === 0;
}

describe('the Tencent console: the pre-submit check as the address is at the press', () => {
  it('held on /beian; a domain list the router reaches from there: its real-name 重新提交 is not held', async () => {
    document.body.innerHTML = '<p>acme-shop.cn</p><button type="button" id="b">提交审核</button>';
    const dialogs = start();
    await settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(await press()).toBe(true);
    expect(dialogs).toHaveLength(1);
    await route('/domain', '重新提交');
    expect(await press()).toBe(false);
    expect(dialogs).toHaveLength(1);
    // and back on the filing form: held again
    await route('/beian/manage/submit', '重新提交');
    expect(await press()).toBe(true);
  });
});
