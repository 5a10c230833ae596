import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readFieldText } from '../../src/readers/dom/field';
import { firstLineValueText } from '../../src/readers/dom/units';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Faults found by the eighth round of held-out pages (test/fixtures-unseen/README.md), each narrowed down
 * to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://ecs.console.aliyun.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('a label drawn in spans inside its label box (field.ts wholeLabelBox)', () => {
  const row = (label: string, value: string) => `<tr><th class="ant-descriptions-item-label">${label}</th><td class="ant-descriptions-item-content">${value}</td></tr>`;

  it('a qualifier in a span of its own is part of the label, never its value', () => {
    const d = doc(`<table>${row('<span>公网带宽</span><span class="label-sub">（峰值）</span>', '10 Mbps')}</table>`);
    expect(readFieldText(d.body, ['公网带宽'])).toBe('10 Mbps');
  });

  it('an icon after the label words inside the box does not take the value away', () => {
    const d = doc(`<table>${row('<span>证件号码</span><span role="img" aria-label="info-circle" class="anticon anticon-info-circle"></span>', '3301**********2345')}</table>`);
    expect(readFieldText(d.body, ['证件号码'])).toBe('3301**********2345');
  });

  it('a box whose whole text is another label (持有者（英文）) gives nothing to the label its first span matches', () => {
    const d = doc(`<table>${row('<span>域名持有者</span><span class="qualifier">（英文）</span>', 'xu qing')}${row('<span>域名持有者</span><span class="qualifier">（中文）</span>', '徐青')}</table>`);
    const labels = ['域名持有者', '域名持有者(中文)'];
    expect(readFieldText(d.body, labels, createVisibilityCache())).toBe('徐青');
  });

  // (a guard: the <label for> itself is the label box, as before)
  it('a <label for> inside a label-classed box still gives its control', () => {
    const d = doc('<div class="tea-form__item"><div class="tea-form__label"><label for="n">网站名称</label></div><div class="tea-form__controls"><input id="n" value="光影拾记"><span class="tea-input__counter">4 / 30</span></div></div>');
    expect(readFieldText(d.body, ['网站名称'])).toBe('光影拾记');
  });

  it('an ECS overview with 公网带宽 + （峰值） spans gives its bandwidth', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1spanlabel0000a1/detail?regionId=cn-hangzhou';
    const item = (l: string, v: string) => `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${l}</span><span class="ant-descriptions-item-content">${v}</span></div></td>`;
    const page = doc(
      `<table><tr>${item('<span>实例</span><span>ID</span>', 'i-bp1spanlabel0000a1')}${item('<span>地域</span>', '华东1（杭州）')}</tr><tr>${item('<span>付费类型</span>', '包年包月')}${item('<span>公网带宽</span><span class="label-sub">（峰值）</span>', '<span>10</span> <span>Mbps</span>')}</tr></table>`,
      url,
    );
    expect(readPage(page, new URL(url))?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });
});

describe('a name drawn over lines set apart by <br> (units.ts firstLineValueText)', () => {
  it('the first line is the value, the lines under it are notes', () => {
    const d = doc('<table><tr><td id="a">徐青<br><span class="sub">个人</span></td></tr><tr><td id="b">许青山 <span class="ant-tag">已认证</span><br>与证件一致</td></tr><tr><td id="c">周林 Zhou Lin</td></tr></table>');
    expect(firstLineValueText(d.getElementById('a'))).toBe('徐青');
    expect(firstLineValueText(d.getElementById('b'))).toBe('许青山');
    expect(firstLineValueText(d.getElementById('c'))).toBe('周林 Zhou Lin');
  });

  it('an Alibaba holder page: the holder is 徐青 (not "徐青 个人"), and a 已实名认证 tag with a date note under it is read', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=xuqing-garden.cn';
    const row = (l: string, v: string) => `<tr><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`;
    const page = doc(
      `<h2>xuqing-garden.cn</h2><table>${row('域名持有者', '徐青<br><span class="sub">个人</span>')}${row('证件类型', '身份证')}${row('实名认证状态', '<span class="ant-tag ant-tag-success">已实名认证</span><br><span class="sub">2025/04/18 14:02:33 通过</span>')}</table>`,
      url,
    );
    const d = readPage(page, new URL(url))?.facts.domains?.[0];
    expect(d?.registrantName).toBe('徐青');
    expect(d?.realNameVerified).toBe(true);
  });

  it('a Tencent filing confirm page: the entity name is 许青山 (not "许青山 与证件一致")', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261203000812/confirm';
    const page = doc(
      '<div class="t-card"><div class="t-card__title">主办单位信息</div><table><tr><td class="t-descriptions__label">主办单位性质</td><td class="t-descriptions__content">个人</td><td class="t-descriptions__label">主办单位名称</td><td class="t-descriptions__content">许青山<br><span class="weak">与证件一致</span></td></tr></table></div>',
      url,
    );
    expect(readPage(page, new URL(url))?.facts.entity?.name).toBe('许青山');
  });
});

describe('a Tencent domain page on the international console (domain-info)', () => {
  const url = 'https://console.tencentcloud.com/domain/info/qinghe-media.com';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const tabs = '<div class="tea-tabs"><ul class="tea-tabs__tabbar"><li class="tea-tabs__tabitem is-active">Basic Info</li><li class="tea-tabs__tabitem">Real-Name Verification</li><li class="tea-tabs__tabitem">Domain Security</li></ul></div>';
  const page = (extra = '') =>
    doc(
      `<h2>qinghe-media.com</h2>${tabs}<form class="tea-form">${item('Domain Owner (Chinese)', '<input class="tea-input" readonly value="杭州青禾文化传媒有限公司"> <span class="tea-tag tea-tag--success">已实名认证</span>')}${item('Certificate Type', '<input class="tea-input" readonly value="Business License">')}${item('Certificate No.', '<input class="tea-input" readonly value="9133**********7H4K">')}${extra}</form>`,
      url,
    );

  it('Certificate Type / Certificate No. are the owner ID type and number (rules/labels/tencent.json)', () => {
    const d = readPage(page(), new URL(url))?.facts.domains?.[0];
    expect(d?.registrantIdType).toBe('Business License');
    expect(d?.registrantIdNumber).toBe('9133**********7H4K');
  });

  it('a tab of the tab bar is no field label; with no real-name field the tag beside the owner gives it', () => {
    const d = readPage(page(item('Verified At', '<input class="tea-input" readonly value="Nov 20, 2026">')), new URL(url))?.facts.domains?.[0];
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBe('2026-11-20');
  });

  it('the tab item "Real-Name Verification" takes no value from the next tab (reading model)', async () => {
    const { readingModel } = await import('../../src/readers/dom/reading-model');
    const m = readingModel(doc(tabs));
    expect(m.fields(['Real-Name Verification']).map((r) => r.text)).toEqual([]);
  });
});

describe('a virtual host list whose expiry cell shows the opening date too (aliyun/virtual-host-list.ts)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const table = (head: string) =>
    doc(
      `<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>地域</th><th>产品类型</th><th>${head}</th></tr></thead><tbody><tr><td><a>bdm161803398</a><br>qingshan-blog</td><td>华北2（北京）</td><td>Linux 共享 标准版</td><td><span class="sub">2025/12/01 开通</span><br>2026/12/01 到期</td></tr></tbody></table>`,
      url,
    );

  it('the date called the expiry is read, never the opening date before it', () => {
    expect(readPage(table('到期时间'), new URL(url))?.facts.servers?.[0]?.expiresAt).toBe('2026-12-01');
  });

  it('开通时间/到期时间 names the expiry column (rules/labels/aliyun/domain.json)', () => {
    expect(readPage(table('开通时间/到期时间'), new URL(url))?.facts.servers?.[0]?.expiresAt).toBe('2026-12-01');
  });
});

describe('Tencent authorization codes as a list of one item per code (tencent/beian-authcode.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const item = (code: string, status: string, lines: string[]) =>
    `<li class="t-list-item"><h3 class="t-list-item__meta-title">${code} <span class="t-tag">${status}</span></h3><p class="t-list-item__meta-description">${lines.join('<br>')}</p><ul class="t-list-item__action"><li><a>复制</a></li></ul></li>`;

  it('each item gives its code, its server (关联的云服务 line), region, target account and status', () => {
    const page = doc(
      `<h2>备案授权码</h2><ul class="t-list">${item('BA3N5M7K9J1H3G5F', '已使用', ['关联的云服务：云服务器 ins-gz5t7y9u', '地域：广州 | 公网IP：119.29.18.40', '授权使用账户：100033445566'])}${item('BA1Q3W5E7R9T1Y3U', '使用中', ['关联的云服务：云服务器 ins-sh2x4c6v', '地域：上海 | 公网IP：101.34.77.9', '授权使用账户：100077889911'])}</ul>`,
      url,
    );
    expect(readPage(page, new URL(url))?.facts.servers).toEqual([
      { id: 'ins-gz5t7y9u', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', authorizationCodes: [{ code: 'BA3N5M7K9J1H3G5F', targetAccount: '100033445566', status: 'used' }] },
      { id: 'ins-sh2x4c6v', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', authorizationCodes: [{ code: 'BA1Q3W5E7R9T1Y3U', targetAccount: '100077889911', status: 'in-use' }] },
    ]);
  });

  it('an item whose resource names no server gives nothing (no invented server)', () => {
    const page = doc(`<h2>备案授权码</h2><ul class="t-list">${item('BA3N5M7K9J1H3G5F', '未使用', ['授权使用账户：100033445566'])}</ul>`, url);
    expect(readPage(page, new URL(url))?.facts.servers ?? []).toEqual([]);
  });
});

describe('SWAS list items with unlabelled values (aliyun/swas-card-values.ts)', () => {
  const url = 'https://swas.console.aliyun.com/#/servers';
  const ID_A = '7a9c1e3b5d7f49a1b3c5d7e9f1a3b5c7';
  const ID_B = '0b2d4f6a8c0e42b4d6f8a0c2e4b6d8f0';
  const ID_C = '5e6f7a8b9c0d41e2f3a4b5c6d7e8f9a0';
  const divider = '<span class="ant-divider ant-divider-vertical"></span>';
  const item = (name: string, id: string | undefined, first: string[], second: string[]) =>
    `<li class="ant-list-item"><div class="ant-list-item-meta"><div class="ant-list-item-meta-content"><h4 class="ant-list-item-meta-title"><a>${name}</a></h4>` +
    `<div class="ant-list-item-meta-description">${id ? `ID：${id}` : '—'}</div></div></div>` +
    `<div class="swas-item-content">${first.join(divider)}<br>${second.map((s) => `<span class="muted">${s}</span>`).join(divider)}</div>` +
    '<ul class="ant-list-item-action"><li><a>远程连接</a></li><li><a>续费</a></li></ul></li>';
  const list = (...items: string[]) => doc(`<h2>服务器列表</h2><ul class="ant-list-items">${items.join('')}</ul>`, url);
  const servers = (page: Document) => readPage(page, new URL(url))?.facts.servers ?? [];

  it('a region name alone, 峰值带宽 N Mbps and a date called 到期 are read from each item', () => {
    const page = list(
      item('bt-panel-bj', ID_A, ['华北2（北京）', '2核4GB', '峰值带宽 5 Mbps'], ['包年包月', '2027/01/15 23:59:59 到期']),
      item('wp-blog-sz', ID_B, ['China (Shenzhen)', '2 vCPU 2 GiB', 'Peak bandwidth 30 Mbps'], ['Subscription', 'Expires Dec 10, 2026']),
    );
    expect(servers(page)).toEqual([
      { id: ID_A, provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-beijing', expiresAt: '2027-01-15', publicBandwidthMbps: 5 },
      { id: ID_B, provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-shenzhen', expiresAt: '2026-12-10', publicBandwidthMbps: 30 },
    ]);
  });

  it('an unmarked date is no expiry, a region word inside a name or a longer text is no region, a figure without 带宽 is no bandwidth', () => {
    const page = list(
      item('北京', ID_A, ['北京官网服务器', '2核4GB', '5 Mbps'], ['2027/01/15 23:59:59']),
      item('hangzhou-web', ID_B, ['杭州办公室', '内网带宽 1 Gbps', '峰值带宽 10 Mbps'], ['2025/01/01 创建']),
      item('wp-blog-sz', ID_C, ['华南1（深圳）', '峰值带宽 30 Mbps'], ['2026/12/10 到期']),
    );
    const read = servers(page);
    // item A shows nothing that can be read; item B only its peak bandwidth; nothing is made up
    expect(read.map((s) => s.id)).toEqual([ID_B, ID_C]);
    expect(read.find((s) => s.id === ID_B)).toEqual({ id: ID_B, provider: 'aliyun', product: 'swas', billing: 'subscription', publicBandwidthMbps: 10 });
  });

  it('an item showing no instance id gives nothing', () => {
    const page = list(
      item('bt-panel-bj', ID_A, ['华北2（北京）', '峰值带宽 5 Mbps'], ['2027/01/15 23:59:59 到期']),
      item('wp-blog-sz', ID_B, ['华南1（深圳）', '峰值带宽 30 Mbps'], ['2026/12/10 到期']),
      item('no-id', undefined, ['华东1（杭州）', '峰值带宽 8 Mbps'], ['2026/06/01 到期']),
    );
    expect(servers(page).map((s) => s.id)).toEqual([ID_A, ID_B]);
  });

  it('two different region names in one item give no region', () => {
    const page = list(
      item('a', ID_A, ['华北2（北京）', '华南1（深圳）', '峰值带宽 5 Mbps'], []),
      item('b', ID_B, ['华南1（深圳）', '峰值带宽 30 Mbps'], []),
    );
    const read = servers(page);
    expect(read.find((s) => s.id === ID_A)?.region).toBeUndefined();
    expect(read.find((s) => s.id === ID_B)?.region).toBe('cn-shenzhen');
  });
});
