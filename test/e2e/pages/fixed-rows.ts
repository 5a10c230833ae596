/**
 * Console lists with FIXED-HEIGHT rows (56 px, as the consoles' lists have), for the layout tests: an
 * ECS instance list whose table body scrolls inside its own container (the console's next-table), and a
 * domain list. Deterministic. Row i of the ECS list: pay-as-you-go when i % 3 === 0, else subscription.
 */
export const FIXED_ECS_URL = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/fixed';
export const FIXED_DOMAIN_URL = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';

export const fixedEcsId = (i: number) => `i-bp1fix${String(i).padStart(4, '0')}abcdefgh`;
export const fixedPayg = (i: number) => i % 3 === 0;

const style = `
  body { font: 12px/1.5 "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 0; color: #333; background: #f5f5f5; }
  body.dark { background: #1b1c1f; color: #d5d7db; }
  .topbar { height: 50px; background: #373d41; color: #fff; display: flex; align-items: center; padding: 0 16px; font-size: 14px; }
  .content { padding: 16px 24px; }
  h1 { font-size: 18px; font-weight: 500; margin: 0 0 12px; }
  .scroller { height: 520px; overflow: auto; background: #fff; border: 1px solid #e5e5e5; }
  body.dark .scroller { background: #232428; border-color: #3a3b40; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { height: 56px; box-sizing: border-box; padding: 0 12px; border-bottom: 1px solid #e5e5e5; text-align: left; vertical-align: middle; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  body.dark th, body.dark td { border-color: #3a3b40; }
  th { height: 40px; background: #f7f7f7; font-weight: 500; position: sticky; top: 0; z-index: 1; }
  body.dark th { background: #2b2c31; }
  .name { color: #888; display: block; line-height: 16px; }
  a { color: #0070cc; text-decoration: none; }
  col.id { width: 240px; }
`;

export function fixedEcsList(rows: number, opts: { dark?: boolean } = {}): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const id = fixedEcsId(i);
    const billing = fixedPayg(i) ? '按量付费<span class="name">2026-10-01 10:00 创建</span>' : '包年包月<span class="name">2027-09-30 23:59 到期</span>';
    body.push(
      `<tr data-row="${i}"><td><a>${id}</a><span class="name">web-${i}</span></td><td>杭州 可用区I</td><td>47.96.${Math.floor(i / 200)}.${(i % 200) + 1}(公)</td><td>运行中</td><td>2 vCPU 4 GiB 5Mbps (峰值)</td><td>${billing}</td><td><a>管理</a></td></tr>`,
    );
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>云服务器 ECS - 实例</title><style>${style}</style></head>
<body${opts.dark ? ' class="dark"' : ''}><div class="topbar">阿里云 | 云服务器 ECS</div><div class="content"><h1>实例</h1>
<div class="scroller" id="scroller"><table><colgroup><col class="id"><col><col><col><col><col><col></colgroup>
<thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>状态</th><th>配置</th><th>付费方式</th><th>操作</th></tr></thead>
<tbody id="rows">${body.join('\n')}</tbody></table></div></div></body></html>`;
}

/** A domain list with fixed 56 px rows: an unverified domain, one that has expired, one expiring soon. */
export function fixedDomainList(): string {
  const rows = [
    ['example-shop.cn', '正常', '已实名认证', '2027-03-15'],
    ['unverified-site.cn', '正常', '未实名认证', '2028-01-01'],
    ['expired-brand.net', '急需赎回', '已实名认证', '2026-10-01'],
    ['soon-expiring.com', '急需续费', '已实名认证', '2026-12-20'],
    ['zhangsan-photo.cn', '正常', '已实名认证', '2028-05-05'],
  ];
  const body = rows
    .map(([d, st, rn, exp]) => `<tr><td><a>${d}</a></td><td>${st}</td><td>${rn}</td><td>张三</td><td>${exp} 到期</td><td><a>解析</a> <a>管理</a></td></tr>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>域名列表</title><style>${style}</style></head>
<body><div class="topbar">阿里云 | 域名</div><div class="content"><h1>域名列表</h1>
<div class="scroller"><table><colgroup><col class="id"><col><col><col><col><col></colgroup>
<thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名持有者</th><th>到期时间</th><th>操作</th></tr></thead>
<tbody>${body}</tbody></table></div></div></body></html>`;
}
