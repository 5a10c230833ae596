import type { ServerFacts } from '../../facts/schema';
import { fieldValueText, findLabelElements, readFieldFrom } from '../dom/field';
import { shownIdTheAddressNames } from '../dom/address';
import { idContainers } from '../dom/id-containers';
import { valueInLabelUnit } from '../dom/label-unit';
import { labelText } from '../dom/units';
import { labelKey, labelMatches, normalizeText } from '../dom/normalize-label';
import { boxTitles, rowNamesOtherId, sharedBoxDepth, titleOver, underTitleNaming } from '../dom/titled-box';
import { namesMachine } from '../shared/machine-name';
import { rangeEnd } from '../dom/parse-date';
import { parseRegion } from '../dom/parse-region';
import { opensWithUpgradeCeiling } from '../dom/parse-bandwidth';
import type { VisibilityCache } from '../dom/visibility';
import { withholdsValue } from '../dom/withheld-box';
import { ipv6Kinds } from '../shared/ipv6';
import { billingFromText, expiryFromText, hasPageError, ipsFromText, publicBandwidth, regionFromSelector, regionFromUrl } from './server-values';

/** The field labelled `labels` (one of ServerDetailLabels) read by its vocabulary under `root` (./server-detail-vocab.ts byVocab). */
/** `skip`: a label not to take (one in a box titled for another subject). */
export type VocabField = (root: ParentNode, labels: readonly string[], cache: VisibilityCache, skip?: (label: Element) => boolean) => string | undefined;

/** The labels a server detail view (or a server card) may show; each a zh + en list. */
export interface ServerDetailLabels {
  id: readonly string[];
  region: readonly string[];
  zone: readonly string[];
  billing: readonly string[];
  expires: readonly string[];
  /** A validity field (有效期, 服务期限): the end of the range it shows is the expiry, when no expiry field gives one. */
  validity?: readonly string[];
  publicIp: readonly string[];
  eip: readonly string[];
  /** An IPv6 address field (IPv6地址): a global address there is a public one (./server-values ipsFromText). */
  ipv6?: readonly string[];
  bandwidth: readonly string[];
  config: readonly string[];
}

/**
 * One server read from labelled fields under `root` (a detail page or one server card). undefined
 * unless the ID field shows an id and at least one other field is shown. SWAS passes `billing`
 * (subscription by nature).
 */
export function readServerFields(
  root: ParentNode,
  doc: Document,
  url: URL,
  opts: {
    labels: ServerDetailLabels;
    product: 'ecs' | 'swas';
    idOf: (text: string | undefined) => string | undefined;
    billing?: 'subscription';
    cache: VisibilityCache;
    /** Region to use when the root does not show one (list cards: the page's region). */
    fallbackRegion?: string | undefined;
    /** The id, when the root shows it without a label (a server card). */
    id?: string;
    /**
     * A detail page must say it is one: the id in the URL, or one of these headings / tab titles
     * visible. (A disk or security-group page may show an instance id field too.)
     */
    pageMarkers?: readonly string[];
    /** When no ID field is labelled: the one id of this form shown on the page, if the URL names it. */
    idPattern?: RegExp;
    /**
     * A field read by its vocabulary (rules/labels) when no exact label is shown:
     * ./server-detail-vocab.ts byVocab, passed by the readers that have one (ECS detail), so a content
     * script whose readers pass none does not bundle it.
     */
    byVocab?: VocabField;
    /**
     * Per field, the words of a box title naming another subject (rules/labels `notUnder`: 流量包, 证书, 数据盘): a
     * label in a box so titled is that subject's, no field of the server (../dom/titled-box).
     */
    notUnder?: Partial<Record<keyof ServerDetailLabels, readonly string[] | undefined>>;
    /**
     * Titles of a box showing the server's own billing (rules/labels `…-detail-validity-boxes`: 付费信息, 计费信息, Billing
     * Information): a validity field there is the server's, as in the box of its id field.
     */
    validityBoxes?: readonly string[];
  },
): ServerFacts | undefined {
  const { labels, cache } = opts;
  // fields in a box that shows another instance's id (and not this one's) are that instance's: set once the id is known
  let foreign: (label: Element) => boolean = () => false;
  let titles: Element[] | undefined;
  // the title over the record's own labelled id field, once the id is known (see otherBox)
  let idTitle: Element | undefined;
  const otherBox = (label: Element, k: keyof ServerDetailLabels) => {
    const words = opts.notUnder?.[k];
    if (words === undefined || words.length === 0) return false;
    // (a label in a row of headers another cell of which names another subject's id — 云盘ID | 到期时间 over a disk's row —
    // is that subject's: ../dom/titled-box rowNamesOtherId; session 52)
    if (rowNamesOtherId(label, words.map(labelKey).filter(Boolean), [])) return true;
    if (!underTitleNaming(label, (titles ??= boxTitles(root, cache)), words, cache)) return false;
    // (a title over the record's own id field too — the instance's card headed with its name, 快照备份机 in bold or an h3
    // 负载均衡测试机 — names the record, no other subject: its billing, expiry and bandwidth were lost, missing; left open by
    // session 44. A 数据盘 card or an h3 云硬盘 section after the id's box has a title of its own, not the id's)
    return idTitle === undefined || titleOver(label, titles) !== idTitle;
  };
  // (a field shown twice with different values — a bare 到期时间 / 公网带宽 summary card above the instance's cards, the
  // account's or another resource's — is the instance's where it sits nearest the instance's id field: the one sharing the
  // deepest box with the id's label; a tie keeps the first. The card's values were read first, invented: round seventy-four's
  // note on the Lighthouse detail, the same on the ECS and SWAS details; session 52)
  let idLabel: Element | undefined;
  const nearestToId = (found: ReturnType<typeof readFieldFrom>) => {
    if (idLabel === undefined || found.length < 2) return found[0];
    if (new Set(found.map((f) => normalizeText(fieldValueText(f.value, cache) ?? ''))).size < 2) return found[0];
    const near = idLabel;
    const depths = found.map((f) => sharedBoxDepth(f.label, near));
    return found[depths.indexOf(Math.max(...depths))];
  };
  const field = (k: keyof ServerDetailLabels) => {
    const l = labels[k];
    if (l === undefined) return undefined;
    const found = readFieldFrom(root, l, cache, true).filter((f) => !otherBox(f.label, k));
    const own = nearestToId(found.filter((f) => !foreign(f.label)));
    // (a bare figure under a label naming its unit, 带宽(Mbps) 5, is in that unit: ../dom/label-unit)
    const exact = own ? valueInLabelUnit(labelText(own.label, cache), fieldValueText(own.value, cache)) : undefined;
    if (exact !== undefined) return exact;
    // (the label shown only in another instance's box: no field of this one, by vocabulary either)
    if (!own && found.length > 0) return undefined;
    // (a label worded otherwise in a box titled for another subject is that subject's too)
    return opts.byVocab?.(root, l, cache, (label) => otherBox(label, k));
  };
  // a field whose value box withholds its value, or a part (无权限查看 beside the private address): ../dom/withheld-box
  // A validity field (有效期, 服务期限) names no subject of its own: a coupon's, a licence's, a renewal plan's box may show one
  // as well as the server's. It is the server's only in the box of the server's id field, under the same title
  // (../dom/titled-box titleOver) — never without a labelled id —, or in a box titled for the server's billing
  // (opts.validityBoxes: ECS shows its id under 基本信息 and its 服务期限 under 付费信息, which 56480a0 lost: session 44 reva).
  const validityText = (idLabel: Element | undefined) => {
    if (idLabel === undefined || labels.validity === undefined) return undefined;
    titles ??= boxTitles(root, cache);
    const idTitle = titleOver(idLabel, titles);
    const ownBox = (title: Element | undefined) =>
      title === idTitle || (title !== undefined && opts.validityBoxes !== undefined && labelMatches(labelText(title, cache), opts.validityBoxes));
    const own = readFieldFrom(root, labels.validity, cache, true).filter((f) => !otherBox(f.label, 'validity') && !foreign(f.label) && ownBox(titleOver(f.label, titles!)));
    return own.length === 1 && own[0] ? fieldValueText(own[0].value, cache) : undefined;
  };
  const withheld = (l: readonly string[]) => withholdsValue(readFieldFrom(root, l, cache, true).find((f) => !foreign(f.label))?.value, cache);
  if (hasPageError(doc, cache)) return undefined;
  const idFields = opts.id !== undefined ? [] : readFieldFrom(root, labels.id, cache, true);
  const idTexts = idFields.map((f) => fieldValueText(f.value, cache)).filter((t): t is string => t !== undefined);
  const labelled = idOfTexts(idTexts, url, opts.idOf);
  const id =
    opts.id ??
    (labelled !== undefined && opts.idPattern && !urlNames(url, labelled) ? ownIdOverOthers(root, url, opts.idPattern, cache) : undefined) ??
    labelled ??
    (idTexts.length === 0 ? opts.idOf(opts.byVocab?.(root, labels.id, cache)) : undefined) ??
    (opts.idPattern ? onlyIdShownAndInUrl(root, url, opts.idPattern, cache) : undefined);
  if (!id) return undefined;
  if (opts.idPattern) foreign = foreignRecords(root, id, opts.idPattern, cache);
  {
    const idField = idFields.find((f) => (fieldValueText(f.value, cache) ?? '').includes(id));
    idLabel = idField?.label;
    const title = idField ? titleOver(idField.label, (titles ??= boxTitles(root, cache))) : undefined;
    // (only a title reading as the machine's name — 快照备份机, 负载均衡测试机 —: a 流量包 card holding an 实例ID stays the
    // package's, lead-s43's guard)
    if (title && namesMachine(labelText(title, cache))) idTitle = title;
  }
  if (opts.pageMarkers && !urlNames(url, id) && findLabelElements(root, opts.pageMarkers, cache).length === 0) return undefined;
  const regionText = field('region');
  const zoneText = field('zone');
  const billingText = field('billing');
  const expiresText = field('expires');
  const publicIpText = field('publicIp');
  const eipText = field('eip');
  const bandwidthText = field('bandwidth');
  const configText = field('config');
  const shown = [regionText, zoneText, billingText, expiresText, publicIpText, eipText, bandwidthText, configText].filter((t) => t !== undefined);
  if (shown.length === 0) return undefined;

  const server: ServerFacts = { id, provider: 'aliyun', product: opts.product };
  const region = parseRegion(zoneText) ?? parseRegion(regionText) ?? opts.fallbackRegion ?? regionFromUrl(url) ?? regionFromSelector(doc, cache);
  if (region) server.region = region;
  const billing = opts.billing ?? billingFromText(billingText);
  if (billing) server.billing = billing;
  // (a validity field's range, 有效期 2026-01-03 至 2027-01-03: its end — ../dom/parse-date rangeEnd)
  const expiresAt = expiryFromText(expiresText, true) ?? expiryFromText(billingText, false) ?? rangeEnd(validityText(idFields[0]?.label));
  if (expiresAt && billing !== 'payg') server.expiresAt = expiresAt;
  const publicIps = ipsFromText(publicIpText, 'public');
  const eips = ipsFromText(eipText, 'eip');
  // (a global address in an IPv6地址 field is a public one, as in the IP fields: a 公网带宽 0Mbps beside it, with no public
  // IPv4, is the IPv4 figure — round seventy-nine variant: 弹性公网IP "-", IPv6地址 2408:… and 公网带宽 0Mbps gave 0)
  const v6Public = ipv6Kinds(field('ipv6')).includes('public');
  const v4Public = (publicIps.public && publicIps.v6Only !== true) || (eips.public && eips.v6Only !== true);
  const ips = {
    any: publicIps.any || eips.any,
    public: publicIps.public || eips.public || v6Public,
    eip: publicIps.eip || eips.eip,
    v6Only: !v4Public && (publicIps.v6Only === true || eips.v6Only === true || v6Public),
  };
  const bandwidth = publicBandwidth({
    // (a 带宽 value saying only what it may be raised to, "最高可升级至 100Mbps", shows no bandwidth: ../dom/parse-bandwidth)
    bandwidthText: opensWithUpgradeCeiling(bandwidthText) ? undefined : bandwidthText,
    ipText: [publicIpText, eipText].filter(Boolean).join(' '),
    configText,
    // A 公网IP field that is shown (even as "-") says whether there is a public address — not one withholding it.
    ipShown: publicIpText !== undefined && !withheld(labels.publicIp),
    ips,
  });
  if (bandwidth !== undefined) server.publicBandwidthMbps = bandwidth;
  return server;
}


/**
 * The id of the labelled id fields: the first the URL names (an assistant's or a notice's card about another
 * instance may come first), else the first shown.
 */
function idOfTexts(texts: readonly string[], url: URL, idOf: (text: string | undefined) => string | undefined): string | undefined {
  const ids = texts.map(idOf).filter((v): v is string => v !== undefined);
  return ids.find((v) => urlNames(url, v)) ?? ids[0];
}

/**
 * A test for labels in another instance's record: inside the largest box around another id of `pattern` that
 * shows no other (./dom/id-containers) — an assistant's answer, a card about a second instance; an id in a notice
 * (inNotice) makes no such box. The page's own rows beside such a box, in boxes that show no id, stay the page's.
 */
function foreignRecords(root: ParentNode, id: string, pattern: RegExp, cache: VisibilityCache): (label: Element) => boolean {
  const el = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  if (!el) return () => false;
  const own = id.toLowerCase();
  const others = idContainers(el, pattern, cache, (v) => v.toLowerCase(), inNotice).filter((c) => c.id !== own && c.container !== el).map((c) => c.container);
  return (label) => others.some((box) => box.contains(label));
}

/**
 * An id shown in a notice (role=alert / status: Fusion's Message, a toast — "实例 i-bp1z… 将于 3 天后到期") names an
 * instance in a message about it, not a record of it: the box around the notice and the page's cards beside it is
 * no other instance's, and the notice's id no second id of the page.
 */
const inNotice = (at: Element): boolean => at.closest('[role="alert"], [role="status"]') !== null;

function urlNames(url: URL, id: string): boolean {
  try {
    return decodeURIComponent(url.href).toLowerCase().includes(id.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * The id the URL names, when the page shows it too and the labelled id fields show another one only: those fields are
 * another instance's record (a one-row table of 同一安全组的其他实例 under the page's fields, its header read as labels
 * over its row), and the page's own instance is the one its address and its header name. undefined otherwise.
 */
function ownIdOverOthers(root: ParentNode, url: URL, pattern: RegExp, cache: VisibilityCache): string | undefined {
  const el = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  return el ? shownIdTheAddressNames(el, url, pattern, cache, { skip: inNotice }) : undefined;
}

/** The single distinct id matching `pattern` in the visible text under `root`, when the URL names it too. */
function onlyIdShownAndInUrl(root: ParentNode, url: URL, pattern: RegExp, cache: VisibilityCache): string | undefined {
  const el = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  if (!el) return undefined;
  const ids = idContainers(el, pattern, cache, (id) => id.toLowerCase(), inNotice);
  if (ids.length !== 1) return undefined;
  const id = ids[0]?.id;
  return id && urlNames(url, id) ? id : undefined;
}
