/**
 * ID numbers are personal data (DESIGN.md "Privacy and trust"): they are masked before storing, keeping
 * enough digits to compare with a console's own masked display.
 *
 *   maskIdNumber('410105199001011234') === '4101**********1234'   (first 4 + last 4 visible)
 *   maskIdNumber('E1234567')           === 'E1****67'             (8 or fewer: first 2 + last 2)
 *
 * A value that already contains a mask character keeps its visible digits and is not unmasked further.
 */
const MASK = /[*＊•●xX]{2,}|\*/;

export function maskIdNumber(raw: string): string {
  const s = raw.trim();
  if (s === '') return s;
  if (MASK.test(s)) return s.replace(/[＊•●]/g, '*');
  const chars = [...s];
  const n = chars.length;
  const keep = n > 8 ? 4 : n > 4 ? 2 : n > 2 ? 1 : 0;
  if (keep === 0) return '*'.repeat(n);
  return chars.slice(0, keep).join('') + '*'.repeat(n - 2 * keep) + chars.slice(n - keep).join('');
}
