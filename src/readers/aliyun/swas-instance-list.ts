import type { PageFacts, ServerFacts } from '../../facts/schema';
import { idContainers, idElement } from '../dom/id-containers';
import { inPageRecord } from '../dom/field';
import { inNotice } from '../dom/notice';
import { idsOnlyAsExamples } from '../dom/sample';
import { createVisibilityCache, isVisible, type VisibilityCache } from '../dom/visibility';
import { groupRegions } from './group-region';
import { readServerFields } from './server-detail';
import { readUnlabelledSwasCard } from './swas-card-values';
import { SWAS_DETAIL_LABELS } from './swas-instance-detail.labels';
import { parseRegion } from '../dom/parse-region';
import { readTableDetailed } from '../dom/table';
import { vocabMatches } from '../dom/reading-model';
import { valueText, valueWithTagsText } from '../dom/units';
import { withholdsValue } from '../dom/withheld-box';
import { visibleText } from '../dom/visible-text';
import { routeNames } from '../dom/address';
import { SWAS_ID_PATTERN, expiryFromText, hasPageError, idDrawnAsButton, ipsFromText, isLoading, listIpCellShown, publicBandwidth, releasedCard, releasedState, regionFromSelector, regionFromUrl, swasInstanceId } from './server-values';
import type { Reader } from '../types';
import swasLabelFile from '../../../rules/labels/aliyun/swas.json';
import { noteRow } from '../dom/read-session';
import { mergeRepeated } from '../shared/repeated-records';
import { aliyunFamilyLabels } from './labels';

const swasLabels = aliyunFamilyLabels(swasLabelFile);

/**
 * Simple Application Server list (服务器列表 / Servers): one server per visible row of the list
 * view, or per card of the card view (a card shows the server id and labelled fields, or its values
 * as bare text: ./swas-card-values).
 * Simple Application Servers are paid by subscription only, so billing is 'subscription'.
 * Test URLs: https://swas.console.aliyun.com/#/servers/cn-hangzhou,
 * https://swas.console.alibabacloud.com/#/servers?regionId=ap-southeast-1
 */
const SWAS_LIST_KEYS = ['id', 'region', 'zone', 'ip', 'status', 'plan', 'image', 'expires', 'bandwidth'] as const;
export const SWAS_LIST_LABELS = swasLabels.labels('swas-list', SWAS_LIST_KEYS);
const SWAS_LIST_VOCAB = swasLabels.group('swas-list', SWAS_LIST_KEYS);
/**
 * A header cell is a structural label: besides its exact labels, a column is named by the words its
 * vocabulary `contains`, short of its `not` words (rules/labels), as the reading model's grids are — a
 * combined header 付费方式/到期时间 is the expiry column.
 */
const headerMatches = (text: string, k: (typeof SWAS_LIST_KEYS)[number]): boolean => vocabMatches(text, SWAS_LIST_VOCAB[k]);

const HOSTS = /^swas\.console\.(?:aliyun|alibabacloud)\.com$/;
/** The server list's route (#/servers, #/servers/cn-hangzhou, #/servers?regionId=…); one server's pages are #/server/<id>/…. */
const LIST_ROUTE = /^#\/servers(?:[/?]|$)/;

export function isSwasConsole(url: URL): boolean {
  return HOSTS.test(url.hostname);
}

/** Card view: each card shows one server id (32 hex digits) and labelled fields. */
function readSwasCards(doc: Document, url: URL, cache: VisibilityCache): PageFacts | null {
  const body = doc.body;
  if (!body) return null;
  if (hasPageError(doc, cache)) return null;
  // (an id the console shows unasked — in a dialog over the page, a message dropdown, a notice: a 新功能 modal's example
  // instance, a 续费提醒 naming another server — is no card of the list; nor one written as an example, 例如 1a2b…)
  const unasked = (at: Element) => !inPageRecord(at, body, cache) || inNotice(at, body) || idsOnlyAsExamples(visibleText(at, cache), SWAS_ID_PATTERN);
  const cards = idContainers(body, SWAS_ID_PATTERN, cache, (id) => id.toLowerCase(), unasked);
  const pageRegion = regionFromUrl(url) ?? regionFromSelector(doc, cache);
  // One id on the page is a detail view — or, on the list's own route, a list of one server (the usual
  // account of one filer): its card is read as a detail page is, from the page's labelled fields.
  if (cards.length === 1 && LIST_ROUTE.test(url.hash)) {
    const server = readOneCard(body, doc, url, cards[0]!.id, cache, pageRegion);
    return server ? { version: 1, servers: [server] } : null;
  }
  if (cards.length < 2) return null;
  const servers: ServerFacts[] = [];
  for (const { id, container } of cards) {
    if (container === body) continue;
    // (a card whose badge or 状态 says its server is released is no server: server-values releasedCard)
    if (releasedCard(container, cache, SWAS_LIST_LABELS.status)) continue;
    const server = readServerFields(container, doc, url, { labels: SWAS_DETAIL_LABELS, product: 'swas', idOf: swasInstanceId, billing: 'subscription', cache, fallbackRegion: pageRegion, id });
    // A card without labelled fields may show its values as bare text (a region name, 峰值带宽 5 Mbps, … 到期).
    const bare = server ? undefined : readUnlabelledSwasCard(container, id, cache);
    if (bare && !bare.region && pageRegion) bare.region = pageRegion;
    const read = server ?? bare;
    if (read) servers.push(read);
  }
  return servers.length >= 2 ? { version: 1, servers } : null;
}

/**
 * The one card of a list of one: the labelled fields of the nearest box around the id that has any
 * (climbing from the id), unless the part of that box holding the id shows values of its own — then the
 * labels belong to another box beside the card (a promotion, a summary) and nothing is read.
 */
function readOneCard(body: Element, doc: Document, url: URL, id: string, cache: VisibilityCache, pageRegion: string | undefined): ServerFacts | undefined {
  let below: Element | undefined;
  for (let box: Element | null = idElement(body, id, cache) ?? null; box; below = box, box = box === body ? null : box.parentElement) {
    const server = readServerFields(box, doc, url, { labels: SWAS_DETAIL_LABELS, product: 'swas', idOf: swasInstanceId, billing: 'subscription', cache, fallbackRegion: pageRegion, id });
    if (server) return below && readUnlabelledSwasCard(below, id, cache) ? undefined : server;
  }
  return undefined;
}

export function readSwasInstanceList(doc: Document, url: URL): PageFacts | null {
  // (a server's own page — its route names it, #/server/<id>/<region>/dashboard — is no list: a table or cards of servers
  // there are other records (round forty-six: two servers of 同一地域的其他实例 read as the page's, invented); the detail
  // reader reads the page — as the ECS list leaves /server/i-…/detail)
  if (routeNames(url, SWAS_ID_PATTERN)) return null;
  const cache = createVisibilityCache();
  const table = readTableDetailed(doc, SWAS_LIST_LABELS, cache, headerMatches);
  if (!table) return readSwasCards(doc, url, cache);
  const has = (k: keyof typeof SWAS_LIST_LABELS) => table.columns.includes(k);
  const describing = (['region', 'zone', 'ip', 'status', 'plan', 'image', 'expires', 'bandwidth'] as const).filter(has);
  if (!has('id') || describing.length < 1) return readSwasCards(doc, url, cache);
  if (table.rows.length === 0 || isLoading(table.table, cache) || hasPageError(doc, cache)) return null;
  const pageRegion = regionFromUrl(url) ?? regionFromSelector(doc, cache);
  const servers: ServerFacts[] = [];
  const grouped = groupRegions(table.rows, cache);
  // (a server over two rows — its id cell spanning them: one record, read from its first row; a copy of a row
  // elsewhere, pinned to the top, has an id cell of its own)
  const idCells = new Set<Element>();
  for (const { row, cells } of table.rows) {
    if (cells.id && idCells.has(cells.id)) continue;
    if (cells.id) idCells.add(cells.id);
    const text = (k: keyof typeof SWAS_LIST_LABELS) => (cells[k] ? valueText(cells[k], cache) : undefined);
    const id = swasInstanceId(text('id')) ?? idDrawnAsButton(cells.id, cache, swasInstanceId);
    if (!id) continue;
    // (a row whose 状态 says its server is released — 已释放, greyed, still listed — is no server: server-values releasedState)
    if (releasedState(text('status'))) continue;
    const first = !servers.some((s) => s.id === id);
    const server: ServerFacts = { id, provider: 'aliyun', product: 'swas', billing: 'subscription' };
    const region = parseRegion(text('zone')) ?? parseRegion(text('region')) ?? grouped.get(row) ?? pageRegion;
    if (region) server.region = region;
    const expiresAt = expiryFromText(text('expires'), true);
    if (expiresAt) server.expiresAt = expiresAt;
    // (an IP cell withholding its value, or a part, is as no IP column shown: ../dom/withheld-box)
    const ipWithheld = withholdsValue(cells.ip, cache);
    const ipText = ipWithheld ? undefined : text('ip');
    // a bandwidth may be drawn as a tag in its column or the plan (antd <Tag>200Mbps 峰值带宽</Tag>)
    const withTags = (k: 'bandwidth' | 'plan') => (cells[k] ? valueWithTagsText(cells[k], cache) : undefined);
    const bandwidth = publicBandwidth({ bandwidthText: withTags('bandwidth'), ipText, configText: withTags('plan'), ipShown: listIpCellShown(cells.ip !== undefined && !ipWithheld, ipText), ips: ipsFromText(ipText) });
    if (bandwidth !== undefined) server.publicBandwidthMbps = bandwidth;
    servers.push(server);
    if (first) noteRow(id, row);
  }
  // (a server pinned to the top is shown again in its place: one server, a value the copies give differently dropped)
  return servers.length > 0 ? { version: 1, servers: mergeRepeated(servers, (s) => s.id) } : null;
}

export const swasInstanceListReader: Reader = {
  id: 'aliyun-swas-instance-list',
  family: 'swas',
  kind: 'list',
  matchesUrl: isSwasConsole,
  read(doc, url) {
    try {
      return readSwasInstanceList(doc, url);
    } catch {
      return null;
    }
  },
};
