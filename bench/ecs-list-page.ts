import { fixture } from '../test/e2e/harness';

/** The ECS instance list URL the bench and profile scripts serve their pages at. */
export const ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';

/**
 * The e2e ECS instance list with `n` generated rows: every 50th row (i % 50 === 7) pay-as-you-go,
 * the others subscriptions; `idDigits` pads the row number inside the instance id.
 */
export function ecsListPage(n: number, opts: { payg?: (i: number) => boolean; idDigits?: number; separator?: string } = {}): string {
  const payg = opts.payg ?? ((i: number) => i % 50 === 7);
  const base = fixture('e2e/pages/ecs-instance-list.html');
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `i-bp1list${String(i).padStart(opts.idDigits ?? 5, '0')}abcd`;
    const billing = payg(i) ? '按量付费<br>2026-10-01 10:00 创建' : '包年包月<br>2027-06-30 23:59 到期';
    rows.push(`<tr><td><a>${id}</a> <span class="name">web-${i}</span></td><td>杭州 可用区I</td><td>47.96.${(i >> 8) & 255}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${billing}</td><td><a>管理</a></td></tr>`);
  }
  return base.replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join(opts.separator ?? '\n')}</tbody>`);
}

/**
 * The 20,000-row page of `content-script-20000-rows-longest-task` (extension.bench bigList) and the
 * trace-big scripts: light rows (no name line), every 50th pay-as-you-go.
 */
export function bigListPage(n = 20_000): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(`<tr><td><a>i-bp1big${String(i).padStart(6, '0')}abcdef</a></td><td>杭州 可用区I</td><td>47.96.${i >> 8 & 255}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${i % 50 === 7 ? '按量付费' : '包年包月<br>2027-06-30 23:59 到期'}</td><td><a>管理</a></td></tr>`);
  return fixture('e2e/pages/ecs-instance-list.html').replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join('')}</tbody>`);
}
