import { normalizeText } from '../dom/normalize-label';

/**
 * The IPv6 addresses shown in a text, each as 'public' (a global unicast address, 2000::/3: 2408:4005:3ab::1)
 * or 'private' (link-local fe80::, unique-local fc00::/7, loopback, unspecified). A text of colons that is no
 * address (a time 10:00:00, a MAC 52:54:00:12:34:56) gives none. Pure; never throws.
 */

const CANDIDATE = /(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:.])/g;

function isAddress(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

export function ipv6Kinds(text: string | null | undefined): Array<'public' | 'private'> {
  try {
    const out: Array<'public' | 'private'> = [];
    for (const m of normalizeText(text).matchAll(CANDIDATE)) {
      if (!isAddress(m[0])) continue;
      const first = m[0].startsWith('::') ? 0 : parseInt(m[0].split(':')[0] ?? '0', 16);
      out.push((first & 0xe000) === 0x2000 ? 'public' : 'private');
    }
    return out;
  } catch {
    return [];
  }
}
