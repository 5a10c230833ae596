import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/readers/dom/parse-date';

describe('parseDate', () => {
  it.each([
    ['2027-02-28 23:59:59', '2027-02-28'],
    ['2027-02-28', '2027-02-28'],
    ['2027/2/28', '2027-02-28'],
    ['2027.02.28', '2027-02-28'],
    ['2027年2月28日 23:59 到期', '2027-02-28'],
    ['2027 年 02 月 28 日', '2027-02-28'],
    ['Feb 28, 2027, 23:59:59', '2027-02-28'],
    ['February 28 2027', '2027-02-28'],
    ['Expires Feb 28, 2027, 23:59:59', '2027-02-28'],
    ['28 Feb 2027', '2027-02-28'],
    ['28-Feb-2027', '2027-02-28'],
    ['包年包月 2027-02-28 23:59:59 到期', '2027-02-28'],
    ['到期时间：２０２７－０２－２８', '2027-02-28'],
    ['2027-02-28T15:59:59Z', '2027-02-28'],
    ['28/02/2027', '2027-02-28'],
    ['02/28/2027', '2027-02-28'],
    ['2028-02-29', '2028-02-29'],
  ])('%s → %s', (text, want) => {
    expect(parseDate(text)).toBe(want);
  });

  it.each(['2027-02-30', '2027-13-01', '2100-02-29', '03/04/2027', '-', '', '到期', 'Feb 30, 2027', '12345678', '5 Mbps'])('%s → undefined', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('reads every month name and abbreviation (sept too), in either order with the day', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => {
      const want = `2027-${String(i + 1).padStart(2, '0')}-11`;
      for (const m of [name, name.slice(0, 3), `${name.slice(0, 3)}.`]) {
        expect(parseDate(`${m} 11, 2027`), m).toBe(want);
        expect(parseDate(`11 ${m.toLowerCase()} 2027`), m).toBe(want);
      }
    });
    expect(parseDate('Sept 11, 2027')).toBe('2027-09-11');
    expect(parseDate('11-Sept-2027')).toBe('2027-09-11');
    expect(parseDate('Mays 11, 2027')).toBeUndefined();
  });

  it('reads an ISO time with a zone as its date in China (UTC+8)', () => {
    expect(parseDate('2027-01-04T16:30:00Z')).toBe('2027-01-05');
    expect(parseDate('到期 2027-01-04T15:59:59Z')).toBe('2027-01-04');
    expect(parseDate('2027-12-31T16:00:00.000Z')).toBe('2028-01-01');
    expect(parseDate('2027-01-05T00:30:00+08:00')).toBe('2027-01-05');
    expect(parseDate('2027-01-04T20:00:00-05:00')).toBe('2027-01-05');
    expect(parseDate('2027-01-05T01:00:00+0900')).toBe('2027-01-05');
    // no zone: the date as written
    expect(parseDate('2027-01-04T16:30:00')).toBe('2027-01-04');
    // a date that does not exist stays no date
    expect(parseDate('2027-02-30T16:30:00Z')).toBeUndefined();
  });

  it('takes the first date in the text', () => {
    expect(parseDate('创建 2025-01-01 到期 2027-02-28')).toBe('2025-01-01');
  });
});
