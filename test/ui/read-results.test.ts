import { describe, expect, it, vi } from 'vitest';
import { withTabResults, type ReadFactsMessage } from '../../src/messaging/read-results';
import { unpackResults } from '../../src/messaging/results-wire';
import type { TabResultsMessage } from '../../src/messaging/tab-results';

/** src/messaging/read-results: the background stores and lints a read's facts itself and answers with the tab's results. */
const facts = { version: 1, servers: [{ id: 'i-bp1aaa', product: 'ecs', billing: 'payg' }] };
const read = { kind: 'read', result: { reader: 'ecs-list', facts }, rows: { 'i-bp1aaa': [1, 0, 2] }, copy: 'c1' };
const results: TabResultsMessage = {
  type: 'results',
  lang: 'zh',
  results: [{ rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject: 'i-bp1aaa', subjectKind: 'server', message: 'm', title: 't', sources: [] }],
};

describe('withTabResults', () => {
  it('the facts go to the service as the content script’s page-facts message; its results join the answer, packed', async () => {
    const handle = vi.fn(async (_m: ReadFactsMessage) => results as unknown);
    const out = (await withTabResults(read, 'https://ecs.console.aliyun.com/x', handle, () => true)) as Record<string, unknown>;
    expect(handle).toHaveBeenCalledWith({ type: 'page-facts', url: 'https://ecs.console.aliyun.com/x', reader: 'ecs-list', facts });
    // of the facts only whether they are partial: the background keeps them
    expect(out).toEqual({ kind: 'read', result: { reader: 'ecs-list', facts: { version: 1 } }, rows: read.rows, copy: 'c1', results: out.results });
    expect(unpackResults(out.results)).toEqual(results);
  });

  it('as it came, the service not asked: nothing read, not read, no answer, or a read no longer the frame’s newest', async () => {
    const handle = vi.fn(async () => results as unknown);
    for (const answer of [{ kind: 'read', result: null }, { kind: 'unreadable', why: 'x' }, { kind: 'stale' }, undefined, { kind: 'read', result: { reader: 3, facts } }]) {
      expect(await withTabResults(answer, 'u', handle, () => true)).toBe(answer);
    }
    expect(await withTabResults(read, 'u', handle, () => false)).toBe(read);
    expect(handle).not.toHaveBeenCalled();
  });

  it('as it came when the service refuses the facts or answers anything but results (the content script then sends them itself)', async () => {
    expect(await withTabResults(read, 'u', async () => Promise.reject(new Error('bad facts')), () => true)).toBe(read);
    expect(await withTabResults(read, 'u', async () => ({ type: 'resend' }), () => true)).toBe(read);
  });

  it('a read in part says so in the answer (the pill tells the user)', async () => {
    const partial = { shown: 2000, total: 20000 };
    const out = (await withTabResults({ ...read, result: { reader: 'ecs-list', facts: { ...facts, partial } } }, 'u', async () => results, () => true)) as { result: unknown };
    expect(out.result).toEqual({ reader: 'ecs-list', facts: { version: 1, partial } });
  });

  it('a long address is cut to the contract’s 4,000 characters', async () => {
    const handle = vi.fn(async (_m: ReadFactsMessage) => results as unknown);
    await withTabResults(read, `https://ecs.console.aliyun.com/${'a'.repeat(5000)}`, handle, () => true);
    expect(handle.mock.calls[0]![0].url).toHaveLength(4000);
  });
});
