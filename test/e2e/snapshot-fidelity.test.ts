import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './harness';
import { openReaderPair, pageBundle, type ReaderPair } from './reader-pages';

/**
 * Adversarial review of the snapshot round trip (src/snapshot): state a console page can be in that its
 * markup alone does not carry, or markup the HTML parser builds differently when the copy parses it again.
 * Each case puts a fixture page in that state with script (as the console's own script would), then reads it
 * twice — the live page (readPage on the document) and its copy (takeSnapshot in the page, readSnapshot in
 * another document) —: the facts must be the same. Most cases also check that the state matters (the live
 * read differs from the untouched page's), so that a case cannot pass by reading nothing.
 */
let pair: ReaderPair;
let page: Page;
let reader: Page;
let served: Map<string, string>;

beforeAll(async () => {
  const bundle = await pageBundle(
    `export { takeSnapshot } from './src/snapshot/take-snapshot';
export { readSnapshot } from './src/snapshot/read-snapshot';
export { readPage } from './src/readers';
export { openCopy } from './src/snapshot/open-copy';`,
    'icpSnap',
  );
  // the console page runs script here: the states under test are made by script
  pair = await openReaderPair(bundle, bundle, true);
  ({ page, reader, served } = pair);
}, 60_000);

afterAll(async () => {
  await pair?.browser.close();
});

interface Fixture {
  url: string;
  html: string;
  facts: unknown;
}
function fixture(name: string): Fixture {
  const html = readFileSync(join(root, 'test/fixtures', `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, 'test/fixtures', `${name}.json`), 'utf8')) as { url: string; facts: unknown };
  return { url: expected.url, html, facts: expected.facts };
}

interface Reads {
  /** The untouched page's facts. */
  before: unknown;
  live: unknown;
  copy: unknown;
  kind: string;
  snap: unknown;
}

/**
 * `name`'s page served at its URL (`edit`: its markup changed first), `mutate` run in it (a function body, may
 * await; `document` is the page's), then read live and from its snapshot.
 */
async function reads(name: string, mutate: string, edit: (html: string) => string = (h) => h): Promise<Reads> {
  const f = fixture(name);
  const url = f.url.split('#')[0]!;
  served.set(url, edit(f.html));
  await page.goto('about:blank');
  await page.goto(f.url);
  const before = await page.evaluate(`JSON.parse(JSON.stringify(icpSnap.readPage(document, new URL(location.href))?.facts ?? null))`);
  await page.evaluate(`(async () => { ${mutate} })()`);
  const { live, snap } = (await page.evaluate(`(() => {
    const roots = [];
    const visit = (node) => { for (const e of node.querySelectorAll('*')) if (e.shadowRoot) { roots.push(e.shadowRoot); visit(e.shadowRoot); } };
    visit(document);
    const live = JSON.parse(JSON.stringify(icpSnap.readPage(document, new URL(location.href))?.facts ?? null));
    return { live, snap: icpSnap.takeSnapshot(document, roots) };
  })()`)) as { live: unknown; snap: unknown };
  const got = (await reader.evaluate(
    `(async (snap) => { const r = await icpSnap.readSnapshot(document, snap, icpSnap.readPage); return JSON.parse(JSON.stringify(r)); })(${JSON.stringify(snap)})`,
  )) as { kind: string; result?: { facts: unknown } | null; why?: string };
  return { before, live, copy: got.result?.facts ?? null, kind: got.kind, snap };
}

const ENTITY = 'tencent-beian-form/zh-entity-step';
const ECS_DETAIL = 'ecs-instance-detail/zh-bandwidth-label-words';
const ECS_LIST = 'ecs-instance-list/zh-basic';

describe('snapshot fidelity: the copy reads as the live page', () => {
  it('baseline: an untouched page', async () => {
    const r = await reads(ECS_DETAIL, '');
    expect(r.live).toEqual(fixture(ECS_DETAIL).facts);
    expect(r.copy).toEqual(r.live);
  });

  it('a typed input value', async () => {
    const r = await reads(ENTITY, `document.getElementById('ba-name').value = '广州另一家科技有限公司';`);
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a typed input value in an open shadow root', async () => {
    const r = await reads(
      ENTITY,
      `const main = document.querySelector('main'); const host = document.createElement('div'); main.parentNode.insertBefore(host, main);
       const root = host.attachShadow({ mode: 'open' }); root.append(main);
       root.getElementById('ba-name').value = '广州另一家科技有限公司';`,
    );
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a picked radio', async () => {
    const r = await reads('tencent-beian-form/zh-entity-step-individual-radios', `document.querySelector('input[value="enterprise"]').click();`);
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a picked option', async () => {
    const r = await reads('beian-server/en-swas', `document.querySelector('select').selectedIndex = 0;`);
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a typed textarea', async () => {
    const r = await reads('beian-website/zh-redesign-two-sites', `document.querySelectorAll('textarea')[1].value = 'another-site.cn';`);
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a typed input value after a <noscript> holding a control', async () => {
    const r = await reads(ENTITY, `document.getElementById('ba-name').value = '广州另一家科技有限公司';`, (h) =>
      h.replace('<form class="tea-form">', '<noscript><input value="请启用 JavaScript"></noscript><form class="tea-form">'),
    );
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a <noscript> in the head with a <style> (for pages without script)', async () => {
    const r = await reads(ECS_DETAIL, '', (h) => h.replace('</title>', '</title><noscript><style>.next-card{display:none}</style></noscript>'));
    expect(r.live).toEqual(fixture(ECS_DETAIL).facts);
    expect(r.copy).toEqual(r.live);
  });

  it('a <noscript> in the head with text', async () => {
    const r = await reads(ECS_DETAIL, '', (h) => h.replace('</title>', '</title><noscript>请启用 JavaScript 后使用控制台，加载失败</noscript>'));
    expect(r.copy).toEqual(r.live);
  });
});

/** ECS detail with a decoy bandwidth item (class css-1abc) before the real one: a style rule must hide it. */
const withDecoy = (style = '') => (h: string) =>
  h
    .replace('</head>', `${style}</head>`)
    .replace(
      '<div class="next-form-item"><div class="next-form-item-label"><label>公网IP</label>',
      '<div class="next-form-item css-1abc"><div class="next-form-item-label"><label>当前使用带宽</label></div><div class="next-form-item-control"><span>100 Mbps</span></div></div><div class="next-form-item"><div class="next-form-item-label"><label>公网IP</label>',
    );
const REAL = { version: 1, servers: [{ id: 'i-bp1words0000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-11-30', publicBandwidthMbps: 3 }] };

describe('snapshot fidelity: style rules made by script', () => {
  it('the decoy counts when shown (the cases below are not vacuous)', async () => {
    const r = await reads(ECS_DETAIL, '', withDecoy());
    expect(r.live).not.toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('insertRule into an empty <style>', async () => {
    const r = await reads(ECS_DETAIL, `document.getElementById('cij').sheet.insertRule('.css-1abc{display:none}');`, withDecoy('<style id="cij"></style>'));
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('insertRule into a <style> whose text has an @media block', async () => {
    const r = await reads(ECS_DETAIL, `const s = document.getElementById('cij').sheet; s.insertRule('.css-1abc{display:none}', s.cssRules.length);`, withDecoy('<style id="cij">@media print{.x{color:red}}</style>'));
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('insertRule into a <style> whose text has a brace in a comment', async () => {
    const r = await reads(ECS_DETAIL, `const s = document.getElementById('cij').sheet; s.insertRule('.css-1abc{display:none}', s.cssRules.length);`, withDecoy('<style id="cij">/* { } */ .x{color:red}</style>'));
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  // OPEN (snapshot): a sheet changed through the CSSOM without more rules than its text (a rule deleted and one
  // inserted, a rule's declaration set) looks unchanged to take-snapshot, which counts rules only (comparing every
  // rule's text would cost the page's main thread a serialization of all its CSS on every read); the copy parses the
  // old text and shows the decoy the page hides (invented). The live readers miss it too (their hiding-rule index is
  // memoized per sheet by its rules' count).
  it.fails('deleteRule then insertRule (as many rules as the text)', async () => {
    const r = await reads(ECS_DETAIL, `const s = document.getElementById('cij').sheet; s.deleteRule(0); s.insertRule('.css-1abc{display:none}');`, withDecoy('<style id="cij">.css-old{display:none}</style>'));
    expect(r.copy).toEqual(REAL);
  });

  // OPEN (snapshot), as the case above
  it.fails("a rule's declaration changed through the CSSOM", async () => {
    const r = await reads(ECS_DETAIL, `document.getElementById('cij').sheet.cssRules[0].style.display = 'none';`, withDecoy('<style id="cij">.css-1abc{color:red}</style>'));
    expect(r.copy).toEqual(REAL);
  });

  it('text replaced after insertRule', async () => {
    const r = await reads(ECS_DETAIL, `const el = document.getElementById('cij'); el.sheet.insertRule('.x{color:red}'); el.textContent = '.css-1abc{display:none}';`, withDecoy('<style id="cij"></style>'));
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('a <style> sheet disabled through the CSSOM', async () => {
    const r = await reads(ECS_DETAIL, `document.getElementById('hide').sheet.disabled = true;`, withDecoy('<style id="hide">.css-1abc{display:none}</style>'));
    expect(r.live).not.toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  // the copy shows what the page shows (its adopted sheets become a <style>); the live readers read the decoy (their
  // hiding-rule index does not look at adopted sheets): a reader-side gap, no longer on the read path
  it("the document's adoptedStyleSheets", async () => {
    const r = await reads(ECS_DETAIL, `const s = new CSSStyleSheet(); s.replaceSync('.css-1abc{display:none}'); document.adoptedStyleSheets = [s];`, withDecoy());
    expect(r.copy).toEqual(REAL);
  });

  // OPEN (readers, not the snapshot: the copy carries the property on <html>): visibility's hiding-rule index finds
  // rules that may hide by their text, and `display: var(--decoy, block)` is none of them — the decoy the browser
  // hides is read, on the page as in the copy (invented)
  it.fails('a CSS custom property set by script on :root', async () => {
    const r = await reads(ECS_DETAIL, `document.documentElement.style.setProperty('--decoy', 'none');`, withDecoy('<style>.css-1abc{display:var(--decoy, block)}</style>'));
    expect(r.copy).toEqual(REAL);
  });

  it('element.style set by script', async () => {
    const r = await reads(ECS_DETAIL, `document.querySelector('.css-1abc').style.display = 'none';`, withDecoy());
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });
});

/** The ECS detail's content moved into an open shadow root (a micro-frontend with strict style isolation). */
const INTO_SHADOW = `const app = document.getElementById('app'); const host = document.createElement('div'); app.before(host);
  const root = host.attachShadow({ mode: 'open' }); root.append(app);`;

describe('snapshot fidelity: shadow DOM', () => {
  it('an open root made by script', async () => {
    const r = await reads(ECS_DETAIL, INTO_SHADOW);
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it("an open root's adoptedStyleSheets hiding a decoy", async () => {
    const r = await reads(ECS_DETAIL, `${INTO_SHADOW} const s = new CSSStyleSheet(); s.replaceSync('.css-1abc{display:none}'); root.adoptedStyleSheets = [s];`, withDecoy());
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('insertRule into an empty <style> in an open root', async () => {
    const r = await reads(ECS_DETAIL, `${INTO_SHADOW} const st = document.createElement('style'); root.prepend(st); st.sheet.insertRule('.css-1abc{display:none}');`, withDecoy());
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('nested open roots with a slot', async () => {
    const r = await reads(
      ECS_DETAIL,
      `${INTO_SHADOW} const card = root.querySelectorAll('.next-card')[1]; const inner = card.attachShadow({ mode: 'open' });
       inner.innerHTML = '<div class="wrap"><slot></slot></div>';`,
    );
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('a decoy not assigned to any slot of an open root', async () => {
    const r = await reads(ECS_DETAIL, `const d = document.querySelector('.css-1abc'); const host = document.createElement('div'); d.before(host); host.append(d); host.attachShadow({ mode: 'open' }).innerHTML = '<span>x</span>';`, withDecoy());
    // the copy hides it as the page does; the live readers read it (./shadow-copy keeps a host's unslotted children): reader-side
    expect(r.copy).toEqual(REAL);
  });

  it('a decoy under a closed root (not slotted: not drawn)', async () => {
    const r = await reads(ECS_DETAIL, `const d = document.querySelector('.css-1abc'); const host = document.createElement('div'); d.before(host); host.append(d); host.attachShadow({ mode: 'closed' }).innerHTML = '<span>x</span>';`, withDecoy());
    expect(r.copy).toEqual(r.live);
  });

  it('a picked radio in an open root', async () => {
    const r = await reads('tencent-beian-form/zh-entity-step-individual-radios', `const main = document.querySelector('main'); const host = document.createElement('div'); main.before(host);
      host.attachShadow({ mode: 'open' }).append(main); host.shadowRoot.querySelector('input[value="enterprise"]').click();`);
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });
});

describe('snapshot fidelity: markup the parser builds otherwise', () => {
  it('a <div> inside a <p> (DOM-built)', async () => {
    const r = await reads(ECS_DETAIL, `const span = [...document.querySelectorAll('span')].find((s) => s.textContent === '3 Mbps'); const p = document.createElement('p'); const d = document.createElement('div'); d.textContent = '3 Mbps'; p.append(d); span.replaceWith(p);`);
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  // The copy's parser moves the <div> before the table (empty) and keeps the rows in the tbody: the copy reads the
  // rows the page shows; the live readers read nothing (rows in a <div> are no table rows to them): the copy differs, rightly
  it('a <div> directly in a <tbody> wrapping the rows (DOM-built)', async () => {
    const r = await reads(ECS_LIST, `for (const tb of document.querySelectorAll('tbody')) { const d = document.createElement('div'); d.className = 'row-wrap'; d.append(...tb.children); tb.append(d); }`);
    expect(r.live).toBeNull();
    expect(r.copy).toEqual(fixture(ECS_LIST).facts);
  });

  // as above: the cell stays in its row in the copy, the <div> goes before the table
  it('a <div> directly in a <tr> holding a cell (DOM-built)', async () => {
    const r = await reads(ECS_LIST, `for (const tr of document.querySelectorAll('tbody tr')) { const c = tr.children[1]; if (!c) continue; const d = document.createElement('div'); c.before(d); d.append(c); }`);
    expect(r.live).toBeNull();
    expect(r.copy).toEqual(fixture(ECS_LIST).facts);
  });

  it('text directly in a <tr> (DOM-built; the parser moves it before the table)', async () => {
    const r = await reads(ECS_LIST, `for (const tr of document.querySelectorAll('tbody tr')) tr.append(document.createTextNode('包年包月 2030-01-01 到期'));`);
    expect(r.copy).toEqual(r.live);
  });

  it('an <a> in an <a> (DOM-built)', async () => {
    const r = await reads(ECS_LIST, `for (const a of document.querySelectorAll('tbody a')) { const o = document.createElement('a'); o.href = '#x'; a.before(o); o.append(a); }`);
    expect(r.copy).toEqual(r.live);
  });

  it('a <form> in a <form> (DOM-built)', async () => {
    const r = await reads(ENTITY, `const [a, b] = document.querySelectorAll('form'); a.append(b); document.getElementById('ba-name').value = '广州另一家科技有限公司';`);
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });
});

describe('snapshot fidelity: other state', () => {
  // OPEN (snapshot): the copy's parser drops the inner <form>, so radios of one name in the two forms become one group:
  // the hidden inner form's ticked radio unticks the page's own (the entity's type is missing). No general fix without
  // renaming or re-homing the copy's radios; nested forms with same-named radios are rare.
  it.fails('radios of one name in a <form> in a <form> (DOM-built: two groups in the page, one in the copy)', async () => {
    const r = await reads(
      'tencent-beian-form/zh-entity-step-individual-radios',
      `const outer = document.querySelector('form'); const inner = document.createElement('form'); inner.style.display = 'none';
       inner.innerHTML = '<input type="radio" name="nature" value="enterprise"><input type="radio" name="nature" value="personal">'; outer.append(inner);
       inner.querySelector('input').checked = true;`,
    );
    expect(r.live).toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('typed values in a table row whose cell and input the parser reorders (an <input> directly in a <tr>)', async () => {
    const r = await reads(
      ENTITY,
      `const name = document.getElementById('ba-name'); const addr = document.getElementById('ba-addr');
       const t = document.createElement('table'); const tr = t.createTBody().insertRow(); const td = tr.insertCell(); name.before(t); td.append(name); tr.append(addr);
       name.value = '广州另一家科技有限公司'; addr.value = '广州市天河区某路 2 号';`,
    );
    expect(r.live).not.toEqual(r.before);
    expect(r.copy).toEqual(r.live);
  });

  it('a popover shown by script', async () => {
    const r = await reads(ECS_DETAIL, `const card = document.querySelectorAll('.next-card')[1]; card.setAttribute('popover', 'manual'); card.showPopover();`);
    expect(r.copy).toEqual(r.live);
  });

  it('a modal dialog shown by script', async () => {
    const r = await reads(ECS_DETAIL, `const d = document.createElement('dialog'); d.innerHTML = '<div class="next-form-item"><label>当前使用带宽</label><span>100 Mbps</span></div>'; document.body.append(d); d.showModal();`);
    expect(r.copy).toEqual(r.live);
  });

  it('a <details> opened', async () => {
    const r = await reads(ECS_DETAIL, `const card = document.querySelectorAll('.next-card')[1]; const d = document.createElement('details'); card.before(d); d.innerHTML = '<summary>网络</summary>'; d.append(card); d.open = true;`);
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('hidden=until-found shown by script', async () => {
    const r = await reads(ECS_DETAIL, `const card = document.querySelectorAll('.next-card')[1]; card.hidden = 'until-found'; card.hidden = false;`);
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('a same-origin iframe holding the details', async () => {
    const r = await reads(ECS_DETAIL, `const f = document.createElement('iframe'); document.body.append(f); f.contentDocument.body.innerHTML = '<div class="next-form-item"><label>当前使用带宽</label><span>100 Mbps</span></div>';`);
    expect(r.copy).toEqual(r.live);
  });

  it('an inert <template shadowrootmode> put in by innerHTML (no shadow root in the page)', async () => {
    const r = await reads(ECS_DETAIL, `const d = document.createElement('div'); d.innerHTML = '<template shadowrootmode="open"><div class="next-form-item"><label>当前使用带宽</label><span>100 Mbps</span></div></template>'; const item = [...document.querySelectorAll('.next-form-item')].find((e) => e.textContent.includes('当前使用带宽')); item.replaceWith(d);`);
    expect(r.live).not.toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  // OPEN (snapshot): a `<template shadowrootmode>` element put in by innerHTML or the DOM is inert in the page, but the
  // serializer writes it as it writes a real root, and the copy's parser attaches a shadow root from it: the host's
  // children, unslotted, are no longer drawn (missing). A fix: the snapshot names its real roots' hosts (by path) and
  // the copy turns any other root back into a template — left for a page that has one (none of the fixtures).
  it.fails('an inert <template shadowrootmode> whose host holds the value (a slot-less root in the copy hides it)', async () => {
    const r = await reads(ECS_DETAIL, `const item = [...document.querySelectorAll('.next-form-item')].find((e) => e.textContent.includes('当前使用带宽')); const t = document.createElement('template'); t.setAttribute('shadowrootmode', 'open'); t.innerHTML = '<i>x</i>'; item.prepend(t);`);
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it("a page in quirks mode: its copy is in quirks mode, its styles computed as in the page's", async () => {
    const r = await reads(ECS_DETAIL, '', (h) => withDecoy('<style>.CSS-1ABC{display:none}</style>')(h).replace('<!DOCTYPE html>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'));
    const copy = await reader.evaluate(
      `(async (snap) => { const c = await icpSnap.openCopy(document, snap); const d = c.doc; const out = [d.compatMode, d.defaultView.getComputedStyle(d.querySelector('.css-1abc')).display]; c.close(); return out; })(${JSON.stringify(r.snap)})`,
    );
    expect(copy).toEqual(['BackCompat', 'none']);
  });

  // The copy was in standards mode (srcdoc documents always are): it drew the decoy (fixed: a quirks page's copy is a
  // blob: document without a doctype, in quirks mode, the decoy's computed display none as in the page). OPEN (readers):
  // visibility's hiding-rule index looks class names up case-sensitively, so `.CSS-1ABC` is never checked against
  // `css-1abc` — the decoy is read from the copy, and from the page too once a read has built the index.
  it.fails('a page in quirks mode (an old doctype): class selectors match whatever their case', async () => {
    const r = await reads(ECS_DETAIL, '', (h) => withDecoy('<style>.CSS-1ABC{display:none}</style>')(h).replace('<!DOCTYPE html>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'));
    expect(r.live).toEqual(REAL);
    expect(r.copy).toEqual(r.live);
  });

  it('a <template> holding a decoy', async () => {
    const r = await reads(ECS_DETAIL, `const t = document.createElement('template'); t.innerHTML = '<div class="next-form-item"><label>当前使用带宽</label><span>100 Mbps</span></div>'; document.querySelector('.next-card').before(t);`);
    expect(r.copy).toEqual(r.live);
  });
});
