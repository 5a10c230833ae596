/** Resident ID numbers (居民身份证, 18 characters) and masked forms such as 4101**********1234. */

const MASK = /[*＊xX•●·]/;

function compact(id: string): string {
  return id.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

function isMaskChar(ch: string, i: number, length: number): boolean {
  // The 18th character of a resident ID may be the check digit X: only a mask there if it is '*'.
  if (ch === 'X' && i === length - 1) return false;
  return MASK.test(ch);
}

/**
 * Compares two ID numbers on the characters both show. Same length: position by position.
 * Different lengths (different masks): the visible leading and trailing runs.
 */
export function compareIdNumbers(a: string, b: string): 'match' | 'mismatch' | 'incomparable' {
  const x = compact(a);
  const y = compact(b);
  if (!x || !y) return 'incomparable';
  let compared = 0;
  if (x.length === y.length) {
    for (let i = 0; i < x.length; i++) {
      if (isMaskChar(x[i]!, i, x.length) || isMaskChar(y[i]!, i, y.length)) continue;
      if (x[i] !== y[i]) return 'mismatch';
      compared++;
    }
    return compared ? 'match' : 'incomparable';
  }
  const visibleHead = (s: string) => {
    const i = [...s].findIndex((ch, j) => isMaskChar(ch, j, s.length));
    return i < 0 ? s : s.slice(0, i);
  };
  const visibleTail = (s: string) => {
    let i = s.length;
    while (i > 0 && !isMaskChar(s[i - 1]!, i - 1, s.length)) i--;
    return s.slice(i);
  };
  const hx = visibleHead(x), hy = visibleHead(y);
  const n = Math.min(hx.length, hy.length);
  if (hx.slice(0, n) !== hy.slice(0, n)) return 'mismatch';
  const tx = visibleTail(x), ty = visibleTail(y);
  const m = Math.min(tx.length, ty.length);
  if (tx.slice(tx.length - m) !== ty.slice(ty.length - m)) return 'mismatch';
  return n + m > 0 ? 'match' : 'incomparable';
}

/** A full 18-character resident ID number (no mask). */
export function isFullResidentId(id: string): boolean {
  return /^\d{17}[\dX]$/.test(compact(id));
}

/** ISO 7064 MOD 11-2 check digit of an 18-character resident ID. */
export function residentIdCheckDigitValid(id: string): boolean {
  const c = compact(id);
  if (!/^\d{17}[\dX]$/.test(c)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(c[i]), 0);
  return '10X98765432'[sum % 11] === c[17];
}

/** The visible two-digit province prefix of a resident ID number, if shown. */
export function idProvincePrefix(id: string): string | undefined {
  const c = compact(id);
  return /^\d{2}/.test(c) && c.length >= 15 ? c.slice(0, 2) : undefined;
}
