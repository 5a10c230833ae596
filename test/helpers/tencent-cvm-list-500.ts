import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A 500-row Tencent CVM instance list: the zh-basic fixture's rows repeated with distinct ids
 * (ins-b0000000 … ins-b0000499), for the reader bench.
 */
export const tencentCvmList500Url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';

export function tencentCvmList500Html(): string {
  const html = readFileSync(fileURLToPath(new URL('../fixtures/tencent-cvm-instance-list/zh-basic.html', import.meta.url)), 'utf8');
  const start = html.indexOf('<tbody>') + '<tbody>'.length;
  const end = html.indexOf('</tbody>', start);
  const rows = html.slice(start, end).split('</tr>').filter((r) => r.includes('<tr'));
  const out: string[] = [];
  for (let i = 0; i < 500; i++) {
    const row = rows[i % rows.length]!;
    const id = `ins-b${String(i).padStart(7, '0')}`;
    out.push(`${row.replace(/ins-[a-z0-9]{8}/g, id)}</tr>`);
  }
  return html.slice(0, start) + out.join('\n') + html.slice(end);
}
