// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../helpers/until';
import { fakePageContext } from '../helpers/fake-page-context';
import type { ResultItem } from '../../src/messaging/tab-results';
import { packResults } from '../../src/messaging/results-wire';
import { runConsolePage } from '../../src/ui/page/run-console-page';
import { createSnapshotReading, type AskRead } from '../../src/ui/page/snapshot-reading';
import { createPageView } from '../../src/ui/page/page-view';
import type { PageView, WarningUi } from '../../src/ui/page/warning-ui';

/**
 * Session 55 review (the facts stay in the background; results written as changes): the content script's read path
 * (src/ui/page/snapshot-reading) and what it shows and sends (src/ui/page/run-console-page) against answers and pushes
 * that arrive in an order the happy path does not have. The background is faked: `ask` answers as
 * entrypoints/background.ts readAndLint does (src/messaging/read-results withTabResults), pushes are packed as its
 * pushToTab packs them.
 */

const payg = (subject: string, lang: 'en' | 'zh' = 'en'): ResultItem => ({
  rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject, subjectKind: 'server',
  message: lang === 'en' ? `${subject} is pay-as-you-go` : `${subject} 为按量付费`, title: lang === 'en' ? 'Server paid by subscription' : '服务器需包年包月',
  sources: [{ publisher: 'Alibaba Cloud', section: 'Restrictions › Servers' }],
});

function fakeUi() {
  const calls: { list: ResultItem[][] } = { list: [] };
  const ui: WarningUi = {
    dialogCss: '',
    createView: (doc) => {
      const view: PageView = createPageView(doc);
      return { ...view, root: view.root, update: (items, lang) => (calls.list.push([...items]), view.update(items, lang)) };
    },
    dialog: () => undefined,
    clear: () => undefined,
  };
  return { ui, calls };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The reader document's answer for a page of these servers (src/snapshot/read-snapshot SnapshotRead). */
const readOf = (ids: string[]) => ({ kind: 'read', result: { reader: 'ecs-list', facts: { version: 1, servers: ids.map((id) => ({ id, product: 'ecs' })) } } });
/** As withTabResults answers when it stored and linted the facts: only `partial` of them, the tab's results packed. */
const linted = (results: ResultItem[], id: string, lang: 'en' | 'zh' = 'en') => ({
  kind: 'read',
  result: { reader: 'ecs-list', facts: { version: 1 } },
  results: packResults({ type: 'results', lang, results }, { id }),
});

const rowsOf = (ids: string[]) => `<table><tbody>${ids.map((id) => `<tr><td>${id}</td><td>按量付费</td></tr>`).join('')}</tbody></table>`;

describe('read answers and pushes out of the happy order (session 55 review)', () => {
  let stop: () => void = () => undefined;
  const home = location.href;
  beforeEach(() => {
    history.replaceState(null, '', home);
    document.body.innerHTML = rowsOf(['i-bp1aaa']);
  });
  afterEach(() => stop());

  function start(ask: AskRead) {
    const { ctx, invalidate } = fakePageContext();
    stop = invalidate;
    const { ui, calls } = fakeUi();
    const sent: Array<{ type: string; facts?: unknown }> = [];
    let push: (m: unknown) => void = () => undefined;
    runConsolePage(ctx, {
      // as src/content/console-content-script wires it (Firefox's path: whole pages, no patches); runConsolePage tells
      // the reading of a push itself
      reading: (shadows) => createSnapshotReading(ask, () => shadows.roots()),
      send: async (m) => {
        sent.push(m as { type: string });
        return { type: 'results', lang: 'en', results: [] };
      },
      onPush: (listener) => (push = listener),
      loadUi: async () => ui,
      debounceMs: 10,
    });
    return { calls, sent, push: (m: unknown) => push(m) };
  }

  it('a superseded read’s results, given to the next read that finds the page the same, do not undo a newer push (the language changed meanwhile)', async () => {
    const second = deferred<unknown>();
    const answers: Array<Promise<unknown>> = [Promise.resolve(linted([payg('i-bp1aaa')], 'a')), second.promise];
    const ask = vi.fn<AskRead>(() => answers.shift() ?? Promise.resolve(undefined));
    const { calls, push } = start(ask);
    await settle();
    expect(calls.list).toEqual([[payg('i-bp1aaa')]]);
    // a row changes: a second read, under way
    const cell = document.querySelector('td')!;
    cell.textContent = 'i-bp1aaa ';
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    // a change that schedules a third read and leaves the markup as the second read took it (a text set and set back)
    cell.textContent = 'i-bp1aaa  ';
    cell.textContent = 'i-bp1aaa ';
    await sleep(150);
    // the second read's answer: stored and linted by the background, in English; its read superseded (kept for `give`)
    second.resolve(linted([payg('i-bp1aaa')], 'b'));
    await sleep(0);
    // the options page switches to Chinese: the background pushes the tab's results anew (service.refresh)
    push(packResults({ type: 'results', lang: 'zh', results: [payg('i-bp1aaa', 'zh')] }));
    await settle(400);
    // (the third read found the page as the second took it: no ask)
    expect(ask).toHaveBeenCalledTimes(2);
    // the push is newer than the superseded read's answer: the tab shows it, not the English results of before
    expect(calls.list.at(-1)).toEqual([payg('i-bp1aaa', 'zh')]);
  });

  it('… nor a push that cleared the tab’s results (the options page’s “clear all”)', async () => {
    const first = deferred<unknown>();
    const ask = vi.fn<AskRead>(() => first.promise);
    const { calls, push } = start(ask);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    const cell = document.querySelector('td')!;
    cell.textContent = 'i-bp1aaa ';
    cell.textContent = 'i-bp1aaa';
    await sleep(150);
    first.resolve(linted([payg('i-bp1aaa')], 'a'));
    await sleep(0);
    // clear-all: every tab's results pushed empty (background-service 'clear-all')
    push(packResults({ type: 'results', lang: 'en', results: [] }));
    await settle(400);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(calls.list.flat()).toEqual([]);
  });

  it('a superseded read whose facts the background did not store (answered back: the tab loaded, or the service refused them): the next read that finds the page the same sends them', async () => {
    const first = deferred<unknown>();
    const answers: Array<Promise<unknown>> = [Promise.resolve(linted([], 'a')), first.promise];
    const ask = vi.fn<AskRead>(() => answers.shift() ?? Promise.resolve(undefined));
    const { sent } = start(ask);
    await settle();
    // a row's server changes: a second read, under way
    const cell = document.querySelector('td')!;
    cell.textContent = 'i-bp1ccc';
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    // superseded by a third read that finds the page as the second took it
    cell.textContent = 'i-bp1ccc ';
    cell.textContent = 'i-bp1ccc';
    await sleep(150);
    // (a same-address pushState or replaceState during the read: Chrome's tab `loading`; the background answers the
    // facts back, stored nowhere)
    first.resolve(readOf(['i-bp1ccc']));
    await settle(400);
    expect(ask).toHaveBeenCalledTimes(2);
    // the page's facts (i-bp1ccc) reach the background: from here, as a read answered without results always did
    // (a delta on the facts the linted read left here, which the background answers `resend`: then whole)
    expect(sent.map((m) => m.type)).toEqual(['page-facts-delta']);
    expect(JSON.stringify(sent)).toContain('i-bp1ccc');
  });

  it('a read under way when the page goes to another address (SPA route): its answer is not taken for the new page, nor its facts sent from the page', async () => {
    const answers = [deferred<unknown>(), deferred<unknown>()];
    let n = 0;
    const ask = vi.fn<AskRead>(() => answers[n++]!.promise);
    const { calls, sent } = start(ask);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    // the console's router: another address, another list (Chrome fires the tab's `loading` for it: the background's
    // readAndLint then finds the read no longer the frame's newest and answers it as it came, facts and all)
    history.pushState(null, '', '/server/region/cn-beijing');
    window.dispatchEvent(new Event('wxt:locationchange'));
    document.body.innerHTML = rowsOf(['i-2zebbb']);
    answers[0]!.resolve(readOf(['i-bp1aaa']));
    await settle();
    // the old page's facts would be stored by the background as the new address's (its sender is the tab now there),
    // the new page's tab then listing the old page's servers
    expect(sent.filter((m) => m.type === 'page-facts' || m.type === 'page-facts-delta')).toEqual([]);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    answers[1]!.resolve(linted([payg('i-2zebbb')], 'b'));
    await settle();
    expect(calls.list.flat().map((r) => r.subject)).not.toContain('i-bp1aaa');
  });

  it('a read under way when the page goes to another address: its results (linted) are not shown on the new page', async () => {
    const answers = [deferred<unknown>(), deferred<unknown>()];
    let n = 0;
    const ask = vi.fn<AskRead>(() => answers[n++]!.promise);
    const { calls } = start(ask);
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    history.pushState(null, '', '/server/region/cn-beijing');
    window.dispatchEvent(new Event('wxt:locationchange'));
    document.body.innerHTML = rowsOf(['i-2zebbb']);
    // (a browser that fires no `loading` for a route: the background stored the read as the old address's)
    answers[0]!.resolve(linted([payg('i-bp1aaa')], 'a'));
    await settle();
    expect(calls.list.flat().map((r) => r.subject)).not.toContain('i-bp1aaa');
  });

  it('a patch read (Chrome) under way when the page goes to another address: superseded; the next read sends the page whole', async () => {
    const patched = deferred<unknown>();
    const ask = vi.fn<AskRead>(async () => ({ ...readOf(['i-bp1aaa']), copy: 'c1' }));
    const askPatch = vi.fn(() => patched.promise);
    const reading = createSnapshotReading(ask, () => [], askPatch);
    await reading.read(document, new URL(location.href));
    document.querySelector('td')!.textContent = 'i-bp1ccc';
    const under = reading.read(document, new URL(location.href));
    await vi.waitFor(() => expect(askPatch).toHaveBeenCalledTimes(1));
    history.pushState(null, '', '/server/region/cn-beijing');
    patched.resolve({ ...linted([payg('i-bp1ccc')], 'b'), copy: 'c1' });
    expect(await under).toMatchObject({ superseded: true });
    // (the page at its new address: read whole, the last read's copy not patched)
    await reading.read(document, new URL(location.href));
    expect(ask).toHaveBeenCalledTimes(2);
    expect(askPatch).toHaveBeenCalledTimes(1);
  });

  it('pushed(): a superseded read’s results are not given after a push; without one they are (the lead’s `give`)', async () => {
    for (const push of [false, true]) {
      const first = deferred<unknown>();
      const ask = vi.fn<AskRead>(() => first.promise);
      const reading = createSnapshotReading(ask, () => []);
      const older = reading.read(document, new URL(location.href));
      await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
      const newer = reading.read(document, new URL(location.href));
      first.resolve(linted([payg('i-bp1aaa')], 'a'));
      expect(await older).toMatchObject({ superseded: true });
      if (push) reading.pushed?.();
      const out = await newer;
      expect(out?.linted !== undefined).toBe(!push);
      expect(ask).toHaveBeenCalledTimes(1);
    }
  });
});
