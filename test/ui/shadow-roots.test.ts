// @vitest-environment happy-dom
import { inPageReading } from '../../src/ui/page/in-page-reading';
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou#/micro"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakePageContext } from '../helpers/fake-page-context';
import type { PageFacts } from '../../src/facts/schema';
import { applyPageDelta } from '../../src/messaging/page-delta';
import type { ResultItem } from '../../src/messaging/tab-results';
import { createReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { shownCopy } from '../../src/readers/dom/shadow-copy';
import { readWith } from '../../src/readers/read-with';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { createSubjectLocator, locateSubjects, runToEnd } from '../../src/ui/page/locate-subject';
import { createPageView, type PageView } from '../../src/ui/page/page-view';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { runConsolePage } from '../../src/ui/page/run-console-page';
import type { WarningUi } from '../../src/ui/page/warning-ui';
import { fixedEcsId, fixedPayg } from '../e2e/pages/fixed-rows';
import { shadowEcsApp } from '../e2e/pages/shadow-mount';

/**
 * Pages whose content sits in OPEN shadow roots (micro-frontends): the content script observes each
 * root as it is found and reads the page again when the root is filled; markers go beside the live
 * text inside the root; the shadow copy looks at the hosts the content script found.
 */
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until `ok()` holds (at most 3 s: a loaded machine), then returns. */
async function until(ok: () => boolean): Promise<void> {
  for (let t = 0; t < 3000 && !ok(); t += 20) await wait(20);
}

const fakeCtx = fakePageContext;

const payg = (i: number): ResultItem => ({
  rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject: fixedEcsId(i), subjectKind: 'server',
  message: `${fixedEcsId(i)} is pay-as-you-go`, fix: 'renew', title: 'Server paid by subscription', sources: [],
});

describe('the content script on a micro-frontend page (open shadow roots)', () => {
  let stop = () => undefined as void;
  const views: PageView[] = [];
  beforeEach(() => {
    document.body.innerHTML = '<div class="topbar">阿里云 | 云服务器 ECS</div><div id="subapp-viewport"></div>';
    views.length = 0;
  });
  afterEach(() => stop());

  function start() {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const sent: Array<{ type: string; facts?: { servers?: Array<{ id: string; billing?: string }> } }> = [];
    let facts: PageFacts = { version: 1 };
    const ui: WarningUi = {
      dialogCss: '',
      createView: (doc, _d, shadowRoots) => {
        const v = createPageView(doc, shadowRoots ? { shadowRoots } : {});
        views.push(v);
        return v;
      },
      dialog: () => undefined,
      clear: () => undefined,
    };
    runConsolePage(ctx, {
      reading: inPageReading(familyReadPage(ecsReaders)),
      send: async (m) => {
        sent.push(m as never);
        // the background: the page's facts (the last full message and the deltas since), then the results
        facts = m.type === 'page-facts-delta' ? applyPageDelta(facts, m) : m.type === 'page-facts' ? m.facts : facts;
        const results = (facts.servers ?? []).flatMap((s) => (s.billing === 'payg' ? [payg(Number(s.id.slice(8, 12)))] : []));
        return { type: 'results', lang: 'en', results };
      },
      onPush: () => undefined,
      loadUi: async () => ui,
      debounceMs: 10,
    });
    return { sent, invalidate };
  }
  const ids = (sent: ReturnType<typeof start>['sent']) => sent.flatMap((m) => m.facts?.servers?.map((s) => s.id) ?? []);

  it.each([
    ['attached before the host is inserted (qiankun)', 'before'],
    ['attached after the host is inserted (no mutation says so)', 'after'],
    ['on a host already in the page when the script starts', 'present'],
  ] as const)('a root %s and filled later is read, and its pay-as-you-go row marked beside the live text', async (_name, when) => {
    const host = document.createElement('div');
    if (when === 'present') {
      document.getElementById('subapp-viewport')!.append(host);
      host.attachShadow({ mode: 'open' });
    }
    const { sent } = start();
    await wait(40);
    if (when === 'before') host.attachShadow({ mode: 'open' });
    if (when !== 'present') document.getElementById('subapp-viewport')!.append(host);
    await wait(60);
    if (when === 'after') host.attachShadow({ mode: 'open' });
    await wait(120);
    expect(sent).toEqual([]); // nothing to read yet
    host.shadowRoot!.innerHTML = shadowEcsApp(4);
    await until(() => ids(sent).length === 4);
    expect(ids(sent)).toEqual([0, 1, 2, 3].map(fixedEcsId));
    const marks = () => views[0]?.root.querySelectorAll('.mk').length ?? 0;
    await until(() => marks() === 2);
    await views[0]!.settled();
    await wait(50); // the pill is drawn in the frame after the update
    const root = views[0]!.root;
    expect(root.querySelectorAll('.mk')).toHaveLength([0, 1, 2, 3].filter(fixedPayg).length); // rows 0 and 3
    expect(root.querySelector('.pill')!.textContent).toContain('2 errors');
    // a change inside the root: read again (row 1 now pay-as-you-go)
    const billing = host.shadowRoot!.querySelector('tr[data-row="1"] td:nth-child(6)')!;
    billing.firstChild!.textContent = '按量付费';
    await until(() => sent.at(-1)!.type === 'page-facts-delta');
    expect(sent.at(-1)!.type).toBe('page-facts-delta');
    await until(() => marks() === 3);
    await views[0]!.settled();
    expect(root.querySelectorAll('.mk')).toHaveLength(3);
  });

  it('a root inside a root is observed too; nothing is observed once the script is invalidated', async () => {
    const outer = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).innerHTML = '<nav>菜单</nav><wujie-app></wujie-app>';
    document.getElementById('subapp-viewport')!.append(outer);
    const { sent, invalidate } = start();
    await wait(40);
    const inner = outer.shadowRoot!.querySelector('wujie-app')!;
    inner.attachShadow({ mode: 'open' });
    await wait(100);
    inner.shadowRoot!.innerHTML = shadowEcsApp(2);
    await until(() => ids(sent).length === 2);
    expect(ids(sent)).toEqual([0, 1].map(fixedEcsId));
    invalidate();
    const count = sent.length;
    inner.shadowRoot!.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td><a>i-bp1late000000000</a></td><td>杭州</td><td></td><td>运行中</td><td></td><td>按量付费</td><td></td></tr>');
    await wait(150);
    expect(sent).toHaveLength(count);
  });
});

describe('a kept-alive micro-app (its host taken out of the page and put back)', () => {
  let stop = () => undefined as void;
  afterEach(() => stop());
  it('is read again when put back after another host was found meanwhile', async () => {
    document.body.innerHTML = '<div id="subapp-viewport"></div>';
    const a = document.createElement('div');
    a.attachShadow({ mode: 'open' }).innerHTML = shadowEcsApp(2);
    document.getElementById('subapp-viewport')!.append(a);
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    let facts: PageFacts = { version: 1 };
    const servers = () => facts.servers?.map((s) => s.id);
    const send = async (m: Parameters<Parameters<typeof runConsolePage>[1]['send']>[0]) => {
      facts = m.type === 'page-facts-delta' ? applyPageDelta(facts, m) : m.type === 'page-facts' ? m.facts : facts;
      return { type: 'results', lang: 'en', results: [] };
    };
    runConsolePage(ctx, { reading: inPageReading(familyReadPage(ecsReaders)), send, onPush: () => undefined, loadUi: async () => Promise.reject(new Error('no ui')), debounceMs: 10 });
    await until(() => servers()?.length === 2);
    expect(servers()).toEqual([0, 1].map(fixedEcsId));
    // another app: its host found while the first one's is out of the page
    a.remove();
    const b = document.createElement('div');
    b.attachShadow({ mode: 'open' }).innerHTML = '<p>概览</p>';
    document.getElementById('subapp-viewport')!.append(b);
    await wait(100);
    b.remove();
    a.shadowRoot!.innerHTML = shadowEcsApp(3);
    document.getElementById('subapp-viewport')!.append(a);
    await until(() => servers()?.length === 3);
    expect(servers()).toEqual([0, 1, 2].map(fixedEcsId));
  });
});

describe('markers find the live element inside open shadow roots (locate-subject)', () => {
  it('a subject shown only in a shadow root: found there when the roots are passed; its row cell is the anchor', () => {
    document.body.innerHTML = '<p>header</p><div id="h"></div>';
    const root = document.getElementById('h')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<table><tbody><tr><td><a>i-bp1shadow00001</a></td><td>按量付费</td></tr></tbody></table>';
    expect(createSubjectLocator(document)('i-bp1shadow00001')).toBeNull();
    const found = runToEnd(locateSubjects(document, ['i-bp1shadow00001', 'nowhere.cn'], [root]));
    expect(found.get('i-bp1shadow00001')?.anchor).toBe(root.querySelector('td'));
    expect(found.get('i-bp1shadow00001')?.kind).toBe('row');
    expect(found.get('nowhere.cn')).toBeNull();
  });
});

describe('the shadow copy and the kept read', () => {
  it('looks at the hosts it is given (a content script found) instead of every element', () => {
    document.body.innerHTML = '<div><div id="h"></div></div>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<table><tbody><tr><td>i-1</td></tr></tbody></table>';
    expect(shownCopy(document)?.body.textContent).toBe('i-1');
    expect(shownCopy(document, [])).toBeUndefined();
    expect(shownCopy(document, [document.getElementById('h')!])?.body.textContent).toBe('i-1');
  });

  it('the copy is read outside the read session: nothing of a copy (new each read) is kept in it', () => {
    document.body.innerHTML = '<div id="h"></div>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = shadowEcsApp(3);
    const session = createReadSession();
    const got = withReadSession(session, document, () => readWith(ecsReaders, document, new URL(location.href)));
    expect(got?.facts.servers?.map((s) => s.id)).toEqual([0, 1, 2].map(fixedEcsId));
    const docOf = (n: unknown) => (n instanceof Node ? (n.ownerDocument ?? n) : document);
    const kept = [...session.page.values()].flatMap((list) => list.flatMap((e) => e.with as unknown[]));
    expect(kept.filter((a) => docOf(a) !== document)).toEqual([]);
    expect([...session.rows.keys()].filter((g) => docOf(g) !== document)).toEqual([]);
  });
});

describe('a finding whose subject cannot be anchored (a closed shadow root)', () => {
  // (a guard: this was so before; such a finding is counted and listed by the pill, with no marker)
  it('is counted and listed in the pill, with no marker', async () => {
    document.body.innerHTML = '<div id="h"></div>';
    document.getElementById('h')!.attachShadow({ mode: 'closed' }).innerHTML = shadowEcsApp(1);
    const view = createPageView(document, { shadowRoots: () => [] });
    view.update([payg(0)], 'en');
    await view.settled();
    await wait(50);
    try {
      expect(view.root.querySelectorAll('.mk')).toHaveLength(0);
      const pill = view.root.querySelector<HTMLElement>('.pill')!;
      expect(pill.textContent).toContain('ICP Preflight: 1 error');
      pill.click();
      await wait(50);
      expect(view.root.textContent).toContain(payg(0).message);
    } finally {
      view.destroy();
    }
  });
});

describe('the page view follows scrolling inside open shadow roots', () => {
  it('a scroll inside a shadow root (an event that does not leave it) repositions the markers', async () => {
    document.body.innerHTML = '<div id="h"></div>';
    const root = document.getElementById('h')!.attachShadow({ mode: 'open' });
    root.innerHTML = shadowEcsApp(4);
    const view = createPageView(document, { shadowRoots: () => [root] });
    view.update([payg(0)], 'en');
    await view.settled();
    await wait(50);
    let frames = 0;
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (fn) => (frames++, raf(fn));
    try {
      root.getElementById('scroller')!.dispatchEvent(new Event('scroll'));
      expect(frames).toBe(1);
    } finally {
      window.requestAnimationFrame = raf;
      view.destroy();
    }
  });
});
