// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou"}
import { afterEach, describe, expect, it } from 'vitest';
import { RequestSchema } from '../../src/messaging/contract';
import { MESSAGE_URL_CHARS, runConsolePage } from '../../src/ui/page/run-console-page';
import { createSnapshotReading } from '../../src/ui/page/snapshot-reading';
import { fakePageContext } from '../helpers/fake-page-context';
import { warningUi } from '../../src/ui/page/warning-ui';
import type { PageView } from '../../src/ui/page/page-view';

/**
 * runConsolePage with the snapshot reading and a fake extension: a page not read tells the background why, once per
 * reason shown (src/messaging/not-read); read again, its facts go whole (a delta saying "no change" would leave the
 * tab "not read"); a page of no reader afterwards clears it. Before session 54 a page not read sent nothing.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const read = (id: string) => ({ kind: 'read', result: { reader: 'ecs-list', facts: { version: 1, servers: [{ id, product: 'ecs' }] } } });

let stop: () => void = () => undefined;
afterEach(() => stop());

function start(answers: unknown[], views: PageView[] = [], lang: 'en' | 'zh' = 'en') {
  const { ctx, invalidate } = fakePageContext();
  stop = invalidate;
  const sent: Array<Record<string, any>> = [];
  runConsolePage(ctx, {
    reading: (shadows) => createSnapshotReading(async () => answers.shift(), () => shadows.roots()),
    send: async (m) => {
      sent.push(m as Record<string, any>);
      return { type: 'results', lang, results: [] };
    },
    onPush: () => undefined,
    // the real in-page UI, its views kept for the test to look into (closed shadow roots)
    loadUi: async () => ({ ...warningUi, createView: (...args) => { const v = warningUi.createView(...args); views.push(v); return v; } }),
    debounceMs: 10,
  });
  return sent;
}
/** Change the page's text (a read follows) and let it run. */
async function change(text: string) {
  document.querySelector('p')!.textContent = text;
  await sleep(150);
}

describe('a page not read: the content script says why', () => {
  it('told once per reason; read again: the facts whole; a page of no reader then: "not read" cleared', async () => {
    document.body.innerHTML = '<p>i-1</p>';
    const unreadable = { kind: 'unreadable', code: 'parts-missing', why: 'parts of the page missing' };
    const sent = start([read('i-1'), unreadable, unreadable, read('i-1'), { kind: 'read', result: null }]);
    await sleep(150);
    expect(sent.map((m) => m.type)).toEqual(['page-facts']);
    await change('i-1 ');
    expect(sent.slice(1)).toEqual([{ type: 'get-tab-results', url: location.href, notRead: { code: 'parts-missing' } }]);
    await change('i-1  ');
    expect(sent).toHaveLength(2);
    // the same facts as the last sent: still sent (whole), for the background to drop "not read"
    await change('i-1   ');
    expect(sent.slice(2)).toMatchObject([{ type: 'page-facts', facts: { servers: [{ id: 'i-1' }] } }]);
    await change('nothing to read');
    expect(sent).toHaveLength(3);
    for (const m of sent) expect(RequestSchema.safeParse(m).success, JSON.stringify(m).slice(0, 200)).toBe(true);
  });

  it('after "not read", a page of no reader tells the background it is no longer so', async () => {
    document.body.innerHTML = '<p>i-1</p>';
    const sent = start([undefined, { kind: 'read', result: null }]);
    await sleep(150);
    expect(sent).toEqual([{ type: 'get-tab-results', url: location.href, notRead: { code: 'reader-failed' } }]);
    await change('no reader here');
    expect(sent.slice(1)).toEqual([{ type: 'get-tab-results', url: location.href }]);
  });

  it('an address of 4,000–8,192 characters: read, and the messages (cut to MESSAGE_URL_CHARS) are within the contract', async () => {
    history.pushState(null, '', `${location.pathname}?q=${'a'.repeat(6000)}`);
    try {
      document.body.innerHTML = '<p>i-1</p>';
      const sent = start([read('i-1')]);
      await sleep(150);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.url.length).toBe(MESSAGE_URL_CHARS);
      expect(RequestSchema.safeParse(sent[0]).success).toBe(true);
    } finally {
      history.pushState(null, '', '/server/region/cn-hangzhou');
    }
  });
});

describe('a page not read: its pill says so', () => {
  const pillOf = async (views: PageView[]) => {
    for (let i = 0; i < 50 && !views[0]?.root.querySelector('.pill'); i++) await sleep(20);
    return views[0]?.root.querySelector<HTMLButtonElement>('.pill') ?? null;
  };

  it('not read (en, zh): a pill of its own, its list says why; read again: the pill goes', async () => {
    for (const lang of ['en', 'zh'] as const) {
      document.body.innerHTML = '<p>i-1</p>';
      const views: PageView[] = [];
      start([{ kind: 'unreadable', why: 'style sheet not loaded: https://x/a.css' }, { kind: 'read', result: null }], views, lang);
      await sleep(150);
      const pill = await pillOf(views);
      expect(pill?.textContent?.slice(1)).toBe(lang === 'en' ? 'ICP Preflight: this page was not read' : 'ICP 备案预检：本页未读取');
      pill!.click();
      await sleep(50);
      const said = views[0]!.root.querySelector('.panel .note')?.textContent;
      expect(said).toBe(
        lang === 'en'
          ? 'This page was not read: one of its style sheets did not load where ICP Preflight reads it, and without it the page could show what the console hides. Reload the page.'
          : '当前页面未读取：页面的一个样式表在 ICP 备案预检读取页面的地方没有加载，缺了它，控制台隐藏的内容可能会显示出来。请刷新页面。',
      );
      expect(said).not.toContain('https://x');
      await change('no reader here');
      for (let i = 0; i < 20 && views[0]!.root.querySelector('.pill'); i++) await sleep(20);
      expect(views[0]!.root.querySelector('.pill')).toBeNull();
      stop();
    }
  });

  it('read in part: the pill says how many rows were read', async () => {
    document.body.innerHTML = '<p>i-1</p>';
    const views: PageView[] = [];
    const partial = { kind: 'read', result: { reader: 'ecs-list', facts: { version: 1, servers: [{ id: 'i-1', product: 'ecs' }], partial: { rowsRead: 2000, rowsShown: 2500 } } } };
    start([partial], views);
    await sleep(150);
    expect((await pillOf(views))?.textContent?.slice(1)).toBe('ICP Preflight: 2,000 of 2,500 rows read');
  });
});
