// Interleaved A/B of reading an ECS detail whose fields are written "标签：值" in a header-less layout table of n rows
// (dom/field.ts labelsRepeatInRows: each cell's labels were looked for in every other row, O(rows²) per read).
// Usage: npx tsx bench/record-rows.mts <checkout A> <checkout B> [rounds] [rows...]
// Prints, per row count, the median CPU ms of readPage (process.cpuUsage, user+system) for A and B, and whether the
// two read the same facts on every page (the memo must keep the result identical).
import { checkoutReaders } from './checkout-readers';
const [a = '.', b = '.', roundsArg = '9', ...rowsArgs] = process.argv.slice(2);
const rounds = Number(roundsArg);
const sizes = rowsArgs.length > 0 ? rowsArgs.map(Number) : [50, 200, 400];
const sides = [await checkoutReaders(a), await checkoutReaders(b)];
const url = 'https://ecs.console.aliyun.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
/** A header-less layout table: the instance's own fields, then n rows of other fields each named once, and (history) a
 *  renewal record table whose rows write 到期时间 again. */
const pageOf = (n: number, history: boolean): string => {
  const rows = [['实例ID：i-bp1gapss34000001', '地域：华东1（杭州）'], ['付费方式：包年包月', '到期时间：2027-03-01 23:59:59']];
  for (let i = 0; i < n; i++) rows.push([`配置项${i}：值${i}`, `参数${i}：${i} 个`]);
  const table = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const hist = history ? `<h3>续费记录</h3><table>${Array.from({ length: n }, (_, i) => `<tr><td>订单号：${20260000 + i}</td><td>到期时间：2026-0${(i % 9) + 1}-01</td></tr>`).join('')}</table>` : '';
  return `<!DOCTYPE html><html><head></head><body><div id="app"><h2>实例详情</h2>${table}${hist}</div></body></html>`;
};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
for (const n of sizes) {
  for (const history of [false, true]) {
    const html = pageOf(n, history);
    const times: number[][] = [[], []];
    const facts: string[][] = [[], []];
    for (let i = 0; i < rounds + 1; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const side = sides[k]!;
        const doc = side.html(html, url);
        const t0 = cpu();
        const got = side.readPage(doc, new URL(url));
        const t = cpu() - t0;
        if (i > 0) times[k]!.push(t);
        facts[k]!.push(JSON.stringify(got));
      }
    }
    const same = facts[0]!.every((f, i) => f === facts[1]![i]);
    console.log(`rows ${n}${history ? ' + history' : ''}: A ${median(times[0]!).toFixed(0)} ms, B ${median(times[1]!).toFixed(0)} ms, same facts: ${same}`);
  }
}
