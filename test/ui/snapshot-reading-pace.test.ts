// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PageSnapshot } from '../../src/snapshot/snapshot-schema';
import { createSnapshotReading } from '../../src/ui/page/snapshot-reading';

/**
 * The content script's reads go one at a time (src/ui/page/snapshot-reading.ts): a page that changes while a read
 * is in the extension's reader does not queue a read per change — only the newest waiting read is asked for,
 * after the one in flight (and a pause as long as it took). A ticking countdown would otherwise keep the reader
 * (a whole copy of the page each time) busy without end.
 */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('snapshot reads are paced', () => {
  it('reads started while one is in flight: only the newest is asked for, after it', async () => {
    document.body.innerHTML = '<table><tr><td>i-bp1aaa</td><td>按量付费</td></tr></table>';
    const asked: PageSnapshot[] = [];
    const answers: Array<ReturnType<typeof deferred<unknown>>> = [];
    const reading = createSnapshotReading((snap) => {
      asked.push(snap);
      const d = deferred<unknown>();
      answers.push(d);
      return d.promise;
    }, () => []);
    const url = new URL('https://ecs.console.aliyun.com/server/region/cn-hangzhou');
    const first = reading.read(document, url);
    // (asked within a few microtasks: the read looks for a kept copy to patch first)
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    // three changes while the first read is in the extension
    const later: Array<ReturnType<typeof reading.read>> = [];
    for (const text of ['包年包月', '按量付费 ', '包年包月 ']) {
      document.querySelectorAll('td')[1]!.textContent = text;
      later.push(reading.read(document, url));
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toHaveLength(1);
    answers[0]!.resolve({ kind: 'read', result: { reader: 'ecs-instance-list', facts: { version: 1 } } });
    expect((await first)?.superseded).toBe(true);
    // the two older waiting reads give way; the newest asks, with the page as it is now
    expect((await later[0])?.superseded).toBe(true);
    expect((await later[1])?.superseded).toBe(true);
    // (after a pause as long as the first read took)
    await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2000 });
    expect(asked[1]!.html).toContain('包年包月 ');
    answers[1]!.resolve({ kind: 'read', result: { reader: 'ecs-instance-list', facts: { version: 1, servers: [] } } });
    expect(await later[2]).toEqual({ reader: 'ecs-instance-list', facts: { version: 1, servers: [] } });
  });
});

describe('a read whose message failed', () => {
  it('is asked again once', async () => {
    document.body.innerHTML = '<table><tr><td>i-bp1bbb</td><td>按量付费</td></tr></table>';
    let calls = 0;
    const reading = createSnapshotReading(async () => {
      if (++calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { kind: 'read', result: { reader: 'ecs-instance-list', facts: { version: 1 } } };
    }, () => []);
    const got = await reading.read(document, new URL('https://ecs.console.aliyun.com/'));
    expect(calls).toBe(2);
    expect(got).toEqual({ reader: 'ecs-instance-list', facts: { version: 1 } });
  });
});
