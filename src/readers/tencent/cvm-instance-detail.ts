import type { PageFacts, ServerFacts } from '../../facts/schema';
import { opensWithUpgradeCeiling, parsePublicBandwidth } from '../dom/parse-bandwidth';
import { shownIdTheAddressNames } from '../dom/address';
import { idContainers } from '../dom/id-containers';
import { normalizeText } from '../dom/normalize-label';
import { parseDate, expiryDate, rangeEnd } from '../dom/parse-date';
import { boxTitles, sharedBoxDepth, titleOver } from '../dom/titled-box';
import { namesMachine } from '../shared/machine-name';
import { isPlaceholder } from '../shared/text-values';
import { withholdsValue } from '../dom/withheld-box';
import type { PageModel } from '../dom/reading-model';
import type { Reader } from '../types';
import { isTencentConsole, pathUnder, shownValue, tencentPage, valueOf, valueTextOf } from './common';
import { tencentLabels } from './labels';
import { addressKind, billingCellExpiry, billingFromText, creationInText, expiryInText, firstDateNamesOther, instanceIdsInText, isFreeNetwork, namesPublicAddress, tencentRegion } from './values';

/**
 * Tencent Cloud CVM instance detail (实例详情): 实例ID, 地域 / 可用区, 计费模式, 创建时间, 到期时间,
 * 公网 IP, 网络计费模式 and 带宽上限. A 公网 IP field with no address ("-", only 绑定弹性公网IP) or a
 * 免费 network billing is no public bandwidth.
 *
 * Test URLs: https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1&rid=1&id=ins-a1b2c3d4
 *            https://console.tencentcloud.com/cvm/instance/detail?rid=5&id=ins-h0ngk0ng
 */

/**
 * The expiry an 到期时间 / Expiration Time field shows. Its first date named as the creation ("Created at 2026-03-09 …,
 * expires at 2027-03-09 …") is not the expiry: the date its own word names is, else none (round sixty-six's variant: the
 * creation date was read as the expiry, invented).
 */
function fieldExpiry(text: string | undefined): string | undefined {
  // (a date its own word names the expiry first — "Purchased at 2026-03-09 …, expires at 2027-03-09", "续费于 2026-05-01，到期于
  // 2027-03-09", "开通时间：… 到期时间：…": the first date, another event's, was read as the expiry, invented; session 51's review.
  // Not a date a bracket names another resource's: ./values billingCellExpiry)
  // (only where the field shows two dates or more: one date keeps expiryDate's reading — "释放时间 2027-12-20 到期释放" is the
  // release's, review-s41)
  const first = expiryDate(text);
  const named = billingCellExpiry(text, undefined);
  if (named !== undefined && named !== first && (normalizeText(text).match(DATE_SHOWN) ?? []).length >= 2) return named;
  if (first !== undefined && creationInText(text) === first) return undefined;
  return first;
}
/** A date shown (the year first or last): two of them in an expiry field may name different events. */
const DATE_SHOWN = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}/g;

export const SERVER_DETAIL_FIELDS = tencentLabels.group('server-detail', ['id', 'region', 'zone', 'billing', 'createdAt', 'expiresAt', 'publicIp', 'instanceIp', 'ipv6', 'networkBilling', 'bandwidth', 'config', 'validity', 'traffic'] as const);

export function isCvmDetailUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/cvm']) && /\/detail\b/.test(url.pathname);
}

/** Any CVM or Lighthouse instance id (./values INSTANCE_ID, one at a time). */
const ANY_INSTANCE_ID = /(?<![a-z0-9-])(?:lhins|ins)-[a-z0-9]{8}(?![a-z0-9])/i;

/**
 * One server from the labelled fields under `scope` (a CVM or Lighthouse detail page, a Lighthouse card). On a
 * detail page (no scope) the id is the labelled one the URL names when several are shown, and a field in a box
 * that shows another instance's id and not this one's (an assistant's answer, a card about a second instance)
 * is that instance's, no field of this one.
 */
export function serverFromFields(page: PageModel, product: 'cvm' | 'lighthouse', scope?: Element, knownId?: string, url?: URL): ServerFacts | undefined {
  const L = SERVER_DETAIL_FIELDS;
  const ofProduct = (x: string) => (product === 'cvm' ? /^ins-/.test(x) : /^lhins-/.test(x));
  const labelled = knownId ? [] : page.fields(L.id, scope).flatMap((r) => instanceIdsInText(r.text)).filter(ofProduct);
  const fromLabel = labelled.find((x) => url !== undefined && urlNames(url, x)) ?? instanceIdsInText(valueTextOf(page, L.id, scope)).find(ofProduct);
  // (a labelled id the URL does not name while the page shows the one it names — in its header — is another
  // instance's: a one-row table of 同一安全组的其他实例 whose header reads as labels over its row)
  const id =
    knownId ??
    (fromLabel !== undefined && !scope && url && !urlNames(url, fromLabel) ? shownIdTheAddressNames(page.root, url, ANY_INSTANCE_ID, page.cache, { accept: ofProduct }) : undefined) ??
    fromLabel;
  // (no labelled id: the heading's, when the page shows some field of it — an error page "实例不存在" under the id is none)
  const headingId = id === undefined && !scope && url ? onlyIdShown(page, url, ofProduct) : undefined;
  if (headingId) {
    const server = serverFromFields(page, product, scope, headingId, url);
    return server && showsAField(server) ? server : undefined;
  }
  if (!id) return undefined;
  const own = scope ? undefined : ownRecord(page, id);
  // (a field in a card that says it is reloading — aria-busy="true", its old values kept under shimmer boxes beside the
  // page's loaded cards: ../dom/page-state besideLoadedCards — is stale: the sheet draws it transparent, and a page read
  // without it gave the old Billing Mode Pay-as-you-go over the renewed subscription; held-out × stylesheet-removed,
  // session 49)
  const keep = page.root.querySelector('[aria-busy="true"]') ? (label: Element) => label.closest('[aria-busy="true"]') === null && (!own || own(label)) : own;
  // (each field's reads once: nearIdKeep looks at them before valueTextOf takes its value)
  const reads = new Map<unknown, ReturnType<PageModel['fields']>>();
  const once: PageModel = {
    ...page,
    fields: (labels, at) => {
      if (at !== scope) return page.fields(labels, at);
      let r = reads.get(labels);
      if (!r) reads.set(labels, (r = page.fields(labels, at)));
      return r;
    },
  };
  const f = (k: keyof typeof L) => valueTextOf(once, L[k], scope, nearIdKeep(k)) ?? underIdTitle(k);
  // (a field shown twice with different values — a bare 到期时间 / 峰值带宽 summary card above the instance's cards, the
  // account's or another resource's — is the instance's where it sits nearest the instance's id field: the one whose box
  // shares the deepest box with the id's label. The card's values were read first, invented: round seventy-four's note,
  // closed in session 52. A tie keeps the first, as before)
  let idLabelEl: Element | null | undefined;
  function nearIdKeep(k: keyof typeof L): typeof keep {
    if (scope || k === 'id') return keep;
    const rows = once.fields(L[k], scope).filter((r) => (!keep || keep(r.label)) && r.text !== undefined && r.text.trim() !== '');
    if (rows.length < 2 || new Set(rows.map((r) => normalizeText(r.text))).size < 2) return keep;
    idLabelEl ??= once.fields(L.id, scope).find((r) => (!keep || keep(r.label)) && instanceIdsInText(r.text).includes(id!))?.label ?? null;
    if (idLabelEl === null) return keep;
    const idEl = idLabelEl;
    const depths = rows.map((r) => sharedBoxDepth(r.label, idEl));
    const best = Math.max(...depths);
    const far = new Set(rows.filter((_, i) => depths[i]! < best).map((r) => r.label));
    return far.size === 0 ? keep : (label: Element) => (!keep || keep(label)) && !far.has(label);
  }
  // (a field under the title of the id's own box — the instance's card headed with its name, 快照备份机 in bold or an h3
  // 负载均衡测试机 — is the record's whatever `notUnder` word the title holds: its billing, expiry and bandwidth were lost,
  // missing; left open by session 44. A 云硬盘 card or section has a title of its own, not the id's)
  let idTitle: Element | null | undefined;
  let titles: Element[] | undefined;
  const underIdTitle = (k: keyof typeof L): string | undefined => {
    const vocab = L[k];
    if (!vocab.notUnder || vocab.notUnder.length === 0) return undefined;
    titles ??= boxTitles(scope ?? page.root, page.cache);
    if (idTitle === undefined) {
      const idLabel = page.fields(L.id, scope).find((r) => (!keep || keep(r.label)) && instanceIdsInText(r.text).includes(id))?.label;
      const title = idLabel ? titleOver(idLabel, titles) : undefined;
      // (only a title reading as the machine's name — 快照备份机, 负载均衡测试机 —: a 流量包 card stays the package's)
      idTitle = title && namesMachine(page.visibleText(title)) ? title : null;
    }
    if (idTitle === null) return undefined;
    const own = idTitle;
    return valueTextOf(page, { ...vocab, notUnder: undefined }, scope, (label) => (!keep || keep(label)) && titleOver(label, titles!) === own);
  };
  const shown = (k: keyof typeof L) => shownValue(page, valueOf(page, L[k], scope, keep));
  const server: ServerFacts = { id, provider: 'tencent', product };
  const region = tencentRegion(f('zone')) ?? tencentRegion(f('region'));
  if (region) server.region = region;
  const billing = billingFromText(f('billing'));
  if (billing) server.billing = billing;
  const createdAt = parseDate(f('createdAt'));
  if (createdAt) server.createdAt = createdAt;
  // (no expiry field: the "…到期" line under the billing mode, as the list's billing cell gives it; a pay-as-you-go
  // instance has no term: a date its 到期时间 shows is a conversion's or a release's, as ../aliyun holds)
  const expiryText = f('expiresAt');
  const expiresAt = billing === 'payg' ? undefined : (firstDateNamesOther(expiryText) ? undefined : fieldExpiry(expiryText)) ?? billingCellExpiry(f('billing'), billing) ?? validityEnd(page, scope, keep);
  if (expiresAt) server.expiresAt = expiresAt;
  const publicBox = valueOf(page, L.publicIp, scope, keep);
  const publicShown = shownValue(page, publicBox);
  const addresses = [addressKind(publicShown), addressKind(shown('instanceIp'))];
  // A 公网 IP field shown empty (nothing, "-", 未绑定 …) says there is none; other words in it are no answer (a tab
  // strip's next tab after a tab named 公网IP is no value of a field).
  const publicFieldEmpty = publicBox !== undefined && addresses[0] === undefined && saysNone(publicShown);
  // (a 公网 IP field withholding its value, 无权限查看, says nothing of a public address: ../dom/withheld-box)
  // (nor a 公网 IP field saying its address is being assigned, or showing a masked one of a range the page does not tell —
  // 分配中, 172.**.3.21 —: a private 实例 IP beside it is no proof of none; round forty-seven, constructed after its masked pages)
  // (a private 实例 IP alone says no public one only when the page shows none: a public address under a label no list knows
  // — Public IPv4 Address, Primary Public IP beside Primary Private IPv4 — is one; the bandwidth cap beside it had been
  // overwritten with 0, invented since e2ae3fa named Primary Private IPv4; session 50's review)
  // (looked for in the 实例 IP field's own form — a security group's 0.0.0.0/0 or a login record's address elsewhere on the
  // page is no address of the instance — and never a range)
  const privateSaysNone = () => {
    if (publicBox !== undefined) return true;
    const ipValue = valueOf(page, L.instanceIp, scope, keep)?.value;
    const group = (typeof ipValue === 'object' ? ipValue.closest('form, ul, ol, dl, table, section, [class~="tea-form"], [class~="tea-card"]') : null) ?? scope;
    // (… or elsewhere on the page under a label naming a public address, or marked so itself — Public IPv4 Address in a
    // Network card of its own, "43.139.218.57 (EIP)" in an Elastic IP card: session 51's review of f040d78, the bandwidth
    // cap shown beside it had been overwritten with 0, invented; a login record's address names none)
    const units = page.units();
    const labelledPublic = (i: number): boolean => {
      if (namesPublicAddress(units[i]!.text)) return true;
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        if (units[j]!.kind === 'help') continue;
        return units[j]!.kind === 'label' && namesPublicAddress(units[j]!.text);
      }
      return false;
    };
    return !units.some(
      (u, i) => !/\d\/\d/.test(u.text) && addressKind(u.text) === 'public' && ((!group || group.contains(u.el)) || ((!scope || scope.contains(u.el)) && labelledPublic(i))),
    );
  };
  const noPublic =
    !addresses.includes('public') && addresses[0] !== 'pending' && (publicFieldEmpty || (addresses.includes('private') && privateSaysNone())) && !withholdsValue(publicBox?.value, page.cache);
  // (a 带宽 value saying only what it may be raised to, "最高可升级至 100Mbps", shows no bandwidth: ../dom/parse-bandwidth)
  const bandwidthText = f('bandwidth');
  // (nor one whose words before its figure name another subject — a 公网带宽 card holding a 流量包 box, "流量包 峰值 50 Mbps",
  // a 共享带宽包's figure: the bandwidth field's `notUnder` words — the package's peak was the instance's, invented; left open
  // by the review of the lead's session-51 changes. A Lighthouse plan's 流量包 field naming its peak keeps its own reading below)
  const bandwidth = (opensWithUpgradeCeiling(bandwidthText) || figureOfOtherSubject(bandwidthText, L.bandwidth.notUnder) ? undefined : parsePublicBandwidth(bandwidthText)) ?? (product === 'lighthouse' ? (parsePublicBandwidth(f('config')) ?? peakBandwidthNamed(f('traffic'))) : undefined);
  // (a global IPv6 address in its own field — 主IPv6地址, IPv6 地址 — is a public one: with no public IPv4 the server is not
  // without public access, and a 0 Mbps cap, the IPv4 one, says nothing of the IPv6 address's; round seventy-nine variant: 公网
  // IP "-", 240e:… and 带宽上限 0 Mbps gave 0, as the lists did beside such an address)
  const v6Public = addressKind(shown('ipv6')) === 'public';
  const zeroBesideV6 = bandwidth === 0 && v6Public && !addresses.includes('public');
  if (isFreeNetwork(f('networkBilling')) || (noPublic && !v6Public)) server.publicBandwidthMbps = 0;
  else if (bandwidth !== undefined && !zeroBesideV6) server.publicBandwidthMbps = bandwidth;
  return server;
}

/** The words before `text`'s first figure name one of `others` (流量包, 带宽包, 共享带宽 …): the figure is that subject's. */
function figureOfOtherSubject(text: string | undefined, others: readonly string[] | undefined): boolean {
  const t = normalizeText(text).toLowerCase();
  const at = t.search(/\d/);
  if (at <= 0 || !others) return false;
  const head = t.slice(0, at);
  return others.some((w) => w !== '' && head.includes(w.toLowerCase()));
}

/**
 * A Lighthouse plan's peak bandwidth named in its 流量包 field, "300GB/月（峰值带宽 4Mbps）": a clause of the value (between
 * commas, brackets or slashes) that is only a bandwidth word (峰值带宽, 带宽, peak bandwidth) and a figure is the plan's and
 * so the instance's public bandwidth. A traffic figure (300GB/月), a clause with other words (超出后峰值带宽 1Mbps, 限速
 * 1Mbps) or a change (峰值带宽 4Mbps → 6Mbps) is none, and so is a value showing no monthly quota (a one-off pack's). Round forty-seven: a Lighthouse detail showing its bandwidth only
 * there (实例规格 CPU: 2核 内存: 2GB) lost it (missing).
 */
const PEAK_CLAUSE = /^(?:峰值带宽|峰值頻寬|带宽|頻寬|peak bandwidth|bandwidth)\s*[:：]?\s*(\d+(?:\.\d+)?\s*(?:mbps|m))$/i;
const MONTHLY_TRAFFIC = /\d\s*(?:GB|TB|G|T)\s*[/／每]\s*(?:月|month|mo)/i;
function peakBandwidthNamed(text: string | undefined): number | undefined {
  const t = normalizeText(text);
  // (the plan's own package is a monthly quota, 300GB/月; a one-off pack — a 流量包加油包 card's "100GB（带宽 10Mbps）" — is
  // another resource: variant, invented before this check)
  if (!MONTHLY_TRAFFIC.test(t)) return undefined;
  const clauses = t.split(/[，,;；()（）/|]/).map((c) => c.trim());
  const found = clauses.map((c) => PEAK_CLAUSE.exec(c)?.[1]).filter((x): x is string => x !== undefined);
  return found.length === 1 ? parsePublicBandwidth(found[0]) : undefined;
}

/**
 * The end of the range a validity field shows (有效期 2026-01-01 至 2027-01-01: ../dom/parse-date rangeEnd), as the Alibaba
 * server readers read one (../aliyun/server-detail validityText): a validity names no subject of its own — a coupon's, a
 * licence's box may show one — so it is the server's only as the one validity field under the title of the server's
 * labelled id field (../dom/titled-box titleOver), outside other instances' boxes. A CVM or Lighthouse detail showing its
 * term only as a range lost its expiry (left open by session 43: missing).
 */
function validityEnd(page: PageModel, scope: Element | undefined, keep: ((label: Element) => boolean) | undefined): string | undefined {
  const L = SERVER_DETAIL_FIELDS;
  const idLabel = page.fields(L.id, scope).find((r) => !keep || keep(r.label))?.label;
  if (!idLabel) return undefined;
  const own = page.fields(L.validity, scope).filter((r) => !keep || keep(r.label));
  if (own.length !== 1) return undefined;
  const titles = boxTitles(scope ?? page.root, page.cache);
  if (titleOver(own[0]!.label, titles) !== titleOver(idLabel, titles)) return undefined;
  // (or the two dates each named by its word, "Created at … Expires at …" / 创建于 … 到期于 …: the one its expiry word names —
  // round sixty-six's Lighthouse detail variant "Validity Period: Created at … Expires at …" lost its expiry, missing; left
  // open by session 50, closed in session 51)
  // (never the creation's own date: "创建时间 X 到期时间 Y" gives X for both — expiryInText reads 到期时间 after X as X's word)
  const created = creationInText(own[0]!.text);
  const expires = created !== undefined ? expiryInText(own[0]!.text) : undefined;
  return rangeEnd(own[0]!.text) ?? (expires !== created ? expires : undefined);
}

/** The server holds a field the page showed, beyond what every read sets (its id, provider and product). */
const showsAField = (server: ServerFacts) => Object.keys(server).some((k) => k !== 'id' && k !== 'provider' && k !== 'product');

/**
 * No labelled id: the id the address names, when the page shows it (in its heading: "ins-r40q8d2m（gz-blog-web）") and
 * no other instance's anywhere — a detail page titled by its instance's id, its fields unlabelled by one. Another id
 * shown (a recently visited list, a second instance's card) leaves it none: whose fields they are is not shown.
 */
function onlyIdShown(page: PageModel, url: URL, ofProduct: (id: string) => boolean): string | undefined {
  const named = shownIdTheAddressNames(page.root, url, ANY_INSTANCE_ID, page.cache, { accept: ofProduct });
  if (!named) return undefined;
  const shown = idContainers(page.root, ANY_INSTANCE_ID, page.cache, (x) => x.toLowerCase());
  return shown.every((c) => c.id === named) ? named : undefined;
}

/** Labels outside the boxes of other instances: the largest box around another shown id that shows no other (../dom/id-containers). */
function ownRecord(page: PageModel, id: string): ((label: Element) => boolean) | undefined {
  const others = idContainers(page.root, ANY_INSTANCE_ID, page.cache, (x) => x.toLowerCase())
    .filter((c) => c.id !== id && c.container !== page.root)
    .map((c) => c.container);
  return others.length === 0 ? undefined : (label) => !others.some((box) => box.contains(label));
}

function urlNames(url: URL, id: string): boolean {
  try {
    return decodeURIComponent(url.href).toLowerCase().includes(id);
  } catch {
    return false;
  }
}

export function readCvmInstanceDetail(doc: Document, url?: URL): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const server = serverFromFields(page, 'cvm', undefined, undefined, url);
  return server ? { version: 1, servers: [server] } : null;
}

export const cvmInstanceDetailReader: Reader = {
  id: 'tencent-cvm-instance-detail',
  family: 'tencent',
  kind: 'detail',
  matchesUrl: isCvmDetailUrl,
  read: (doc, url) => {
    try {
      return readCvmInstanceDetail(doc, url);
    } catch {
      return null;
    }
  },
};

/**
 * A field's shown text saying nothing is there: none at all, a placeholder ("-", 暂无), or "no address" words —
 * alone or before the rest ("- 绑定": the placeholder and an action offering one).
 */
function saysNone(text: string | undefined): boolean {
  const t = normalizeText(text);
  return isPlaceholder(text) || isPlaceholder(t.split(' ')[0]) || NO_ADDRESS.test(t);
}
const NO_ADDRESS = /^(?:无|暂无|未分配|未绑定|未配置|没有|none\b|no\b|not (?:assigned|bound)\b|unassigned\b|unbound\b)/i;
