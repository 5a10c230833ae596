import { launch, visit, fixture, resetExtension } from '../test/e2e/harness';
const base = fixture('e2e/pages/ecs-instance-list.html');
const rows: string[] = [];
for (let i = 0; i < 500; i++) {
  const id = `i-bp1list${String(i).padStart(5, '0')}abcd`;
  const billing = i % 50 === 7 ? '按量付费<br>2026-10-01 10:00 创建' : '包年包月<br>2027-06-30 23:59 到期';
  rows.push(`<tr><td><a>${id}</a> <span class="name">web-${i}</span></td><td>杭州 可用区I</td><td>47.96.${i >> 8}.${i & 255}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${billing}</td><td><a>管理</a></td></tr>`);
}
const html = base.replace(/<tbody id="rows">[\s\S]*?<\/tbody>/, `<tbody id="rows">${rows.join('\n')}</tbody>`);
const h = await launch();
await resetExtension(h, { lang: 'zh' });
for (let k = 0; k < 2; k++) {
  const p = await h.context.newPage();
  p.on('console', (m) => m.text().startsWith('icp') && console.log(m.text()));
  await visit(h, 'https://ecs.console.aliyun.com/server/region/cn-hangzhou', html, p);
  await p.waitForTimeout(2000);
  await p.close();
}
await h.close();
