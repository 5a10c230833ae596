import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { decodeHtml, withSheets } from '../../src/cli/saved-page';
import { ecsDetail, ecsUrl, infoRow } from '../helpers/console-pages';
import { chromiumPath } from '../e2e/harness';

/**
 * `read` of a page saved with its style sheets (src/cli/saved-page.ts): "Webpage, Complete" (the sheets in a folder
 * beside the page) and "Webpage, Single File" (MHTML). The page: an ECS detail whose 公网带宽 field sits in a box a class
 * of the console's sheet hides (a closed tab pane of an unknown library) — the browser shows no bandwidth; read without
 * the sheet, the command line gave 100 (what the extension never sees).
 */
const CSS = '.pane-k3x{display:none}';
const body = `<div id="app">${ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('到期时间', '2027-02-28 23:59:59'))}<div class="pane-k3x">${infoRow('公网带宽', '100Mbps')}</div></div>`;
const pageWith = (head: string, more = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}${more}</body></html>`;

async function read(file: string, lang = 'en') {
  let stdout = '';
  let stderr = '';
  const code = await main(['read', ecsUrl, file, '--json'], {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' },
    now: new Date('2026-11-24T12:00:00+08:00'),
  });
  const server = code === 0 ? JSON.parse(stdout).servers?.[0] : undefined;
  return { code, stderr, server, bandwidth: server?.publicBandwidthMbps as number | undefined };
}

/** A folder holding `files` (path → text), made fresh. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-saved-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('a page saved complete: the sheets in its folder are applied', () => {
  it('the sheet of page_files hides the closed pane: no bandwidth, as in the browser; nothing on stderr', async () => {
    for (const href of ['./page_files/app.css', 'page_files/app.css', 'page_files/app.css?v=3', 'page%5Ffiles/app.css']) {
      const dir = folder({ 'page.html': pageWith(`<link rel="stylesheet" href="${href}">`), 'page_files/app.css': CSS });
      const got = await read(join(dir, 'page.html'));
      expect(got.code, href).toBe(0);
      expect(got.server?.expiresAt).toBe('2027-02-28');
      expect(got.bandwidth, href).toBeUndefined();
      expect(got.stderr).toBe('');
    }
  });

  it('the sheet not saved (an HTML-only save linking the CDN): read as before, and a note on stderr says so (en, zh)', async () => {
    const dir = folder({ 'page.html': pageWith('<link rel="stylesheet" href="https://g.alicdn.com/aliyun/ecs-console/app.css">') });
    const en = await read(join(dir, 'page.html'));
    expect(en.bandwidth).toBe(100);
    expect(en.stderr).toMatch(/^icp-preflight: note: 1 style sheet linked by the page not applied .*\n$/);
    const zh = await read(join(dir, 'page.html'), 'zh');
    expect(zh.bandwidth).toBe(100);
    expect(zh.stderr).toMatch(/^icp-preflight: 提示：页面链接的 1 个样式表未应用/);
  });

  it('a sheet outside the page\'s folder is never read: a parent path, an absolute path, a link out of the folder', async () => {
    const outside = folder({ 'secret.css': CSS });
    const dir = folder({ 'site/page_files/x.css': '' });
    symlinkSync(join(outside, 'secret.css'), join(dir, 'site/page_files/linked.css'));
    writeFileSync(join(dir, 'outside.css'), CSS);
    for (const href of ['../outside.css', 'page_files/../../outside.css', join(outside, 'secret.css'), `file://${join(outside, 'secret.css')}`, 'page_files/linked.css']) {
      writeFileSync(join(dir, 'site/page.html'), pageWith(`<link rel="stylesheet" href="${href}">`));
      const got = await read(join(dir, 'site/page.html'));
      expect(got.bandwidth, href).toBe(100);
      expect(got.stderr, href).toMatch(/note: 1 style sheet/);
    }
  });

  it('a link in a comment or a <noscript>, an alternate or disabled sheet, a preload: not the page\'s sheet', async () => {
    for (const head of [
      '<!-- <link rel="stylesheet" href="page_files/app.css"> -->',
      '<noscript><link rel="stylesheet" href="page_files/app.css"></noscript>',
      '<link rel="alternate stylesheet" href="page_files/app.css" title="dark">',
      '<link rel="stylesheet" href="page_files/app.css" disabled>',
      '<link rel="preload" as="style" href="page_files/app.css">',
    ]) {
      const dir = folder({ 'page.html': pageWith(head), 'page_files/app.css': CSS });
      expect((await read(join(dir, 'page.html'))).bandwidth, head).toBe(100);
    }
  });

  it('a print sheet applies to print only (its media kept): the pane stays shown on screen', async () => {
    const dir = folder({ 'page.html': pageWith('<link rel="stylesheet" media="print" href="page_files/app.css">'), 'page_files/app.css': CSS });
    const got = await read(join(dir, 'page.html'));
    expect(got.bandwidth).toBe(100);
    expect(got.stderr).toBe('');
  });

  it('sheets past the size limit in all are left out whole and counted; a sheet cannot end its <style> early', () => {
    const html = '<link rel="stylesheet" href="a.css"><link rel="stylesheet" href="b.css"><link rel="stylesheet" href="c.css">';
    const sheets: Record<string, string> = { 'a.css': 'x'.repeat(60), 'b.css': 'y'.repeat(60), 'c.css': 'p::after{content:"</style><b>"}' };
    const got = withSheets(html, (h) => sheets[h], 100);
    expect(got.sheets).toEqual({ applied: 2, skipped: 1 });
    expect(got.html).toContain('<link rel="stylesheet" href="b.css">');
    expect(got.html).toContain('<style data-saved-sheet>p::after{content:"<\\/style><b>"}</style>');
  });
});

/** Quoted-printable, as Chrome writes a single file's text parts (UTF-8 bytes, lines of 76 at most). */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  let line = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    const piece = byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x0a) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : c;
    if (c === '\n') {
      out.push(line);
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  out.push(line);
  return out.join('\r\n');
}

/** A single-file page in Chrome's shape: the page part first, then its resources by Content-Location. */
function mhtml(html: string, parts: Array<{ type: string; location: string; encoding: 'quoted-printable' | 'base64'; body: string }>): string {
  const b = '----MultipartBoundary--k2Xq9PzL0aVbT3nW8eYc4mRr6uJ1sGd5----';
  const head = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${ecsUrl}`,
    'Subject: =?utf-8?Q?=E5=AE=9E=E4=BE=8B=E8=AF=A6=E6=83=85?=',
    'Date: Sun, 6 Dec 2026 10:00:00 +0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${b}"`,
    '',
    '',
  ].join('\r\n');
  const part = (type: string, location: string, encoding: string, text: string) =>
    `--${b}\r\nContent-Type: ${type}\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Location: ${location}\r\n\r\n${text}\r\n\r\n`;
  return head + part('text/html', ecsUrl, 'quoted-printable', quotedPrintable(html)) + parts.map((p) => part(p.type, p.location, p.encoding, p.body)).join('') + `--${b}--\r\n`;
}

describe('a page saved as a single file (MHTML): its HTML part read, its CSS parts applied', () => {
  const cssUrl = 'https://g.alicdn.com/aliyun/ecs-console/5.2.1/app.css';

  it('the CSS part (quoted-printable or base64) hides the closed pane; the Chinese HTML decodes', async () => {
    for (const encoding of ['quoted-printable', 'base64'] as const) {
      const css = encoding === 'base64' ? Buffer.from(CSS).toString('base64') : quotedPrintable(CSS);
      const dir = folder({ 'page.mhtml': mhtml(pageWith(`<link rel="stylesheet" href="${cssUrl}">`), [{ type: 'text/css', location: cssUrl, encoding, body: css }]) });
      const got = await read(join(dir, 'page.mhtml'));
      expect(got.code, encoding).toBe(0);
      expect(got.server).toMatchObject({ id: 'i-bp1gapss34000001', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-02-28' });
      expect(got.bandwidth, encoding).toBeUndefined();
      expect(got.stderr).toBe('');
    }
  });

  it('a relative link resolves against the page part\'s address; a sheet not in the file is said on stderr', async () => {
    const dir = folder({ 'page.mhtml': mhtml(pageWith('<link rel="stylesheet" href="/assets/app.css">'), [{ type: 'text/css', location: 'https://ecs.console.aliyun.com/assets/app.css', encoding: 'quoted-printable', body: CSS }]) });
    expect((await read(join(dir, 'page.mhtml'))).bandwidth).toBeUndefined();
    const none = folder({ 'page.mhtml': mhtml(pageWith(`<link rel="stylesheet" href="${cssUrl}">`), []) });
    const got = await read(join(none, 'page.mhtml'));
    expect(got.bandwidth).toBe(100);
    expect(got.stderr).toMatch(/note: 1 style sheet/);
  });

  it('a single file over the page limit by its images is read; its HTML part over the limit is refused in one line', async () => {
    const image = { type: 'image/png', location: 'https://g.alicdn.com/logo.png', encoding: 'base64' as const, body: Buffer.alloc(5 * 1024 * 1024, 7).toString('base64') };
    const dir = folder({ 'page.mhtml': mhtml(pageWith(`<link rel="stylesheet" href="${cssUrl}">`), [{ type: 'text/css', location: cssUrl, encoding: 'quoted-printable', body: CSS }, image]) });
    expect((await read(join(dir, 'page.mhtml'))).server?.expiresAt).toBe('2027-02-28');
    const big = folder({ 'page.mhtml': mhtml(pageWith('', `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`), []) });
    const refused = await read(join(big, 'page.mhtml'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^icp-preflight: .*page\.mhtml is 5 MB; a saved page may be at most 4 MB\n$/);
  });
});

describe('a page Chromium itself saves as a single file (Page.captureSnapshot: the MHTML of "Webpage, Single File")', () => {
  it('is read as the browser showed it: the CDN sheet\'s closed pane gives no bandwidth', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
    try {
      const context = await browser.newContext();
      await context.route('https://ecs.console.aliyun.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: pageWith('<link rel="stylesheet" href="https://g.alicdn.com/aliyun/ecs-console/app.css">') }));
      await context.route('https://g.alicdn.com/**', (r) => r.fulfill({ contentType: 'text/css', body: `${CSS} body{font-family:sans-serif}` }));
      const page = await context.newPage();
      await page.goto(ecsUrl);
      const { data } = await (await context.newCDPSession(page)).send('Page.captureSnapshot', { format: 'mhtml' });
      const dir = folder({ 'saved.mhtml': data });
      const got = await read(join(dir, 'saved.mhtml'));
      expect(got.server).toMatchObject({ id: 'i-bp1gapss34000001', expiresAt: '2027-02-28' });
      expect(got.bandwidth).toBeUndefined();
      expect(got.stderr).toBe('');
    } finally {
      await browser.close();
    }
  });
});

/** GBK bytes of `text` (a reverse of the runtime's GBK decoder: Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const c of text) out.push(...(c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f])));
  return Buffer.from(out);
}

describe('a page saved in the encoding its console sent (an older console\'s GBK): decoded as its <meta> says', () => {
  it('<meta charset="gbk">, <meta http-equiv=Content-Type … charset=gb2312>: the labels read (none were, as UTF-8)', async () => {
    for (const meta of ['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "<META CHARSET='GB18030'>"]) {
      const html = `<!DOCTYPE html><html><head>${meta}<title>实例详情</title></head><body>${body}</body></html>`;
      const dir = mkdtempSync(join(tmpdir(), 'icp-saved-'));
      writeFileSync(join(dir, 'page.html'), gbk(html));
      const got = await read(join(dir, 'page.html'));
      expect(got.server, meta).toMatchObject({ id: 'i-bp1gapss34000001', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-02-28' });
    }
  });

  it('a byte order mark wins; no declaration is UTF-8; an unknown label falls back to UTF-8', () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="gbk">到期', 'utf8')]))).toContain('到期');
    expect(decodeHtml(Buffer.from('<p>到期</p>', 'utf8'))).toBe('<p>到期</p>');
    expect(decodeHtml(Buffer.from('<meta charset="x-no-such">到期', 'utf8'))).toContain('到期');
    expect(decodeHtml(Buffer.from('<meta charset="utf-16">到期', 'utf8'))).toContain('到期');
  });
});
