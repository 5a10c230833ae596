import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECS_URL, ecsListPage } from '../../bench/ecs-list-page';
import { readerSession } from '../../bench/reader-document.bench';
import { launch, resetExtension, storedFacts, visit, type Harness } from './harness';

/**
 * The extension's reader document holds a console page's linked sheets as `<style>`s where their server lets any origin
 * read them (src/snapshot/sheet-texts, inline-sheets, wired in entrypoints/reader): their rules readable, the readers ask
 * computed styles only of elements a rule may hide. A sheet whose server names another origin stays linked in the copy
 * (unreadable; every element's computed style asked, as before). Either way what the sheets hide is not read. The sheets
 * come from a server on this machine (the reader document's requests are not routed by the harness).
 */
let h: Harness;
let server: Server;
let base = '';
const port = String(9300 + Math.floor(Math.random() * 600));

beforeAll(async () => {
  server = createServer((req, res) => {
    const open = req.url === '/open.css';
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'access-control-allow-origin': open ? '*' : 'https://ecs.console.aliyun.com' });
    res.end(open ? 'tr.decoy-open { display: none }' : 'tr.decoy-closed { display: none }');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  process.env.CDP_PORT = port;
  h = await launch();
  // (the page's own requests for the sheets go to the server too)
  await h.context.route(`${base}/**`, (route) => route.continue());
  await resetExtension(h, { lang: 'zh' });
}, 60_000);

afterAll(async () => {
  await h?.close();
  server?.close();
});

const decoy = (cls: string, id: string) =>
  `<tr class="${cls}"><td><a>${id}</a> <span class="name">decoy</span></td><td>杭州 可用区I</td><td>47.96.9.9(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>按量付费<br>2026-10-01 10:00 创建</td><td><a>管理</a></td></tr>`;

describe('the reader document holds linked sheets as text where their server allows it (Chromium)', () => {
  it('a sheet readable by any origin becomes a <style> in the copy, another stays linked; what each hides is not read', async () => {
    const html = ecsListPage(30)
      .replace('</head>', `<link rel="stylesheet" href="${base}/open.css"><link rel="stylesheet" href="${base}/closed.css"></head>`)
      .replace('<tbody id="rows">', `<tbody id="rows">${decoy('decoy-open', 'i-bp1decoyopen0abcd')}${decoy('decoy-closed', 'i-bp1decoyshut0abcd')}`);
    const page = await visit(h, ECS_URL, html);
    expect(await storedFacts(h, 'i-bp1list00029abcd')).not.toBe('');
    const stored = await storedFacts(h, 'i-bp1list00029abcd');
    expect(stored).not.toContain('decoyopen');
    expect(stored).not.toContain('decoyshut');
    // the page's copy, kept in the reader document for its next reads
    const session = await readerSession(port, h.extensionId);
    try {
      const r = await session.send('Runtime.evaluate', {
        returnByValue: true,
        expression: `[...document.querySelectorAll('iframe')].map((f) => { const d = f.contentDocument; return { held: [...d.querySelectorAll('style[data-icp-preflight-sheet]')].map((s) => [s.getAttribute('data-icp-preflight-sheet'), s.sheet.cssRules.length]), linked: [...d.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')) }; })`,
      });
      expect(r.result.value).toEqual([{ held: [[`${base}/open.css`, 1]], linked: [`${base}/closed.css`] }]);
    } finally {
      session.close();
    }
    await page.close();
  });
});
