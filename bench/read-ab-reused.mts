// Interleaved A/B of readPage on the 500-row lists (ECS, Tencent CVM) in happy-dom, on ONE parsed document
// per side and page read again and again (no parse per round, so 50 rounds take ~20 s and the ratio's noise
// on the shared 2-core machine is about ±5%; read-ab.mts parses a fresh document per round).
// Usage: npx tsx bench/read-ab-reused.mts <checkout A> <checkout B> [rounds]   (PAGE=ecs|tencent: one page)
// Prints per page: CPU ms (process.cpuUsage) median and minimum per side, the median of per-round B/A,
// and whether both sides report the same facts. No reader memo outlives a read outside a read session.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkoutReaders } from './checkout-readers';
const [a = '.', b = '.', roundsArg = '60'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const sides = [await checkoutReaders(a), await checkoutReaders(b)];
const { ecsList500Html, ecsList500Url } = await import(pathToFileURL(resolve('test/helpers/ecs-list-500.ts')).href);
const { tencentCvmList500Html, tencentCvmList500Url } = await import(pathToFileURL(resolve('test/helpers/tencent-cvm-list-500.ts')).href);
const only = process.env.PAGE;
const pages = [
  { name: 'ecs', html: ecsList500Html() as string, url: new URL(ecsList500Url) },
  { name: 'tencent', html: tencentCvmList500Html() as string, url: new URL(tencentCvmList500Url) },
].filter((p) => !only || p.name === only);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const med = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
for (const p of pages) {
  const docs = sides.map((s) => s.html(p.html, p.url.href));
  const f = sides.map((s, i) => JSON.stringify(s.readPage(docs[i]!, p.url)?.facts));
  const t: number[][] = [[], []];
  for (let i = 0; i < rounds + 3; i++) {
    for (const s of i % 2 ? [1, 0] : [0, 1]) {
      const t0 = cpu(); sides[s]!.readPage(docs[s]!, p.url); const d = cpu() - t0;
      if (i >= 3) t[s]!.push(d);
    }
  }
  const ratio = med(t[0]!.map((x, i) => t[1]![i]! / x));
  console.log(`${p.name.padEnd(8)} A med ${med(t[0]!).toFixed(1)} min ${Math.min(...t[0]!).toFixed(1)} | B med ${med(t[1]!).toFixed(1)} min ${Math.min(...t[1]!).toFixed(1)} | B/A ${ratio.toFixed(3)} (${rounds})  facts ${f[0] === f[1] ? 'same' : 'DIFFER'}`);
  for (const d of docs) await (d.defaultView as unknown as { happyDOM?: { close?: () => Promise<void> } } | null)?.happyDOM?.close?.();
}
