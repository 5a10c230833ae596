import { describe, expect, it } from 'vitest';
import { createSentResults } from '../../src/messaging/sent-results';

/** src/messaging/sent-results: the lists a frame's reads were answered with, for the next answer's changes. */
describe('createSentResults', () => {
  it('a frame’s lists by id, the last `perFrame` of them; another frame’s or an unknown id: none', () => {
    const sent = createSentResults(2);
    const a = sent.keep('7:0', []);
    const b = sent.keep('7:0', []);
    expect(a).not.toBe(b);
    expect(sent.base('7:0', a)?.id).toBe(a);
    expect(sent.base('7:1', a)).toBeUndefined();
    expect(sent.base('7:0', undefined)).toBeUndefined();
    const c = sent.keep('7:0', []);
    expect(sent.base('7:0', a)).toBeUndefined();
    expect(sent.base('7:0', c)?.id).toBe(c);
  });

  it('a tab’s frames forgotten together, another tab’s kept (tab 7, not 70)', () => {
    const sent = createSentResults();
    const a = sent.keep('7:0', []);
    const b = sent.keep('7:3', []);
    const c = sent.keep('70:0', []);
    sent.forgetTab(7);
    expect(sent.base('7:0', a)).toBeUndefined();
    expect(sent.base('7:3', b)).toBeUndefined();
    expect(sent.base('70:0', c)?.id).toBe(c);
  });

  it('ids of two workers’ lives differ (a restarted worker cannot name an earlier one’s list)', async () => {
    const one = createSentResults().keep('1:0', []);
    await new Promise((r) => setTimeout(r, 5));
    expect(createSentResults().keep('1:0', [])).not.toBe(one);
  });
});
