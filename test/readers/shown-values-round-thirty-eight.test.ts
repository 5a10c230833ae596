import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-eighth round of held-out pages (both providers; the server's and the domain's neighbours —
 * an EIP, a shared bandwidth package, a load balancer, cloud disks, an SSL certificate, a DNS plan, a transfer order —
 * each with billing, expiry and bandwidth words of its own: test/fixtures-unseen/README.md "Thirty-eighth round"), each
 * narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a table inside a list row is no copy of the list\'s columns (dom/table.ts)', () => {
  const url = 'https://swas.console.aliyun.com/#/servers';
  const id = (n: number) => `3a9f1c2e5b7d4e8fa0c1d2e3f4a5b6c${n}`;
  const row = (n: number, region: string) =>
    `<tr><td><a href="#">${id(n)}</a></td><td>运行中</td><td>${region}</td><td>2核2GB<br>峰值带宽 30Mbps</td><td>47.110.31.2${n}</td></tr>`;
  const related = (dates: string[]) =>
    `<tr class="next-table-expanded-row"><td colspan="5"><div class="related-title">关联资源</div><table class="related-table">` +
    `<thead><tr><th>资源类型</th><th>资源ID</th><th>到期时间</th></tr></thead><tbody>` +
    dates.map((d, i) => `<tr><td>数据盘</td><td>d-swas-r38data000${i}</td><td>${d}</td></tr>`).join('') +
    `</tbody></table></td></tr>`;
  const list = (expanded: string) =>
    `<div class="next-table"><table><thead><tr><th>服务器ID/名称</th><th>状态</th><th>地域</th><th>套餐配置</th><th>公网IP</th></tr></thead><tbody>` +
    `${row(1, '华东1（杭州）')}${expanded}${row(2, '华北2（北京）')}${row(3, '华东2（上海）')}</tbody></table></div>`;

  it('a SWAS list with no 到期时间 column gives no expiry from an expanded row\'s table of as many disks (it gave each server a disk\'s 到期时间, invented)', () => {
    const got = read(list(related(['2027-01-20 23:59:59', '-', '2026-12-28'])), url);
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps])).toEqual([
      [id(1), undefined, 30],
      [id(2), undefined, 30],
      [id(3), undefined, 30],
    ]);
  });

  it('a nested table of another count gives nothing either (a guard; nothing before too)', () => {
    const got = read(list(related(['2027-01-20 23:59:59', '2026-12-28'])), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual([undefined, undefined, undefined]);
  });

  it('a one-disk table in an expanded row gives no expiry: its 到期时间 heads a column of disks (it gave the disk\'s, invented)', () => {
    const got = read(list(related(['2027-01-20 23:59:59'])), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual([undefined, undefined, undefined]);
  });

  it('label / value pairs in an expanded row are still read (a guard)', () => {
    const got = read(list('<tr class="next-table-expanded-row"><td colspan="5"><dl><dt>到期时间</dt><dd>2027-04-01 23:59:59</dd></dl></td></tr>'), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual(['2027-04-01', undefined, undefined]);
  });
});

const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></div>`;
const teaCard = (title: string, items: string) =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
const teaSection = (title: string, items: string) => `<section class="related-item"><h4>${title}</h4><div class="tea-form">${items}</div></section>`;

describe('a Tencent server\'s neighbours: a box titled for a load balancer, an EIP, a shared bandwidth package, a NAT gateway (rules/labels/tencent.json server-detail notUnder)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-r38ngh7d';
  const own = (items: string) =>
    teaCard('实例信息', teaItem('实例ID', 'ins-r38ngh7d') + teaItem('地域', '华南地区（广州）')) + teaCard('计费信息', items);
  const related = (boxes: string) => teaCard('关联资源', boxes);
  const clb = teaSection('负载均衡', teaItem('ID/名称', 'lb-r38front') + teaItem('实例计费模式', '包年包月') + teaItem('带宽上限', '5120 Mbps') + teaItem('创建时间', '2025-09-01 16:00:00') + teaItem('到期时间', '2027-03-01 00:00:00'));
  const eip = teaSection('弹性公网IP', teaItem('ID', 'eip-r38bnd21') + teaItem('带宽上限', '20 Mbps'));
  const bwp = teaSection('共享带宽包', teaItem('ID', 'bwp-r38pk9x2') + teaItem('计费模式', '包月带宽') + teaItem('到期时间', '2027-02-14 00:00:00'));
  const nat = teaSection('NAT网关', teaItem('ID', 'nat-r38gw001') + teaItem('带宽上限', '1000 Mbps'));

  it('a CVM page without its own 创建时间 / 计费模式 / 带宽 gives none of the load balancer\'s (it gave its 创建时间 2025-09-01 and 包年包月 with its 到期时间, and 5120, invented)', () => {
    const got = read(own(teaItem('自动续费', '已开通')) + related(clb), url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r38ngh7d', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  it('nor the bound EIP\'s bandwidth (it gave the EIP\'s 20, invented by this round\'s convention), the shared package\'s expiry or the NAT gateway\'s bandwidth', () => {
    const got = read(own(teaItem('实例计费模式', '包年包月')) + related(eip + bwp + nat), url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r38ngh7d', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription' }]);
  });

  it('the server\'s own fields beside them are read (a guard)', () => {
    const got = read(own(teaItem('实例计费模式', '包年包月') + teaItem('创建时间', '2026-04-10 10:05:33') + teaItem('到期时间', '2027-04-10 10:05:33') + teaItem('带宽上限', '20 Mbps')) + related(clb + eip + bwp + nat), url);
    expect(got?.facts.servers).toEqual([
      { id: 'ins-r38ngh7d', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-04-10', createdAt: '2026-04-10', publicBandwidthMbps: 20 },
    ]);
  });
});

describe('a Tencent domain\'s neighbours: a transfer order, a privacy service, a CDN box (rules/labels/tencent.json domain-info notUnder)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/yunxi-r38.cn';
  const info = (extra = '') => teaCard('域名信息', teaItem('域名', 'yunxi-r38.cn') + teaItem('注册商', '烟台帝思普网络科技有限公司') + extra);
  const holder = (extra = '') => teaCard('域名持有者信息', extra + teaItem('证件类型', '营业执照'));
  const transfer = teaCard('域名转移订单', teaItem('域名', 'yunxi-r38.com') + teaItem('订单状态', '等待原注册商确认') + teaItem('域名所有者', '云溪（深圳）贸易有限公司') + teaItem('到期时间', '2026-09-09') + teaItem('域名状态', '转移中'));
  const privacy = teaCard('隐私保护', teaItem('隐私保护', '已开启') + teaItem('到期时间', '2026-12-31'));

  it('a page without the domain\'s own expiry / owner gives none of a transfer order\'s or the privacy service\'s (it gave the privacy service\'s 2026-12-31, the order\'s owner 云溪(深圳)贸易有限公司 and its status 转移中, invented)', () => {
    const got = read(info() + holder() + privacy + transfer, url);
    expect(got?.facts.domains).toEqual([{ domain: 'yunxi-r38.cn', registrar: '烟台帝思普网络科技有限公司', registrantIdType: '营业执照' }]);
  });

  it('a transfer order shown first gives not its domain (it gave yunxi-r38.com, invented)', () => {
    const got = read(transfer + info(teaItem('到期时间', '2027-07-19 15:02:44')) + holder(teaItem('域名所有者', '深圳云溪网络科技有限公司')), url);
    expect(got?.facts.domains?.[0]).toMatchObject({ domain: 'yunxi-r38.cn', registrantName: '深圳云溪网络科技有限公司' });
    expect(got?.facts.domains?.[0]?.expiresAt).not.toBe('2026-09-09');
  });
});

const nextItem = (label: string, value: string) =>
  `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${value}</div></div>`;
const nextCard = (title: string, items: string) =>
  `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body"><div class="next-form next-form-preview">${items}</div></div></div>`;

describe('an ECS instance\'s neighbours: cards titled for its EIP, a shared bandwidth package, a load balancer (rules/labels/aliyun/ecs.json ecs-detail notUnder)', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1r38ngh0ecs0detl1/detail?regionId=cn-hangzhou';
  const base = nextItem('实例ID', 'i-bp1r38ngh0ecs0detl1') + nextItem('地域', '华东1（杭州）');
  const eip = nextCard('弹性公网IP <a href="#">eip-bp1r38eip0bound01</a>', nextItem('带宽峰值', '10Mbps') + nextItem('付费类型', '包年包月') + nextItem('到期时间', '2027-09-30 23:59:59'));
  const cbwp = nextCard('共享带宽 <a href="#">cbwp-bp1r38cbwp0pkg01</a>', nextItem('带宽峰值', '200Mbps') + nextItem('付费类型', '包年包月') + nextItem('到期时间', '2027-12-31 23:59:59'));
  const slb = nextCard('负载均衡 <a href="#">lb-bp1r38slb0front01</a>', nextItem('带宽', '5120Mbps') + nextItem('付费方式', '包年包月') + nextItem('到期时间', '2027-03-01'));

  it('an instance card without billing or bandwidth fields gives none of the load balancer\'s or the EIP\'s (it gave 包年包月, the EIP\'s 到期时间 and the load balancer\'s 5120, invented)', () => {
    const got = read(nextCard('基本信息', base) + nextCard('关联资源', eip + cbwp + slb), url);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1r38ngh0ecs0detl1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });

  it('the neighbours shown before the instance\'s own 付费方式 and 公网带宽 give way to them (it gave 包年包月, the load balancer\'s 2027-03-01 and 5120 over 按量付费 and 10, invented)', () => {
    const got = read(nextCard('关联资源', slb + eip + cbwp) + nextCard('基本信息', base + nextItem('付费方式', '按量付费') + nextItem('公网带宽', '10Mbps')), url);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1r38ngh0ecs0detl1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 10 }]);
  });

  it('a label worded otherwise (当前带宽峰值) in the load balancer\'s card gives nothing either', () => {
    const got = read(nextCard('基本信息', base + nextItem('付费方式', '按量付费')) + nextCard('负载均衡 lb-bp1r38slb0front01', nextItem('当前带宽峰值', '5120Mbps')), url);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

const descCard = (title: string, rows: Array<[string, string]>) =>
  `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>` +
  rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('') +
  `</tbody></table></div></div></div>`;

describe('an Alibaba Cloud domain\'s neighbours: a DNS plan, a privacy service, a transfer order, a certificate (rules/labels/aliyun/domain.json domain-holder notUnder, aliyun/domain-holder.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qinghe-r38.com';
  const basic = (rows: Array<[string, string]>) => descCard('基本信息', [['域名', 'qinghe-r38.com'], ...rows]);
  const holder = (rows: Array<[string, string]>) => descCard('持有者信息', [['证件类型', '营业执照'], ...rows]);
  const dns = descCard('云解析 DNS', [['解析套餐', '企业标准版'], ['到期时间', '2027-01-08'], ['状态', '正常']]);
  const privacy = descCard('域名隐私保护', [['隐私保护', '已开启'], ['到期时间', '2026-12-31']]);
  const transfer = descCard('域名转入订单', [['转入域名', 'qinghe-r38.net'], ['域名持有者', '苏州清禾传媒工作室'], ['到期日期', '2026-08-30']]);

  it('a holder page without the domain\'s own expiry, holder or status gives none of the neighbours\' (it gave the DNS plan\'s 2027-01-08 and 正常, the order\'s holder, invented)', () => {
    const got = read(basic([['注册商', '阿里云计算有限公司（万网）']]) + holder([]) + dns + privacy + transfer, url);
    expect(got?.facts.domains).toEqual([{ domain: 'qinghe-r38.com', registrar: '阿里云计算有限公司(万网)', registrantIdType: '营业执照' }]);
  });

  it('the neighbours shown first give way to the domain\'s own fields (it gave 2027-01-08 and the order\'s holder over 2027-05-16 and the holder)', () => {
    const got = read(dns + privacy + transfer + basic([['到期日期', '2027-05-16 09:41:07'], ['域名状态', '正常']]) + holder([['域名持有者', '苏州清禾文化传媒有限公司']]), url);
    expect(got?.facts.domains).toEqual([{ domain: 'qinghe-r38.com', registrantName: '苏州清禾文化传媒有限公司', registrantIdType: '营业执照', expiresAt: '2027-05-16', status: ['正常'] }]);
  });
});

describe('an inline "label：value" text in a neighbour\'s card (dom/field.ts inlineFieldText, aliyun/server-detail-vocab.ts)', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1r38ngh0ecs0detl1/detail?regionId=cn-hangzhou';
  const base = nextItem('实例ID', 'i-bp1r38ngh0ecs0detl1') + nextItem('地域', '华东1（杭州）') + nextItem('付费方式', '按量付费');
  const slbLines = '<div class="next-card"><div class="next-card-head"><div class="next-card-title">负载均衡 lb-bp1r38slb0front01</div></div><div class="next-card-body"><p>当前带宽峰值：5120Mbps</p></div></div>';

  it('the load balancer\'s "当前带宽峰值：5120Mbps" line gives the instance no bandwidth (it gave 5120, invented)', () => {
    const got = read(nextCard('基本信息', base) + slbLines, url);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('the instance\'s own line is read (a guard)', () => {
    const got = read(nextCard('基本信息', base + '<p>当前带宽峰值：10Mbps</p>') + slbLines, url);
    expect(got?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });
});
