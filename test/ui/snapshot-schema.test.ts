// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://ecs.console.aliyun.com/server/region/cn-hangzhou#/"}
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FAMILIES,
  MAX_CONTROLS,
  MAX_SNAPSHOT_CHARS,
  ReaderDocumentRequestSchema,
  ReadSnapshotRequestSchema,
  type PageSnapshot,
} from '../../src/snapshot/snapshot-schema';
import { takeSnapshot } from '../../src/snapshot/take-snapshot';

/**
 * src/snapshot/snapshot-schema: what the background accepts from a content script (the page's text is untrusted).
 * A real snapshot: test/fixtures/ecs-instance-list/zh-basic.html in happy-dom, a value typed into one of its inputs.
 */
let snap: PageSnapshot;
beforeAll(() => {
  const html = readFileSync('test/fixtures/ecs-instance-list/zh-basic.html', 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const input = doc.querySelector('input:not([type]), input[type="text"], input[type="search"]') as HTMLInputElement | null;
  if (input) input.value = '实例 typed';
  snap = takeSnapshot(doc);
});
const request = (over: Partial<PageSnapshot> = {}, rest: Record<string, unknown> = {}) => ({ type: 'read-snapshot', family: 'ecs', snapshot: { ...snap, ...over }, ...rest });
const ok = (v: unknown) => ReadSnapshotRequestSchema.safeParse(v).success;

describe('ReadSnapshotRequestSchema', () => {
  it('accepts a snapshot taken from a fixture, for each family', () => {
    expect(snap.html).toContain('i-bp1a2b3c4d5e6f7g8h9i');
    expect(snap.doctype).toBe(true);
    expect(snap.controls.some((c) => c.value === '实例 typed')).toBe(true);
    for (const family of FAMILIES) {
      const parsed = ReadSnapshotRequestSchema.safeParse(request({}, { family }));
      expect(parsed.success, family).toBe(true);
      expect(parsed.data?.snapshot).toEqual(snap);
    }
  });

  it('rejects an unknown family, a missing one, another message type', () => {
    expect(ok(request({}, { family: 'aws' }))).toBe(false);
    expect(ok(request({}, { family: undefined }))).toBe(false);
    expect(ok(request({}, { family: '__proto__' }))).toBe(false);
    expect(ok(request({}, { type: 'reader-document-read' }))).toBe(false);
    expect(ok(request({}, { snapshot: undefined }))).toBe(false);
  });

  it('rejects markup longer than MAX_SNAPSHOT_CHARS (and takes it at the limit)', () => {
    const big = 'x'.repeat(MAX_SNAPSHOT_CHARS + 1);
    expect(ok(request({ html: big }))).toBe(false);
    expect(ok(request({ html: big.slice(1) }))).toBe(true);
    expect(ok(request({ adopted: big }))).toBe(false);
    expect(ok(request({ sheets: [{ at: 0, css: big }] }))).toBe(false);
  });

  it('rejects a control index that is negative or not an integer, a value over 100,000 characters, too many controls', () => {
    expect(ok(request({ controls: [{ at: -1, value: 'x' }] }))).toBe(false);
    expect(ok(request({ controls: [{ at: 1.5, checked: true }] }))).toBe(false);
    expect(ok(request({ controls: [{ at: 0, value: 'x'.repeat(100_001) }] }))).toBe(false);
    expect(ok(request({ controls: [{ at: 0, value: 'x'.repeat(100_000) }] }))).toBe(true);
    expect(ok(request({ controls: [{ at: 0, selected: 'yes' as unknown as boolean }] }))).toBe(false);
    const many = Array.from({ length: MAX_CONTROLS + 1 }, (_, at) => ({ at, checked: true }));
    expect(ok(request({ controls: many }))).toBe(false);
    expect(ok(request({ controls: many.slice(1) }))).toBe(true);
  });

  it('rejects a viewport out of 1–100,000 or not whole, URLs over 8192 characters, too many sheets', () => {
    expect(ok(request({ width: 0 }))).toBe(false);
    expect(ok(request({ height: 100_001 }))).toBe(false);
    expect(ok(request({ width: 1280.5 }))).toBe(false);
    expect(ok(request({ width: 1, height: 100_000 }))).toBe(true);
    const long = `https://ecs.console.aliyun.com/${'a'.repeat(8192)}`;
    expect(ok(request({ url: long }))).toBe(false);
    expect(ok(request({ baseUrl: long }))).toBe(false);
    expect(ok(request({ loadedSheets: [long] }))).toBe(false);
    expect(ok(request({ loadedSheets: Array.from({ length: 2001 }, (_, i) => `https://g.alicdn.com/${i}.css`) }))).toBe(false);
    expect(ok(request({ sheets: Array.from({ length: 2001 }, (_, at) => ({ at, css: '' })) }))).toBe(false);
    expect(ok(request({ sheets: [{ at: -1, css: '' }] }))).toBe(false);
    expect(ok(request({ doctype: 'html' as unknown as boolean }))).toBe(false);
  });
});

describe('ReaderDocumentRequestSchema', () => {
  it('the same request under the reader document’s type only', () => {
    expect(ReaderDocumentRequestSchema.safeParse(request({}, { type: 'reader-document-read' })).success).toBe(true);
    expect(ReaderDocumentRequestSchema.safeParse(request()).success).toBe(false);
    expect(ReaderDocumentRequestSchema.safeParse(request({ html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) }, { type: 'reader-document-read' })).success).toBe(false);
  });
});
