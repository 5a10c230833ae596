import { createServer, type Server } from 'node:http';
import WebSocket from 'ws';
import { resetExtension, visit, type Harness } from '../test/e2e/harness';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { consoleCss } from './ecs-list-page';

/**
 * The extension's reader document (Chrome's offscreen document, src/snapshot) while a page loads: its main thread's CPU
 * (DevTools' Performance metrics ThreadTime, and TaskDuration) over a load of the 500-row Tencent CVM list, from before the
 * page is opened until the page's warnings are shown (2.5 s). Not the page's thread: on a machine of few cores what the
 * reader document spends beside the page is taken from it (content-script-main-thread-* measure the page's thread).
 * Reached over DevTools' port: the harness must have been launched with CDP_PORT set.
 *
 * Two ways the page's component sheet is served: `linked` — from another origin that lets no other origin read it (the
 * bench page's tea.css link, never served here): the readers cannot read its rules and ask every element's computed
 * style; `cors` — the same link served with `Access-Control-Allow-Origin: *` and a component library's 8,000 rules
 * (bench/ecs-list-page consoleCss), which the reader document fetches and holds as a `<style>` (src/snapshot/sheet-texts).
 */
const TEA_LINK = /<link rel="stylesheet" href="https:\/\/imgcache\.qq\.com\/[^"]*">/;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A server of the sheet on this machine (127.0.0.1), letting any origin read it. */
async function sheetServer(css: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' });
    res.end(css);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { server, url: `http://127.0.0.1:${port}/qcloud/tea/tea.css` };
}

/** A DevTools session with the extension's reader document (its target opened by a first read). */
export async function readerSession(port: string, extensionId: string): Promise<{ send: (method: string, params?: object) => Promise<any>; close: () => void }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ url: string; webSocketDebuggerUrl: string }>;
  const reader = targets.find((t) => t.url.startsWith(`chrome-extension://${extensionId}/reader`));
  if (!reader) throw new Error('no reader document (CDP_PORT set at launch?)');
  const ws = new WebSocket(reader.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  const send = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => {
      const n = ++id;
      const on = (data: WebSocket.RawData) => {
        const m = JSON.parse(String(data));
        if (m.id !== n) return;
        ws.off('message', on);
        resolve(m.result);
      };
      ws.on('message', on);
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  return { send, close: () => ws.close() };
}

/**
 * `run` given the 500-row Tencent CVM list whose tea.css link points to a server on this machine that lets any origin read
 * it, serving a component library's 8,000 rules (the page's own request goes there too).
 */
export async function withCorsSheet<T>(h: Harness, run: (html: string) => Promise<T>): Promise<T> {
  const html = tencentCvmList500Html();
  if (!TEA_LINK.test(html)) throw new Error('the bench page has no tea.css link');
  const served = await sheetServer(consoleCss());
  await h.context.route(`${served.url}*`, (route) => route.continue());
  try {
    return await run(html.replace(TEA_LINK, `<link rel="stylesheet" href="${served.url}">`));
  } finally {
    await h.context.unroute(`${served.url}*`);
    served.server.close();
  }
}

export async function readerDocumentCpu(h: Harness, sheet: 'linked' | 'cors', loads = 7): Promise<object> {
  if (sheet === 'cors') return withCorsSheet(h, (html) => readerCpuOf(h, sheet, html, loads));
  return readerCpuOf(h, sheet, tencentCvmList500Html(), loads);
}

async function readerCpuOf(h: Harness, sheet: 'linked' | 'cors', html: string, loads: number): Promise<object> {
  const port = process.env.CDP_PORT;
  if (!port) throw new Error('CDP_PORT not set at launch');
  const load = async () => {
    const page = await visit(h, tencentCvmList500Url, html);
    await page.waitForTimeout(2500);
    if (!(await page.locator('icp-preflight-warning').count())) throw new Error('no warning within the window');
    return page;
  };
  await resetExtension(h, { lang: 'zh' });
  // (the first read opens the reader document, and fetches the sheet where it may)
  await (await load()).close();
  const session = await readerSession(port, h.extensionId);
  try {
    await session.send('Performance.enable');
    const metrics = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const m = (n: string) => ((metrics as Array<{ name: string; value: number }>).find((x) => x.name === n)?.value ?? 0) * 1000;
      return { thread: m('ThreadTime'), task: m('TaskDuration') };
    };
    const thread: number[] = [];
    const task: number[] = [];
    for (let i = 0; i < loads; i++) {
      const before = await metrics();
      const page = await load();
      const after = await metrics();
      await page.close();
      thread.push(after.thread - before.thread);
      task.push(after.task - before.task);
    }
    return {
      name: `reader-document-tencent-cvm-500-rows-sheet-${sheet}`,
      median_ms: Math.round(median(thread) * 10) / 10,
      task_ms: Math.round(median(task) * 10) / 10,
      runs: loads,
      note:
        sheet === 'linked'
          ? "the reader document's main-thread CPU over a load, its page's component sheet of another origin that lets no other read it (every element's computed style asked)"
          : "the same, the sheet (8,000 rules) served with CORS allowed: the reader document holds it as a <style>, its rules read (src/snapshot/sheet-texts)",
    };
  } finally {
    session.close();
  }
}
