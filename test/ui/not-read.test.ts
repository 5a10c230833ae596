// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou"}
import { describe, expect, it, vi } from 'vitest';
import { MAX_URL_CHARS, notReadKey, notReadOfReply, snapshotOverLimit } from '../../src/messaging/not-read';
import { NotReadSchema } from '../../src/messaging/not-read-schema';
import { MAX_SNAPSHOT_CHARS, PageSnapshotSchema } from '../../src/snapshot/snapshot-schema';
import { readSnapshot } from '../../src/snapshot/read-snapshot';
import { PIECE_ELEMENTS } from '../../src/snapshot/take-snapshot';
import { createSnapshotReading, MAX_CHANGED_PIECES, type AskPatch, type AskRead } from '../../src/ui/page/snapshot-reading';

// the copy of a page whose linked sheet did not load there (src/snapshot/open-copy, faked: happy-dom has no srcdoc frames)
vi.mock('../../src/snapshot/open-copy', () => ({
  openCopy: async () => ({ doc: document, missingSheets: ['https://g.alicdn.com/console/app.css'], close: () => undefined }),
}));

/**
 * src/messaging/not-read: a read that reads nothing says why (session 54). Before, the content script's read resolved
 * null and nothing more: a page over the markup limit, a page address over the snapshot's, a copy missing a style
 * sheet, markup parts lost, the reader failing — each left the popup's checklist at "not seen yet".
 */
const url = () => new URL(location.href);
const answer = { kind: 'read', result: { reader: 'ecs-list', facts: { version: 1, servers: [{ id: 'i-1' }] } } };

describe('not read: what the content script knows before asking', () => {
  it('markup over MAX_SNAPSHOT_CHARS: too large, with its size and the limit', () => {
    const html = 'x'.repeat(MAX_SNAPSHOT_CHARS + 1);
    expect(snapshotOverLimit({ html, url: location.href, baseUrl: location.href })).toEqual({ code: 'too-large', chars: MAX_SNAPSHOT_CHARS + 1, max: MAX_SNAPSHOT_CHARS });
    expect(snapshotOverLimit({ html: 'x'.repeat(MAX_SNAPSHOT_CHARS), url: location.href, baseUrl: location.href })).toBeUndefined();
  });

  it('an address (or base address) over the schema’s: url-too-long — the limit is the schema’s own', () => {
    const long = `${location.href}?q=${'a'.repeat(MAX_URL_CHARS)}`;
    expect(snapshotOverLimit({ html: '<html></html>', url: long, baseUrl: location.href })).toEqual({ code: 'url-too-long', chars: long.length, max: MAX_URL_CHARS });
    expect(snapshotOverLimit({ html: '<html></html>', url: location.href, baseUrl: long })).toMatchObject({ code: 'url-too-long' });
    const snap = { url: 'https://a.example/', baseUrl: 'https://a.example/', doctype: true, html: '', width: 1, height: 1, sheets: [], adopted: '', loadedSheets: [], controls: [] };
    const at = (n: number) => `https://a.example/?${'a'.repeat(n - 'https://a.example/?'.length)}`;
    expect(PageSnapshotSchema.safeParse({ ...snap, url: at(MAX_URL_CHARS) }).success).toBe(true);
    expect(PageSnapshotSchema.safeParse({ ...snap, url: at(MAX_URL_CHARS + 1) }).success).toBe(false);
  });
});

describe('not read: an answer that is not a read', () => {
  it.each([
    ['the background refusing the snapshot', { kind: 'unreadable', code: 'refused', why: 'not a page snapshot of this console' }, 'refused'],
    ['parts missing', { kind: 'unreadable', code: 'parts-missing', why: 'parts of the page missing' }, 'parts-missing'],
    ['the reader document failing', { kind: 'unreadable', code: 'reader-failed', why: 'Error: x' }, 'reader-failed'],
    ['a style sheet missing (no code: src/snapshot/read-snapshot)', { kind: 'unreadable', why: 'style sheet not loaded: https://x/a.css' }, 'sheet-missing'],
    ['an unknown code', { kind: 'unreadable', code: 'too-large', why: 'x' }, 'reader-failed'],
    ['no answer', undefined, 'reader-failed'],
    ['garbage', 'garbage', 'reader-failed'],
  ])('%s', (_, reply, code) => {
    expect(notReadOfReply(reply)).toEqual({ code });
    expect(NotReadSchema.safeParse(notReadOfReply(reply)).success).toBe(true);
  });

  it('read-snapshot’s answer for a copy missing a sheet reads as sheet-missing (the two kept together)', async () => {
    const readPage = vi.fn(() => ({ reader: 'x', facts: { version: 1 as const } }));
    const snap = { url: location.href, baseUrl: location.href, doctype: true, html: '<html></html>', width: 800, height: 600, sheets: [], adopted: '', loadedSheets: [], controls: [] };
    const reply = await readSnapshot(document, snap, readPage);
    expect(reply.kind).toBe('unreadable');
    expect(readPage).not.toHaveBeenCalled();
    expect(notReadOfReply(reply)).toEqual({ code: 'sheet-missing' });
    // the page's sheet address is not part of what is told
    expect(JSON.stringify(notReadOfReply(reply))).not.toContain('alicdn');
  });

  it('the same reason shown is one key (a page over the limit changing by a few characters is not told again)', () => {
    const a = notReadKey({ code: 'too-large', chars: 31_000_000, max: MAX_SNAPSHOT_CHARS });
    expect(notReadKey({ code: 'too-large', chars: 31_000_020, max: MAX_SNAPSHOT_CHARS })).toBe(a);
    expect(notReadKey({ code: 'too-large', chars: 32_000_000, max: MAX_SNAPSHOT_CHARS })).not.toBe(a);
    expect(notReadKey(undefined)).toBe('');
  });
});

describe('not read: the content script’s reading (src/ui/page/snapshot-reading) says why', () => {
  it('a page over MAX_SNAPSHOT_CHARS: nothing asked, read null, notRead too-large; within the limit again: read, no reason', async () => {
    document.documentElement.innerHTML = `<head></head><body><p id="big"></p></body>`;
    const big = document.getElementById('big')!;
    big.textContent = 'x'.repeat(MAX_SNAPSHOT_CHARS + 10);
    const ask = vi.fn<AskRead>(async () => answer);
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, url())).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    const why = reading.notRead?.();
    expect(why).toMatchObject({ code: 'too-large', max: MAX_SNAPSHOT_CHARS });
    expect(why && 'chars' in why && why.chars).toBeGreaterThan(MAX_SNAPSHOT_CHARS);
    big.textContent = 'i-1';
    expect(await reading.read(document, url())).toEqual(answer.result);
    expect(reading.notRead?.()).toBeUndefined();
  }, 60_000);

  it('an address over the snapshot’s: nothing asked, notRead url-too-long', async () => {
    document.documentElement.innerHTML = `<head></head><body><p>i-1</p></body>`;
    const ask = vi.fn<AskRead>(async () => answer);
    const reading = createSnapshotReading(ask, () => []);
    expect(await reading.read(document, new URL(`${location.href}?q=${'a'.repeat(9000)}`))).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    expect(reading.notRead?.()).toMatchObject({ code: 'url-too-long', max: MAX_URL_CHARS });
  });

  it.each([
    [{ kind: 'unreadable', why: 'style sheet not loaded: https://x/a.css' }, 'sheet-missing'],
    [{ kind: 'unreadable', code: 'parts-missing', why: 'parts of the page missing' }, 'parts-missing'],
    [undefined, 'reader-failed'],
  ])('answer %j: read null, notRead %s; the next read clears it', async (reply, code) => {
    document.documentElement.innerHTML = `<head></head><body><p>i-1</p></body>`;
    const replies: unknown[] = [reply, answer];
    const reading = createSnapshotReading(async () => replies.shift(), () => []);
    expect(await reading.read(document, url())).toBeNull();
    expect(reading.notRead?.()).toEqual({ code });
    expect(await reading.read(document, url())).toEqual(answer.result);
    expect(reading.notRead?.()).toBeUndefined();
  });

  it('a page of no reader (result null) is no "not read"', async () => {
    document.documentElement.innerHTML = `<head></head><body><p>i-1</p></body>`;
    const reading = createSnapshotReading(async () => ({ kind: 'read', result: null }), () => []);
    expect(await reading.read(document, url())).toBeNull();
    expect(reading.notRead?.()).toBeUndefined();
  });
});

describe('not read, with a copy kept for patches (src/snapshot/live-copies)', () => {
  it('a page over the limit drops the copy kept before: the next read sends the page whole, not a patch of an older copy', async () => {
    document.documentElement.innerHTML = `<head></head><body><table><tbody><tr id="r1"><td>i-1</td></tr><tr id="r2"><td>i-2</td></tr></tbody></table></body>`;
    const ask = vi.fn<AskRead>(async () => ({ ...answer, copy: 'c1' }));
    const askPatch = vi.fn<AskPatch>(async () => ({ ...answer, copy: 'c1' }));
    const reading = createSnapshotReading(ask, () => [], askPatch);
    await reading.read(document, url());
    // a cell changed, and another grew past the limit (too much for a patch: the page is taken whole, and is too large)
    document.querySelector('#r1 td')!.firstChild!.nodeValue = 'i-77';
    document.querySelector('#r2 td')!.firstChild!.nodeValue = 'x'.repeat(MAX_SNAPSHOT_CHARS + 10);
    expect(await reading.read(document, url())).toBeNull();
    expect(reading.notRead?.()).toMatchObject({ code: 'too-large' });
    // small again: the copy c1 still shows i-1 — a patch of what changed since would leave it so
    document.querySelector('#r2 td')!.firstChild!.nodeValue = 'i-2';
    await reading.read(document, url());
    expect(askPatch).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(2);
    expect((ask.mock.calls[1]![0] as { html: string }).html).toContain('i-77');
  }, 60_000);
});

describe('a big page that changes all the time', () => {
  it('is read: after MAX_CHANGED_PIECES snapshots in pieces given up for a change, the next is taken at once', async () => {
    const rows = PIECE_ELEMENTS + 100; // (2 elements a row: over PIECE_ELEMENTS × 2, taken in pieces)
    document.documentElement.innerHTML = `<head></head><body><p id="clock">0</p><table><tbody>${Array.from({ length: rows }, (_, i) => `<tr><td>i-${i}</td></tr>`).join('')}</tbody></table></body>`;
    const ask = vi.fn<AskRead>(async () => answer);
    // (in pieces from PIECE_ELEMENTS × 2 elements here: the real limit, AT_ONCE_ELEMENTS, would take happy-dom long to build)
    const reading = createSnapshotReading(ask, () => [], undefined, PIECE_ELEMENTS * 2);
    const watch = new MutationObserver((r) => reading.changed(r));
    watch.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // a counter ticking faster than a snapshot in pieces takes
    let n = 0;
    const tick = setInterval(() => (document.getElementById('clock')!.textContent = String(++n)), 2);
    const outs: unknown[] = [];
    try {
      for (let i = 0; i <= MAX_CHANGED_PIECES && ask.mock.calls.length === 0; i++) outs.push(await reading.read(document, url()));
    } finally {
      clearInterval(tick);
      watch.disconnect();
    }
    expect(outs.slice(0, -1).every((o) => (o as { superseded?: boolean } | null)?.superseded)).toBe(true);
    expect(outs.at(-1)).toEqual(answer.result);
    expect(ask).toHaveBeenCalledTimes(1);
  }, 60_000);
});
