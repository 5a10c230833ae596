// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFacts } from '../../src/facts/schema';
import type { PatchOp } from '../../src/snapshot/page-patch';
import { createSnapshotReading, type AskPatch, type AskRead } from '../../src/ui/page/snapshot-reading';

/**
 * src/ui/page/snapshot-reading with a copy kept in the reader document (src/snapshot/live-copies): after a read whose
 * answer names its copy, the next reads send what changed (`askPatch`), not the page — unless something a patch does
 * not carry changed, or the copy did not take it (`stale`: the page is sent whole, in the same read).
 */
const url = () => new URL(location.href);
const facts = (n: number): PageFacts => ({ version: 1, servers: [{ id: `i-${n}` }] }) as unknown as PageFacts;
const answer = (n: number, copy?: string) => ({ kind: 'read', result: { reader: 'ecs-list', facts: facts(n) }, copy });

beforeEach(() => {
  document.documentElement.innerHTML = `<head><title>ECS</title></head><body><input id="q" value="filter"><table><tbody>${[0, 1, 2]
    .map((i) => `<tr id="r${i}"><td>i-${i}</td><td>running</td></tr>`)
    .join('')}</tbody></table></body>`;
});

function setup(patchReply: (n: number) => unknown = (n) => answer(100 + n, 'c1')) {
  let asked = 0;
  let patched = 0;
  const ask = vi.fn<AskRead>(async () => answer(++asked, 'c1'));
  const askPatch = vi.fn<AskPatch>(async () => patchReply(++patched));
  const reading = createSnapshotReading(ask, () => [], askPatch);
  return { ask, askPatch, reading };
}

describe('snapshot reading with a kept copy: patches', () => {
  it('a changed cell after a read that kept its copy: a patch of that cell, its answer the result', async () => {
    const { ask, askPatch, reading } = setup();
    await reading.read(document, url());
    document.querySelector('#r1 td')!.textContent = 'i-99';
    const out = await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(1);
    expect(askPatch).toHaveBeenCalledTimes(1);
    const { copy, url: at, ops } = askPatch.mock.calls[0]![0];
    expect(copy).toBe('c1');
    expect(at).toBe(location.href);
    expect(ops).toEqual([expect.objectContaining({ html: 'i-99' }) satisfies Partial<PatchOp>]);
    expect(out).toEqual({ reader: 'ecs-list', facts: facts(101) });
    // nothing changed since: the patch's result again, nothing asked
    expect(await reading.read(document, url())).toEqual({ ...out, unchanged: true });
    expect(askPatch).toHaveBeenCalledTimes(1);
  });

  it('the copy did not take the patch (stale): the page is sent whole in the same read', async () => {
    const { ask, askPatch, reading } = setup(() => ({ kind: 'stale' }));
    await reading.read(document, url());
    document.querySelector('#r1 td')!.textContent = 'i-99';
    const out = await reading.read(document, url());
    expect(askPatch).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(out).toEqual({ reader: 'ecs-list', facts: facts(2) });
  });

  it('a patch message that failed: the page is sent whole', async () => {
    const { ask, reading } = setup(() => {
      throw new Error('no reader');
    });
    await reading.read(document, url());
    document.querySelector('#r0 td')!.textContent = 'x';
    await reading.read(document, url());
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('a typed value (not in any patch): the page is sent whole, with the value', async () => {
    const { ask, askPatch, reading } = setup();
    await reading.read(document, url());
    (document.getElementById('q') as HTMLInputElement).value = 'typed';
    document.querySelector('#r0 td')!.textContent = 'x';
    await reading.read(document, url());
    expect(askPatch).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask.mock.calls[1]![0].controls).toMatchObject([{ value: 'typed' }]);
  });

  it('an answer that kept no copy: no patches after it', async () => {
    const ask = vi.fn<AskRead>(async () => answer(1));
    const askPatch = vi.fn<AskPatch>(async () => answer(2, 'c1'));
    const reading = createSnapshotReading(ask, () => [], askPatch);
    await reading.read(document, url());
    document.querySelector('#r0 td')!.textContent = 'x';
    await reading.read(document, url());
    expect(askPatch).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('another URL, or a reset (a location change): the page is sent whole', async () => {
    const { ask, askPatch, reading } = setup();
    await reading.read(document, url());
    document.querySelector('#r0 td')!.textContent = 'x';
    await reading.read(document, new URL('https://ecs.console.aliyun.com/server/region/cn-beijing'));
    expect(ask).toHaveBeenCalledTimes(2);
    reading.reset();
    document.querySelector('#r0 td')!.textContent = 'y';
    await reading.read(document, new URL('https://ecs.console.aliyun.com/server/region/cn-beijing'));
    expect(ask).toHaveBeenCalledTimes(3);
    expect(askPatch).not.toHaveBeenCalled();
  });

  it('a change in <head> (a style sheet): the page is sent whole', async () => {
    const { ask, askPatch, reading } = setup();
    await reading.read(document, url());
    const style = document.createElement('style');
    style.textContent = 'td { color: red }';
    document.head.append(style);
    await reading.read(document, url());
    expect(askPatch).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('a read that sends the page whole (a change in <head>) and a read started before its answer: the later read is not a patch of the copy before, nor the result before', async () => {
    const { ask, askPatch, reading } = setup();
    await reading.read(document, url());
    const style = document.createElement('style');
    style.textContent = 'td { color: red }';
    document.head.append(style);
    document.querySelector('#r1 td')!.textContent = 'i-99';
    const first = reading.read(document, url());
    const second = reading.read(document, url());
    expect(await first).toMatchObject({ superseded: true });
    expect(await second).toEqual({ reader: 'ecs-list', facts: facts(2) });
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask.mock.calls[1]![0].html).toContain('i-99');
    // the next change: a patch of the copy that page made
    document.querySelector('#r2 td')!.textContent = 'b';
    await reading.read(document, url());
    expect(askPatch).toHaveBeenCalledTimes(1);
    expect(askPatch.mock.calls[0]![0].ops).toEqual([expect.objectContaining({ html: 'b' })]);
  });

  it('a patch answered without a copy (the reader document kept it no more: grown too big): the next read sends the page whole', async () => {
    const { ask, askPatch, reading } = setup((n) => answer(100 + n));
    await reading.read(document, url());
    document.querySelector('#r0 td')!.textContent = 'a';
    expect(await reading.read(document, url())).toEqual({ reader: 'ecs-list', facts: facts(101) });
    document.querySelector('#r2 td')!.textContent = 'b';
    await reading.read(document, url());
    expect(askPatch).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask.mock.calls[1]![0].html).toContain('>b<');
  });

  it('a change while a patch is in flight: in the next patch, none lost', async () => {
    let release: () => void = () => undefined;
    let patched = 0;
    const ask = vi.fn<AskRead>(async () => answer(1, 'c1'));
    const askPatch = vi.fn<AskPatch>(() => new Promise((resolve) => (release = () => resolve(answer(100 + ++patched, 'c1')))));
    const reading = createSnapshotReading(ask, () => [], askPatch);
    await reading.read(document, url());
    document.querySelector('#r0 td')!.textContent = 'a';
    const first = reading.read(document, url());
    await vi.waitFor(() => expect(askPatch).toHaveBeenCalledTimes(1));
    document.querySelector('#r2 td')!.textContent = 'b';
    release();
    await first;
    const second = reading.read(document, url());
    await vi.waitFor(() => expect(askPatch).toHaveBeenCalledTimes(2));
    release();
    expect(await second).toEqual({ reader: 'ecs-list', facts: facts(102) });
    expect(askPatch.mock.calls[1]![0].ops).toEqual([expect.objectContaining({ html: 'b' })]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('the patches follow each other: each carries the changes since the one before', async () => {
    const { askPatch, reading } = setup();
    await reading.read(document, url());
    document.querySelector('#r0 td')!.textContent = 'a';
    await reading.read(document, url());
    document.querySelector('#r2 td')!.textContent = 'b';
    await reading.read(document, url());
    expect(askPatch).toHaveBeenCalledTimes(2);
    expect(askPatch.mock.calls[1]![0].ops).toEqual([expect.objectContaining({ html: 'b' })]);
  });
});
