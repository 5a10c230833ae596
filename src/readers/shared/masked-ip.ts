/**
 * IPv4 addresses shown with some of their last three parts masked — 43.139.***.17, 47.98.*.21, 120.55.**.** — as a
 * user writes them in a page saved to report a misread (round forty-seven: a CVM list whose public addresses read
 * "43.139.***.17 (公)" beside "10.0.0.17 (内)" gave every instance a public bandwidth of 0, the private address being
 * the only one the readers saw; invented. An ECS list so masked lost its bandwidths, missing).
 *
 * The first part is always shown; whether the address is a private one is told from the parts shown, or not at all
 * (172.**.3.21 may be 172.16–31, private, or not): `range` is then undefined and the address says nothing about the
 * instance's public access.
 */

export interface MaskedIpv4 {
  start: number;
  end: number;
  range: 'public' | 'private' | undefined;
}

/** Four dot-separated parts, the first a number, at least one of the others a run of one to three `*`. */
const MASKED_IPV4 = /(?<![\d.*])(\d{1,3})\.(\d{1,3}|\*{1,3})\.(\d{1,3}|\*{1,3})\.(\d{1,3}|\*{1,3})(?![\d.*])/g;

function rangeOf(a: number, b: number | undefined): MaskedIpv4['range'] {
  if (a === 10 || a === 127 || a === 0 || a >= 224) return 'private';
  if (a === 172 || a === 192 || a === 100) {
    if (b === undefined) return undefined;
    const priv = (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
    return priv ? 'private' : 'public';
  }
  return 'public';
}

/** The masked IPv4 addresses in `text` (already normalised), in order; an address without a mask is not one. */
export function maskedIpv4s(text: string): MaskedIpv4[] {
  const out: MaskedIpv4[] = [];
  MASKED_IPV4.lastIndex = 0;
  for (let m = MASKED_IPV4.exec(text); m; m = MASKED_IPV4.exec(text)) {
    const parts = [m[1], m[2], m[3], m[4]];
    if (!parts.some((p) => p?.startsWith('*'))) continue;
    const nums = parts.map((p) => (p && !p.startsWith('*') ? Number(p) : undefined));
    if (nums.some((n) => n !== undefined && n > 255)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, range: rangeOf(nums[0]!, nums[1]) });
  }
  return out;
}
