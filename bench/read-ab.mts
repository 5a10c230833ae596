// Interleaved A/B of the first read of the 500-row lists (ECS, Tencent CVM) in happy-dom, CPU time.
// Usage: npx tsx bench/read-ab.mts <checkout A> <checkout B> [rounds]   (CSS=n: pages with n more style rules)
// Each round reads a fresh document with A then B (order alternating per round); the figure is the
// median of process.cpuUsage() (user+system, ms) around readPage, so other sessions' load on the
// shared cores moves it far less than wall time. Prints medians and the median of per-round B/A.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkoutReaders } from './checkout-readers';
const [a = '.', b = '.', roundsArg = '25'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const sides = [await checkoutReaders(a), await checkoutReaders(b)];
const { ecsList500Html, ecsList500Url } = await import(pathToFileURL(resolve('test/helpers/ecs-list-500.ts')).href);
const { tencentCvmList500Html, tencentCvmList500Url } = await import(pathToFileURL(resolve('test/helpers/tencent-cvm-list-500.ts')).href);
// CSS=n: the pages carrying a component library's style sheet of n rules (bench/ecs-list-page.ts withConsoleCss)
const { withConsoleCss } = await import(pathToFileURL(resolve('bench/ecs-list-page.ts')).href);
const css = (html: string): string => (process.env.CSS ? withConsoleCss(html, Number(process.env.CSS)) : html);
const pages = [
  { name: 'ecs', html: css(ecsList500Html()), url: new URL(ecsList500Url) },
  { name: 'tencent', html: css(tencentCvmList500Html()), url: new URL(tencentCvmList500Url) },
];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const res: Record<string, number[][]> = {};
const facts: Record<string, string[]> = {};
for (let i = 0; i < rounds + 2; i++) {
  for (const p of pages) {
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const s of order) {
      const side = sides[s]!;
      const doc = side.html(p.html, p.url.href);
      const t0 = cpu();
      const found = side.readPage(doc, p.url);
      const t = cpu() - t0;
      if (i >= 2) ((res[p.name] ??= [[], []])[s]!).push(t);
      else ((facts[p.name] ??= [])[s] = JSON.stringify(found?.facts));
      await (doc.defaultView as any)?.happyDOM?.close?.();
    }
  }
}
// WARM=1: also reads one parsed document per side again and again (alternating, 40 times): no
// first-touch cost, warm code; the minimum is close to an unloaded machine's figure.
if (process.env.WARM) {
  for (const p of pages) {
    const docs = sides.map((side) => side.html(p.html, p.url.href));
    const times: number[][] = [[], []];
    for (let i = 0; i < 40; i++) {
      for (const s of i % 2 ? [1, 0] : [0, 1]) {
        const t0 = performance.now();
        sides[s]!.readPage(docs[s]!, p.url);
        times[s]!.push(performance.now() - t0);
      }
    }
    const min = (xs: number[]) => Math.min(...xs).toFixed(1);
    console.log(`${p.name.padEnd(8)} warm re-reads of one document, wall ms: A min ${min(times[0]!)} B min ${min(times[1]!)}`);
    for (const d of docs) await (d.defaultView as any)?.happyDOM?.close?.();
  }
}
const med = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
for (const p of rounds > 0 ? pages : []) {
  const [A, B] = res[p.name]!;
  const ratio = med(A!.map((x, i) => B![i]! / x));
  console.log(`${p.name.padEnd(8)} A ${med(A!).toFixed(1)} ms  B ${med(B!).toFixed(1)} ms  B/A ${ratio.toFixed(3)}  (${rounds} rounds, CPU)  facts ${facts[p.name]![0] === facts[p.name]![1] ? 'same' : 'DIFFER'}`);
}
