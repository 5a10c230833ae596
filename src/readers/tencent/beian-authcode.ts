import type { AuthorizationCode, PageFacts, ServerFacts } from '../../facts/schema';
import { expandedDetail } from '../dom/detail-row';
import { groupRowsOf } from '../dom/group-row';
import { idContainers } from '../dom/id-containers';
import { exactLabels, type GridRead, type PageModel } from '../dom/reading-model';
import { valueAfterLabel } from '../dom/normalize-label';
import type { Reader } from '../types';
import { inLookupBox } from '../dom/lookup-box';
import { isTencentConsole, pathUnder, shownText, tencentPage } from './common';
import { tencentLabels } from './labels';
import { accountIdInText, authorizationCodeInText, codeStatusFromText, instanceIdsInText, opensWithFormerWord, productFromText, productOfInstanceId, tencentRegion } from './values';
import { follows } from '../dom/doc-order';

/**
 * Tencent Cloud filing console, 备案授权码: the codes generated from this account's servers, per
 * server — each code with its target account (授权使用账户) and status (未使用 / 使用中 / 已使用); the
 * server from a resource column, or, where codes are grouped in one card per server, the card's title,
 * or, in a list of one item per code, the item's 关联的云服务 line.
 * No serviceNumbersUsed: the page does not show how many websites a server backs (websites filed on it
 * directly need no code, and a filtered or paged list shows only some codes).
 *
 * Test URLs: https://console.cloud.tencent.com/beian/authcode
 *            https://console.cloud.tencent.com/beian/manage/authcode
 */

export const AUTHCODE_COLUMNS = tencentLabels.group('authcode', ['code', 'resource', 'ip', 'region', 'target', 'status'] as const);

export function isAuthcodeUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/beian']) && /authcode|license-?key/i.test(url.pathname);
}

/** Where a row's code comes from: the server id, the text naming it (its product) and the text that may name its region. */
interface Resource {
  id: string;
  text: string;
  regionText: string;
}

type CodeGrid = GridRead<keyof typeof AUTHCODE_COLUMNS>;

function addRows(page: PageModel, grid: CodeGrid, servers: ServerFacts[], resourceOf: (cells: CodeGrid['rows'][number]['cells'], index: number) => Resource | undefined): void {
  for (const [index, { row, cells }] of grid.rows.entries()) {
    const code = authorizationCodeInText(page.cellText(cells.code)) ?? codeAloneInCell(page.cellText(cells.code));
    const resource = code ? resourceOf(cells, index) : undefined;
    if (!code || !resource) continue;
    const { id } = resource;
    const product = productOfInstanceId(id) ?? productFromText(resource.text);
    if (!product) continue;
    let server = servers.find((s) => s.id === id);
    if (!server) {
      server = { id, provider: 'tencent', product, authorizationCodes: [] };
      const region = tencentRegion(resource.regionText);
      if (region) server.region = region;
      servers.push(server);
    }
    const entry: AuthorizationCode = { code };
    const target = cells.target ? accountOfCell(page, cells.target) : accountIdInText(detailLine(page, row, 'target'));
    if (target) entry.targetAccount = target;
    const status = codeStatusFromText(shownText(page, cells.status));
    if (status) entry.status = status;
    server.authorizationCodes!.push(entry);
  }
}

/**
 * A code of capitals only (BARABUJSMQKGELVD: a random code need not hold a digit), read where the code column's cell shows
 * it alone — the column's header says what it is; anywhere else a word in capitals is no code (authorizationCodeInText
 * asks a digit). Round fifty-five: such a row of the code list was lost.
 */
function codeAloneInCell(text: string | undefined): string | undefined {
  const t = (text ?? '').trim();
  return /^[A-Z]{12,32}$/.test(t) ? t : undefined;
}

/**
 * The account a target-account cell shows: its whole text, or its first unit when the units after it hold no other
 * id — the account's name under its id (100031415926 / 王某某（个体工商户经营者）, / Mou Trading (Shanghai) Co., Ltd.)
 * is a note on it. Two ids, or a name first: none.
 */
function accountOfCell(page: PageModel, cell: Element): string | undefined {
  const whole = accountIdInText(page.cellText(cell));
  if (whole) return whole;
  const units = page.units(cell).filter((u) => u.kind !== 'help' && u.kind !== 'action');
  const first = accountIdInText(units[0]?.text);
  if (!first || units.slice(1).some((u) => /\d{5,}/.test(u.text) || (namesMaskedAccount(u.text) && !opensWithFormerWord(u.text)))) return undefined;
  return first;
}

/** An account id shown masked (2000****5678): a line holding one under the first id names another account — the one the
 * code went to (已转授权给 2000****5678) — unless it names the former one (原授权账户：1000****1234). A mobile number masked
 * the usual way (138****5678: 1, 3–9, one figure, four marks, four figures) is the account holder's phone, no account. */
const MASKED_ACCOUNT = /\d{2,}\s*[*＊•]{2,}\s*\d{2,}/g;
const MASKED_MOBILE = /^1[3-9]\d\s*[*＊•]{4}\s*\d{4}$/;
const namesMaskedAccount = (text: string): boolean =>
  Array.from(text.matchAll(MASKED_ACCOUNT)).some((m) => !MASKED_MOBILE.test(m[0]));

/**
 * A code's record may run over two rows: the second a line spanning the code's columns, "授权使用账户：100031415926"
 * (../dom/detail-row: a row of one cell with a colspan right after the code's row). Field `k`'s value on such a
 * line, as text; undefined where the row has none (a sub-table's column of other accounts is no line).
 */
function detailLine(page: PageModel, row: Element, k: keyof typeof AUTHCODE_COLUMNS): string | undefined {
  const detail = expandedDetail(row, page.cache);
  if (!detail) return undefined;
  const labels = exactLabels(AUTHCODE_COLUMNS[k]);
  for (const u of page.units(detail)) {
    const v = u.kind === 'data' ? valueAfterLabel(u.text, labels) : undefined;
    if (v) return v;
  }
  return undefined;
}

/** An accordion panel's header is a button (aria-expanded, aria-controls) titling the panel it opens: a title, however long its words. */
const MAX_PANEL_HEADER = 120;

/**
 * Codes grouped per server: each card's title names one server ("云服务器 ins-…") and its header the
 * region; the card's grid has no resource column. One card: the largest ancestor of such a title
 * that holds no other. A title is a section title, or the header button of an open accordion panel
 * (its words may run long: type, id, region, IP and a count of codes).
 */
function perServerCards(page: PageModel): Array<{ card: Element; title: string; header: string; id: string }> {
  const panelHeaders = Array.from(page.root.querySelectorAll('[aria-expanded="true"][aria-controls]')).flatMap((el) => {
    // (a panel's header opens a panel of codes: an open drop-down's list or menu holds no table)
    if (!controlsGrid(el)) return [];
    const text = page.visibleText(el);
    return text !== '' && text.length <= MAX_PANEL_HEADER ? [{ el, text }] : [];
  });
  const sections = page.sections();
  const titled = [...sections, ...panelHeaders.filter((h) => !sections.some((s) => s.el.contains(h.el) || h.el.contains(s.el)))].flatMap((s) => {
    const id = instanceIdsInText(s.text)[0];
    return id ? [{ el: s.el, text: s.text, id }] : [];
  });
  const titles = titled.length > 0 ? titled : gridLeads(page);
  const out: Array<{ card: Element; title: string; header: string; id: string }> = [];
  for (const t of titles) {
    let card: Element = t.el;
    while (card.parentElement && card.parentElement !== page.root && !titles.some((o) => o !== t && card.parentElement!.contains(o.el))) card = card.parentElement;
    if (card === t.el || out.some((c) => c.card === card)) continue;
    const header = t.el.parentElement && t.el.parentElement !== card ? page.visibleText(t.el.parentElement) : t.text;
    out.push({ card, title: t.text, header, id: t.id });
  }
  return out;
}

/** What names a server without titling a card: a control's choice or typed text, a notice, a log. */
const NOT_A_TITLE = 'input, select, textarea, button, form, [role="combobox"], [role="listbox"], [role="option"], [role="textbox"], [role="searchbox"], [role="alert"], [role="status"], [role="log"], [aria-live]';

/** A table or an ARIA grid. */
const GRIDS = 'table, [role="grid"], [role="table"], [role="treegrid"]';

/** The longest a card's title may be (a server's name and ID: "云服务器 ins-2k4m6p8r"). */
const MAX_CARD_TITLE = 40;

/**
 * Where no heading or card title names a server (a console's own class names: no title token), each grid's lead:
 * in the largest box holding that grid and no other, the largest short text before the grid that names exactly one
 * server — the card's title as drawn, found by where it stands.
 */
function gridLeads(page: PageModel): Array<{ el: Element; text: string; id: string }> {
  const grids = Array.from(page.root.querySelectorAll(GRIDS)).filter((g, _i, all) => !all.some((o) => o !== g && o.contains(g)));
  // (one grid is no card of a server: its box is the whole page, and a server named anywhere before it — a
  // picker's choice, a notice — would own every code)
  if (grids.length < 2 || grids.length > 50) return [];
  const out: Array<{ el: Element; text: string; id: string }> = [];
  for (const grid of grids) {
    let card: Element = grid;
    while (card.parentElement && card.parentElement !== page.root && !grids.some((o) => o !== grid && card.parentElement!.contains(o))) card = card.parentElement;
    if (card === grid) continue;
    for (const el of Array.from(card.querySelectorAll('*'))) {
      if (el.contains(grid) || !follows(el, grid) || el.closest(NOT_A_TITLE)) continue;
      const text = page.visibleText(el);
      if (text === '' || text.length > MAX_CARD_TITLE) continue;
      const ids = instanceIdsInText(text);
      if (ids.length !== 1) continue;
      out.push({ el, text, id: ids[0]! });
      break;
    }
  }
  return out;
}

/** The element `el` opens (aria-controls: ids in its own document or shadow root) holds a table or grid. */
function controlsGrid(el: Element): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  return (el.getAttribute('aria-controls') ?? '').split(/\s+/).some((id) => {
    if (id === '' || typeof root.getElementById !== 'function') return false;
    return root.getElementById(id)?.querySelector(GRIDS) != null;
  });
}

/** A row's tree level (aria-level of a treegrid row); undefined when it has none. */
function treeLevel(row: Element): number | undefined {
  const level = Number(row.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : undefined;
}

/**
 * A tree table (codes as child rows under their resource's row): a code row's server is its parent row's,
 * the nearest shown row before it at a lower aria-level, when that row names one server. Rows without a
 * tree level have no parent here.
 */
function treeParentResource(page: PageModel, grid: CodeGrid, index: number): Resource | undefined {
  const level = treeLevel(grid.rows[index]!.row);
  if (level === undefined) return undefined;
  for (let j = index - 1; j >= 0; j--) {
    const { row, cells } = grid.rows[j]!;
    const l = treeLevel(row);
    if (l === undefined || l >= level) continue;
    const text = page.visibleText(cells.code ?? row);
    const ids = instanceIdsInText(text);
    return ids.length === 1 ? { id: ids[0]!, text, regionText: text.replace(ids[0]!, ' ') } : undefined;
  }
  return undefined;
}

/**
 * Codes grouped under a row spanning the grid (a `<tbody>` per server opened by a
 * `<th colspan scope="rowgroup">云服务器 ins-… 北京 | IP</th>` row, ../dom/group-row): a code row's server
 * is the one its shown group row names alone.
 */
function groupRowResources(page: PageModel, grid: CodeGrid): Map<Element, Resource> {
  const out = new Map<Element, Resource>();
  const byTitle = new Map<Element, Resource | undefined>();
  for (const [row, title] of groupRowsOf(grid.rows, page.cache)) {
    if (!byTitle.has(title)) {
      const text = page.visibleText(title);
      const ids = instanceIdsInText(text);
      byTitle.set(title, ids.length === 1 ? { id: ids[0]!, text, regionText: text.replace(ids[0]!, ' ') } : undefined);
    }
    const resource = byTitle.get(title);
    if (resource) out.set(row, resource);
  }
  return out;
}

/** A code as shown: 12–32 capitals and digits, with both. */
const CODE = /(?<![A-Za-z0-9-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{12,32}(?![A-Za-z0-9-])/;

/**
 * A list of one item per code (no grid): the largest element around each shown code that shows no
 * other. Its fields are "标签：值" lines (关联的云服务：云服务器 ins-…, 地域：广州 | 公网IP：…,
 * 授权使用账户：…; one line per `<br>`) or labelled fields; its status is a tag in it. An item whose
 * resource names no server gives nothing.
 */
function addItems(page: PageModel, servers: ServerFacts[]): void {
  for (const { id: code, container } of idContainers(page.root, CODE, page.cache)) {
    if (container === page.root) continue;
    const units = page.units(container);
    const field = (k: 'resource' | 'region' | 'target'): string | undefined => {
      const labels = exactLabels(AUTHCODE_COLUMNS[k]);
      for (const u of units) {
        const v = u.kind === 'data' ? valueAfterLabel(u.text, labels) : undefined;
        if (v) return v;
      }
      return page.fieldText(AUTHCODE_COLUMNS[k], container);
    };
    const resource = field('resource') ?? '';
    const id = instanceIdsInText(resource)[0];
    const product = id ? (productOfInstanceId(id) ?? productFromText(resource)) : undefined;
    if (!id || !product) continue;
    let server = servers.find((s) => s.id === id);
    if (!server) {
      server = { id, provider: 'tencent', product, authorizationCodes: [] };
      const region = tencentRegion([resource.replace(id, ' '), field('region')].filter(Boolean).join(' · '));
      if (region) server.region = region;
      servers.push(server);
    }
    const entry: AuthorizationCode = { code };
    const target = accountIdInText(field('target'));
    if (target) entry.targetAccount = target;
    const status = codeStatusFromText(units.filter((u) => u.kind === 'status').map((u) => u.text).join(' '));
    if (status) entry.status = status;
    server.authorizationCodes!.push(entry);
  }
}

/** A grid's rows in a 备案号 / 授权码 lookup box (a search box showing the query, the table its answer: ../aliyun/filing-dialogs). */
function answersLookup(page: PageModel, grid: GridRead<keyof typeof AUTHCODE_COLUMNS>): boolean {
  const first = grid.rows[0]?.row;
  if (first === undefined || !inLookupBox({ anchor: first, value: first }, page.root, [])) return false;
  // (the box of the search box and this grid holds no other table showing a code: a lookup card beside the account's
  // list, in one content box, makes the list no answer of it)
  let box: Element | null = first.parentElement;
  while (box && box !== page.root && !box.querySelector('input')) box = box.parentElement;
  const own = first.closest(GRIDS);
  return box !== null && !Array.from(box.querySelectorAll(GRIDS)).some((t) => t !== own && !t.contains(own) && !own?.contains(t) && authorizationCodeInText(page.visibleText(t)) !== undefined);
}

/**
 * The grid of the account's codes: the first whose header names the columns, unless it answers a lookup (按备案号查询 —
 * another account's code, round forty-four's variants: the list's rows were lost and the answer read); then the first
 * grid of a table outside that box (its header and body tables' common box, up to three levels up). With no such grid
 * the search box filters the one grid, which is the list.
 */
function listGrid(page: PageModel): GridRead<keyof typeof AUTHCODE_COLUMNS> | undefined {
  const grid = page.grid(AUTHCODE_COLUMNS);
  if (!grid || !answersLookup(page, grid)) return grid;
  const answer = grid.rows[0]!.row;
  let lookup: Element | null = answer.parentElement;
  while (lookup && lookup !== page.root && !lookup.querySelector('input')) lookup = lookup.parentElement;
  for (const table of Array.from(page.root.querySelectorAll(GRIDS))) {
    if (table.contains(answer) || lookup?.contains(table)) continue;
    let scope: Element | null = table.parentElement;
    for (let up = 0; scope && up < 3 && !scope.contains(answer); up++, scope = scope.parentElement) {
      const g = page.grid(AUTHCODE_COLUMNS, scope);
      if (g && g.columns.includes('code') && !answersLookup(page, g)) return g;
    }
  }
  // (no other grid: the search box filters this list — 请输入授权码或实例ID with a query — and the grid is the list)
  return grid;
}

export function readBeianAuthcodes(doc: Document): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const servers: ServerFacts[] = [];
  const grid = listGrid(page);
  if (!grid || !grid.columns.includes('code')) {
    // no grid of codes: a list of one item per code
    addItems(page, servers);
    return servers.length > 0 ? { version: 1, servers } : null;
  }
  if (grid.columns.includes('resource')) {
    addRows(page, grid, servers, (cells) => {
      const text = page.visibleText(cells.resource);
      const id = instanceIdsInText(text)[0];
      if (!id) return undefined;
      return { id, text, regionText: [text.replace(id, ' '), page.cellText(cells.region)].filter(Boolean).join(' · ') };
    });
  } else {
    // a tree table: each code row under its server's row; or each group of code rows under a row naming its server
    const groups = groupRowResources(page, grid);
    addRows(page, grid, servers, (_cells, index) => treeParentResource(page, grid, index) ?? groups.get(grid.rows[index]!.row));
    for (const c of servers.length > 0 ? [] : perServerCards(page)) {
      const g = page.grid(AUTHCODE_COLUMNS, c.card);
      if (!g || !g.columns.includes('code')) continue;
      addRows(page, g, servers, (cells) => ({ id: c.id, text: c.title, regionText: [c.header.replace(c.id, ' '), page.cellText(cells.region)].filter(Boolean).join(' · ') }));
    }
  }
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const beianAuthcodeReader: Reader = {
  id: 'tencent-beian-authcode',
  family: 'tencent',
  kind: 'list',
  matchesUrl: isAuthcodeUrl,
  read: (doc) => {
    try {
      return readBeianAuthcodes(doc);
    } catch {
      return null;
    }
  },
};
