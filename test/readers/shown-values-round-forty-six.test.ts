import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-sixth round of held-out pages (both providers; hover cards, quick views and copied text —
 * what the console lays over a list or a detail when the user points or clicks: a 实例详情预览 card, a 快速查看 drawer, a
 * 配置对比 view, 已复制 toasts, 最近访问 / 收藏 panels, pinned rows, popovers on an expiry, a bandwidth or a holder:
 * test/fixtures-unseen/README.md "Forty-sixth round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const row = (l: string, v: string) => `<div class="next-row"><div class="next-col label">${l}</div><div class="next-col value">${v}</div></div>`;

describe('a table of other instances on an instance\'s own page is no instance list (aliyun ecs / swas list: routeNames)', () => {
  const ecsUrl = 'https://ecs.console.aliyun.com/server/i-uf6r46own0000000001a/detail?regionId=cn-shanghai';
  const ecsFields =
    `<h3>基本信息</h3><div class="info-grid">${row('实例ID', 'i-uf6r46own0000000001a')}${row('所在可用区', '上海 可用区L')}</div>` +
    `<h3>付费信息</h3><div class="info-grid">${row('付费方式', '包年包月')}${row('到期时间', '2026-12-29 23:59:59')}${row('公网带宽', '5 Mbps')}</div>`;
  const ecsOwn = { id: 'i-uf6r46own0000000001a', provider: 'aliyun', product: 'ecs', region: 'cn-shanghai', billing: 'subscription', expiresAt: '2026-12-29', publicBandwidthMbps: 5 };
  const peers = (rows: string) =>
    `<section><h3>同一安全组的实例</h3><table><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  const peer = (id: string, billing: string, expiry: string) => `<tr><td><a>${id}</a><div>peer</div></td><td>运行中</td><td>${billing}</td><td>${expiry}</td></tr>`;

  it('an ECS detail with a two-row 同一安全组的实例 table reads the instance, not the two peers (the peers before: invented)', () => {
    const got = read(ecsFields + peers(peer('i-uf6r46peer000000002b', '按量付费', '-') + peer('i-uf6r46peer000000003c', '包年包月', '2027-02-02')), ecsUrl);
    expect(got?.reader).toBe('aliyun-ecs-instance-detail');
    expect(got?.facts.servers).toEqual([ecsOwn]);
  });

  it('… also when the table lists the instance itself among its peers', () => {
    const got = read(ecsFields + peers(peer('i-uf6r46own0000000001a', '包年包月', '2026-12-29') + peer('i-uf6r46peer000000002b', '按量付费', '-')), ecsUrl);
    expect(got?.reader).toBe('aliyun-ecs-instance-detail');
    expect(got?.facts.servers).toEqual([ecsOwn]);
  });

  it('a SWAS dashboard with a two-row table of other servers reads the server, not the table', () => {
    const url = 'https://swas.console.aliyun.com/#/server/7c1e4a9b2d3f4e5a8b6c0d1e2f3a4b5c/cn-hangzhou/dashboard';
    const body =
      `<h3>实例信息</h3><div class="info-grid">${row('实例ID', '7c1e4a9b2d3f4e5a8b6c0d1e2f3a4b5c')}${row('地域', '华东1（杭州）')}${row('到期时间', '2027-03-03 23:59:59')}${row('峰值带宽', '30 Mbps')}</div>` +
      `<section><h3>同一地域的其他实例</h3><table><thead><tr><th>实例ID/名称</th><th>状态</th><th>到期时间</th></tr></thead><tbody>` +
      `<tr><td>1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6</td><td>运行中</td><td>2027-05-05</td></tr><tr><td>6c5b4a3f2e1d40c9b8a7f6e5d4c3b2a1</td><td>已停止</td><td>2027-06-06</td></tr></tbody></table></section>`;
    const got = read(body, url);
    expect(got?.reader).toBe('aliyun-swas-instance-detail');
    expect(got?.facts.servers?.map((s) => s.id)).toEqual(['7c1e4a9b2d3f4e5a8b6c0d1e2f3a4b5c']);
    expect(got?.facts.servers?.[0]?.expiresAt).toBe('2027-03-03');
  });

  it('guard: the same table on the list\'s own route is the list (an id only in the query names no page of one instance)', () => {
    const rows = peer('i-bp1r46list00000001aa', '按量付费', '-') + peer('i-bp1r46list00000002bb', '包年包月', '2027-02-02');
    for (const url of ['https://ecs.console.aliyun.com/server/region/cn-hangzhou#/', 'https://ecs.console.aliyun.com/server/region/cn-hangzhou?instanceIds=i-bp1r46list00000001aa#/']) {
      const got = read(`<h1>实例</h1>${peers(rows)}`, url);
      expect(got?.reader).toBe('aliyun-ecs-instance-list');
      expect(got?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r46list00000001aa', 'i-bp1r46list00000002bb']);
    }
  });
});

describe('a line labelled with a colon after the holder\'s name in a holder cell is no part of the name (shared/text-values registrantNameOf)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (holderCell: string) =>
    `<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a>yunqi-r46.ink</a></td><td>正常</td><td>${holderCell}</td><td>2027-03-05 23:59:59</td></tr>` +
    `<tr><td><a>yunqi-r46.cn</a></td><td>正常</td><td>杭州云栖茶业有限公司</td><td>2027-04-05 23:59:59</td></tr></tbody></table>`;
  const names = (cell: string) => read(list(cell), url)?.facts.domains?.map((d) => d.registrantName);

  it('"周云栖" then a hover card drawn in the cell, "持有者：周晓栖（原持有者）", gives 周云栖 (the two names glued before: a wrong name)', () => {
    expect(names('<span class="holder">周云栖</span><div class="pop">持有者：周晓栖（原持有者）</div>')).toEqual(['周云栖', '杭州云栖茶业有限公司']);
    expect(names('<span>周云栖</span><div>实名信息：周晓栖 已实名认证</div>')).toEqual(['周云栖', '杭州云栖茶业有限公司']);
  });

  it('guard: a name holding no labelled line stays whole (Meadow Labs (HK) Ltd, 周林 (Zhou Lin), 杭州周林空间设计工作室(普通合伙))', () => {
    expect(names('Meadow Labs (HK) Ltd')).toEqual(['Meadow Labs (HK) Ltd', '杭州云栖茶业有限公司']);
    expect(names('周林 (Zhou Lin)')).toEqual(['周林', '杭州云栖茶业有限公司']);
    expect(names('杭州周林空间设计工作室(普通合伙)')).toEqual(['杭州周林空间设计工作室(普通合伙)', '杭州云栖茶业有限公司']);
  });
});

describe('a panel listing other domains by their links is theirs (tencent/domain-info ownRecord)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/yunfan-r46.cn';
  const li = (l: string, v: string) => `<li><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></li>`;
  const fields = (owner: boolean) =>
    `<div class="tea-layout__header-title"><h2 class="tea-h2">yunfan-r46.cn</h2></div><div class="tea-card"><h3>基本信息</h3><ul class="tea-form">${li('域名', 'yunfan-r46.cn')}${li('到期时间', '2026-12-29 11:02:41')}${li('域名状态', '正常')}</ul></div>` +
    `<div class="tea-card"><h3>所有者信息</h3><ul class="tea-form">${owner ? li('域名所有者', '杭州云帆文化传媒有限公司') : ''}${li('证件类型', '营业执照')}</ul></div>`;
  const starred = `<aside class="star-panel"><div>已收藏的域名</div><ul class="tea-list"><li><a>lanting-r46.cn</a> <span>所有者：陈兰亭 · 2027-03-03 到期</span></li><li><a>jiangnan-r46.com</a> <span>未实名认证 · 2026-12-20 到期</span></li></ul></aside>`;

  it('a 已收藏的域名 panel "lanting-r46.cn 所有者：陈兰亭" gives no owner when the page shows none (its owner before: invented)', () => {
    const got = read(fields(false) + starred, url);
    expect(got?.reader).toBe('tencent-domain-info');
    expect(got?.facts.domains?.[0]?.registrantName).toBeUndefined();
    expect(got?.facts.domains?.[0]?.expiresAt).toBe('2026-12-29');
  });

  it('guard: with the owner shown, the owner is read; a link to the page\'s own domain in the panel changes nothing', () => {
    const got = read(fields(true) + starred.replace('<ul class="tea-list">', '<ul class="tea-list"><li><a>yunfan-r46.cn</a></li>'), url);
    expect(got?.facts.domains?.[0]?.registrantName).toBe('杭州云帆文化传媒有限公司');
    expect(got?.facts.domains?.[0]?.expiresAt).toBe('2026-12-29');
  });
});
