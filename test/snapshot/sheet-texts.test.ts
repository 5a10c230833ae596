import { describe, expect, it } from 'vitest';
import { createSheetTexts, cssTextOf, MAX_KEPT_URLS, MAX_SHEET_CHARS, RETRY_AFTER_MS, usableCss, type SheetFetch, type SheetResponse } from '../../src/snapshot/sheet-texts';

/**
 * src/snapshot/sheet-texts: a page's linked sheet's text as the reader document can fetch it — only where the server
 * allows it (a CORS response served as CSS), decoded as a browser decodes a sheet, never one that imports, kept per URL.
 */
const enc = new TextEncoder();

function response(body: Uint8Array | string, init: { type?: string; ok?: boolean; contentType?: string | null; length?: string } = {}): SheetResponse {
  const bytes = typeof body === 'string' ? enc.encode(body) : body;
  const headers = new Map<string, string>();
  const contentType = init.contentType === undefined ? 'text/css; charset=utf-8' : init.contentType;
  if (contentType !== null) headers.set('content-type', contentType);
  if (init.length !== undefined) headers.set('content-length', init.length);
  return {
    ok: init.ok ?? true,
    type: init.type ?? 'cors',
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

function fetcher(answer: (url: string) => SheetResponse | Error): { fetch: SheetFetch; calls: Array<{ url: string; init: RequestInit }> } {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      const r = answer(url);
      if (r instanceof Error) throw r;
      return r;
    },
  };
}

describe('createSheetTexts', () => {
  it('fetches a sheet without cookies or referrer, in CORS mode, and gives its text', async () => {
    const f = fetcher(() => response('.a{display:none}'));
    const texts = createSheetTexts(f.fetch);
    expect(await texts.get('https://cdn.example.test/a.css')).toBe('.a{display:none}');
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]!.init).toMatchObject({ mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('asks each URL once (at once or later) and keeps failures too', async () => {
    const f = fetcher((url) => (url.endsWith('bad.css') ? new TypeError('Failed to fetch') : response('.b{}')));
    const texts = createSheetTexts(f.fetch);
    const [a, b] = await Promise.all([texts.get('https://cdn.example.test/b.css'), texts.get('https://cdn.example.test/b.css')]);
    expect([a, b]).toEqual(['.b{}', '.b{}']);
    expect(await texts.get('https://cdn.example.test/b.css')).toBe('.b{}');
    expect(await texts.get('https://cdn.example.test/bad.css')).toBeNull();
    expect(await texts.get('https://cdn.example.test/bad.css')).toBeNull();
    expect(f.calls.map((c) => c.url)).toEqual(['https://cdn.example.test/b.css', 'https://cdn.example.test/bad.css']);
  });

  it('asks a failed URL again after a while', async () => {
    let now = 1_000;
    let up = false;
    const f = fetcher(() => (up ? response('.c{}') : new TypeError('Failed to fetch')));
    const texts = createSheetTexts(f.fetch, () => now);
    expect(await texts.get('https://cdn.example.test/c.css')).toBeNull();
    up = true;
    now += RETRY_AFTER_MS / 2;
    expect(await texts.get('https://cdn.example.test/c.css')).toBeNull();
    now += RETRY_AFTER_MS;
    expect(await texts.get('https://cdn.example.test/c.css')).toBe('.c{}');
    expect(f.calls).toHaveLength(2);
  });

  it('gives null for what a copy must link: an opaque or failed response, not CSS, an import, too long, not http', async () => {
    const cases: Array<[string, SheetResponse]> = [
      ['opaque', response('.a{}', { type: 'opaque' })],
      ['404', response('.a{}', { ok: false })],
      ['html', response('<html>', { contentType: 'text/html' })],
      ['no type', response('.a{}', { contentType: null })],
      ['import', response('@import url("base.css");\n.a{}')],
      ['long', response('x', { length: String(MAX_SHEET_CHARS * 4) })],
    ];
    for (const [name, r] of cases) expect(await createSheetTexts(fetcher(() => r).fetch).get('https://cdn.example.test/a.css'), name).toBeNull();
    const f = fetcher(() => response('.a{}'));
    expect(await createSheetTexts(f.fetch).get('data:text/css,.a{}')).toBeNull();
    expect(f.calls).toHaveLength(0);
  });

  it('keeps at most MAX_KEPT_URLS, the least recently asked going first', async () => {
    const f = fetcher((url) => response(`/* ${url} */`));
    const texts = createSheetTexts(f.fetch);
    const url = (i: number) => `https://cdn.example.test/${i}.css`;
    for (let i = 0; i <= MAX_KEPT_URLS; i++) {
      await texts.get(url(i));
      // the first kept in use
      await texts.get(url(0));
    }
    const before = f.calls.length;
    await texts.get(url(0));
    expect(f.calls.length).toBe(before);
    // the second was the least recently asked: gone
    await texts.get(url(1));
    expect(f.calls.length).toBe(before + 1);
  });
});

describe('cssTextOf', () => {
  it('decodes UTF-8 by default, without a byte order mark', () => {
    expect(cssTextOf(enc.encode('.a::after{content:"运行中"}'), 'text/css')).toBe('.a::after{content:"运行中"}');
    expect(cssTextOf(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('.a{}')]), 'text/css')).toBe('.a{}');
  });

  it('takes the Content-Type charset, else an @charset rule at the start (a Chinese sheet in GBK)', () => {
    // 运行中 in GBK
    const gbk = [0xd4, 0xcb, 0xd0, 0xd0, 0xd6, 0xd0];
    const body = (prefix: string) => new Uint8Array([...enc.encode(`${prefix}.a::after{content:"`), ...gbk, ...enc.encode('"}')]);
    expect(cssTextOf(body(''), 'text/css; charset=GBK')).toBe('.a::after{content:"运行中"}');
    expect(cssTextOf(body('@charset "gbk";'), 'text/css')).toBe('@charset "gbk";.a::after{content:"运行中"}');
    // (the protocol's charset wins over the rule)
    expect(cssTextOf(enc.encode('@charset "gbk";.a::after{content:"运行中"}'), 'text/css; charset=utf-8')).toContain('运行中');
  });

  it('gives null for bytes not of their encoding or an unknown encoding', () => {
    expect(cssTextOf(new Uint8Array([0x2e, 0x61, 0xff, 0xfe, 0x7b, 0x7d]), 'text/css')).toBeNull();
    expect(cssTextOf(enc.encode('.a{}'), 'text/css; charset=x-not-a-charset')).toBeNull();
  });

  it('reads an @charset naming UTF-16 as UTF-8 (the rule was ASCII bytes)', () => {
    expect(cssTextOf(enc.encode('@charset "utf-16";.a{}'), 'text/css')).toBe('@charset "utf-16";.a{}');
  });
});

describe('usableCss', () => {
  it('takes no sheet that imports another', () => {
    expect(usableCss('.a{}')).toBe('.a{}');
    expect(usableCss('@IMPORT "x.css";')).toBeNull();
    expect(usableCss(null)).toBeNull();
  });
});
