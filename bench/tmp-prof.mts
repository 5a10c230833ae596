import { htmlToDocument } from '../src/cli/html-document';
import { readPage } from '../src/readers/index';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
const T = !!process.env.TENCENT;
const u = new URL(T ? tencentCvmList500Url : ecsList500Url);
const html = T ? tencentCvmList500Html() : ecsList500Html();
const cpu = () => performance.now();
const ts: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 15); i++) {
  const d = htmlToDocument(html, u.href);
  const t0 = cpu();
  const r = readPage(d, u);
  ts.push(cpu() - t0);
  if (!r) throw new Error('no read');
  await (d.defaultView as any)?.happyDOM?.close?.();
}
ts.sort((a, b) => a - b);
console.log('median cpu ms', ts[Math.floor(ts.length / 2)].toFixed(1), ts.map((x) => x.toFixed(0)).join(' '));
