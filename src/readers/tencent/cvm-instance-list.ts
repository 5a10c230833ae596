import type { PageFacts, ServerFacts } from '../../facts/schema';
import { opensWithUpgradeCeiling, parsePublicBandwidth } from '../dom/parse-bandwidth';
import { parseDate, rangeEnd, type DateOrder } from '../dom/parse-date';
import { idContainers } from '../dom/id-containers';
import type { PageModel } from '../dom/reading-model';
import { noteRow, rowRecord } from '../dom/read-session';
import { mergeRepeated } from '../shared/repeated-records';
import type { Reader } from '../types';
import { textOutsideRemarks } from '../dom/remark-lines';
import { isTencentConsole, pathUnder, pickerRegion, releasedCard, shownIp, shownText, shownValue, tencentPage, valueOf, valueTextOf } from './common';
import { tencentLabels } from './labels';
import { columnDateOrder, groupRegionsOf } from './list-context';
import { addressKind, billingCellExpiry, billingFromText, creationInText, expiryInText, firstDateNamesOther, instanceIdsInText, isFreeNetwork, releasedState, tencentData, tencentRegion } from './values';
import { idOfOtherResource } from '../shared/text-values';

/**
 * Tencent Cloud CVM instance list (云服务器 › 实例): one server per visible row — id (ins-…), region
 * (from the 可用区 cell), 实例计费模式 and the line under it ("2027-03-01 12:00:00到期" /
 * "…创建"), public bandwidth (the Mbps of 配置 when 主 IPv4 地址 shows a public address; 0 when it
 * shows only a private one or 网络计费模式 says 免费).
 *
 * Test URLs: https://console.cloud.tencent.com/cvm/instance/index?rid=1
 *            https://console.tencentcloud.com/cvm/instance/index?rid=1
 */

export const CVM_LIST_COLUMNS = tencentLabels.group('cvm-list', ['id', 'status', 'zone', 'region', 'config', 'ipv4', 'ipv6', 'billing', 'network', 'bandwidth', 'createdAt', 'expiresAt', 'validity'] as const);

export function isCvmListUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/cvm']) && !/\/detail\b/.test(url.pathname);
}

export interface CvmRowText {
  id?: string;
  zone?: string;
  config?: string;
  ipv4?: string;
  /** The 主IPv6地址 column: a global IPv6 address there is a public one (./values addressKind). */
  ipv6?: string;
  billing?: string;
  network?: string;
  bandwidth?: string;
  /** 创建时间 / 到期时间 columns (自定义列表字段), when shown. */
  createdAt?: string;
  expiresAt?: string;
  /** The 状态 cell: a released instance's row is no server (./values releasedState). */
  status?: string;
  /** A 有效期 column (2026-01-03 至 2027-01-03): its range's end is the expiry when no expiry column is shown. */
  validity?: string;
}

/** The date of a date column's cell and which date it is: the one its own word names, else the column's. */
function dateOfColumn(text: string | undefined, kind: 'expires' | 'created', order: DateOrder | undefined): { date?: string; kind?: 'expires' | 'created' } {
  // (a cell whose first date another resource's words name — "CBS 2026-06-01 到期", "2026-06-01（数据盘）": values.otherResources —
  // shows no date of the instance, as the detail's 到期时间: ./values firstDateNamesOther; session 45's left items)
  if (firstDateNamesOther(text)) return {};
  // (an NN/NN/YYYY date beside its word is read in the column's order, as the column's other dates)
  const expires = expiryInText(text, order);
  const created = creationInText(text, order);
  if (expires && !created) return { date: expires, kind: 'expires' };
  if (created && !expires) return { date: created, kind: 'created' };
  return { date: parseDate(text, order), kind };
}

/** One CVM from the texts of a row's cells (pure). */
export function cvmServerFromCells(cells: CvmRowText, dates?: { expires?: DateOrder; created?: DateOrder }): ServerFacts | undefined {
  const id = instanceIdsInText(cells.id).find((x) => /^ins-/.test(x));
  if (!id) return undefined;
  // (a row whose 状态 says its instance is destroyed — 已销毁, greyed, still listed — is no server: round forty-eight)
  if (releasedState(cells.status)) return undefined;
  const server: ServerFacts = { id, provider: 'tencent', product: 'cvm' };
  const region = tencentRegion(cells.zone);
  if (region) server.region = region;
  const billing = billingFromText(cells.billing);
  if (billing) server.billing = billing;
  // a date cell that names its date (a 到期/创建时间 column: "…到期" or "…创建") is that date, whatever its column
  const column = { expires: dateOfColumn(cells.expiresAt, 'expires', dates?.expires), created: dateOfColumn(cells.createdAt, 'created', dates?.created) };
  const expiresAt =
    (column.expires.kind === 'expires' ? column.expires.date : undefined) ??
    (column.created.kind === 'expires' ? column.created.date : undefined) ??
    billingCellExpiry(cells.billing, billing) ??
    // (no expiry column: a 有效期 column's range, 2026-01-03 至 2027-01-03, ends on the expiry — ../dom/parse-date rangeEnd, as
    // the domain lists and the CVM detail read one; it gave none: missing, left open by session 44)
    (cells.expiresAt === undefined ? rangeEnd(cells.validity) : undefined);
  // A pay-as-you-go instance has no term: a date its billing lines or its 到期时间 cell call an expiry is that of a
  // conversion offered or ordered ("转包年包月 1 年，2027-12-05 到期", "如转包年包月，…") or a release, as the Alibaba ECS list holds.
  if (expiresAt && billing !== 'payg') server.expiresAt = expiresAt;
  const createdAt = (column.created.kind === 'created' ? column.created.date : undefined) ?? (column.expires.kind === 'created' ? column.expires.date : undefined) ?? creationInText(cells.billing);
  if (createdAt) server.createdAt = createdAt;
  const address = addressKind(cells.ipv4);
  // (a global IPv6 address in its own 主IPv6地址 column is a public one beside a private IPv4, as in the IPv4 cell: the row
  // then has no "no public address" 0, and a "0Mbps" — the IPv4 figure — says nothing of it; round seventy-nine variant: a
  // 10.0.1.8 (内) row with 240e:928:1400:105::3b beside it gave 0)
  const v6Public = addressKind(cells.ipv6) === 'public';
  if ((address === 'private' && !v6Public) || isFreeNetwork(cells.network)) server.publicBandwidthMbps = 0;
  else {
    // (a bandwidth cell saying only what it may be raised to, "最高可升级至 100Mbps", shows none: ../dom/parse-bandwidth)
    const mbps = (opensWithUpgradeCeiling(cells.bandwidth) ? undefined : parsePublicBandwidth(cells.bandwidth)) ?? parsePublicBandwidth(cells.config);
    // (an IP cell showing no address at all, "-" — none assigned yet while the instance is created — says nothing
    // against its configuration's figure, as a list without the column does)
    const zeroBesideV6 = mbps === 0 && v6Public && address !== 'public';
    if (mbps !== undefined && !zeroBesideV6 && (address === 'public' || address === undefined || mbps === 0)) server.publicBandwidthMbps = mbps;
  }
  return server;
}

/** A row's record with the page's region added, the same object while record and region stay. */
const regionCopies = new WeakMap<ServerFacts, { region: string; server: ServerFacts }>();
function withPageRegion(kept: ServerFacts, region: string): ServerFacts {
  const known = regionCopies.get(kept);
  if (known?.region === region) return known.server;
  const server = { ...kept, region };
  regionCopies.set(kept, { region, server });
  return server;
}

const CVM_ID = /(?<![a-z0-9-])ins-[a-z0-9]{8}(?![a-z0-9])/i;

/**
 * The list drawn as cards (the card view, or a narrow window's layout): one box per instance showing its id
 * and no other, its values as labelled lines inside (可用区 广州三区, 实例配置 2核 4GB 5Mbps, 计费模式 包年包月 /
 * 2027-03-01 23:59:59到期) read with the list's column labels. Two cards at least, each with a labelled value
 * of its own: one id on a page is no list of cards.
 */
function fromCards(page: PageModel): ServerFacts[] {
  // (an id shown as another resource's — "原实例 ins-… 已释放" — is not a card's: common idOfOtherResource)
  const cards = idContainers(page.root, CVM_ID, page.cache, (id) => id.toLowerCase(), (at) => idOfOtherResource(at, CVM_ID, tencentData.values.otherResources)).filter((c) => c.container !== page.root);
  if (cards.length < 2) return [];
  const L = CVM_LIST_COLUMNS;
  const servers: ServerFacts[] = [];
  for (const { id, container } of cards) {
    // (a card whose badge or 状态 says its instance is destroyed is no server, as such a row is not: common releasedCard)
    if (releasedCard(page, container, L.status)) continue;
    const f = (k: keyof typeof L) => valueTextOf(page, L[k], container);
    const cells: CvmRowText = { id, zone: [f('zone'), f('region')].filter(Boolean).join(' ') || undefined, config: f('config'), ipv4: shownIp(page, valueOf(page, L.ipv4, container)), ipv6: f('ipv6'), billing: f('billing'), network: f('network'), bandwidth: f('bandwidth'), createdAt: f('createdAt'), expiresAt: f('expiresAt') };
    if (!cells.zone && !cells.config && !cells.ipv4 && !cells.billing && !cells.expiresAt) continue;
    const server = cvmServerFromCells(cells);
    if (server && !servers.some((s) => s.id === server.id)) servers.push(server);
  }
  return servers;
}

export function readCvmInstanceList(doc: Document): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const grid = page.grid(CVM_LIST_COLUMNS);
  if (!grid || !grid.columns.includes('id') || grid.columns.length < 2) {
    const servers = fromCards(page);
    const region = servers.some((s) => !s.region) ? (tencentRegion(page.fieldText(CVM_LIST_COLUMNS.region)) ?? pickerRegion(page, tencentRegion)) : undefined;
    if (region) for (const s of servers) s.region ??= region;
    return servers.length > 0 ? { version: 1, servers } : null;
  }
  let pageRegion: string | null | undefined;
  /** The page's region (a 地域 field or the region picker), looked up only for rows without one. */
  const regionOfPage = () => (pageRegion === undefined ? (pageRegion = tencentRegion(page.fieldText(CVM_LIST_COLUMNS.region)) ?? pickerRegion(page, tencentRegion) ?? null) : pageRegion);
  const servers: ServerFacts[] = [];
  const seen = new Set<string>();
  // as the Lighthouse list (./list-context): a date column's NN/NN/YYYY order, a group row's region
  const dates = { expires: columnDateOrder(page, grid.rows, 'expiresAt'), created: columnDateOrder(page, grid.rows, 'createdAt') };
  let grouped: Map<Element, string> | undefined;
  const compute = (cells: (typeof grid.rows)[number]['cells']) => {
    const ipv4 = shownIp(page, cells.ipv4);
    return cvmServerFromCells({
      id: page.visibleText(cells.id),
      zone: [shownText(page, cells.zone), shownText(page, cells.region)].filter(Boolean).join(' ') || undefined,
      config: shownText(page, cells.config),
      ipv4,
      // (the IPv6 cell matters only beside an IPv4 that is not public: cvmServerFromCells. Read for every row it cost the
      // 500-row list 4% more DOM calls, test/perf/dom-calls)
      ipv6: addressKind(ipv4) === 'public' ? undefined : shownText(page, cells.ipv6),
      // (a remark line the user wrote in the cell, 备注：…, is no part of it: dom/remark-lines)
      billing: textOutsideRemarks(cells.billing, (el) => page.units(el), true) ?? page.cellText(cells.billing),
      network: page.cellText(cells.network),
      bandwidth: page.cellText(cells.bandwidth),
      createdAt: page.cellText(cells.createdAt),
      expiresAt: page.cellText(cells.expiresAt),
      status: page.cellText(cells.status),
      validity: page.cellText(cells.validity),
    }, dates);
  };
  // (an instance over two rows — its id cell spanning them: one record, read from its first row; a copy of a row
  // elsewhere, pinned to the top, has an id cell of its own)
  const idCells = new Set<Element>();
  for (const { row, cells } of grid.rows) {
    if (cells.id && idCells.has(cells.id)) continue;
    if (cells.id) idCells.add(cells.id);
    // kept from the last read while the row is unchanged (a read session: dom/read-session)
    const kept = rowRecord('tencent-cvm-list', row, cells, `${dates.expires}${dates.created}`, compute);
    if (!kept) continue;
    if (!seen.has(kept.id)) noteRow(kept.id, row);
    seen.add(kept.id);
    // the kept record itself when it has its region (an unchanged row: the same object, which the
    // content script's delta compares at no cost); else its copy with the page's region, kept too
    const r = kept.region ? undefined : (grouped ??= groupRegionsOf(page, grid.rows)).get(row) ?? regionOfPage();
    servers.push(r ? withPageRegion(kept, r) : kept);
  }
  // (a row pinned to the top is shown again in its place: one server, a value the copies give differently dropped;
  // a record shown once is kept as it is)
  return servers.length > 0 ? { version: 1, servers: mergeRepeated(servers, (s) => s.id) } : null;
}

export const cvmInstanceListReader: Reader = {
  id: 'tencent-cvm-instance-list',
  family: 'tencent',
  kind: 'list',
  matchesUrl: isCvmListUrl,
  read: (doc) => {
    try {
      return readCvmInstanceList(doc);
    } catch {
      return null;
    }
  },
};
