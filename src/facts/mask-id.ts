/**
 * ID numbers are personal data (DESIGN.md "Privacy and trust"): they are masked before storing, keeping
 * enough characters to compare with a console's own masked display.
 *
 *   maskIdNumber('410105199001011234') === '4101**********1234'   (first 4 + last 4 visible)
 *   maskIdNumber('E1234567')           === 'E1****67'             (8 or fewer: first 2 + last 2)
 *
 * A value counts as masked only when it shows mask stars, at most 8 ID characters (digits and Latin
 * letters, after NFKC) and no more visible characters than twice the stars (a real display hides at
 * least a third). Anything else — `410105199003071234*`, `…1234 XX`, `…1234（已核验）` — is masked
 * again from its ID characters alone, so no path (reader, store, import, export, CLI) keeps more.
 */
const MASK_CHAR = /[*＊•●·]/gu;
const ID_CHAR = /[0-9A-Za-z]/g;
export const MAX_VISIBLE_ID_CHARS = 8;

function maskCompact(chars: string[]): string {
  const n = chars.length;
  // at most 4 + 4, and never more visible than twice the stars (so the result counts as masked)
  const keep = Math.min(n > 8 ? 4 : n > 4 ? 2 : n > 2 ? 1 : 0, Math.floor(n / 3));
  if (keep === 0) return '*'.repeat(Math.max(n, 1));
  return chars.slice(0, keep).join('') + '*'.repeat(n - 2 * keep) + chars.slice(n - keep).join('');
}

export function maskIdNumber(raw: string): string {
  const s = raw.normalize('NFKC').trim().replace(MASK_CHAR, '*');
  if (s === '') return s;
  const visible = s.match(ID_CHAR) ?? [];
  const stars = (s.match(/\*/g) ?? []).length;
  if (stars > 0 && visible.length <= MAX_VISIBLE_ID_CHARS && visible.length <= 2 * stars) return s;
  return maskInPlace(s) ?? maskCompact(visible);
}

/**
 * A display mask that shows too much (41010219********34, 410102********1234: the first 6 or 8 and the
 * last 2 or 4): masked further where it stands — the first 4 of the leading run and the last 4 of the
 * trailing run stay, every other ID character becomes a star — so each character keeps its position
 * and the value still compares with other masks of the same number (4101************34). Only for a
 * plain mask (ID characters, stars, spaces, hyphens) with characters on both sides of its stars.
 */
function maskInPlace(s: string): string | undefined {
  if (!/^[0-9A-Za-z*\s-]+$/.test(s)) return undefined;
  const chars = [...s];
  const first = chars.indexOf('*');
  const last = chars.lastIndexOf('*');
  const ids: number[] = [];
  for (let i = 0; i < chars.length; i++) if (/[0-9A-Za-z]/.test(chars[i] as string)) ids.push(i);
  const head = ids.filter((i) => i < first);
  const tail = ids.filter((i) => i > last);
  if (first < 0 || head.length === 0 || tail.length === 0 || head.length + tail.length !== ids.length) return undefined;
  const keep = new Set([...head.slice(0, 4), ...tail.slice(-4)]);
  const starsAfter = chars.length - chars.filter((c) => c === ' ' || c === '-').length - keep.size;
  if (keep.size > 2 * starsAfter) return undefined;
  for (const i of ids) if (!keep.has(i)) chars[i] = '*';
  return chars.join('');
}
