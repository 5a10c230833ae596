import { describe, expect, it } from 'vitest';
import { creationInText, expiryInText } from '../../src/readers/tencent/values';

/**
 * Second review of session 50's fixes (session 51): each fix's situation written a little differently — too narrow (still
 * invents or misses) or too broad (an ordinary page loses a fact). Each test here failed before its fix; guards pass both
 * ways. test/fixtures-unseen/README.md "Second review of session 50's fixes, session 51".
 */

// ——— d96a2f7 / 6947a88 / 96630db / eef8b3a Tencent's date words (tencent/values dateNextTo, wordLabelsNextDate) ———
describe('d96a2f7 a word after a date that labels the next date, written a little differently (tencent/values wordLabelsNextDate)', () => {
  it('"Creation time: … Expiry time: …" and "创建时间：… 到期时间：…": the longest date word after the date (invented before: the creation as the expiry)', () => {
    expect(expiryInText('Creation time: 2026-02-14 10:31:52 Expiry time: 2027-02-14 10:31:52')).toBe('2027-02-14');
    expect(expiryInText('创建时间：2026-02-14 10:31:52 到期时间：2027-02-14 10:31:52')).toBe('2027-02-14');
    expect(creationInText('创建时间：2026-02-14 10:31:52 到期时间：2027-02-14 10:31:52')).toBe('2026-02-14');
  });

  it('"Previous expiry date … Expiry date …": the former date stays the former one (invented before: 2026-01-05)', () => {
    expect(expiryInText('Previous expiry date 2026-01-05 Expiry date 2027-01-05')).toBe('2027-01-05');
  });

  it('"创建于 … 到期于 …": 于 joins a CJK word to its date (invented before: the creation as the expiry; the creation missing)', () => {
    expect(expiryInText('创建于 2026-02-14 到期于 2027-02-14')).toBe('2027-02-14');
    expect(creationInText('创建于 2026-02-14 到期于 2027-02-14')).toBe('2026-02-14');
  });

  it('a date labelled by another event joined by at / on: "Purchased at …", "Renewed on …", "Will be released on …", "Updated at …" (invented before: that date as the expiry / creation)', () => {
    expect(expiryInText('Purchased at 2026-02-14 10:31:52 Expires at 2027-02-14 10:31:52')).toBe('2027-02-14');
    expect(expiryInText('Renewed on 2026-05-01 Expires on 2027-02-14')).toBe('2027-02-14');
    expect(expiryInText('Will be released on 2027-02-21 Expires on 2027-02-14')).toBe('2027-02-14');
    expect(creationInText('Updated at 2026-05-01 Created at 2026-02-14')).toBe('2026-02-14');
  });

  it('guards: date-then-word lines, one date, an event to come', () => {
    expect(expiryInText('2026-02-14 10:31:52 Created 2027-02-14 10:31:52 Expires')).toBe('2027-02-14');
    expect(creationInText('2026-02-14 10:31:52 Created 2027-02-14 10:31:52 Expires')).toBe('2026-02-14');
    expect(expiryInText('2026-02-14 创建：2027-02-14 到期')).toBe('2027-02-14');
    expect(expiryInText('2027-03-01 到期 2026-03-01 创建')).toBe('2027-03-01');
    expect(expiryInText('Created at Feb 14, 2026 Expires at Feb 14, 2027')).toBe('2027-02-14');
    expect(expiryInText('After payment, expires on 2027-12-05')).toBeUndefined();
    expect(expiryInText('支付后将于 2027-12-05 到期')).toBeUndefined();
    expect(expiryInText('Expires on 2027-02-14 Will be released on 2027-02-21')).toBe('2027-02-14');
  });
});
