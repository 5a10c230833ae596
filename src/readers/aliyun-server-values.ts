import { labelMatches, normalizeText } from './dom/normalize-label';
import { parseBandwidth } from './dom/parse-bandwidth';
import { parseDate } from './dom/parse-date';
import { parseRegion, regionById } from './dom/parse-region';
import { isVisible, type VisibilityCache } from './dom/visibility';
import { visibleText } from './dom/visible-text';

/**
 * Values shared by the ECS and Simple Application Server readers, read from the visible text of a
 * cell or field. Pure; never throw; undefined when the text does not say.
 */

const PAYG = /按量付费|按量计费|按量|后付费|抢占式|竞价|pay[\s-]*as[\s-]*you[\s-]*go|postpaid|preemptible|spot/i;
const SUBSCRIPTION = /包年包月|包年|包月|预付费|subscription|prepaid|monthly|yearly/i;

/** 包年包月 / Subscription → 'subscription'; 按量付费 / Pay-As-You-Go / 抢占式 / Spot → 'payg'. */
export function billingFromText(text: string | undefined): 'subscription' | 'payg' | undefined {
  const s = normalizeText(text);
  if (!s) return undefined;
  const payg = PAYG.test(s);
  const sub = SUBSCRIPTION.test(s);
  if (payg && !sub) return 'payg';
  if (sub && !payg) return 'subscription';
  return undefined;
}

const EXPIRY_WORD = /到期|过期|expir|expires|due|until|有效期至/gi;
const OTHER_DATE_WORD = /创建|创建于|购买|开通|释放|created|creation|purchased|release|start/gi;
const DATE_LIKE =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s-]+\d{4}/gi;

/**
 * The expiry date in a cell. `dedicated`: the cell is an expiry column/field (到期时间), so its
 * first date is the expiry. Otherwise (a billing cell "包年包月 2027-02-28 23:59 到期", or
 * "按量付费 2025-01-01 创建") only a date whose nearest marker word is an expiry word counts.
 */
export function expiryFromText(text: string | undefined, dedicated: boolean): string | undefined {
  const s = normalizeText(text);
  if (!s) return undefined;
  if (dedicated) {
    // "2027-02-28 到期" or a bare date; not "2025-01-01 创建".
    const date = parseDate(s);
    if (!date) return undefined;
    return nearestMarkerKind(s) === 'other' ? undefined : date;
  }
  DATE_LIKE.lastIndex = 0;
  for (let m = DATE_LIKE.exec(s); m; m = DATE_LIKE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    // The date with its trailing time, up to the next date.
    DATE_LIKE.lastIndex = end;
    const next = DATE_LIKE.exec(s);
    DATE_LIKE.lastIndex = end;
    const after = s.slice(end, next ? next.index : s.length);
    const before = s.slice(Math.max(0, start - 24), start);
    const kind = markerAround(before, after);
    if (kind === 'expiry') return parseDate(m[0]);
  }
  return undefined;
}

function nearestMarkerKind(s: string): 'expiry' | 'other' | undefined {
  const e = firstIndex(EXPIRY_WORD, s);
  const o = firstIndex(OTHER_DATE_WORD, s);
  if (e < 0 && o < 0) return undefined;
  if (o < 0) return 'expiry';
  if (e < 0) return 'other';
  return e <= o ? 'expiry' : 'other';
}

function firstIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** Which marker word sits closest to a date: in the text after it (to the next date) or just before it. */
function markerAround(before: string, after: string): 'expiry' | 'other' | undefined {
  const afterE = firstIndex(EXPIRY_WORD, after);
  const afterO = firstIndex(OTHER_DATE_WORD, after);
  let bestAfter: 'expiry' | 'other' | undefined;
  let bestAfterAt = Infinity;
  if (afterE >= 0) [bestAfter, bestAfterAt] = ['expiry', afterE];
  if (afterO >= 0 && afterO < bestAfterAt) [bestAfter, bestAfterAt] = ['other', afterO];
  // "Expires at Feb 28, 2027" / "到期时间 2027-02-28": a marker just before.
  const lastOf = (re: RegExp) => {
    re.lastIndex = 0;
    let at = -1;
    for (let m = re.exec(before); m; m = re.exec(before)) at = m.index;
    return at;
  };
  const beforeE = lastOf(EXPIRY_WORD);
  const beforeO = lastOf(OTHER_DATE_WORD);
  let bestBefore: 'expiry' | 'other' | undefined;
  let bestBeforeDist = Infinity;
  if (beforeE >= 0) [bestBefore, bestBeforeDist] = ['expiry', before.length - beforeE];
  if (beforeO >= 0 && before.length - beforeO < bestBeforeDist) [bestBefore, bestBeforeDist] = ['other', before.length - beforeO];
  // Time of day right after the date is not a marker; compare distances.
  const afterDist = bestAfter ? bestAfterAt : Infinity;
  if (afterDist === Infinity && bestBeforeDist === Infinity) return undefined;
  return afterDist <= bestBeforeDist ? bestAfter : bestBefore;
}

// ---------------------------------------------------------------- IP addresses

const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])/g;
const EIP_MARK = /弹性|eip|elastic/i;
const PUBLIC_MARK = /公网|\(公\)|^\s*\(?公(?:$|[\s)])|public|internet/i;
const PRIVATE_MARK = /私网|私有|内网|\(私\)|private|intranet|vpc/i;

function isPrivateAddress(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a === 0 || a >= 224;
}

export interface IpSummary {
  /** An address was shown at all. */
  any: boolean;
  /** A public address (fixed public IP or EIP) was shown. */
  public: boolean;
  /** An elastic IP address (EIP) was shown. */
  eip: boolean;
}

/**
 * What an IP cell / field shows: "121.40.1.2(公) 172.16.0.1(私有)", "47.1.2.3 (EIP)",
 * "8.8.8.8 (Public)". A marker next to the address wins; without one, the address range decides.
 * `fieldKind` is the kind the label already says (a 弹性公网IP field holds an EIP).
 */
export function ipsFromText(text: string | undefined, fieldKind?: 'public' | 'eip' | 'private'): IpSummary {
  const s = normalizeText(text);
  const out: IpSummary = { any: false, public: false, eip: false };
  if (!s) return out;
  const found: Array<{ ip: string; start: number; end: number }> = [];
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(s); m; m = IPV4.exec(s)) found.push({ ip: m[1] ?? '', start: m.index, end: m.index + m[0].length });
  found.forEach((f, i) => {
    out.any = true;
    const next = found[i + 1];
    const after = s.slice(f.end, Math.min(next ? next.start : s.length, f.end + 16));
    const prev = found[i - 1];
    const before = s.slice(Math.max(prev ? prev.end : 0, f.start - 12), f.start);
    let kind: 'public' | 'eip' | 'private' | undefined;
    for (const part of [after, before]) {
      if (kind) break;
      if (EIP_MARK.test(part)) kind = 'eip';
      else if (PRIVATE_MARK.test(part)) kind = 'private';
      else if (PUBLIC_MARK.test(part)) kind = 'public';
    }
    kind ??= fieldKind ?? (isPrivateAddress(f.ip) ? 'private' : 'public');
    if (kind === 'eip') {
      out.eip = true;
      out.public = true;
    } else if (kind === 'public' && !isPrivateAddress(f.ip)) {
      out.public = true;
    }
  });
  return out;
}

/**
 * Public bandwidth from what a row or detail page shows. Rules: a figure in a bandwidth column /
 * field wins, then one in the IP cell, then one in the configuration / plan cell. With no figure,
 * a visible IP column that shows no public address means 0. An EIP with only a "0 Mbps" figure
 * (the instance's own bandwidth) is unknown. A public IP with no figure is unknown.
 */
export function publicBandwidth(opts: {
  bandwidthText?: string | undefined;
  ipText?: string | undefined;
  configText?: string | undefined;
  /** The IP column / fields were shown (even if empty). */
  ipShown: boolean;
  ips: IpSummary;
}): number | undefined {
  const fromColumn = parseBandwidth(opts.bandwidthText);
  const fromIp = parseBandwidth(opts.ipText);
  const fromConfig = parseBandwidth(opts.configText);
  const { ips } = opts;
  for (const figure of [fromColumn, fromIp, fromConfig]) {
    if (figure === undefined) continue;
    if (figure === 0 && ips.eip) return undefined;
    if (figure > 0 && opts.ipShown && !ips.public) return undefined;
    return figure;
  }
  if (opts.ipShown && !ips.public) return 0;
  return undefined;
}

// ---------------------------------------------------------------- ids and regions

const ECS_ID = /(?<![a-z0-9-])i-[a-z0-9]{8,30}(?![a-z0-9-])/i;
/** A Simple Application Server id: 32 hex digits. */
export const SWAS_ID_PATTERN = /(?<![a-z0-9])[0-9a-f]{32}(?![a-z0-9])/i;

export function ecsInstanceId(text: string | undefined): string | undefined {
  return ECS_ID.exec(normalizeText(text))?.[0];
}

export function swasInstanceId(text: string | undefined): string | undefined {
  return SWAS_ID_PATTERN.exec(normalizeText(text))?.[0]?.toLowerCase();
}

/** A region id in the URL: `#/server/region/cn-hangzhou`, `?regionId=cn-hangzhou`. */
export function regionFromUrl(url: URL): string | undefined {
  try {
    const all = decodeURIComponent(`${url.pathname}${url.search}${url.hash}`).toLowerCase();
    const m = /(?:\/region\/|[?&#]region(?:id)?=|\/regions?\/)([a-z]{2}-[a-z0-9-]+)/.exec(all);
    if (m?.[1]) {
      let id = m[1];
      while (!regionById(id) && /-[a-z0-9]+$/.test(id)) id = id.replace(/-[a-z0-9]+$/, '');
      if (regionById(id)) return id;
    }
    // Otherwise one path / query segment that is exactly a region id: #/server/<id>/cn-hangzhou/dashboard
    const ids = new Set(all.split(/[/?&#=]+/).filter((seg) => regionById(seg) !== undefined));
    return ids.size === 1 ? ids.values().next().value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The region shown in the console's region selector: a visible control (button, combobox,
 * [aria-haspopup]) whose text is one region name. undefined when none or several disagree.
 */
export function regionFromSelector(doc: Document, cache: VisibilityCache): string | undefined {
  try {
    const found = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll('[aria-haspopup], [role="combobox"], button, [role="button"]'))) {
      if (!isVisible(el, cache)) continue;
      const t = visibleText(el, cache);
      if (t === '' || t.length > 40) continue;
      const id = parseRegion(t);
      if (id) found.add(id);
    }
    return found.size === 1 ? found.values().next().value : undefined;
  } catch {
    return undefined;
  }
}

const LOADING_TEXT = ['加载中', '加载中...', '正在加载', '正在加载...', 'Loading', 'Loading...'];

/** A visible loading indicator in or around `el`: aria-busy, a progressbar, or "加载中 / Loading". */
export function isLoading(el: Element | null | undefined, cache: VisibilityCache): boolean {
  if (!el) return false;
  try {
    let scope: Element = el;
    for (let i = 0; i < 3 && scope.parentElement; i++) scope = scope.parentElement;
    if (el.closest('[aria-busy="true"]')) return true;
    for (const b of Array.from(scope.querySelectorAll('[aria-busy="true"], [role="progressbar"]'))) {
      if (isVisible(b, cache)) return true;
    }
    for (const e of Array.from(scope.querySelectorAll('span, div, p, em'))) {
      const raw = e.textContent ?? '';
      if (raw.length > 20 || !/加载|loading/i.test(raw)) continue;
      if (labelMatches(visibleText(e, cache), LOADING_TEXT)) return true;
    }
    return false;
  } catch {
    return false;
  }
}
