import * as HappyDom from 'happy-dom/lib/PropertySymbol.js';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createReadSession, invalidate, withoutReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { page } from '../helpers/console-pages';
import { loadReaderFixtures } from '../helpers/fixtures';

/**
 * A re-read in a read session (src/readers/dom/read-session) after a change that restyles OTHER elements than the
 * changed one and its subtree: a style rule with a sibling combinator (`~`, `+`), `:has()`, or a structural
 * pseudo-class (`:nth-child`, `:first-child`, `:empty`…) hides rows by what happens beside them or inside an ancestor.
 * The session kept what it had found of the rows (their visibility, their records), so the re-read still read a row
 * the page hides now, or left out one it shows again. Each case: the re-read's facts are a fresh read's, and the
 * change does change the fresh read's facts (else the case tests nothing).
 *
 * happy-dom keeps an element's computed style until the element or an ancestor changes (not a sibling): a browser
 * restyles it, so the test clears happy-dom's computed-style cache after each change, as a browser would have. Its
 * selector matching keeps a `:has()` answer past a change inside the anchor: there the test checks that the session
 * dropped everything (a re-read is then a fresh read); the real `:has()` re-read is checked in Chromium
 * (test/e2e/patched-copy-edges.test.ts). Its `:empty` counts element children only, and it keeps an element's
 * `:first-child` / `:nth-child()` answer past a sibling put in or taken out: there the test checks that the session
 * dropped what it knew of the rows restyled (its memo of their visibility, their records).
 */
const ecs = loadReaderFixtures('ecs-instance-list').find((f) => f.name === 'ecs-instance-list/zh-basic')!;
const url = new URL(ecs.url);

interface Step {
  name: string;
  change: (doc: Document) => void;
}
interface Case {
  name: string;
  css: string;
  /** Run before the first read (not observed). */
  setup?: (doc: Document) => void;
  /** happy-dom's selector matching cannot say (see above): check that the session dropped everything instead. */
  resets?: boolean;
  /** happy-dom cannot say (see above): check that the session dropped what it knew of these elements instead. */
  drops?: (doc: Document) => Element[];
  steps: Step[];
}

const firstRow = (doc: Document) => doc.querySelector('tbody > tr')!;
const el = (doc: Document, tag: string, cls: string, text = '') => {
  const e = doc.createElement(tag);
  e.className = cls;
  e.textContent = text;
  return e;
};

const CASES: Case[] = [
  {
    name: 'a class on an element before the table (`~`), then taken off',
    css: '.css-hd.rows-folded ~ * .next-table-row.first { display: none }',
    steps: [
      { name: 'class added', change: (doc) => doc.querySelector('.css-hd')!.classList.add('rows-folded') },
      { name: 'class removed', change: (doc) => doc.querySelector('.css-hd')!.classList.remove('rows-folded') },
    ],
  },
  {
    name: 'an element put before the table’s wrapper (`~` over an added sibling), then removed',
    css: '.fold-rows ~ * .next-table-row.first { display: none }',
    steps: [
      { name: 'marker added', change: (doc) => doc.querySelector('.css-notice')!.before(el(doc, 'i', 'fold-rows')) },
      { name: 'marker removed', change: (doc) => doc.querySelector('.fold-rows')!.remove() },
    ],
  },
  {
    name: 'the next sibling of a changed element (`+`)',
    css: '.css-toolbar.closed + .next-table .next-table-row.first { visibility: hidden }',
    steps: [{ name: 'class added', change: (doc) => doc.querySelector('.css-toolbar')!.classList.add('closed') }],
  },
  {
    name: 'an element matching `:has()` put in the header',
    css: '.css-page-inner:has(.no-first-row) .next-table-row.first { display: none }',
    resets: true,
    steps: [
      { name: 'marker added', change: (doc) => doc.querySelector('.css-hd')!.append(el(doc, 'i', 'no-first-row')) },
      { name: 'marker removed', change: (doc) => doc.querySelector('.no-first-row')!.remove() },
    ],
  },
  {
    name: 'the first row removed: the next one is `:first-child` now',
    css: '.next-table-body tbody > tr:first-child { display: none }',
    drops: (doc) => Array.from(doc.querySelectorAll('tbody > tr')),
    steps: [{ name: 'the first rows removed', change: (doc) => doc.querySelectorAll('tbody > tr:first-child').forEach((r) => r.remove()) }],
  },
  {
    name: 'a row put first: the old first one is `:nth-child(2)` now',
    css: '.next-table-body tbody > tr:nth-child(2) { display: none }',
    drops: (doc) => Array.from(doc.querySelectorAll('tbody > tr')),
    steps: [
      {
        name: 'a copy of the last row put first',
        change: (doc) => {
          const body = doc.querySelector('tbody')!;
          const copy = body.lastElementChild!.cloneNode(true) as Element;
          copy.classList.add('moved');
          body.prepend(copy);
        },
      },
    ],
  },
  {
    name: 'text put in an `:empty` element before the table (a text-only change)',
    css: '.rows-note:empty ~ * .next-table-row.first { display: none }',
    drops: (doc) => [firstRow(doc)],
    setup: (doc) => doc.querySelector('.css-notice')!.before(el(doc, 'span', 'rows-note')),
    steps: [
      { name: 'text added', change: (doc) => (doc.querySelector('.rows-note')!.textContent = '共 4 台') },
      { name: 'text removed', change: (doc) => (doc.querySelector('.rows-note')!.textContent = '') },
      { name: 'text added again', change: (doc) => (doc.querySelector('.rows-note')!.textContent = '共 4 台') },
      // (the text node itself: characterData; filled again is not checked here: happy-dom's record says an old value
      // '' is null, so the session cannot tell it was empty — a browser's says '')
      { name: 'its text node emptied', change: (doc) => ((doc.querySelector('.rows-note')!.firstChild as Text).data = '') },
    ],
  },
];

describe('a re-read after a change restyling other elements (sibling combinators, :has, structural pseudo-classes)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const doc = htmlToDocument(ecs.html.replace('</head>', `<style>${c.css}</style></head>`), url.href);
    c.setup?.(doc);
    const session = createReadSession();
    const Observer = (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    const observer = new Observer(() => undefined);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true });
    // a fresh read: of the page's markup parsed anew (no memo of happy-dom's or the readers' carried over)
    const fresh = () => withoutReadSession(() => readPage(htmlToDocument(`<!DOCTYPE html>${doc.documentElement.outerHTML}`, url.href), url));
    let before = fresh();
    for (const step of c.steps) {
      // (a read between changes: what the session keeps is what the last read found)
      withReadSession(session, doc, () => readPage(doc, url));
      const generation = session.generation;
      step.change(doc);
      invalidate(session, observer.takeRecords());
      (doc as unknown as Record<symbol, () => void>)[HappyDom.clearComputedStyleCache]!();
      if (c.resets) {
        expect(session.generation, `${step.name}: everything dropped`).toBeGreaterThan(generation);
        continue;
      }
      if (c.drops) {
        for (const row of c.drops(doc)) {
          expect(session.generation === generation && session.visibility.has(row), `${step.name}: the row's memo dropped`).toBe(false);
          expect(session.records.has(row), `${step.name}: the row's record dropped`).toBe(false);
        }
        continue;
      }
      const again = withReadSession(session, doc, () => readPage(doc, url));
      const anew = fresh();
      expect(anew, `${step.name}: the change changes what a fresh read finds`).not.toEqual(before);
      expect(again, `${step.name}: the re-read finds what a fresh read finds`).toEqual(anew);
      before = anew;
    }
    observer.disconnect();
  });
});

describe('a page whose rules hang on nothing beside the changed element: a change drops no more than before', () => {
  it.each([
    ['no rule relating elements: a class changed, an element put in', '.next-overlay-wrapper { display: none }', true],
    // (antd's `.ant-steps-item:last-child .ant-steps-panel-arrow`, `.ant-space-item:empty`: positions of other elements than rows)
    ['rules positioning other elements than the rows (`:last-child`, `:empty`): a class changed, an element put in', '.css-hd-act > .next-btn:last-child .never, .css-notice > div:first-child:empty { display: none }', true],
    // (a position among siblings: an element put in would drop its siblings; a class changed, not)
    ['`~=` in an attribute selector, An+B of :nth-child with a plus, `+` in a string: a class changed', '.css-hd[class~="folded"] .css-title, td:nth-child(2n+1) .never { display: none } .css-hd[title="a + b"] { display: none }', false],
  ] as const)('%s', (_name, css, putIn) => {
    const doc = htmlToDocument(ecs.html.replace('</head>', `<style>${css}</style></head>`), url.href);
    const session = createReadSession();
    const Observer = (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    const observer = new Observer(() => undefined);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    withReadSession(session, doc, () => readPage(doc, url));
    const generation = session.generation;
    // the rows read (the locked column's copies of them are not: ../../src/readers/dom/table)
    const rows = Array.from(doc.querySelectorAll('tbody > tr')).filter((r) => session.visibility.has(r) && session.records.has(r));
    expect(rows.length).toBe(4);
    doc.querySelector('.css-hd')!.classList.add('folded');
    if (putIn) doc.querySelector('.css-notice')!.before(el(doc, 'i', 'marker', 'x'));
    invalidate(session, observer.takeRecords());
    observer.disconnect();
    expect(session.generation).toBe(generation);
    expect(rows.every((r) => session.visibility.has(r) && session.records.has(r)), 'the rows kept').toBe(true);
  });
});

describe('a carousel track moved to another slide in a read session (dom/visibility.ts offTrackSlide: its slides kept per track)', () => {
  // (the markup of test/readers/gaps-s31.test.ts's carousel)
  const url = new URL('https://console.tencentcloud.com/lighthouse/instance/index');
  const css =
    `<style>.viewport { overflow: hidden; } .track { display: flex; } .slide { flex: 0 0 100%; }` +
    ` .track.at-1 { transform: translateX(-100%); } .track.at-2 { transform: translateX(-200%); }</style>`;
  const card = (id: string) =>
    `<div class="lh-card"><div>${id}</div><dl><dt>Region</dt><dd>South China (Guangzhou)</dd><dt>Bandwidth</dt><dd>5 Mbps</dd><dt>Expiration Time</dt><dd>2027-03-20 23:59:59</dd></dl></div>`;
  const html = `${css}<div class="viewport"><div class="track at-1"><div class="slide">${card('lhins-gz0q2s4u')}</div><div class="slide">${card('lhins-gz4b6d8f')}</div><div class="slide">${card('lhins-gz5s7u9w')}</div></div></div>`;

  it.each([
    ['its class', (doc: Document): void => doc.querySelector('.track')!.setAttribute('class', 'track at-2')],
    ['its inline style', (doc: Document): void => doc.querySelector('.track')!.setAttribute('style', 'transform: translateX(-200%)')],
  ] as const)('%s changed: the slide now shown is read, not the one before (the kept slides of the track were the old ones)', (_name, change) => {
    const doc = page(html, url.href);
    const session = createReadSession();
    const Observer = (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    const observer = new Observer(() => undefined);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true });
    const ids = () => withReadSession(session, doc, () => readPage(doc, url))?.facts.servers?.map((s) => s.id);
    expect(ids()).toEqual(['lhins-gz4b6d8f']);
    change(doc);
    invalidate(session, observer.takeRecords());
    observer.disconnect();
    expect(ids()).toEqual(['lhins-gz5s7u9w']);
  });
});

