import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ecsDetail, ecsUrl, infoRow } from '../helpers/console-pages';

/**
 * `read` of pages as the browser saves them: faults found by the fifty-seventh round (test/fixtures-unseen/README.md
 * "Fifty-seventh round": six pages saved by Chromium, "Webpage, Single File" and "Webpage, Complete") and its variants,
 * in src/cli/saved-page.ts. Reader faults of the round: test/readers/shown-values-round-fifty-seven.test.ts.
 */
const body = (more = '') => `<div id="app">${ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('到期时间', '2027-02-28 23:59:59'))}${more}</div>`;
const bandwidth = (cls: string, mbps = 100) => `<div class="${cls}">${infoRow('公网带宽', `${mbps}Mbps`)}</div>`;
const pageWith = (head: string, more = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body(more)}</body></html>`;

async function read(file: string, url = ecsUrl) {
  let stdout = '';
  let stderr = '';
  const code = await main(['read', url, file, '--json'], {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LANG: 'en_US.UTF-8' },
    now: new Date('2026-11-24T12:00:00+08:00'),
  });
  const server = code === 0 ? JSON.parse(stdout).servers?.[0] : undefined;
  return { code, stderr, server, bandwidth: server?.publicBandwidthMbps as number | undefined };
}

/** A folder holding `files` (path → text or bytes), made fresh. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-saved57-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A single-file page in Chrome's shape (the page part, then its resources by Content-Location), parts unencoded (8bit): bytes. */
function mhtml(html: string, parts: Array<{ type: string; location: string; body: string }>, page = ecsUrl): Buffer {
  const b = '----MultipartBoundary--r57r57r57r57----';
  const head = ['From: <Saved by Blink>', `Snapshot-Content-Location: ${page}`, 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', `\tboundary="${b}"`, '', ''].join('\r\n');
  const part = (type: string, location: string, text: string) =>
    `--${b}\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: 8bit\r\nContent-Location: ${location}\r\n\r\n${text}\r\n\r\n`;
  const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  return Buffer.from(head + part('text/html', page, utf8(html)) + parts.map((p) => part(p.type, p.location, utf8(p.body))).join('') + `--${b}--\r\n`, 'latin1');
}

describe("a browser's save is read in a desktop window (SAVED_VIEWPORT, 1280 px), not happy-dom's 1024 px", () => {
  // the console's sheet gives way on narrow windows: the bandwidth box is hidden below 1200 px; the tester's browser at
  // 1280 px showed it (round 57's SWAS list: the Peak Bandwidth column, every row's bandwidth missing)
  const CSS = '@media (max-width: 1199px) { .col-bw { display: none } }';

  it('a complete save (its sheet in page_files) shows the bandwidth the browser showed (missing before)', async () => {
    const dir = folder({ 'page.html': pageWith('<link rel="stylesheet" href="./page_files/app.css">', bandwidth('col-bw')), 'page_files/app.css': CSS });
    const got = await read(join(dir, 'page.html'));
    expect(got.server?.expiresAt).toBe('2027-02-28');
    expect(got.bandwidth).toBe(100);
  });

  it('a single file likewise (missing before)', async () => {
    const css = 'https://g.alicdn.com/aliyun/ecs-console/app.css';
    const dir = folder({ 'page.mhtml': mhtml(pageWith(`<link rel="stylesheet" href="${css}">`, bandwidth('col-bw')), [{ type: 'text/css', location: css, body: CSS }]) });
    expect((await read(join(dir, 'page.mhtml'))).bandwidth).toBe(100);
  });

  it("a narrow window's box, hidden by the sheet at 1200 px and over, is not read (shown before, at 1024 px)", async () => {
    const wide = '@media (min-width: 1200px) { .narrow-only { display: none } }';
    const dir = folder({ 'page.html': pageWith('<link rel="stylesheet" href="./page_files/app.css">', bandwidth('narrow-only', 1)), 'page_files/app.css': wide });
    expect((await read(join(dir, 'page.html'))).bandwidth).toBeUndefined();
  });

  it('a bare HTML page (no sheet saved with it) is read at 1024 px as before (guard)', async () => {
    const bare = folder({ 'page.html': pageWith(`<style>${CSS}</style>`, bandwidth('col-bw')) });
    expect((await read(join(bare, 'page.html'))).bandwidth).toBeUndefined();
  });
});

describe("a saved sheet's @import is written in (expandImports): the rule that hides a box may be in the imported sheet", () => {
  // (round 57's CVM list: the app sheet imports the component sheet, whose rule hides a stale list row)
  const HIDE = '.pane-k3x { display: none }';
  const app = 'https://g.alicdn.com/aliyun/ecs-console/6.2.14/styles/app.css';
  const single = (appCss: string, more: Array<{ type: string; location: string; body: string }> = []) =>
    folder({ 'page.mhtml': mhtml(pageWith(`<link rel="stylesheet" href="${app}">`, bandwidth('pane-k3x')), [{ type: 'text/css', location: app, body: appCss }, ...more]) });

  it('a single file: the imported sheet is a part of its own, found by the address the import resolves to (shown before)', async () => {
    for (const rule of ['@import url("base.css");', "@import 'base.css';", '@import url(./base.css) screen;', '@import url("../../common/base.css");']) {
      const where = rule.includes('common') ? 'https://g.alicdn.com/aliyun/ecs-console/common/base.css' : 'https://g.alicdn.com/aliyun/ecs-console/6.2.14/styles/base.css';
      const dir = single(`@charset "utf-8";\n${rule}\nbody { margin: 0 }`, [{ type: 'text/css', location: where, body: `@charset "utf-8";\n${HIDE}` }]);
      const got = await read(join(dir, 'page.mhtml'));
      expect(got.server?.expiresAt, rule).toBe('2027-02-28');
      expect(got.bandwidth, rule).toBeUndefined();
      expect(got.stderr, rule).toBe('');
    }
  });

  it('a complete save whose saver wrote the imported sheet into the folder (shown before); one it did not (Chrome): read as shown, said on stderr', async () => {
    const files = { 'page.html': pageWith('<link rel="stylesheet" href="./page_files/app.css">', bandwidth('pane-k3x')), 'page_files/app.css': '@import url("base.css");\nbody{margin:0}' };
    const saved = folder({ ...files, 'page_files/base.css': HIDE });
    expect((await read(join(saved, 'page.html'))).bandwidth).toBeUndefined();
    const chrome = await read(join(folder(files), 'page.html'));
    expect(chrome.bandwidth).toBe(100);
    expect(chrome.stderr).toMatch(/note: 1 style sheet/);
  });

  it('an import for print is not applied on screen; one for a narrow window only is applied at its width (guards)', async () => {
    const print = single('@import url("print.css") print;', [{ type: 'text/css', location: 'https://g.alicdn.com/aliyun/ecs-console/6.2.14/styles/print.css', body: HIDE }]);
    expect((await read(join(print, 'page.mhtml'))).bandwidth).toBe(100);
    const narrow = single('@import url("narrow.css") (max-width: 800px);', [{ type: 'text/css', location: 'https://g.alicdn.com/aliyun/ecs-console/6.2.14/styles/narrow.css', body: HIDE }]);
    expect((await read(join(narrow, 'page.mhtml'))).bandwidth).toBe(100);
  });

  it("an import out of the page's folder is never read and is said on stderr (not said before); sheets importing each other stop at the first repeat", async () => {
    const outside = folder({ 'x/page.html': pageWith('<link rel="stylesheet" href="./page_files/app.css">', bandwidth('pane-k3x')), 'x/page_files/app.css': '@import url("../../base.css");', 'base.css': HIDE });
    const got = await read(join(outside, 'x/page.html'));
    expect(got.bandwidth).toBe(100);
    expect(got.stderr).toMatch(/note: 1 style sheet/);
    const loop = folder({ 'page.html': pageWith('<link rel="stylesheet" href="./page_files/a.css">', bandwidth('pane-k3x')), 'page_files/a.css': `@import "b.css";\n${HIDE}`, 'page_files/b.css': '@import "a.css";' });
    expect((await read(join(loop, 'page.html'))).bandwidth).toBeUndefined();
  });
});

describe("a single file's links resolve against its <base href>, as the browser resolved them", () => {
  it('a writer that keeps relative links: href="static/app.css" under <base href="https://g.alicdn.com/ecs/"> is found (shown before)', async () => {
    const dir = folder({
      'page.mhtml': mhtml(pageWith('<base href="https://g.alicdn.com/ecs/"><link rel="stylesheet" href="static/app.css">', bandwidth('pane-k3x')), [
        { type: 'text/css', location: 'https://g.alicdn.com/ecs/static/app.css', body: '.pane-k3x{display:none}' },
      ]),
    });
    const got = await read(join(dir, 'page.mhtml'));
    expect(got.bandwidth).toBeUndefined();
    expect(got.stderr).toBe('');
  });

  it('a <base> in a comment is no base (guard)', async () => {
    const dir = folder({
      'page.mhtml': mhtml(pageWith('<!--<base href="https://elsewhere.example/">--><link rel="stylesheet" href="/static/app.css">', bandwidth('pane-k3x')), [
        { type: 'text/css', location: 'https://ecs.console.aliyun.com/static/app.css', body: '.pane-k3x{display:none}' },
      ]),
    });
    expect((await read(join(dir, 'page.mhtml'))).bandwidth).toBeUndefined();
  });
});

describe('a complete save renamed with its folder: the links name the old folder, the sheets are in the one named as the page', () => {
  it('new.html with new_files/ linking ./page_files/app.css reads its sheet (shown before); another page\'s folder beside it is not taken for its own', async () => {
    const dir = folder({ 'new.html': pageWith('<link rel="stylesheet" href="./page_files/app.css">', bandwidth('pane-k3x')), 'new_files/app.css': '.pane-k3x{display:none}' });
    expect((await read(join(dir, 'new.html'))).bandwidth).toBeUndefined();
    // (a link to a file that is in neither folder stays unread)
    const none = folder({ 'new.html': pageWith('<link rel="stylesheet" href="./page_files/app.css">', bandwidth('pane-k3x')), 'new_files/other.css': '.pane-k3x{display:none}' });
    expect((await read(join(none, 'new.html'))).bandwidth).toBe(100);
  });
});
