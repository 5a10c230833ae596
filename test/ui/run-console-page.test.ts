// @vitest-environment happy-dom
import { inPageReading } from '../../src/ui/page/in-page-reading';
import { settle } from '../helpers/until';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePageContext } from '../helpers/fake-page-context';
import type { ResultItem, TabResultsMessage } from '../../src/messaging/tab-results';
import { HOST_TAG } from '../../src/ui/page/locate-subject';
import { runConsolePage } from '../../src/ui/page/run-console-page';
import { applyPageDelta, PIECE } from '../../src/messaging/page-delta';
import type { PageView, WarningUi } from '../../src/ui/page/warning-ui';
import { createPageView } from '../../src/ui/page/page-view';
import { guardSubmit } from '../../src/ui/page/submit-guard';
import { packResults } from '../../src/messaging/results-wire';

/** The content script's behaviour with a fake context, a fake background and a fake UI. */
const fakeCtx = fakePageContext;

const payg: ResultItem = {
  rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject: 'i-bp1aaa', subjectKind: 'server',
  message: 'i-bp1aaa is pay-as-you-go', fix: 'renew', title: 'Server paid by subscription', sources: [{ publisher: 'Alibaba Cloud', title: 'ICP Filing — Product Introduction', section: 'Restrictions › Servers' }],
};

function fakeUi() {
  const calls: { list: ResultItem[][]; views: PageView[]; dialog: { items: ResultItem[]; goOn: () => void; review: () => void }[] } = { list: [], views: [], dialog: [] };
  const ui: WarningUi = {
    dialogCss: '',
    createView: (doc) => {
      const view = createPageView(doc);
      calls.views.push(view);
      return { ...view, root: view.root, update: (items, lang) => (calls.list.push([...items]), view.update(items, lang)) };
    },
    dialog: (_m, items, _l, goOn, review) => void calls.dialog.push({ items, goOn, review }),
    clear: () => undefined,
  };
  return { ui, calls };
}


describe('runConsolePage', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    document.body.innerHTML = `<table><tbody><tr><td>i-bp1aaa</td><td>按量付费</td></tr></tbody></table>
      <form><button type="button" id="go">提 交</button></form>`;
  });
  afterEach(() => stop());

  function start(opts: { reply: TabResultsMessage; ui?: WarningUi | 'broken'; guard?: boolean }) {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const sent: unknown[] = [];
    runConsolePage(ctx, {
      reading: inPageReading((doc) => ({ reader: 'test-reader', facts: { version: 1, servers: [{ id: doc.querySelector('td')!.textContent!, product: 'ecs' }] } })),
      send: async (m) => {
        sent.push(m);
        return opts.reply;
      },
      onPush: () => undefined,
      loadUi: async () => {
        if (opts.ui === 'broken' || !opts.ui) throw new Error('no ui');
        return opts.ui;
      },
      guardSubmit: opts.guard ? guardSubmit : undefined,
      debounceMs: 10,
    });
    return { sent };
  }

  /**
   * The content script over the page's rows (id, billing) with a fake background that records every
   * message and answers from `replies` (an Error: the send fails), then with `results`.
   */
  function startOverRows(replies: unknown[], opts: { ui?: WarningUi; results?: ResultItem[] } = {}) {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const sent: Array<Record<string, any>> = [];
    runConsolePage(ctx, {
      reading: inPageReading((doc) => ({ reader: 'test-reader', facts: { version: 1, servers: Array.from(doc.querySelectorAll('tr'), (tr) => ({ id: tr.children[0]!.textContent!, product: 'ecs', billing: tr.children[1]!.textContent === '按量付费' ? 'payg' : 'subscription' })) } })),
      send: async (m) => {
        sent.push(m as unknown as Record<string, any>);
        const r = replies.shift() ?? { type: 'results', lang: 'en', results: opts.results ?? [] };
        if (r instanceof Error) throw r;
        return r;
      },
      onPush: () => undefined,
      loadUi: async () => {
        if (!opts.ui) throw new Error('no ui');
        return opts.ui;
      },
      debounceMs: 10,
    });
    return sent;
  }

  it('reads the page, sends the facts once, and marks the row from a closed shadow root, leaving the table as it was', async () => {
    const table = document.querySelector('table')!.outerHTML;
    const { ui, calls } = fakeUi();
    const { sent } = start({ reply: { type: 'results', lang: 'en', results: [payg] }, ui });
    await settle();
    expect(sent).toEqual([{ type: 'page-facts', url: location.href, reader: 'test-reader', facts: { version: 1, servers: [{ id: 'i-bp1aaa', product: 'ecs' }] }, seq: 1 }]);
    expect(calls.list).toEqual([[payg]]);
    expect(document.querySelector('table')!.outerHTML).toBe(table);
    const host = document.body.querySelector(HOST_TAG)!;
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot read the warnings
    expect(document.body.innerText ?? document.body.textContent).not.toContain('ICP Preflight');
    const root = calls.views[0]!.root;
    expect(root.querySelectorAll('.mk')).toHaveLength(1);
    expect(root.querySelector('.pill')!.textContent).toContain('ICP Preflight: 1 error');
    // an unrelated change of the page: read again, but nothing new to send
    document.body.append(document.createElement('p'));
    document.querySelector('p')!.textContent = 'clock 12:00';
    await settle();
    expect(sent).toHaveLength(1);
  });

  it('after the first full message sends only the changed row; a resend answer or a failed send brings the full facts again', async () => {
    document.body.innerHTML = `<table><tbody>${Array.from({ length: 5 }, (_, i) => `<tr><td>i-bp1r${i}</td><td>包年包月</td></tr>`).join('')}</tbody></table>`;
    const replies: unknown[] = [];
    const sent = startOverRows(replies);
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['page-facts']);
    expect(sent[0]).toMatchObject({ seq: 1 });
    const bill = (i: number, text: string) => (document.querySelectorAll('tr')[i]!.children[1]!.textContent = text);
    bill(2, '按量付费');
    await settle();
    expect(sent[1]).toEqual({ type: 'page-facts-delta', url: location.href, reader: 'test-reader', seq: 2, base: 1, facts: { version: 1 }, lists: { servers: { put: [{ id: 'i-bp1r2', product: 'ecs', billing: 'payg' }] } } });
    // a row removed: the key order goes along, no row is sent again
    document.querySelectorAll('tr')[0]!.remove();
    await settle();
    expect(sent[2]).toMatchObject({ type: 'page-facts-delta', seq: 3, base: 2, lists: { servers: { put: [], keys: ['i-bp1r1', 'i-bp1r2', 'i-bp1r3', 'i-bp1r4'] } } });
    // the background lost the base: it answers resend, and the full facts follow at once
    replies.push({ type: 'resend' });
    bill(2, '按量付费');
    await settle();
    expect(sent.slice(3).map((m) => [m.type, m.seq])).toEqual([['page-facts-delta', 4], ['page-facts', 5]]);
    expect((sent[4]!.facts as { servers: unknown[] }).servers).toHaveLength(4);
    // a send that fails: the next change sends the full facts
    replies.push(new Error('worker gone'));
    bill(3, '按量付费');
    await settle();
    bill(0, '按量付费');
    await settle();
    expect(sent.slice(5).map((m) => m.type)).toEqual(['page-facts-delta', 'page-facts']);
  });

  it('a read whose facts the background stored and linted itself (`linted`): nothing sent, its results shown; a later read without them sends a delta on those facts', async () => {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const { ui, calls } = fakeUi();
    const sent: Array<Record<string, any>> = [];
    const inner = inPageReading((doc) => ({ reader: 'test-reader', facts: { version: 1, servers: Array.from(doc.querySelectorAll('tr'), (tr) => ({ id: tr.children[0]!.textContent!, product: 'ecs' as const, billing: tr.children[1]!.textContent === '按量付费' ? ('payg' as const) : ('subscription' as const) })) } }));
    let lint = true;
    let same = false;
    runConsolePage(ctx, {
      // the snapshot reading's answer when the background linted the facts: the results packed (results-wire)
      reading: (shadows) => {
        const r = inner(shadows);
        const read = r.read.bind(r);
        r.read = async (doc, url) => {
          const out = await read(doc, url);
          // the snapshot reading's answer when the page is as the last read found it (its facts the background's)
          // (its facts here unlike those sent: an unchanged read never sends, whatever facts it carries)
          if (out && same) return { reader: out.reader, facts: { version: 1 as const, servers: [] }, unchanged: true };
          return out && lint ? { ...out, linted: packResults({ type: 'results', lang: 'en', results: [payg] }) } : out;
        };
        return r;
      },
      send: async (m) => {
        sent.push(m as unknown as Record<string, any>);
        return { type: 'results', lang: 'en', results: [] };
      },
      onPush: () => undefined,
      loadUi: async () => ui,
      debounceMs: 10,
    });
    await settle();
    expect(sent).toEqual([]);
    expect(calls.list).toEqual([[payg]]);
    // unchanged: nothing sent (its facts, only their `partial` here, are never a delta), the results stay
    same = true;
    const clock = document.createElement('p');
    clock.textContent = 'clock 12:00';
    document.body.append(clock);
    await settle();
    expect(sent).toEqual([]);
    expect(calls.list.at(-1)).toEqual([payg]);
    same = false;
    lint = false;
    document.querySelectorAll('td')[1]!.textContent = '包年包月';
    await settle();
    expect(sent).toEqual([{ type: 'page-facts-delta', url: location.href, reader: 'test-reader', seq: 2, base: 1, facts: { version: 1 }, lists: { servers: { put: [{ id: 'i-bp1aaa', product: 'ecs', billing: 'subscription' }] } } }]);
    expect(calls.list.at(-1)).toEqual([]);
  });

  it('answers written as changes to the list the page holds: rebuilt from it; one the page cannot rebuild is not shown, and the next read asks whole', async () => {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const { ui, calls } = fakeUi();
    const inner = inPageReading((doc) => ({ reader: 'test-reader', facts: { version: 1, servers: [{ id: doc.querySelector('td')!.textContent!, product: 'ecs' as const }] } }));
    const other: ResultItem = { ...payg, subject: 'i-bp1bbb', message: 'i-bp1bbb is pay-as-you-go' };
    const answers = [
      packResults({ type: 'results', lang: 'en', results: [payg] }, { id: 'a' }),
      packResults({ type: 'results', lang: 'en', results: [payg, other] }, { id: 'b', base: { id: 'a', items: [payg] } }),
      { ...packResults({ type: 'results', lang: 'en', results: [payg] }, { id: 'c', base: { id: 'b', items: [payg, other] } }), base: 'not-held' },
      packResults({ type: 'results', lang: 'en', results: [other] }, { id: 'd' }),
    ];
    const heldAtRead: Array<string | undefined> = [];
    runConsolePage(ctx, {
      reading: (shadows, held) => {
        const r = inner(shadows);
        const read = r.read.bind(r);
        r.read = async (doc, url) => {
          heldAtRead.push(held());
          const out = await read(doc, url);
          return out && { ...out, linted: answers.shift() };
        };
        return r;
      },
      send: async () => ({ type: 'results', lang: 'en', results: [] }),
      onPush: () => undefined,
      loadUi: async () => ui,
      debounceMs: 10,
    });
    await settle();
    const change = async (text: string) => {
      document.querySelector('td')!.textContent = text;
      await settle();
    };
    await change('i-bp1aaa ');
    expect(answers).toHaveLength(2); // (two reads so far)
    expect(calls.list.at(-1)).toEqual([payg, other]);
    await change('i-bp1aaa');
    // the third copies from a list the page does not hold: not shown, and the next read holds none
    expect(calls.list.at(-1)).toEqual([payg, other]);
    await change('i-bp1aaa ');
    expect(heldAtRead).toEqual([undefined, 'a', 'b', undefined]);
    expect(calls.list.at(-1)).toEqual([other]);
  });

  it('sends a big page\'s full facts in pieces of PIECE rows (each a short task), then only what changes', async () => {
    document.body.innerHTML = `<table><tbody>${Array.from({ length: 2 * PIECE + 100 }, (_, i) => `<tr><td>i-bp1big${i}</td><td>包年包月</td></tr>`).join('')}</tbody></table>`;
    const { ui, calls } = fakeUi();
    const sent = startOverRows([{ type: 'more' }, { type: 'more' }], { ui, results: [payg] });
    await settle();
    expect(sent.map((m) => [m.type, m.seq, m.base, m.more])).toEqual([['page-facts', 1, undefined, true], ['page-facts-delta', 2, 1, true], ['page-facts-delta', 3, 2, undefined]]);
    expect(sent[0]!.facts.servers).toHaveLength(PIECE);
    expect(sent[1]!.lists.servers).toEqual({ put: sent[1]!.lists.servers.put });
    expect(sent[1]!.lists.servers.put.map((x: { id: string }) => x.id)).toEqual(Array.from({ length: PIECE }, (_, i) => `i-bp1big${PIECE + i}`));
    expect(sent[2]!.lists.servers.put).toHaveLength(100);
    // the pieces rebuild the page's facts; the results of the last one are shown
    let rebuilt = sent[0]!.facts;
    for (const d of sent.slice(1)) rebuilt = applyPageDelta(rebuilt, d as never);
    expect(rebuilt.servers).toHaveLength(2 * PIECE + 100);
    await settle();
    expect(calls.list).toEqual([[payg]]);
    // one row changed: one delta on the last piece
    document.querySelectorAll('tr')[3]!.children[1]!.textContent = '按量付费';
    await settle();
    expect(sent.slice(3).map((m) => [m.type, m.seq, m.base, m.lists.servers.put.length])).toEqual([['page-facts-delta', 4, 3, 1]]);
  });

  it('once invalidated (the extension reloaded or updated), takes its markers off the page and reads no more', async () => {
    const { ui, calls } = fakeUi();
    let reads = 0;
    const { ctx, invalidate } = fakeCtx();
    stop = () => undefined;
    runConsolePage(ctx, {
      reading: inPageReading((doc) => (reads++, { reader: 'test-reader', facts: { version: 1, servers: [{ id: doc.querySelector('td')!.textContent!, product: 'ecs' }] } })),
      send: async () => ({ type: 'results', lang: 'en', results: [payg] }),
      onPush: () => undefined,
      loadUi: async () => ui,
      debounceMs: 10,
    });
    await settle();
    expect(calls.views[0]!.root.querySelectorAll('.mk')).toHaveLength(1);
    expect(document.body.querySelector(HOST_TAG)).not.toBeNull();
    invalidate();
    expect(document.body.querySelector(HOST_TAG)).toBeNull();
    const count = reads;
    document.querySelector('td')!.textContent = 'i-bp1bbb';
    await settle();
    expect(reads).toBe(count);
  });

  it('a piece whose base the background lost (resend): the full facts follow at once', async () => {
    document.body.innerHTML = `<table><tbody>${Array.from({ length: PIECE + 5 }, (_, i) => `<tr><td>i-bp1big${i}</td><td>包年包月</td></tr>`).join('')}</tbody></table>`;
    const sent = startOverRows([{ type: 'more' }, { type: 'resend' }]);
    await settle();
    expect(sent.map((m) => [m.type, m.seq, m.more])).toEqual([['page-facts', 1, true], ['page-facts-delta', 2, undefined], ['page-facts', 3, undefined]]);
    expect(sent[2]!.facts.servers).toHaveLength(PIECE + 5);
  });

  it('ignores a reply that breaks the contract', async () => {
    const { ui, calls } = fakeUi();
    start({ reply: { type: 'results', lang: 'en', results: [{ ...payg, status: 'maybe' }] } as unknown as TabResultsMessage, ui });
    await settle();
    expect(calls.list).toEqual([]);
  });

  /** The filing page's submit button (its words `words`) pressed while a blocking error fails: what the page's handler got. */
  async function pressWhileFailing(words?: string) {
    if (words) document.getElementById('go')!.textContent = words;
    const { ui, calls } = fakeUi();
    start({ reply: { type: 'results', lang: 'zh', results: [], blocking: [payg] }, ui, guard: true });
    await settle();
    const pressed = vi.fn();
    document.getElementById('go')!.addEventListener('click', pressed);
    document.getElementById('go')!.click();
    await settle();
    return { pressed, calls };
  }

  it('holds the submit click while an error fails; "go on anyway" lets exactly one through', async () => {
    const { pressed, calls } = await pressWhileFailing();
    expect(pressed).not.toHaveBeenCalled();
    expect(calls.dialog).toHaveLength(1);
    expect(calls.dialog[0]!.items).toEqual([payg]);
    calls.dialog[0]!.goOn();
    expect(pressed).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 1100));
    document.getElementById('go')!.click(); // held again afterwards
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it.each(['修改完成，重新提交', 'Submit Application', '提交审核'])('holds a resubmission or another wording of the submit button too: %j', async (words) => {
    const { pressed, calls } = await pressWhileFailing(words);
    expect(pressed).not.toHaveBeenCalled();
    expect(calls.dialog).toHaveLength(1);
  });

  it('never blocks the submit when the UI cannot load, nor when nothing fails', async () => {
    start({ reply: { type: 'results', lang: 'en', results: [], blocking: [payg] }, ui: 'broken', guard: true });
    await settle();
    const pressed = vi.fn();
    document.getElementById('go')!.addEventListener('click', pressed);
    document.getElementById('go')!.click();
    await settle();
    expect(pressed).toHaveBeenCalledTimes(1);
    stop();
    const { ui } = fakeUi();
    start({ reply: { type: 'results', lang: 'en', results: [], blocking: [] }, ui, guard: true });
    await settle();
    document.getElementById('go')!.click();
    expect(pressed).toHaveBeenCalledTimes(2);
  });
});
