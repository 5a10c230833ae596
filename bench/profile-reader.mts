// CPU profile of the extension's reader document (Chrome's offscreen document, src/snapshot) reading a 500-row list's
// first snapshot: NOMINIFY=1 npx wxt build && npx tsx bench/profile-reader.mts [tencent|ecs]
// prints self and inclusive ms per function (RUNS page loads, one profile); writes PROFILE_OUT (default reader.cpuprofile).
// The reader document is reached over DevTools' port (CDP_PORT, test/e2e/harness.ts launch). TARGET=background: the
// service worker instead (storing the facts, linting, packing the results). SHEET=cors: the Tencent list's sheet served with
// CORS allowed (bench/reader-document.bench.ts withCorsSheet: held as text in the copy).
import WebSocket from 'ws';
import { writeFileSync } from 'node:fs';
import { launch, resetExtension, visit } from '../test/e2e/harness';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { ECS_URL, ecsListPage } from './ecs-list-page';
import { withCorsSheet } from './reader-document.bench';

const port = (process.env.CDP_PORT ??= '9339');
const which = process.argv[2] ?? 'tencent';
const runs = Number(process.env.RUNS ?? 3);
const h = await launch();
let tencentHtml = tencentCvmList500Html();
const load = async () => {
  const page = await h.context.newPage();
  if (which === 'tencent') await visit(h, tencentCvmList500Url, tencentHtml, page);
  else await visit(h, ECS_URL, ecsListPage(500), page);
  await page.waitForTimeout(3000);
  await page.close();
};
const profile = async () => {
  await resetExtension(h, { lang: 'zh' });
  // (the first load opens the reader document)
  await load();
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ url: string; type: string; webSocketDebuggerUrl: string }>;
  const background = process.env.TARGET === 'background';
  const reader = targets.find((t) => t.url.startsWith(`chrome-extension://${h.extensionId}/${background ? 'background' : 'reader'}`));
  if (!reader) throw new Error(`no ${background ? 'service worker' : 'reader document'} among ${targets.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  const ws = new WebSocket(reader.webSocketDebuggerUrl);
  await new Promise((r) => ws.once('open', r));
  let id = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => {
      const n = ++id;
      const on = (data: WebSocket.RawData) => {
        const m = JSON.parse(String(data));
        if (m.id === n) {
          ws.off('message', on);
          resolve(m.result);
        }
      };
      ws.on('message', on);
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 200 });
  await call('Profiler.start');
  for (let i = 0; i < runs; i++) await load();
  const { profile } = await call('Profiler.stop');
  ws.close();
  writeFileSync(process.env.PROFILE_OUT ?? 'reader.cpuprofile', JSON.stringify(profile));
  const byId = new Map<number, any>(profile.nodes.map((x: any) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  const dt: number[] = profile.timeDeltas ?? [];
  const at = new Map<number, number>();
  (profile.samples ?? []).forEach((s: number, i: number) => at.set(s, (at.get(s) ?? 0) + (dt[i] ?? 0)));
  const name = (nd: any) => `${nd.callFrame.functionName || '(anon)'} ${String(nd.callFrame.url).split('/').pop()}:${nd.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let busy = 0;
  for (const [nid, t] of at) {
    const nd = byId.get(nid);
    self.set(name(nd), (self.get(name(nd)) ?? 0) + t);
    if (nd.callFrame.functionName !== '(idle)' && nd.callFrame.functionName !== '(program)') busy += t;
    const seen = new Set<string>();
    for (let n: number | undefined = nid; n !== undefined; n = parent.get(n)) seen.add(name(byId.get(n)));
    for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${(t / 1000 / runs).toFixed(1).padStart(8)} ${k}`).join('\n');
  console.log(`${background ? 'background' : 'reader document'}, ms per load (${runs} loads): busy ${(busy / 1000 / runs).toFixed(1)}\n--- self\n${top(self, 30)}\n--- inclusive\n${top(incl, 50)}`);
};
try {
  if (process.env.SHEET === 'cors')
    await withCorsSheet(h, async (html) => {
      tencentHtml = html;
      await profile();
    });
  else await profile();
} finally {
  await h.close();
}
