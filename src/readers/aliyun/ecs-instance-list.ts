import type { PageFacts, ServerFacts } from '../../facts/schema';
import { noteRow, rowRecord } from '../dom/read-session';
import { createVisibilityCache, type VisibilityCache } from '../dom/visibility';
import { parseRegion } from '../dom/parse-region';
import { opensWithUpgradeCeiling } from '../dom/parse-bandwidth';
import { readTableDetailed, wholeRecentTitle, type TableRow } from '../dom/table';
import { textUnits, valueText, valueWithTagsText } from '../dom/units';
import { textOutsideRemarks } from '../dom/remark-lines';
import { withholdsValue } from '../dom/withheld-box';
import { mergeRepeated } from '../shared/repeated-records';
import { visibleText } from '../dom/visible-text';
import { routeNames } from '../dom/address';
import {
  billingFromText,
  ECS_ID_PATTERN,
  CURRENT_ID_LENGTH,
  ecsInstanceId,
  expiryFromText,
  ipsFromText,
  hasPageError,
  idDrawnAsButton,
  isLoading,
  listIpCellShown,
  publicBandwidth,
  regionFromSelector,
  otherResourceId,
  regionFromUrl,
  releasedCard,
  releasedState,
} from './server-values';
import type { Reader } from '../types';
import { idContainers } from '../dom/id-containers';
import { inPageRecord } from '../dom/field';
import { inNotice } from '../dom/notice';
import { boxTitles, titleOver, underTitleNaming } from '../dom/titled-box';
import { idsOnlyAsExamples } from '../dom/sample';
import { readServerFields, type ServerDetailLabels } from './server-detail';
import ecsLabelFile from '../../../rules/labels/aliyun/ecs.json';
import { aliyunFamilyLabels } from './labels';

const ecsLabels = aliyunFamilyLabels(ecsLabelFile);

/**
 * ECS instance list (实例列表 / Instances): one server per visible row of the table whose headers
 * carry these labels. Test URLs: https://ecs.console.aliyun.com/server/region/cn-hangzhou,
 * https://ecs.console.aliyun.com/#/server/region/cn-hangzhou,
 * https://ecs.console.alibabacloud.com/#/server/region/ap-southeast-1
 */
export const ECS_LIST_LABELS = ecsLabels.labels('ecs-list', ['id', 'zone', 'region', 'ip', 'status', 'config', 'billing', 'expires', 'bandwidth'] as const);

/** A card's labelled fields (card view, readEcsCards): the detail page's labels, read per card as the SWAS list's cards are. */
const ECS_CARD_LABELS: ServerDetailLabels = ecsLabels.labels('ecs-detail', ['id', 'region', 'zone', 'billing', 'expires', 'validity', 'publicIp', 'eip', 'ipv6', 'bandwidth', 'config'] as const);
const ECS_CARD_VOCAB = ecsLabels.group('ecs-detail', ['billing', 'expires', 'bandwidth'] as const);
const ECS_CARD_NOT_UNDER = { billing: ECS_CARD_VOCAB.billing.notUnder, expires: ECS_CARD_VOCAB.expires.notUnder, bandwidth: ECS_CARD_VOCAB.bandwidth.notUnder };

const HOSTS = /^ecs\.console\.(?:aliyun|alibabacloud)\.com$/;

export function isEcsConsole(url: URL): boolean {
  return HOSTS.test(url.hostname);
}

export function readEcsInstanceList(doc: Document, url: URL): PageFacts | null {
  // (an instance's own page — its route names it, /server/i-…/detail — is no list: a table of instances there is the
  // detail's 同一安全组的实例 / related instances, other records (round forty-six: two peers read as the page's servers,
  // invented); the detail reader reads the page, as the domain list leaves a domain's details route to the holder page)
  if (routeNames(url, ECS_ID_PATTERN)) return null;
  const cache = createVisibilityCache();
  const table = readTableDetailed(doc, ECS_LIST_LABELS, cache);
  if (!table) return readEcsCards(doc, url, cache);
  const has = (k: keyof typeof ECS_LIST_LABELS) => table.columns.includes(k);
  // An instance list: the ID column and at least one column that describes instances.
  const describing = (['zone', 'region', 'ip', 'status', 'config', 'billing', 'expires'] as const).filter(has);
  if (!has('id') || describing.length < 1) return readEcsCards(doc, url, cache);
  if (table.rows.length === 0 || isLoading(table.table, cache) || hasPageError(doc, cache)) return null;
  const pageRegion = regionFromUrl(url) ?? regionFromSelector(doc, cache);
  const servers: ServerFacts[] = [];
  const seen = new Set<string>();
  const compute = (cells: TableRow<keyof typeof ECS_LIST_LABELS>) => serverOfRow(cells, cache, pageRegion);
  // (an instance over two rows — its id cell spanning them: one record, read from its first row; a copy of a row
  // elsewhere, pinned to the top, has an id cell of its own)
  const idCells = new Set<Element>();
  for (const { row, cells } of table.rows) {
    if (cells.id && idCells.has(cells.id)) continue;
    if (cells.id) idCells.add(cells.id);
    // kept from the last read while the row is unchanged (a read session: dom/read-session)
    const server = rowRecord('aliyun-ecs-list', row, cells, pageRegion, compute);
    if (!server) continue;
    if (!seen.has(server.id)) noteRow(server.id, row);
    seen.add(server.id);
    // the kept record itself (not a copy): an unchanged row gives the same object, which the content
    // script's delta (messaging/page-delta) compares at no cost; nothing downstream mutates it
    servers.push(server);
  }
  // (a row pinned to the top is shown again in its place: one server, a value the copies give differently dropped;
  // a record shown once is kept as it is)
  return servers.length > 0 ? { version: 1, servers: mergeRepeated(servers, (s) => s.id) } : null;
}

/**
 * Card view (the console at a phone's width, the app's H5 list: round fifty): one card per instance, its fields as
 * "label value" lines (实例ID / 付费方式 / 到期时间 / 公网带宽). A card is the largest box around a shown instance id holding
 * no other (../dom/id-containers), read with the detail page's labels (./server-detail readServerFields) — as the SWAS
 * list's cards are. Two cards at least: one id on a list page is no list to read this way. An id shown in a dialog or
 * sheet over the page (续费 / 变更配置 action sheets), a notice or as an example makes no card (the SWAS cards' rule).
 * The list had no card view: the page read null (missing).
 */
const ASIDE_OR_NAV = 'aside, nav, [role="complementary"], [role="navigation"]';
/** Titles of a panel of other instances beside the list (最近访问, 回收站, Recently visited): rules/labels/aliyun/ecs.json ecs-cards-apart. */
const ECS_CARDS_APART = ecsLabels.labels('ecs-cards-apart', ['titles'] as const).titles;
function readEcsCards(doc: Document, url: URL, cache: VisibilityCache): PageFacts | null {
  const body = doc.body;
  if (!body || hasPageError(doc, cache)) return null;
  // (… nor one in a side panel or the navigation — an <aside> of recently visited instances beside an empty list, each a
  // "label value" card of another region's instance: read as the page's, with the page's region — session 47's review,
  // invented)
  // (… nor one under a plain box's title naming such a panel — 最近访问 / 回收站 / Recently visited over cards of other
  // instances, before or after the list's: read as the page's servers — session 48, left open by session 47's review, invented)
  let titles: Element[] | undefined;
  const unasked = (at: Element) =>
    !inPageRecord(at, body, cache) ||
    inNotice(at, body) ||
    idsOnlyAsExamples(visibleText(at, cache), ECS_ID_PATTERN) ||
    at.closest(ASIDE_OR_NAV) !== null ||
    underPanelTitle(at, (titles ??= boxTitles(body, cache)), cache) ||
    // (… nor one shown as another resource's — "原实例 i-… 已释放" in a running card: server-values otherResourceId; session 49)
    otherResourceId(at, ECS_ID_PATTERN);
  const cards = idContainers(body, ECS_ID_PATTERN, cache, (id) => id.toLowerCase(), unasked).filter((c) => c.container !== body);
  if (cards.length < 2) return null;
  const pageRegion = regionFromUrl(url) ?? regionFromSelector(doc, cache);
  const servers: ServerFacts[] = [];
  for (const { id, container } of cards) {
    // (a card whose badge or 状态 says its instance is released is no server: server-values releasedCard)
    if (releasedCard(container, cache, ECS_LIST_LABELS.status)) continue;
    const server = readServerFields(container, doc, url, { labels: ECS_CARD_LABELS, product: 'ecs', idOf: ecsInstanceId, cache, fallbackRegion: pageRegion, id, notUnder: ECS_CARD_NOT_UNDER });
    if (!server) continue;
    noteRow(server.id, container);
    servers.push(server);
  }
  return servers.length >= 2 ? { version: 1, servers } : null;
}

/**
 * `at` is under a title naming a panel of other instances (最近访问, 回收站: ECS_CARDS_APART) and within that panel — the
 * smallest box around the title holding an instance id: the list's own cards after such a panel, under no title of
 * their own, are not the panel's.
 */
function underPanelTitle(at: Element, titles: readonly Element[], cache: VisibilityCache): boolean {
  // (or titled Recent / Released / 最近 whole — ../dom/table wholeRecentTitle; left open by session 49's review: invented)
  const title = titleOver(at, titles);
  if (!underTitleNaming(at, titles, ECS_CARDS_APART, cache) && !(title && wholeRecentTitle(visibleText(title, cache)))) return false;
  if (!title) return true;
  let panel = title.parentElement;
  while (panel && !holdsEcsId(panel)) panel = panel.parentElement;
  return panel !== null && panel.contains(at);
}

/** An instance id in one of `box`'s text nodes (its whole textContent glues a label to the id: 实例IDi-…). */
function holdsEcsId(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (ECS_ID_PATTERN.test(n.nodeValue ?? '')) return true;
  return false;
}

/**
 * The billing mode drawn as a Fusion tag, which Fusion draws focusable (`<div class="next-tag" role="button" tabindex="0">
 * 包年包月</div>`): with its class hashed (antd 5 / CSS modules builds), nothing says it is a tag and its role reads it as
 * an action, so every row's billing was lost (held-out × class-names-hashed, session 47: the locked-columns list). A
 * role=button box — no `<button>` or link — whose whole words are a billing mode (billingFromText: no 转包年包月 link, whose
 * conversion words it drops) is that mode; undefined when none is, or two say different modes.
 */
function billingOfFocusableTag(cell: Element, cache: VisibilityCache): 'subscription' | 'payg' | undefined {
  const modes = new Set<'subscription' | 'payg'>();
  for (const box of Array.from(cell.querySelectorAll('[role="button"]'))) {
    if (box.closest('a, button') !== null) continue;
    const mode = billingFromText(visibleText(box, cache));
    if (mode) modes.add(mode);
  }
  return modes.size === 1 ? [...modes][0] : undefined;
}

function serverOfRow(cells: TableRow<keyof typeof ECS_LIST_LABELS>, cache: VisibilityCache, pageRegion: string | undefined): ServerFacts | undefined {
  const text = (k: keyof typeof ECS_LIST_LABELS) => (cells[k] ? valueText(cells[k], cache) : undefined);
  // (the id drawn as a text button beside a name shaped like an older, shorter id — i-myserver01 as the name under
  // <a class="next-btn next-btn-text">i-bp1…</a>: the name had been read as the id, a wrong id; review of 585dafb /
  // ea8329c, session 49. Of the two, the current-length id wins, as ecsInstanceId picks among a cell's ids)
  const shownId = ecsInstanceId(text('id'));
  // (an id of the current length shown wins whatever is drawn: the cell's links not looked at — a visibility walk of
  // each row's id cell, +7% of the 500-row list's DOM calls, test/perf/dom-calls)
  const drawnId = shownId?.length === CURRENT_ID_LENGTH ? undefined : idDrawnAsButton(cells.id, cache, ecsInstanceId);
  const id = shownId && drawnId ? ecsInstanceId(`${shownId} ${drawnId}`) : (shownId ?? drawnId);
  // (a row whose 状态 says its instance is released — 已释放, greyed, still listed — is no server: server-values releasedState)
  if (releasedState(text('status'))) return undefined;
  if (!id) return undefined;
  const server: ServerFacts = { id, provider: 'aliyun', product: 'ecs' };
  const region = parseRegion(text('zone')) ?? parseRegion(text('region')) ?? pageRegion;
  if (region) server.region = region;
  // the billing mode may be drawn as a tag beside a date note: read the tag too, never the 转包年包月 link
  // (a remark line the user wrote in the billing or address cell, 备注：…, is no part of it: dom/remark-lines)
  const withoutRemarks = (cell: Element | undefined, withTags: boolean) => textOutsideRemarks(cell, (el) => textUnits(el, cache), withTags);
  const billingText = cells.billing ? (withoutRemarks(cells.billing, true) ?? valueWithTagsText(cells.billing, cache)) : undefined;
  const billing = billingFromText(billingText) ?? (cells.billing ? billingOfFocusableTag(cells.billing, cache) : undefined);
  if (billing) server.billing = billing;
  // (a date in the billing cell after another instance's name and a colon is that one's: the row's own id cell says which names are its own)
  const expiresAt = expiryFromText(text('expires'), true) ?? expiryFromText(billingText, false, text('id') ?? '') ?? (billing === 'subscription' ? termLineInHelp(cells.billing, cache) : undefined);
  if (expiresAt && billing !== 'payg') server.expiresAt = expiresAt;
  // (an IP cell withholding its value, or a part — 无权限查看 beside the private address —, is as no IP column shown)
  const ipWithheld = withholdsValue(cells.ip, cache);
  const ipText = ipWithheld ? undefined : (withoutRemarks(cells.ip, false) ?? text('ip'));
  // a bandwidth may be drawn as a tag in its column or the configuration (antd <Tag>5Mbps</Tag>)
  const withTags = (k: 'bandwidth' | 'config') => (cells[k] ? valueWithTagsText(cells[k], cache) : undefined);
  const bandwidthText = withTags('bandwidth');
  const bandwidth = publicBandwidth({
    // (a bandwidth cell saying only what it may be raised to, "最高可升级至 100Mbps", shows none: ../dom/parse-bandwidth)
    bandwidthText: opensWithUpgradeCeiling(bandwidthText) ? undefined : bandwidthText,
    ipText,
    configText: withTags('config'),
    ipShown: listIpCellShown(cells.ip !== undefined && !ipWithheld, ipText),
    ips: ipsFromText(ipText),
  });
  if (bandwidth !== undefined) server.publicBandwidthMbps = bandwidth;
  return server;
}

/**
 * A subscription's term drawn as a grey line under the billing mode in a class read as help (`div.help`): a line that is
 * only a date and 到期 ("2027-01-05 23:59 到期", 到期时间：2027-01-05, Expires at 2027-01-05 23:59) is the row's expiry. Any other help line — a
 * conversion's or renewal's date (转换后到期时间 …, 续费后 … 到期), a note — stays help. Round forty-seven: an ECS list
 * whose 付费方式 cells drew "包年包月" over such a line lost every expiry (missing).
 */
const TERM_LINE = /^(?:(?:到期时间|expires(?:\s+(?:at|on))?|expiration(?:\s+(?:time|date))?)\s*[:：]?\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:到期|expires)?$/i;
function termLineInHelp(cell: Element | undefined, cache: VisibilityCache): string | undefined {
  if (!cell) return undefined;
  for (const u of textUnits(cell, cache)) {
    if (u.kind !== 'help' || !TERM_LINE.test(u.text) || !/到期|expir/i.test(u.text)) continue;
    return expiryFromText(u.text, false);
  }
  return undefined;
}

export const ecsInstanceListReader: Reader = {
  id: 'aliyun-ecs-instance-list',
  family: 'ecs',
  kind: 'list',
  matchesUrl: isEcsConsole,
  read(doc, url) {
    try {
      return readEcsInstanceList(doc, url);
    } catch {
      return null;
    }
  },
};
