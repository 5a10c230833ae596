/** Calendar dates as 'YYYY-MM-DD' strings: no time zones inside the engine. */

const DAY_MS = 86_400_000;

/** Digits at [from, to) of s as a number; -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function parts(date: string): [number, number, number] {
  // The common 'YYYY-MM-DD…' without splitting (dates are read for every subject of every rule).
  if (date.length >= 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
  }
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ZONED = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The calendar date in China of an ISO date or date-time: a bare date or a time without a zone is the
 * console's own (China) date as written; a time with a zone is converted, so 2027-04-29T16:00:00Z is
 * 2027-04-30.
 */
export function dateOf(iso: string): string {
  // Shorter than a date with a time and a zone: the date as written.
  if (iso.length < 16) return iso.trim().slice(0, 10);
  const text = iso.trim();
  const m = ZONED.exec(text);
  if (m) {
    const zone = m[3]!.toUpperCase() === 'Z' ? 'Z' : m[3]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const t = new Date(`${m[1]}T${m[2]}${zone}`);
    if (!Number.isNaN(t.getTime())) return chinaDate(t);
  }
  return text.slice(0, 10);
}

/** Today's date in China (UTC+8), where the consoles and the administrations keep their calendars. */
export function chinaDate(now: Date): string {
  const t = new Date(now.getTime() + 8 * 3_600_000);
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Calendar months, end of month clamped: 2026-11-30 + 3 months = 2027-02-28. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return fmt(ny, nm, Math.min(d, last));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / DAY_MS);
}

/**
 * Working days after a up to and including b (Monday to Friday; public holidays and the weekend days
 * China makes up for them are not known here). 0 when b is not after a.
 */
export function workingDaysBetween(a: string, b: string): number {
  const days = daysBetween(a, b);
  if (days <= 0) return 0;
  const [y, m, d] = parts(a);
  const startDay = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  let count = Math.floor(days / 7) * 5;
  for (let i = 1; i <= days % 7; i++) {
    const wd = (startDay + i) % 7;
    if (wd !== 0 && wd !== 6) count++;
  }
  return count;
}
