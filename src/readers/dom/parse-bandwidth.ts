import { normalizeText } from './normalize-label';

/**
 * A bandwidth shown by a console → Mbps: `5Mbps`, `5 Mbps`, `0 Mbps`, `100 Mbit/s`,
 * `按固定带宽 5Mbps`, `1 Gbps` (1000), `512 Kbps` (0.5), `5M`. undefined when no figure with a
 * bandwidth unit is shown (`-`, `--`, a bare number, `4 GiB`, `-5Mbps`, `1e400Mbps`). A rate in
 * bytes (`10 MB/s`, `10 MBps`, `100 KB/s`: a capital B before `/s` or `ps`) is no figure in bits
 * (10 MB/s is 80 Mbps, never 10), and neither is a range (`5 ~ 10 Mbps`, `1Mbps 至 100Mbps`: not one
 * bandwidth). Two figures joined by a slash or an enumeration comma (`5M/10M`, `5Mbps / 10Mbps`, `5/10 Mbps`,
 * `5M、10M`: baseline / peak, old / new, up / down), or side by side with a unit each (`100 Mbps 5 Mbps`: lines
 * of one cell, a <br> or a newline between them, joined by a space; `5Mbps，10Mbps`) are no one bandwidth
 * either, unless each is labelled a direction, one inbound and one outbound, before it or in a note after it
 * (`入 100 Mbps / 出 5 Mbps`, `入 100 Mbps<br>出 5 Mbps`, `100 Mbps（入）/ 5 Mbps（出）`): the outbound one is the
 * public bandwidth a server is sold (5).
 * The first figure with a bandwidth unit wins, else the first bare "M" one that is no memory size
 * (`1核 512M 1Mbps` is 1; `2核4G 5M` is 5). Pure.
 */

// A figure starts at a number boundary: not inside another number or word (`1e400Mbps`, `v2.5Mbps`,
// the `000` of `1,000`) and without a sign (`-5Mbps` is not a bandwidth). It may be grouped by
// thousands (`1,000 Mbps`); a comma between other digits (`4,5 Mbps`, `10,00 Mbps`) gives no figure.
const FIGURE = /(?<![0-9A-Za-z_.+\-\u2212])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:([gmk])(bps|bits?\/s|b\/s)|(M))(?![a-z/])/gi;

// '1.024', '2.000', '1.048.576': a figure read alike as a decimal and as thousands grouped by a point (de-DE, …)
const THOUSANDS_POINT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

// A figure joined to another by a range word (`5 ~ 10 Mbps`, `1Mbps-100Mbps`, `5 至 10M`) is a bound of a range;
// by an arrow (`5 Mbps → 10 Mbps`, an operation log's change) one end of a change: neither is the bandwidth — nor with the
// arrow pointing back (`10 Mbps ← 5 Mbps`: which end is in effect is not shown).
const RANGE_JOIN = String.raw`\s*(?:→|->|=>|⇒|➔|➜|←|<-|<=|⇐|⟵|~|～|-|–|—|至|到|to)\s*`;
const RANGE_BEFORE = new RegExp(String.raw`\d(?:\s*(?:[gmk]?(?:bps|bits?\/s|b\/s)|m))?` + RANGE_JOIN + '$', 'i');
const RANGE_AFTER = new RegExp('^' + RANGE_JOIN + String.raw`\d`, 'i');

// The direction a figure of a pair (below) is labelled with: in the words right before it, or in its note.
const OUTBOUND = String.raw`(?:出|\bout|\boutbound|\begress)(?:方向|网)?(?:带宽)?(?:上限|峰值)?\s*[:：]?\s*`;
const INBOUND = String.raw`(?:入|\bin|\binbound|\bingress)(?:方向|网)?(?:带宽)?(?:上限|峰值)?\s*[:：]?\s*`;

// A figure joined by a slash or an enumeration comma to another (`5M/10M`, `5 / 10 Mbps`, `5M、10M`, `入 100 Mbps / 出
// 5 Mbps`, `100 Mbps（入）/ 5 Mbps（出）`): the other's number, an optional unit and note in brackets, the slash and up
// to a short label of no digits before this one; or the same after it. Or by a space or a comma only (`100 Mbps 5
// Mbps`, the lines of one cell as its text joins them; `入 100 Mbps 出 5 Mbps`): then the other has its unit too (a
// date's or a count's number before a figure is no partner) and nothing but a direction word is between them.
// Joined by a space or comma only, the words between are none or a direction (a hint after a value, "5 Mbps Up to
// 200 Mbps for …", is no second figure of the value).
// A word naming a figure a bandwidth of its own kind, as a direction does, but no direction: a peak, a burst, a cap, a
// guaranteed figure ("5 Mbps 峰值 100 Mbps": Lighthouse and SWAS sell their plans' bandwidth as 峰值带宽, so which
// of the two is the server's is not said). A bracketed note holding a figure ("5 Mbps（峰值 100 Mbps）") is no
// partner: the value is the figure before it, as with 待生效.
const KIND = String.raw`(?:峰值|\bpeak|突发|\bburst|上限|保障|保底)(?:带宽|帶寬|頻寬|\s*bandwidth)?\s*[:：]?\s*`;
const SPACED_LABEL = `(?:${OUTBOUND}|${INBOUND}|${KIND})?`;
const UNIT = String.raw`(?:[gmk](?:bps|bits?\/s|b\/s)|m)`;
const PAIR_LABEL = String.raw`[^\d/／|]{0,16}`;
const NOTE = (name: string) => String.raw`(?:\s*[(（](?<${name}>[^()（）\d/／]{1,8})[)）])?`;
/** What joins the two figures of a pair: a slash or 、 (the first figure's unit may be left out), or a space or comma (it may not). */
const JOINED = String.raw`\s*[/／、]`;
const SPACED = String.raw`(?:\s*[,，;；]|\s)`;
const PAIR_BEFORE = [
  new RegExp(String.raw`(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<unit>\s*${UNIT})?` + NOTE('note') + JOINED + PAIR_LABEL + '$', 'i'),
  new RegExp(String.raw`(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<unit>\s*${UNIT})(?![a-z])` + NOTE('note') + SPACED + SPACED_LABEL + '$', 'i'),
];
const PAIR_AFTER = [
  [JOINED, PAIR_LABEL],
  [SPACED, SPACED_LABEL],
].map(([join, label]) => new RegExp('^' + NOTE('own') + join + String.raw`\s*(?<label>${label})(?<![0-9A-Za-z_.])(?<num>\d+(?:\.\d+)?)\s*(?<unit>${UNIT})(?![a-z])` + NOTE('note'), 'i'));
const OWN_NOTE = new RegExp('^' + NOTE('own'), 'i');
const OUTBOUND_BEFORE = new RegExp(OUTBOUND + '$', 'i');
const INBOUND_BEFORE = new RegExp(INBOUND + '$', 'i');
const OUTBOUND_NOTE = new RegExp('^\\s*' + OUTBOUND + '$', 'i');
const INBOUND_NOTE = new RegExp('^\\s*' + INBOUND + '$', 'i');

// A bare "M" figure right after a CPU figure or a memory word is memory: "1核 512M", "1 vCPU 512M", "内存 512M", and
// with a list's separator between them: "1核、512M", "1核/512M", "1 vCPU, 512M".
const MEMORY_BEFORE = /(?:核|vcpus?|cores?|cpus?|内存|memory|ram|mem)\s*[:：]?\s*(?:[、,，/／]\s*)?$/i;

export function parseBandwidth(text: string | null | undefined): number | undefined {
  try {
    const s = normalizeText(text);
    if (s === '') return undefined;
    // a figure with a bandwidth unit (5Mbps) wins over a bare "M" one (5M), which may be a memory size
    for (const bare of [false, true]) {
      FIGURE.lastIndex = 0;
      for (let m = FIGURE.exec(s); m; m = FIGURE.exec(s)) {
        if ((m[4] !== undefined) !== bare) continue;
        // A bare unit letter counts only as an upper-case M ("5M"); "4G", "5m" do not.
        if (m[4] !== undefined && (m[4] !== 'M' || MEMORY_BEFORE.test(s.slice(0, m.index)))) continue;
        // a capital B is a byte (MB/s, MBps; all capitals, MBPS, is the bits of Mbps written loud)
        if (m[3] !== undefined && /^B(?:\/|ps)/.test(m[3])) continue;
        // a leading zero before another digit is a thousands group written with a space ('1 000 Mbps'),
        // never a figure of its own: not 0
        if (/^0\d/.test(m[1] ?? '')) continue;
        // … and a figure of three digits right after one of up to three and a space may be such a group as well: '1 200 Mbps'
        // (a no-break space, normalised) is 1200, or 1 and 200 — which is not said, so none (session 48: 200 was read, invented)
        // (not after a digit ending a Latin word — 'IPv4 100 Mbps', 'g7 100 Mbps' lost their 100 — and after an apostrophe as well,
        // a Swiss toLocaleString's group mark — '1'200 Mbps' gave 200: review of a2c0645, session 49)
        if (/^\d{3}$/.test(m[1] ?? '') && /(?:^|[^\d.,A-Za-z])\d{1,3}(?:\s|['’])$/.test(s.slice(0, m.index))) return undefined;
        // a point then groups of exactly three digits after a figure not 0 is a thousands point ('1.024 Mbps', a de-DE
        // browser's toLocaleString of 1024) as much as a decimal one (no console writes a bandwidth to thousandths
        // above 1): which figure is meant is not said, so none
        if (THOUSANDS_POINT.test(m[1] ?? '')) return undefined;
        const before = s.slice(0, m.index);
        const after = s.slice(m.index + m[0].length);
        if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return undefined;
        const paired = pairedDirection(before, after, m[4] !== undefined);
        if (paired === 'in') continue;
        if (paired === 'ambiguous') return undefined;
        const unit = (m[2] ?? 'm').toLowerCase();
        const n = Number((m[1] ?? '').replace(/,/g, ''));
        if (!Number.isFinite(n) || n < 0) continue;
        const mbps = unit === 'g' ? n * 1000 : unit === 'k' ? n / 1000 : n;
        return Math.round(mbps * 1000) / 1000;
      }
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * A figure's place in a slash pair: 'none' when it is in none; 'out' / 'in' when it and the other are
 * labelled outbound and inbound (either order); else 'ambiguous'.
 */
function pairedDirection(before: string, after: string, ownBare: boolean): 'none' | 'out' | 'in' | 'ambiguous' {
  const [prev, prevSpaced] = firstMatch(PAIR_BEFORE, before);
  const [next, nextSpaced] = prev ? [null, false] : firstMatch(PAIR_AFTER, after);
  const partner = prev ?? next;
  if (!partner) return 'none';
  // the other figure's words before it and its note
  const partnerBefore = prev ? before.slice(0, prev.index) : (partner.groups?.label ?? '');
  // a bare "M" partner after a CPU figure or a memory word (a slash, 、 or comma between too) is a memory size, no
  // bandwidth: "1核/512M/1Mbps", "1核、512M、1M"
  const partnerUnit = partner.groups?.unit ?? '';
  const bareM = /^\s*m$/i.test(partnerUnit);
  if (bareM && MEMORY_BEFORE.test(partnerBefore)) return 'none';
  const own = direction(before, (prev ? OWN_NOTE.exec(after) : next)?.groups?.own);
  const other = direction(partnerBefore, partner.groups?.note);
  if (own === 'out' && other === 'in') return 'out';
  if (own === 'in' && other === 'out') return 'in';
  // nor is a bare "M" one with a memory size's figure (a multiple of 128 MB: 256M, 512M, 1024M) only set side by side
  // with a figure written with a bandwidth unit, neither labelled: "512M 1Mbps" (a spec's memory and bandwidth, the
  // cores in a column of their own) is 1; "5M<br>10Mbps" (5 is no memory size) and two bare ones on a cell's lines
  // ("5M<br>10M") are still a pair
  const labelled = own !== undefined || other !== undefined || (next ? KIND_LABEL.test(partnerBefore) : KIND_BEFORE.test(before));
  if (bareM && !ownBare && (prev ? prevSpaced : nextSpaced) && !labelled && isMemorySize(partner.groups?.num)) return 'none';
  return 'ambiguous';
}

const KIND_BEFORE = new RegExp(KIND + '$', 'i');
const KIND_LABEL = new RegExp('^\\s*' + KIND + '$', 'i');

/** A figure in MB a memory size has: a multiple of 128 (256, 512, 768, 1024 …); a bandwidth in M seldom is. */
function isMemorySize(num: string | undefined): boolean {
  const n = Number(num);
  return Number.isInteger(n) && n >= 128 && n % 128 === 0;
}

/** The first of `patterns` (a pair's joined one, then its spaced one) that matches, and whether it is a later one (spaced). */
function firstMatch(patterns: readonly RegExp[], text: string): [RegExpExecArray | null, boolean] {
  for (let i = 0; i < patterns.length; i++) {
    const m = patterns[i]!.exec(text);
    if (m) return [m, i > 0];
  }
  return [null, false];
}

/** The direction a figure is labelled with: by the words right before it, else by its note in brackets. */
function direction(before: string, note: string | undefined): 'out' | 'in' | undefined {
  if (OUTBOUND_BEFORE.test(before)) return 'out';
  if (INBOUND_BEFORE.test(before)) return 'in';
  if (note !== undefined && OUTBOUND_NOTE.test(note)) return 'out';
  if (note !== undefined && INBOUND_NOTE.test(note)) return 'in';
  return undefined;
}

/**
 * A field's value whose words before its first figure say what the bandwidth may be raised to — "带宽：最高可升级至 100Mbps",
 * 可升级到, 可调整至, upgradable to, can be upgraded to — shows a ceiling, no bandwidth the server has (it gave the ECS / CVM
 * detail 100: invented; left open by session 45's review). Asked by the detail readers of a bandwidth field's value only
 * (aliyun/server-detail, tencent/cvm-instance-detail), not by parseBandwidth: there it made round thirty-nine's SWAS list,
 * with a 新功能 box saying "可将峰值带宽临时升级至 100 Mbps", read null. A figure first keeps its value: "5Mbps（可升级至
 * 100Mbps）" is 5.
 */
export function opensWithUpgradeCeiling(text: string | null | undefined): boolean {
  const s = normalizeText(text);
  const at = s.search(/\d/);
  return at > 0 && UPGRADE_BEFORE.test(s.slice(0, at));
}
const UPGRADE_BEFORE = /(?:可?升级(?:至|到)|可调(?:整)?(?:至|到)|upgrad(?:e|ed|able)\s+to|can\s+be\s+(?:raised|increased|upgraded)\s+to)\s*[:：]?\s*$/i;

/** Internal-network figures ("内网带宽 1.5 Gbps", "Internal bandwidth 10 Gbps" in an instance's specification): never public bandwidth. */
const INTERNAL_FIGURE = /(?:内网|私网|网络基础|基础网络|intranet|internal|private|baseline)[^\d]{0,16}\d+(?:\.\d+)?\s*[gmk](?:bps|bit\/s|b\/s)?/gi;

/** The text without its internal-network figures. */
export function withoutInternal(text: string | null | undefined): string | undefined {
  if (text === undefined || text === null) return undefined;
  return normalizeText(text).replace(INTERNAL_FIGURE, ' ');
}

/**
 * A shared bandwidth package named (共享带宽, 带宽包, shared bandwidth, bandwidth package, its id cbwp- / bwp-):
 * a figure beside it may be the package's peak, shared by many addresses, not the instance's own; and an own
 * 0 Mbps beside it does not say the instance has no public bandwidth (it has the package's).
 */
const SHARED_PACKAGE = /共享带宽|共享帶寬|共享頻寬|带宽包|帶寬包|頻寬包|shared[\s-]*bandwidth|bandwidth[\s-]*package|(?<![a-z0-9-])c?bwp-[a-z0-9]/gi;
/**
 * A mention that says the address is in no package: one only offered (an action, 加入共享带宽 / Add to Shared
 * Bandwidth; not 已加入, joined), said absent (未加入共享带宽), or a package field shown empty (共享带宽：- / 无).
 */
const OFFERED_BEFORE = /(?:^|[^已])加入\s*$|未(?:使用|绑定|关联|开通)?\s*$|(?:^|[^a-z])(?:add\s+to|join)\s+(?:a\s+)?$/i;
const EMPTY_AFTER = /^\s*包?\s*[:：]\s*(?:(?:-+|—+|–+|无|none|n\/a)\s*(?:$|[\s,，;；)）/|])|$)/i;

/** `s` names a shared bandwidth package the address is in (or may be in): a mention that is none of OFFERED_BEFORE / EMPTY_AFTER. */
function namesSharedPackage(s: string): boolean {
  for (const m of s.matchAll(SHARED_PACKAGE)) {
    if (OFFERED_BEFORE.test(s.slice(0, m.index)) || EMPTY_AFTER.test(s.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * parseBandwidth of a cell or field that may also show an internal-network figure (a configuration: "2核 4GB
 * 内网带宽 1.5Gbps"); none when it names a shared bandwidth package ("共享带宽 200Mbps"; not one only offered or
 * said absent: "5Mbps 加入共享带宽", "5Mbps（未加入共享带宽）", "共享带宽：-").
 */
export function parsePublicBandwidth(text: string | null | undefined): number | undefined {
  const s = withoutInternal(text);
  if (s === undefined || namesSharedPackage(s)) return undefined;
  return parseBandwidth(s);
}
