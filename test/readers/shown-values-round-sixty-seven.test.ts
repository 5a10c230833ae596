import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-seventh round of held-out pages (plain pages of both providers as a filer opens them to change
 * an existing filing: test/fixtures-unseen/README.md "Sixty-seventh round"), each narrowed in a scratch copy of its page
 * to the smallest markup that showed it.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

describe('Tencent Lighthouse list: the plan column headed 实例配置 (rules/labels/tencent.json groups.lighthouse-list.config)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
  const table = (configHeader: string) =>
    `<div class="tea-table"><table><thead><tr><th>ID/名称</th><th>状态</th><th>地域和可用区</th><th>实例IP</th><th>${configHeader}</th><th>实例计费模式</th></tr></thead><tbody>` +
    '<tr><td><p><a>lhins-3f9q2w8e</a></p><p>mumian-help-gz</p></td><td>运行中</td><td>广州<br>广州三区</td><td><p>43.139.**.52 (公)</p><p>10.0.4.12 (内)</p></td>' +
    '<td><p>2核 4GB 6Mbps</p><p>SSD云硬盘 80GB｜流量包 1200GB/月</p></td><td><p>包年包月</p><p>2027-06-02 10:21:07到期</p></td></tr>' +
    '<tr><td><p><a>lhins-5t8w1y4b</a></p><p>mumian-api-sh</p></td><td>运行中</td><td>上海<br>上海二区</td><td><p>49.234.**.18 (公)</p><p>10.1.0.9 (内)</p></td>' +
    '<td><p>4核 8GB 12Mbps</p><p>SSD云硬盘 180GB｜流量包 2000GB/月</p></td><td><p>包年包月</p><p>2027-03-11 09:02:44到期</p></td></tr>' +
    '</tbody></table></div>';
  const servers = [
    { id: 'lhins-3f9q2w8e', provider: 'tencent', product: 'lighthouse', billing: 'subscription', region: 'ap-guangzhou', expiresAt: '2027-06-02', publicBandwidthMbps: 6 },
    { id: 'lhins-5t8w1y4b', provider: 'tencent', product: 'lighthouse', billing: 'subscription', region: 'ap-shanghai', expiresAt: '2027-03-11', publicBandwidthMbps: 12 },
  ];

  it('实例配置: each plan line gives its peak bandwidth (missing before)', () => {
    expect(read(table('实例配置'), url)?.facts.servers).toEqual(servers);
  });

  it('guard: the same table headed 实例套餐 reads alike', () => {
    expect(read(table('实例套餐'), url)?.facts.servers).toEqual(servers);
  });
});

describe('Alibaba 备案服务号管理: the used count headed 已用服务号 (rules/labels/aliyun/beian.json beian-service-numbers.used)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const table = (usedHeader: string) =>
    '<div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>服务号总数</th>' +
    `<th>${usedHeader}</th><th>剩余可申请</th></tr></thead><tbody>` +
    '<tr><td><a>i-wz9a7c3k2m5x8q1f4h6d</a><div>qinglan-web-01</div></td><td>云服务器ECS</td><td>华南1（深圳）</td><td>5</td><td>3</td><td>2</td></tr>' +
    '<tr><td><a>3f8e2d1c9b7a4e6f5d4c3b2a1e0f9d8c</a><div>qinglan-docs-gz</div></td><td>轻量应用服务器</td><td>华南3（广州）</td><td>5</td><td>1</td><td>4</td></tr>' +
    '</tbody></table></div><div class="next-pagination"><span class="next-pagination-total">共 2 条</span></div>';
  const servers = [
    { id: 'i-wz9a7c3k2m5x8q1f4h6d', provider: 'aliyun', product: 'ecs', region: 'cn-shenzhen', serviceNumbersUsed: 3 },
    { id: '3f8e2d1c9b7a4e6f5d4c3b2a1e0f9d8c', provider: 'aliyun', product: 'swas', region: 'cn-guangzhou', serviceNumbersUsed: 1 },
  ];

  it('已用服务号: each row gives its used count (missing before)', () => {
    expect(read(table('已用服务号'), url)?.facts.servers).toEqual(servers);
  });

  it('已用数量: alike (missing before)', () => {
    expect(read(table('已用数量'), url)?.facts.servers).toEqual(servers);
  });

  it('guard: the same table headed 已使用 reads alike', () => {
    expect(read(table('已使用'), url)?.facts.servers).toEqual(servers);
  });
});

describe('Alibaba 变更备案 website step: a filed website tagged 变更网站 beside a website added (beian-form readWebsites; rules/labels/aliyun/beian.json beian-website-states.changing)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const input = (v: string) => `<input class="ant-input" type="text" value="${v}">`;
  const card = (title: string, name: string, domains: string[]) =>
    `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">` +
    item('网站名称', input(name)) + item('网站域名', domains.map(input).join('')) + '</form></div></div>';
  const page = (firstTags: string) =>
    card(`网站 1 <span class="ant-tag ant-tag-success">已备案</span> <span class="ant-tag">粤ICP备2023041267号-1</span>${firstTags}`, '青岚数字官网', ['qinglan-digital.com', 'qinglan-digital.cn']) +
    card('网站 2 <span class="ant-tag ant-tag-blue">新增网站</span>', '青岚开发者文档', ['qinglan-docs.cn']);
  const changed = { name: '青岚数字官网', domains: ['qinglan-digital.com', 'qinglan-digital.cn'] };
  const added = { name: '青岚开发者文档', domains: ['qinglan-docs.cn'] };

  it('a 变更网站 tag in the filed website\'s title: both websites are the filing\'s (the changed one missing before)', () => {
    expect(read(page(' <span class="ant-tag ant-tag-processing">变更网站</span>'), url)?.facts.websites).toEqual([changed, added]);
  });

  it('guard: a filed website without such a tag beside one added is still none of the filing\'s (新增网站 pages)', () => {
    expect(read(page(''), url)?.facts.websites).toEqual([added]);
  });
});

describe('a character counter by its component class whatever its number (dom/units isInputCounter, counterByClass)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;
  const form = (nameControl: string) =>
    '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">网站信息</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">' +
    item('网站名称', nameControl) + item('网站域名', '<input class="ant-input" type="text" value="qinglan-docs.cn">') + '</form></div></div>';

  it('an emptied name beside a stale antd counter "7 / 50": no name (invented "7 / 50" before)', () => {
    const got = read(form('<input class="ant-input" type="text" value="" placeholder="请输入网站名称"><span class="ant-input-show-count-suffix">7 / 50</span>'), url);
    expect(got?.facts.websites).toEqual([{ domains: ['qinglan-docs.cn'] }]);
  });

  it('guard: a name typed beside its counter is read, the counter not', () => {
    const got = read(form('<input class="ant-input" type="text" value="青岚开发者文档"><span class="ant-input-show-count-suffix">7 / 50</span>'), url);
    expect(got?.facts.websites).toEqual([{ name: '青岚开发者文档', domains: ['qinglan-docs.cn'] }]);
  });
});
