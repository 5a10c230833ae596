import tencentJson from '../../rules/labels/tencent.json';
import { htmlToDocument } from '../../src/cli/html-document';
import type { LabelFile } from '../../src/readers/labels';
import { labelMatches, normalizeText } from '../../src/readers/dom/normalize-label';
import { vocabMatches, type Labels } from '../../src/readers/dom/reading-model';
import { aliyunAllGroups, aliyunAllLabels } from './aliyun-all-labels';

/**
 * Mechanical rewrites of a console page's markup that real consoles make routinely (issue 8): each
 * keeps what the page SHOWS (the same labels and values, or a value with extra actions / tags the
 * user tells apart at a glance) and changes only how it is drawn. A reader must give the same facts.
 * Labels are found with the vocabulary file of the page's provider (the words a user reads:
 * rules/labels/aliyun*.json, rules/labels/tencent.json), not with reader code; the actions and tags
 * a mutation adds are that console's own words and component markup.
 */

export type Mutation = (doc: Document) => boolean;

/** What a mutation needs to know of one console's vocabulary and markup. */
interface ProviderWords {
  /** Label groups (group -> field -> vocab) of the provider's files. */
  groups: LabelFile['groups'];
  /** Groups that are section titles, not field labels. */
  sectionGroups: Set<string>;
  /** The vocabulary groups each reader reads (a value that happens to equal another page's label is no label here). */
  readerGroups: Record<string, string[]>;
  /** Known section titles (decorated by the section mutation). */
  sectionTitles: string[];
  /** An action link naming the OTHER billing mode and a button, in the console's markup and words. */
  actions: string;
  /** A (non-status) tag in the console's markup. */
  tag: string;
  /** A help icon with screen-reader text, in the console's markup. */
  helpIcon: string;
}

const tencentFile = tencentJson as unknown as LabelFile & { actions: string[] };
const tencentAction = (w: string) => {
  if (!tencentFile.actions.includes(w)) throw new Error(`markup-mutations: "${w}" is not a Tencent action word`);
  return w;
};

const PROVIDERS: Record<'aliyun' | 'tencent', ProviderWords> = {
  aliyun: {
    groups: aliyunAllGroups,
    sectionGroups: new Set(['beian-sections', 'ecs-detail-markers', 'swas-detail-markers']),
    readerGroups: {
      'aliyun-ecs-instance-list': ['ecs-list'],
      'aliyun-ecs-instance-detail': ['ecs-detail'],
      'aliyun-swas-instance-list': ['swas-list'],
      'aliyun-swas-instance-detail': ['swas-detail'],
      'aliyun-domain-list': ['domain-list'],
      'aliyun-domain-holder': ['domain-holder'],
      'aliyun-virtual-host-list': ['virtual-host-list'],
      'aliyun-beian-service-numbers': ['beian-service-numbers'],
      'aliyun-beian-entity': ['beian-fields'],
      'aliyun-beian-website': ['beian-fields'],
      'aliyun-beian-server': ['beian-fields'],
    },
    sectionTitles: Object.values(aliyunAllLabels.labels('beian-sections', ['entity', 'leader', 'website', 'website-leader', 'server', 'base'] as const)).flat(),
    actions: '<a href="#" class="link">转包年包月</a><button type="button" class="next-btn">续费</button>',
    tag: '<span class="next-tag next-tag-green">推荐</span>',
    helpIcon: '<i class="anticon anticon-question-circle" role="img" aria-label="question-circle"><span class="sr-only">查看帮助 Help</span></i>',
  },
  tencent: {
    groups: tencentFile.groups,
    sectionGroups: new Set(),
    readerGroups: {
      'tencent-cvm-instance-list': ['cvm-list'],
      'tencent-cvm-instance-detail': ['server-detail'],
      'tencent-lighthouse-instance-list': ['lighthouse-list'],
      'tencent-lighthouse-instance-detail': ['server-detail'],
      'tencent-domain-list': ['domain-list'],
      'tencent-domain-info': ['domain-info'],
      'tencent-beian-authcode': ['authcode'],
      'tencent-beian-form': ['beian-form'],
    },
    // rules/labels/tencent.json holds no section titles (the Tencent readers map none: any title ends a
    // section); these are the console's documented ones (seeds/005: CVM details 实例信息 … 计费信息,
    // Lighthouse 概要 基本信息 / 网络与域名 / 计费信息, the domain pages, the filing form's steps).
    sectionTitles: ['实例信息', '架构图', '网络信息', '配置信息', '镜像信息', '计费信息', '基本信息', '网络与域名', '域名信息', '实名认证', '域名所有者信息', '主办单位信息', '主办单位负责人信息', '网站信息', '网站负责人信息', '备案主体', '备案网站', 'Instance Information', 'Network Information', 'Configuration Information', 'Billing Information', 'Basic Information'],
    actions: `<a href="#" class="tea-link">${tencentAction('转包年包月')}</a><button type="button" class="tea-btn tea-btn--link">${tencentAction('续费')}</button>`,
    tag: '<span class="tea-tag tea-tag--success">推荐</span>',
    helpIcon: '<span class="tea-bubble-target"><i class="tea-icon tea-icon-help" role="img" aria-label="帮助"><span class="tea-sr-only">查看帮助 Help</span></i></span>',
  },
};

const TENCENT_HOSTS = new Set(['console.cloud.tencent.com', 'console.tencentcloud.com']);
function providerOf(url: string): ProviderWords {
  return TENCENT_HOSTS.has(new URL(url).hostname) ? PROVIDERS.tencent : PROVIDERS.aliyun;
}

let WORDS: ProviderWords = PROVIDERS.aliyun;
/** The field vocabularies of the reader's groups (every field group of the provider for pages no reader reads). */
function fieldVocabs(words: ProviderWords, reader: string | null): Labels[] {
  const groups = (reader && words.readerGroups[reader]) || Object.keys(words.groups).filter((g) => !words.sectionGroups.has(g));
  return groups.flatMap((g) => Object.values(words.groups[g] ?? {}) as Labels[]);
}
let FIELD_VOCABS: Labels[] = fieldVocabs(WORDS, null);
let FIELD_LABELS: string[] = FIELD_VOCABS.flatMap((v) => ('labels' in v ? v.labels : (v as readonly string[])));
const STATUS_LABEL = /状态|狀態|status|实名|實名/i;
/** Label structures: there a vocabulary's `contains` words name a field too (公网带宽（峰值）, 到期时间（自动续费）). */
const LABEL_STRUCTURE = 'label, th, dt, [role="columnheader"], [role="rowheader"], [class*="label"], [class*="title"]';

/** Is this text a field label: one of the exact labels anywhere, or a `contains` match inside a label structure. */
function isFieldLabel(text: string, el: Element): boolean {
  if (labelMatches(text, FIELD_LABELS)) return true;
  if (!el.closest(LABEL_STRUCTURE)) return false;
  return FIELD_VOCABS.some((v) => vocabMatches(text, v));
}

const SKIP = 'script, style, title, option, select, textarea, [role="option"], [role="menu"], [role="menuitem"], [role="listbox"], [role="tooltip"], h1, h2, h3, h4, h5, h6, button, a';

/** Innermost elements whose whole text is a field label of the vocabulary. */
export function labelTargets(doc: Document): Element[] {
  const out: Element[] = [];
  const body = doc.body;
  if (!body) return out;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (el.closest(SKIP)) continue;
    const text = normalizeText(el.textContent);
    if (text === '' || text.length > 40 || !isFieldLabel(text, el)) continue;
    if (Array.from(el.children).some((c) => isFieldLabel(normalizeText(c.textContent), c))) continue;
    out.push(el);
  }
  return out;
}

const inHeaderCell = (el: Element) => el.closest('th, thead, [role="columnheader"]') !== null;

/** A label whose neighbour holds another label: a header row of a grid drawn with plain elements. */
function inLabelRow(t: Element, targets: Element[]): boolean {
  let node: Element | null = t;
  for (let i = 0; node && i < 3; i++, node = node.parentElement) {
    const next = node.nextElementSibling;
    const prev = node.previousElementSibling;
    if ((next && targets.some((o) => o !== t && next.contains(o))) || (prev && targets.some((o) => o !== t && prev.contains(o)))) return true;
    if (next || prev) return false;
  }
  return false;
}

function html(doc: Document, markup: string): DocumentFragment {
  const t = doc.createElement('template');
  t.innerHTML = markup;
  return t.content;
}

/** The value beside a label: the next element sibling of the label or of one of its two nearest ancestors. */
function valueOf(label: Element): Element | null {
  let node: Element | null = label;
  for (let i = 0; node && i < 3; i++, node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) return next.matches('input, select, textarea') ? null : next;
    if (node.parentElement?.matches('td, dd, th, dt, li, form, body')) return null;
  }
  return null;
}

/** The body table drawn under a header-only table (a split grid: the first table after it in their grid's box). */
function bodyTableOf(head: HTMLTableElement): HTMLTableElement | null {
  for (let box = head.parentElement; box && box !== head.ownerDocument.body; box = box.parentElement) {
    const tables = Array.from(box.querySelectorAll('table'));
    if (tables.length < 2) continue;
    const next = tables[tables.indexOf(head) + 1];
    const rows = next ? Array.from(next.rows) : [];
    return next && rows.length > 0 && rows.every((r) => r.cells.length > 0 && !r.querySelector('th')) ? next : null;
  }
  return null;
}

/** An affixed copy of a grid's header drawn over it: a header-only table right before it in their grid's box. */
function affixedHeaderOf(grid: HTMLTableElement): HTMLTableElement | null {
  for (let box = grid.parentElement; box && box !== grid.ownerDocument.body; box = box.parentElement) {
    const tables = Array.from(box.querySelectorAll('table'));
    if (tables.length < 2) continue;
    const before = tables[tables.indexOf(grid) - 1];
    const rows = before ? Array.from(before.rows) : [];
    return before && rows.length > 0 && rows.every((r) => r.cells.length > 0 && Array.from(r.cells).every((c) => c.tagName === 'TH')) ? before : null;
  }
  return null;
}

export const mutations: Record<string, Mutation> = {
  /** A help icon with screen-reader text inside every label (no stylesheet needed for sr-only). */
  'help-icon-in-label': (doc) => {
    const targets = labelTargets(doc);
    for (const t of targets) t.append(html(doc, WORDS.helpIcon));
    return targets.length > 0;
  },
  /** A required mark before and a full-width colon after every form label (not column headers). */
  'required-mark-and-colon': (doc) => {
    const all = labelTargets(doc);
    const targets = all.filter((t) => !inHeaderCell(t) && !inLabelRow(t, all));
    for (const t of targets) {
      t.prepend(html(doc, '<span class="form-item-required-mark">*</span>'));
      t.append(doc.createTextNode('：'));
    }
    return targets.length > 0;
  },
  /**
   * A suffix qualifier after every form label and column header: 公网带宽（当前） / Bandwidth (current)
   * (column headers carry them too: 带宽（峰值）, 到期时间（UTC+8）). A list page's only labels are its headers.
   */
  'label-qualifier': (doc) => {
    const all = labelTargets(doc);
    const targets = all.filter((t) => inHeaderCell(t) || !inLabelRow(t, all));
    for (const t of targets) t.append(doc.createTextNode(/[\u4e00-\u9fff]/.test(t.textContent ?? '') ? '（当前）' : ' (current)'));
    return targets.length > 0;
  },
  /** An action link naming the OTHER billing mode, a button and a status tag after every value and data cell. */
  'actions-and-tags-in-values': (doc) => {
    let n = 0;
    const actions = WORDS.actions;
    // A value that is a status already (a tag) gets no further tag: another tag would be another status.
    // A status field or column gets no further tag either (its label / header says 状态 / Status).
    const headerOf = (cell: Element): string => {
      const before = cell.previousElementSibling;
      // a row's header cell before it: a <th>, or an ARIA row header (a key-value list drawn as role=table)
      if (before?.tagName === 'TH' || before?.getAttribute('role') === 'rowheader') return normalizeText(before.textContent);
      const row = cell.closest('tr, [role="row"]');
      const i = row ? Array.from(row.children).indexOf(cell) : -1;
      // vertical descriptions: the row of labels right above this row of values
      const above = row?.previousElementSibling;
      if (above && above.children.length === row?.children.length && above.querySelector('th, [role="columnheader"]') && !above.querySelector('td, [role="cell"], [role="gridcell"]')) return normalizeText(above.children[i]?.textContent ?? '');
      const table = cell.closest('table, [role="grid"], [role="table"]');
      const head =
        table?.querySelector('thead tr') ??
        Array.from(table?.querySelectorAll('tr, [role="row"]') ?? []).find((r) => r.querySelector('th, [role="columnheader"]')) ??
        // a split header: the header table before this body table
        Array.from(table?.parentElement?.parentElement?.querySelectorAll('thead tr, [role="row"]') ?? []).find((r) => r.querySelector('th, [role="columnheader"]'));
      return normalizeText(head?.children[i]?.textContent ?? '');
    };
    const extra = (v: Element, label: string) =>
      STATUS_LABEL.test(label) || /(?:^|[\s_-])(?:tag|badge|status)(?:$|[\s_-])/i.test(v.innerHTML.match(/class="([^"]*)"/g)?.join(' ') ?? '') ? actions : `${actions}${WORDS.tag}`;
    const all = labelTargets(doc);
    for (const t of all) {
      if (inHeaderCell(t) || inLabelRow(t, all)) continue;
      const v = valueOf(t);
      if (!v || v.querySelector('input, select, textarea') || normalizeText(v.textContent) === '') continue;
      v.append(html(doc, extra(v, normalizeText(t.textContent))));
      n++;
    }
    // data cells: <td>, ARIA grid cells, and the cells of plain rows under a row of labels (div grids)
    const cells = new Map<Element, string>();
    for (const cell of Array.from(doc.querySelectorAll('tbody td, [role="gridcell"], [role="cell"]'))) cells.set(cell, headerOf(cell));
    for (const t of all) {
      if (inHeaderCell(t) || !inLabelRow(t, all)) continue;
      let cell: Element = t;
      while (cell.parentElement && !Array.from(cell.parentElement.children).some((c) => c !== cell && all.some((o) => c.contains(o)))) cell = cell.parentElement;
      const head = cell.parentElement;
      if (!head || head.getAttribute('role') === 'row') continue;
      const i = Array.from(head.children).indexOf(cell);
      for (let row = head.nextElementSibling; row; row = row.nextElementSibling) {
        if (row.tagName !== head.tagName || row.children.length !== head.children.length) continue;
        const c = row.children[i];
        if (c && !cells.has(c)) cells.set(c, normalizeText(t.textContent));
      }
    }
    for (const [cell, header] of cells) {
      if (normalizeText(cell.textContent) === '' || cell.querySelector('input, select, textarea')) continue;
      cell.append(html(doc, extra(cell, header)));
      n++;
    }
    return n > 0;
  },
  /** Every <table> with header cells drawn as div grids with ARIA roles (antd 5, virtualised lists). */
  'table-to-div-grid': (doc) => {
    let n = 0;
    for (const table of Array.from(doc.querySelectorAll('table')).reverse()) {
      // header spans and row spans have no ARIA grid form here; a body row of one cell across the
      // grid (an empty state, an expanded detail row) becomes a row with an aria-colspan cell
      if (table.querySelector('[rowspan]:not([rowspan="1"]), table, th[colspan]:not([colspan="1"]), thead [colspan]:not([colspan="1"])')) continue;
      const rename = (el: Element, role: string | null) => {
        const div = doc.createElement('div');
        for (const a of Array.from(el.attributes)) div.setAttribute(a.name, a.value);
        if (role) div.setAttribute('role', role);
        while (el.firstChild) div.append(el.firstChild);
        el.replaceWith(div);
        return div;
      };
      for (const tr of Array.from(table.querySelectorAll('tr'))) {
        const cells = Array.from(tr.children);
        const pairRow = cells.some((c) => c.tagName === 'TD') && cells.some((c) => c.tagName === 'TH');
        for (const c of cells) {
          const span = c.getAttribute('colspan');
          const div = rename(c, c.tagName === 'TH' ? (pairRow ? 'rowheader' : 'columnheader') : 'gridcell');
          if (span) {
            div.removeAttribute('colspan');
            div.setAttribute('aria-colspan', span);
          }
        }
        rename(tr, 'row');
      }
      for (const g of Array.from(table.querySelectorAll('thead, tbody, tfoot'))) rename(g, 'rowgroup');
      rename(table, 'grid');
      n++;
    }
    return n > 0;
  },
  /** Horizontal descriptions (dt/dd, th/td pair rows) drawn vertically: a row of labels, then a row of values. */
  'vertical-descriptions': (doc) => {
    let n = 0;
    const build = (pairs: Array<[Element, Element]>, cls: string) => {
      const table = doc.createElement('table');
      table.className = cls;
      const tbody = doc.createElement('tbody');
      table.append(tbody);
      for (let i = 0; i < pairs.length; i += 3) {
        const labels = doc.createElement('tr');
        const values = doc.createElement('tr');
        for (const [l, v] of pairs.slice(i, i + 3)) {
          const th = doc.createElement('th');
          th.className = 'ant-descriptions-item-label';
          for (const a of ['style', 'hidden', 'aria-hidden']) if (l.hasAttribute(a)) th.setAttribute(a, l.getAttribute(a) ?? '');
          while (l.firstChild) th.append(l.firstChild);
          const td = doc.createElement('td');
          td.className = 'ant-descriptions-item-content';
          for (const a of ['style', 'hidden', 'aria-hidden']) if (v.hasAttribute(a)) td.setAttribute(a, v.getAttribute(a) ?? '');
          while (v.firstChild) td.append(v.firstChild);
          labels.append(th);
          values.append(td);
        }
        tbody.append(labels, values);
      }
      return table;
    };
    for (const dl of Array.from(doc.querySelectorAll('dl'))) {
      const kids = Array.from(dl.children);
      const pairs: Array<[Element, Element]> = [];
      for (let i = 0; i + 1 < kids.length; i += 2) {
        const [dt, dd] = [kids[i]!, kids[i + 1]!];
        if (dt.tagName !== 'DT' || dd.tagName !== 'DD') return n > 0;
        pairs.push([dt, dd]);
      }
      if (pairs.length < 2 || pairs.length * 2 !== kids.length) continue;
      dl.replaceWith(build(pairs, 'ant-descriptions-view vertical'));
      n++;
    }
    for (const table of Array.from(doc.querySelectorAll('table'))) {
      const rows = Array.from(table.querySelectorAll('tr'));
      if (rows.length < 2 || table.querySelector('[colspan], [rowspan], table')) continue;
      const pairs: Array<[Element, Element]> = [];
      let ok = true;
      for (const tr of rows) {
        const cells = Array.from(tr.children);
        if (cells.length % 2 !== 0 || cells.length === 0) ok = false;
        for (let i = 0; ok && i < cells.length; i += 2) {
          if (cells[i]!.tagName !== 'TH' || cells[i + 1]!.tagName !== 'TD') ok = false;
          else pairs.push([cells[i]!, cells[i + 1]!]);
        }
      }
      if (!ok || pairs.length < 2) continue;
      table.replaceWith(build(pairs, 'ant-descriptions-view vertical'));
      n++;
    }
    return n > 0;
  },
  /** Section titles decorated ("网站信息（第 1 部分）") and an unknown section title added at the end. */
  'decorated-and-unknown-section-titles': (doc) => {
    let n = 0;
    for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, [role="heading"], [class*="title"]'))) {
      if (el.children.length > 0 || !labelMatches(normalizeText(el.textContent), WORDS.sectionTitles)) continue;
      el.append(doc.createTextNode(/[\u4e00-\u9fff]/.test(el.textContent ?? '') ? '（第 1 部分）' : ' (Part 1)'));
      n++;
    }
    doc.body?.append(html(doc, '<div class="card"><h4 class="card-title">补充说明 / Notes</h4><p>无</p></div>'));
    return true;
  },
  /** Every label/value pair re-wrapped as an antd form item (or Fusion, on an antd page). */
  'form-item-markup-swap': (doc) => {
    const fusion = doc.querySelector('[class*="ant-"]') !== null;
    const p = fusion ? 'next-form-item' : 'ant-form-item';
    let n = 0;
    for (const t of labelTargets(doc)) {
      if (inHeaderCell(t) || t.closest('td, dd, dt, li')) continue;
      const pair = t.parentElement;
      if (!pair || pair === doc.body) continue;
      const kids = Array.from(pair.children);
      if (kids.length !== 2 || (kids[0] !== t && !kids[0]!.contains(t))) continue;
      // Text beside the two boxes (a card line "到期时间 2027-01-05 <a>续费</a>") would be left behind,
      // out of its place: such a line is no label box + value box pair.
      if (Array.from(pair.childNodes).some((c) => c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '')) continue;
      const [labelBox, valueBox] = kids as [Element, Element];
      if (valueBox.contains(t)) continue;
      const row = html(
        doc,
        fusion
          ? `<div class="${p} next-row"><div class="next-col ${p}-label"></div><div class="next-col ${p}-control"></div></div>`
          : `<div class="ant-row ${p}-row"><div class="ant-col ${p}-label"></div><div class="ant-col ${p}-control"><div class="${p}-control-input"><div class="${p}-control-input-content"></div></div></div></div>`,
      ).firstElementChild!;
      const labelSlot = row.querySelector(`.${p}-label`)!;
      const valueSlot = row.querySelector(fusion ? `.${p}-control` : `.${p}-control-input-content`)!;
      labelSlot.append(labelBox);
      valueSlot.append(valueBox);
      pair.append(row);
      n++;
    }
    return n > 0;
  },
  /**
   * The page's stylesheets lost (a saved page, another renderer): what they hid by display /
   * visibility / opacity is hidden inline instead; screen-reader-only clipping is simply gone.
   */
  'stylesheet-removed': (doc) => {
    const view = doc.defaultView;
    const sheets = Array.from(doc.querySelectorAll('style, link[rel~="stylesheet"]'));
    if (sheets.length === 0 || !view) return false;
    const hide: Array<[Element, string]> = [];
    for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
      const cs = view.getComputedStyle(el);
      if (cs.display === 'none') hide.push([el, 'display:none']);
      else if (cs.visibility === 'hidden' && el.parentElement && view.getComputedStyle(el.parentElement).visibility !== 'hidden') hide.push([el, 'visibility:hidden']);
      else if (cs.opacity !== '' && Number(cs.opacity) === 0) hide.push([el, 'opacity:0']);
    }
    for (const [el, style] of hide) el.setAttribute('style', `${el.getAttribute('style') ?? ''};${style}`);
    for (const s of sheets) s.remove();
    return true;
  },
  /**
   * Every text run split into adjacent text nodes where React splits it: between an expression and the
   * literal text around it (`{cpu} vCPU {mem} GiB`, `到期时间：{date}`, `{mode}{date} 到期`) — at runs of
   * white space, at a full-width colon and between Chinese and other characters — each piece apart
   * from the next by an empty comment (server-rendered React: `2<!-- --> vCPU`). The page shows the same text.
   */
  'split-text-nodes': (doc) => {
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, textarea, option, title')) continue;
      if ((n.nodeValue ?? '').trim() !== '') texts.push(n as Text);
    }
    let n = 0;
    for (const t of texts) {
      const pieces = (t.nodeValue ?? '')
        .split(/(\s+|：)/)
        .flatMap((p) => p.split(/(?<=[\u4e00-\u9fff])(?=[^\u4e00-\u9fff])|(?<=[^\u4e00-\u9fff])(?=[\u4e00-\u9fff])/))
        .filter((p) => p !== '');
      if (pieces.length < 2) continue;
      const frag = doc.createDocumentFragment();
      pieces.forEach((p, i) => {
        if (i > 0) frag.append(doc.createComment(' '));
        frag.append(doc.createTextNode(p));
      });
      t.replaceWith(frag);
      n++;
    }
    return n > 0;
  },
  /**
   * An SVG icon with a <title> (its accessible name: a tooltip, never drawn) after every label and in
   * every value and data cell, as icon libraries draw help and copy icons.
   */
  'svg-icons-with-titles': (doc) => {
    const icon = (title: string) => html(doc, `<svg class="icon" role="img" viewBox="0 0 16 16" width="14" height="14"><title>${title}</title><path d="M4 4h8v8H4z"></path></svg>`);
    const all = labelTargets(doc);
    let n = 0;
    for (const t of all) {
      t.append(icon(/[\u4e00-\u9fff]/.test(t.textContent ?? '') ? '帮助' : 'Help'));
      n++;
      if (inHeaderCell(t) || inLabelRow(t, all)) continue;
      const v = valueOf(t);
      if (v && !v.querySelector('input, select, textarea') && normalizeText(v.textContent) !== '') v.append(icon('复制 Copy'));
    }
    for (const cell of Array.from(doc.querySelectorAll('tbody td, [role="gridcell"], [role="cell"]'))) {
      if (normalizeText(cell.textContent) === '' || cell.querySelector('input, select, textarea')) continue;
      cell.append(icon('复制 Copy'));
    }
    return n > 0;
  },
  /**
   * A hidden copy with other text (every digit shifted) of the first data row of every grid and of
   * every value, as virtualised grids and responsive layouts keep hidden (display:none, the hidden
   * attribute): nothing of it may be read.
   */
  'hidden-decoys': (doc) => {
    const shift = (el: Element) => {
      const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeValue = (n.nodeValue ?? '').replace(/\d/g, (d) => String((Number(d) + 3) % 10));
      return el;
    };
    let n = 0;
    for (const body of Array.from(doc.querySelectorAll('tbody, [role="rowgroup"]'))) {
      const row = Array.from(body.children).find((r) => r.matches('tr, [role="row"]') && r.querySelector('td, [role="gridcell"], [role="cell"]') && /\d/.test(r.textContent ?? ''));
      if (!row) continue;
      const copy = shift(row.cloneNode(true) as Element);
      copy.setAttribute('hidden', '');
      row.before(copy);
      n++;
    }
    const all = labelTargets(doc);
    for (const t of all) {
      if (inHeaderCell(t) || inLabelRow(t, all)) continue;
      const v = valueOf(t);
      if (!v || v.querySelector('input, select, textarea') || !/\d/.test(v.textContent ?? '')) continue;
      const copy = shift(v.cloneNode(true) as Element);
      copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};display:none`);
      copy.removeAttribute('id');
      v.after(copy);
      n++;
    }
    return n > 0;
  },
  /**
   * A search match highlighted inside every long token of the page's data (an instance ID, a domain, an
   * IP), as a console's list does after the user searched: `i-bp1<mark>list</mark>0007`. The text is the same.
   */
  'search-highlight': (doc) => {
    let n = 0;
    for (const t of dataTextNodes(doc)) {
      const value = t.nodeValue ?? '';
      const m = /[A-Za-z0-9][A-Za-z0-9.-]{9,}/.exec(value);
      if (!m) continue;
      const from = m.index + 3;
      const mid = t.splitText(from);
      const rest = mid.splitText(4);
      const mark = doc.createElement(n % 2 ? 'span' : 'mark');
      mark.className = 'highlight';
      rest.before(mark);
      mark.append(mid);
      n++;
    }
    return n > 0;
  },
  /**
   * Line-break opportunities inside long tokens (an ID or a domain in a narrow column): a <wbr> after
   * every 8th character. Nothing changes on the screen unless the column is narrow.
   */
  'word-break-opportunities': (doc) => {
    let n = 0;
    for (const t of dataTextNodes(doc)) {
      let node: Text = t;
      for (let m = /[^\s]{12,}/.exec(node.nodeValue ?? ''); m; m = /[^\s]{12,}/.exec(node.nodeValue ?? '')) {
        const rest = node.splitText(m.index + 8);
        rest.before(doc.createElement('wbr'));
        node = rest;
        n++;
      }
    }
    return n > 0;
  },
  /**
   * Long tokens drawn in wrap chunks, as a component that lets an ID or a domain wrap in a narrow column
   * renders them: each piece in a <span>, a <wbr> between (`<span>acme-s</span><wbr><span>hop.cn</span>`,
   * `<span>王五旅</span><wbr><span>行.中国</span>`). The screen shows one word.
   */
  'wrapped-break-chunks': (doc) => {
    let n = 0;
    // a text that is one long token with a dot or hyphen (an ID, a domain, an IP), not a name, a status or a date
    for (const t of dataTextNodes(doc)) {
      const value = (t.nodeValue ?? '').trim();
      if (!/^(?=.*[.-])(?!\d{2,4}[-/.]\d)[^\s:：]{8,}$/u.test(value)) continue;
      const chars = [...value];
      const cut = Math.floor(chars.length / 2);
      const head = chars.slice(0, cut).join('');
      const tail = chars.slice(cut).join('');
      const a = doc.createElement('span');
      a.textContent = head;
      const b = doc.createElement('span');
      b.textContent = tail;
      t.replaceWith(a, doc.createElement('wbr'), b);
      n++;
    }
    return n > 0;
  },
  /**
   * Two more wrapper boxes around every label and every value (`<div class="x-inner"><div>…</div></div>`),
   * as component libraries nest their markup deeper from one version to the next. The page looks the same.
   */
  'deeper-wrappers': (doc) => {
    const wrap = (el: Element) => {
      // boxes inside phrasing content (a <label>, a link, a span) are spans
      const phrasing = el.closest('label, a, span, button, p, h1, h2, h3, h4, h5, h6, strong, em, b, small') !== null;
      const outer = doc.createElement(phrasing ? 'span' : 'div');
      outer.className = 'x-inner';
      const inner = doc.createElement(outer.tagName);
      outer.append(inner);
      while (el.firstChild) inner.append(el.firstChild);
      el.append(outer);
    };
    const all = labelTargets(doc);
    let n = 0;
    for (const t of all) {
      if (t.matches('th, td, [role="columnheader"], [role="gridcell"], [role="cell"]')) continue;
      const v = inHeaderCell(t) || inLabelRow(t, all) ? null : valueOf(t);
      wrap(t);
      n++;
      if (v && !v.matches('input, select, textarea') && !v.querySelector('input, select, textarea')) wrap(v);
    }
    for (const cell of Array.from(doc.querySelectorAll('tbody td, th, [role="gridcell"], [role="cell"], [role="columnheader"]'))) {
      if (normalizeText(cell.textContent) === '' || cell.querySelector('input, select, textarea')) continue;
      wrap(cell);
      n++;
    }
    return n > 0;
  },
  /**
   * Invisible break characters inside long tokens (a zero-width space after every 8th character, a soft
   * hyphen in words), as some consoles insert so that long IDs and domains wrap. The page looks the same.
   */
  'zero-width-breaks': (doc) => {
    let n = 0;
    for (const t of dataTextNodes(doc)) {
      const v = t.nodeValue ?? '';
      const next = v.replace(/[^\s]{12,}/g, (tok) => tok.replace(/(.{8})(?=.)/gu, n++ % 2 ? '$1\u00ad' : '$1\u200b'));
      if (next !== v) t.nodeValue = next;
    }
    return n > 0;
  },
  /**
   * A row-selection column first in every grid (a checkbox in the header and in each row, antd / TEA /
   * Fusion draw it so when rows can be picked for batch actions); a cell across the grid spans it too.
   */
  'selection-column': (doc) => {
    let n = 0;
    const checkbox = '<label class="check"><input type="checkbox" aria-label="选择 Select"></label>';
    for (const table of Array.from(doc.querySelectorAll('table'))) {
      // one <table> holding its header and its rows (a split header / body grid's parts are not grids alone)
      if (table.parentElement?.closest('[role="grid"], [role="table"], table')) continue;
      const rows = Array.from(table.rows);
      // a grid: a header row of <th> only and data rows (not label / value pair rows)
      const allHeads = (r: HTMLTableRowElement) => r.cells.length > 0 && Array.from(r.cells).every((c) => c.tagName === 'TH');
      if (rows.length < 2 || !rows.some(allHeads) || rows.some((r) => !allHeads(r) && r.querySelector('th'))) continue;
      // a split grid's header table (header rows only) is drawn over its body table: the column goes in both, or
      // every header would sit over the next column's cells
      // (and a grid with its own header under an affixed copy of that header, a header-only table before it: both)
      const split = rows.every(allHeads) ? bodyTableOf(table) : null;
      if (rows.every(allHeads) && !split) continue;
      const affixed = split ? null : affixedHeaderOf(table);
      for (const tr of [...Array.from(affixed?.rows ?? []), ...rows, ...Array.from(split?.rows ?? [])]) {
        const first = tr.cells[0];
        if (!first) continue;
        // a cell across the whole grid (an empty-state row, an expanded detail row) spans the new column too
        if (tr.cells.length === 1 && first.colSpan > 1) {
          first.colSpan += 1;
          continue;
        }
        const cell = doc.createElement(first.tagName === 'TH' && tr.parentElement?.tagName !== 'TBODY' ? 'th' : 'td');
        cell.className = 'selection-column';
        cell.append(html(doc, checkbox));
        tr.insertBefore(cell, first);
      }
      n++;
    }
    for (const grid of Array.from(doc.querySelectorAll('[role="grid"], [role="table"]'))) {
      // an ARIA grid drawn with divs (a <table> inside is a split header / body grid: left as it is)
      if (grid.tagName === 'TABLE' || grid.querySelector('table')) continue;
      const rows = Array.from(grid.querySelectorAll('[role="row"]'));
      if (rows.length < 2 || !grid.querySelector('[role="columnheader"]')) continue;
      for (const row of rows) {
        const cells = Array.from(row.children);
        if (cells.length === 0) continue;
        const header = row.querySelector('[role="columnheader"]') !== null;
        const cell = doc.createElement(cells[0]!.tagName.toLowerCase());
        cell.setAttribute('role', header ? 'columnheader' : 'gridcell');
        cell.className = 'selection-column';
        cell.append(html(doc, checkbox));
        row.insertBefore(cell, cells[0]!);
      }
      n++;
    }
    return n > 0;
  },
  /**
   * Markup pretty-printed (a saved page run through a formatter, server templates): line breaks and
   * indentation before and after the text of every block box. White space at a block's edges is not drawn.
   */
  'pretty-printed': (doc) => {
    let n = 0;
    const blocks = 'div, p, li, td, th, dd, dt, section, header, footer, main, article, h1, h2, h3, h4, h5, h6';
    for (const el of Array.from(doc.body?.querySelectorAll(blocks) ?? [])) {
      const first = el.firstChild;
      const last = el.lastChild;
      if (first?.nodeType === 3 && (first.nodeValue ?? '').trim() !== '') {
        first.nodeValue = `\n        ${first.nodeValue}`;
        n++;
      }
      if (last?.nodeType === 3 && (last.nodeValue ?? '').trim() !== '') last.nodeValue = `${last.nodeValue}\n      `;
    }
    return n > 0;
  },
  /**
   * The spaces inside data written as the browser's locale formatting writes them: a no-break space or a narrow
   * no-break space (U+202F, which Intl puts before AM / PM and between a number and its unit) for every space
   * between two words of a value ("100 Mbps", "2027-03-01 23:59:59", "Mar 1, 2027"). The page looks the same.
   */
  'locale-spaces': (doc) => {
    let n = 0;
    for (const t of dataTextNodes(doc)) {
      const v = t.nodeValue ?? '';
      const next = v.replace(/(?<=\S) (?=\S)/g, () => (n++ % 2 ? '\u00a0' : '\u202f'));
      if (next !== v) t.nodeValue = next;
    }
    return n > 0;
  },
  /**
   * A tooltip open over the page, as while the mouse rests on another row or field: a floating layer at the end
   * of <body> that repeats up to three of the page's labels with another record's values ("到期时间：2020-01-15 …").
   * The consoles' own markup: Fusion's balloon and TEA's bubble (both positioned inline, neither with
   * role="tooltip"). Nothing in it is a field of the page.
   */
  'tooltip-open-elsewhere': (doc) => {
    const all = labelTargets(doc);
    const pick = [...all.filter((t) => !inHeaderCell(t)), ...all.filter((t) => inHeaderCell(t))].slice(0, 3);
    if (pick.length === 0 || !doc.body) return false;
    const tencent = WORDS === PROVIDERS.tencent;
    for (const [i, t] of pick.entries()) {
      const label = normalizeText(t.textContent).replace(/[：:]$/, '');
      const text = `${label}：2020-0${i + 1}-15 23:59:59 9 Mbps other-${i}.example.net`;
      const at = `position: absolute; left: ${100 + i * 40}px; top: 200px;`;
      const box = tencent
        ? `<div class="tea-bubble tea-bubble--top" style="${at} z-index: 1000;"><div class="tea-bubble__inner">${text}</div></div>`
        : `<div class="next-overlay-wrapper opened"><div class="next-balloon next-balloon-tooltip next-balloon-medium next-balloon-top" style="${at}">${text}</div></div>`;
      doc.body.append(html(doc, box));
    }
    return true;
  },
  /**
   * Every text run wrapped in two `<font style="vertical-align: inherit;">` boxes, as Chrome's built-in page
   * translation draws each run it translates (here the words are kept: what changes is only the markup).
   */
  'translation-font-wrappers': (doc) => {
    let n = 0;
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentElement;
      if (!parent || parent.closest('script, style, textarea, option, title, select')) continue;
      if ((t.nodeValue ?? '').trim() !== '') texts.push(t as Text);
    }
    for (const t of texts) {
      const a = doc.createElement('font');
      a.setAttribute('style', 'vertical-align: inherit;');
      const b = doc.createElement('font');
      b.setAttribute('style', 'vertical-align: inherit;');
      t.replaceWith(a);
      a.append(b);
      b.append(t);
      n++;
    }
    return n > 0;
  },
  /**
   * Markup written without white space between block boxes, as React and Vue render it (no text node between
   * two `<div>`s): white space between two boxes that are not inline, or at the edge of a box beside one, is not
   * drawn, so the page looks the same. White space beside an inline or inline-block box is kept (it is drawn).
   */
  'no-space-between-blocks': (doc) => {
    const view = doc.defaultView;
    if (!view || !doc.body) return false;
    const blockish = (e: Element | null): boolean => {
      if (!e) return true;
      if (e.tagName === 'BR') return true;
      const d = view.getComputedStyle(e).display;
      return d !== '' && !d.startsWith('inline') && d !== 'contents' && d !== 'none';
    };
    // in a flex or grid container no text node between items is drawn at all
    const itemsOnly = (p: Element) => /^(inline-)?(flex|grid)$/.test(view.getComputedStyle(p).display);
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    const blank: Text[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentElement;
      if (!parent || (t.nodeValue ?? '').trim() !== '' || parent.closest('pre, textarea, [style*="pre"], script, style')) continue;
      const prev = t.previousSibling;
      const next = t.nextSibling;
      // a comment or another text node beside it: left as it is
      if ((prev && prev.nodeType !== 1) || (next && next.nodeType !== 1)) continue;
      if (itemsOnly(parent) || (blockish(prev as Element | null) && blockish(next as Element | null))) blank.push(t as Text);
    }
    for (const t of blank) t.remove();
    return blank.length > 0;
  },
  /**
   * The columns of each list table in the opposite order, as a user's saved column settings (自定义列表项 /
   * 列设置) put them: header and body cells reversed together, a leading selection column kept first. Only a
   * table with one header row and no merged cells, whose header is in no other table of the page (a split
   * header / body or a locked column copy is left as it is); key / value tables (a header cell in a body row)
   * are not lists.
   */
  'columns-reversed': (doc) => {
    const tables = Array.from(doc.querySelectorAll('table'));
    // (happy-dom has no table.rows / row.cells: the rows and cells by their elements)
    const rowsOf = (t: Element) => Array.from(t.querySelectorAll(':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr'));
    const cellsOf = (r: Element) => Array.from(r.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    const headerOf = (t: Element) => {
      const rows = rowsOf(t);
      const inHead = rows.filter((r) => r.parentElement?.tagName === 'THEAD');
      if (inHead.length > 0) return inHead.length === 1 ? inHead[0] : undefined;
      return rows[0] && cellsOf(rows[0]).every((c) => c.tagName === 'TH') ? rows[0] : undefined;
    };
    const headerTexts = (t: Element) => {
      const head = headerOf(t);
      return head ? cellsOf(head).map((c) => normalizeText(c.textContent)).filter((x) => x !== '') : [];
    };
    const merged = (c: Element) => Number(c.getAttribute('colspan') ?? 1) > 1 || Number(c.getAttribute('rowspan') ?? 1) > 1;
    let n = 0;
    for (const t of tables) {
      const head = headerOf(t);
      const rows = rowsOf(t);
      if (!head || rows.length < 2 || t.querySelector('table')) continue;
      const width = cellsOf(head).length;
      if (width < 3) continue;
      if (rows.some((r) => cellsOf(r).length !== width || cellsOf(r).some(merged))) continue;
      if (rows.some((r) => r !== head && cellsOf(r).some((c) => c.tagName === 'TH'))) continue;
      const mine = headerTexts(t);
      if (tables.some((o) => o !== t && headerTexts(o).some((x) => mine.includes(x)))) continue;
      const picks = (r: Element) => cellsOf(r)[0]?.querySelector('input[type="checkbox"], input[type="radio"]') != null;
      const keepFirst = rows.filter((r) => r !== head).every(picks);
      for (const r of rows) {
        const cells = cellsOf(r);
        for (const c of (keepFirst ? cells.slice(1) : cells).reverse()) r.append(c);
      }
      const cols = Array.from(t.querySelectorAll(':scope > colgroup > col'));
      if (cols.length === width) for (const c of (keepFirst ? cols.slice(1) : cols).reverse()) c.parentElement?.append(c);
      n++;
    }
    return n > 0;
  },
  /**
   * The whole page mounted in an open shadow root, as a micro-frontend with strict style isolation (qiankun's
   * `strictStyleIsolation`, a web component shell) draws it: the body's content moved into the root of one host
   * element, the page's `<style>` elements copied in beside it (a document's rules do not reach into a shadow
   * root). Pages whose rules name `html`, `body` or `:root` are left as they are (inside the root such a rule
   * matches nothing, so it would change what is shown).
   */
  'app-in-shadow-root': (doc) => {
    const body = doc.body;
    if (!body || body.children.length === 0) return false;
    const styles = Array.from(doc.querySelectorAll('style'));
    if (styles.some((s) => /(^|[\s,>+~}])(html|body|:root)\b/i.test(s.textContent ?? ''))) return false;
    const host = doc.createElement('div');
    host.id = 'micro-app-shell';
    const root = host.attachShadow({ mode: 'open' });
    for (const c of Array.from(body.childNodes)) if (!(c.nodeType === 1 && (c as Element).tagName === 'SCRIPT')) root.append(c);
    for (const st of styles) root.prepend(st.cloneNode(true));
    body.append(host);
    // happy-dom 21 moves a <select> with the option after its first chosen (a selected attribute further on is
    // lost): the option the markup chooses, chosen again (a browser keeps it)
    for (const o of Array.from(root.querySelectorAll('option[selected]'))) (o as HTMLOptionElement).selected = true;
    return true;
  },
  /**
   * The console's language switched for its labels only: every field label in the other language of its own
   * field's vocabulary (到期时间 → the field's first English label, Expiration Date → its first Chinese one), the
   * values as they were — as a console whose translation covers its labels and not yet its data draws it.
   * A label that names several fields of the page's vocabulary, or one whose field has no label in the other
   * language, is left as it is.
   */
  'labels-other-language': (doc) => {
    const cjk = /[\u4e00-\u9fff]/;
    const exact = (v: Labels) => ('labels' in v ? v.labels : (v as readonly string[]));
    const plans: { words: Text; text: string; other: string; zh: boolean }[] = [];
    for (const t of labelTargets(doc)) {
      const text = normalizeText(t.textContent);
      // a part of a longer word (<span>实例</span><span>ID</span>) or of a header cell's phrase (a group row's
      // product word before its id): left as it is
      const glued = (n: Node | null, end: boolean) => /[\p{L}\p{N}]/u.test((n?.textContent ?? '').at(end ? -1 : 0) ?? '');
      if (glued(t.previousSibling, true) || glued(t.nextSibling, false)) continue;
      const beside = Array.from(t.parentElement?.childNodes ?? []).filter((c) => c !== t).map((c) => c.textContent ?? '').join('');
      if (t.parentElement?.matches('th, dt, label, [role="columnheader"], [role="rowheader"]') && /[\p{L}\p{N}]/u.test(beside)) continue;
      // a page or section title that happens to be a label word (云虚拟主机 over the host list) is no label
      if (t.closest('[role="heading"], [class*="heading"], [class*="page-header"]')) continue;
      // a qualified label (域名持有者(英文)) names one of several fields: left as it is
      if (/[（(][^）)]*[）)]\s*[:：]?$/.test(text)) continue;
      const zh = cjk.test(text);
      const names = new Set(FIELD_VOCABS.filter((v) => labelMatches(text, exact(v))).map((v) => otherLanguageLabel(v, zh)));
      const other = names.size === 1 ? [...names][0] : undefined;
      if (!other) continue;
      // the one text node that holds the label's words (a colon or a required mark may sit beside it)
      const walker = doc.createTreeWalker(t, 4 /* NodeFilter.SHOW_TEXT */);
      let words: Text | undefined;
      let count = 0;
      for (let x = walker.nextNode(); x; x = walker.nextNode()) {
        if ((x.nodeValue ?? '').trim() === '' || x.parentElement?.closest('[class*="sr-only"], [class*="visually-hidden"], svg, i')) continue;
        count++;
        words = x as Text;
      }
      if (count === 1 && words) plans.push({ words, text: labelKeyOf(text), other, zh });
    }
    // two different labels of the page that would read the same in the other language: both left as they are
    const sources = new Map<string, Set<string>>();
    for (const p of plans) sources.set(p.other, (sources.get(p.other) ?? new Set()).add(p.text));
    let n = 0;
    for (const p of plans) {
      if ((sources.get(p.other)?.size ?? 0) > 1) continue;
      const v = p.words.nodeValue ?? '';
      const colon = /[:：]\s*$/.test(v) ? (p.zh ? ':' : '：') : '';
      const mark = /^\s*[*＊]/.test(v) ? '*' : '';
      p.words.nodeValue = v.replace(v.trim(), `${mark}${p.other}${colon}`);
      n++;
    }
    return n > 0;
  },
  /**
   * A console styled by CSS-in-JS (styled-components, emotion, CSS modules in production): every class name is a
   * hash, the same hash for the same name in the markup and in the page's style sheets, so the page looks as it did
   * and no class says what a box is (tag, help, title, row …). Only on pages that carry their style sheets: on a
   * saved page without them a class is all that hides screen-reader text (that is `stylesheet-removed`'s case).
   */
  'class-names-hashed': (doc) => {
    const sheets = Array.from(doc.querySelectorAll('style'));
    if (sheets.length === 0) return false;
    const hashed = new Map<string, string>();
    const hashOf = (name: string) => {
      let h = hashed.get(name);
      if (h === undefined) {
        // FNV-1a, 32 bits: a short name that keeps no word of the original
        let x = 0x811c9dc5;
        for (let i = 0; i < name.length; i++) x = Math.imul(x ^ name.charCodeAt(i), 0x01000193) >>> 0;
        h = `c${x.toString(36)}`;
        hashed.set(name, h);
      }
      return h;
    };
    const classed = Array.from(doc.querySelectorAll('[class]'));
    for (const el of classed) {
      const names = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
      el.setAttribute('class', names.map(hashOf).join(' '));
    }
    if (hashed.size === 0) return false;
    for (const sheet of sheets) {
      sheet.textContent = (sheet.textContent ?? '').replace(/\.(-?[_a-zA-Z][\w-]*)/g, (m, name: string) => (hashed.has(name) ? `.${hashed.get(name)}` : m));
    }
    return true;
  },
};

const labelKeyOf = (text: string) => normalizeText(text).replace(/^[*＊]\s*/, '').replace(/[:：]\s*$/, '');

/** A field's first label in the other language (ASCII for Chinese, CJK for English); undefined when it has none. */
function otherLanguageLabel(v: Labels, fromChinese: boolean): string | undefined {
  const labels = 'labels' in v ? v.labels : (v as readonly string[]);
  const cjk = /[\u4e00-\u9fff]/;
  return labels.find((l) => (fromChinese ? /^[\x20-\x7e]+$/.test(l) : cjk.test(l)));
}

/** Text nodes with data in the page's body: not labels or headers, scripts, styles, controls, headings. */
function dataTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const labels = labelTargets(doc);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, textarea, option, title, select, button, th, dt, label, thead, [role="columnheader"], [role="rowheader"], h1, h2, h3, h4, h5, h6')) continue;
    if (labels.some((l) => l.contains(parent))) continue;
    if ((n.nodeValue ?? '').trim() !== '') out.push(n as Text);
  }
  return out;
}

/** The fixture parsed and rewritten by one mutation; null when the mutation finds nothing to change. */
export function mutateDocument(htmlText: string, url: string, name: string, reader: string | null = null): Document | null {
  WORDS = providerOf(url);
  FIELD_VOCABS = fieldVocabs(WORDS, reader);
  FIELD_LABELS = FIELD_VOCABS.flatMap((v) => ('labels' in v ? v.labels : (v as readonly string[])));
  const doc = htmlToDocument(htmlText, url);
  const m = mutations[name];
  if (!m || !m(doc)) {
    // no change to read: its window closed here (a page's windows left open fill a worker's heap)
    void (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
    return null;
  }
  return doc;
}

/** The fixture's HTML rewritten by one mutation; null when the mutation finds nothing to change. */
export function mutate(htmlText: string, url: string, name: string, reader: string | null = null): string | null {
  const doc = mutateDocument(htmlText, url, name, reader);
  if (!doc) return null;
  const out = `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
  // (its window closed once written out, as mutateDocument closes an unchanged one)
  void (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
  return out;
}
