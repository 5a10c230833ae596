import { describe, expect, it } from 'vitest';
import { domainsFromText } from '../../src/readers/shared/text-values';
import { read, teaItem } from '../helpers/console-pages';

/**
 * What a value's neighbours are when their boxes carry a console's own class names, no component library's
 * (a hint in `form-desc`, a tag in `verify-flag`, a plain `<a>` link): found by their words, not their classes.
 * Found by renaming every class of the held-out pages to a hash (CSS-in-JS; session 36).
 */

describe('a name given as an example in a sentence is no value (shared/text-values.ts domainsFromText)', () => {
  it('the text after 如 / 例如 / e.g. / such as, and the names listed with it, are examples', () => {
    expect(domainsFromText('每行填写一个域名，不带 www，如 example.com')).toEqual([]);
    expect(domainsFromText('请输入域名，例如：shop.cn')).toEqual([]);
    expect(domainsFromText('例如 a.cn、b.cn')).toEqual([]);
    expect(domainsFromText('比如 https://a.cn 和 b.cn')).toEqual([]);
    expect(domainsFromText('Enter one domain per line, e.g. example.com')).toEqual([]);
    expect(domainsFromText('Domain names such as shop.example.cn')).toEqual([]);
  });

  it('names outside the example stay: before the opener, after the sentence ends, and 如 meaning "if"', () => {
    expect(domainsFromText('qingshan.cn、qingshan.com')).toEqual(['qingshan.cn', 'qingshan.com']);
    expect(domainsFromText('例如 a.cn。本站 b.cn')).toEqual(['b.cn']);
    expect(domainsFromText('如需修改域名 qingshan.cn 请联系客服')).toEqual(['qingshan.cn']);
    expect(domainsFromText('qingshan.cn（for example: x.cn）')).toEqual(['qingshan.cn']);
  });

  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  it('Alibaba filing form: a hint in a box of the console\'s own class under the domains gives no domain (had given example.com)', () => {
    const form = (hint: string) =>
      `<form class="next-form">${item('网站名称', '<span class="next-input"><input value="清溪茶舍官网"></span>')}${item('网站域名', `<textarea>qingxi-tea.cn\nqingxitea.com</textarea>${hint}`)}</form>`;
    for (const hint of ['<div class="form-desc">每行填写一个域名，不带 www，如 example.com</div>', '<p class="c9f2a1b">Enter one domain per line, e.g. example.com</p>']) {
      expect(read(form(hint), aliyunUrl)?.facts.websites?.[0]?.domains).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
    }
  });

  it('Tencent filing form: the same under the website\'s domain', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
    const form = `<h2>填写网站信息</h2><div class="tea-form">${teaItem('网站名称', '青山茶舍')}${teaItem('网站域名', 'qingshan-tea.cn<div class="site-note">请填写已完成实名认证的域名，如 example.com</div>')}</div>`;
    expect(read(form, url)?.facts.websites?.[0]?.domains).toEqual(['qingshan-tea.cn']);
  });
});

describe('a masked ID number followed by words is the number (shared/text-values.ts maskedIdNumber)', () => {
  it('"3201**********0021 仅显示首尾各 4 位" is 3201**********0021 (the hint\'s 4 had made it a number to mask again: 320***214)', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=lanshan.cn';
    const row = (k: string, v: string) => `<div role="row" class="kv-row"><div role="rowheader" class="kv-k">${k}</div><div role="cell" class="kv-v">${v}</div></div>`;
    const holder = (id: string) =>
      `<h2>域名持有者信息</h2><div role="table" class="kv">${row('域名', 'lanshan.cn')}${row('域名持有者', '南京蓝山科技有限公司')}${row('证件类型', '营业执照')}${row('证件号码', id)}</div>`;
    const id = (v: string) => read(holder(v), url)?.facts.domains?.[0]?.registrantIdNumber;
    expect(id('3201**********0021 <span class="m7x2k">仅显示首尾各 4 位</span>')).toBe('3201**********0021');
    expect(id('3201**********0021 <span class="m7x2k">Only the first and last 4 shown</span>')).toBe('3201**********0021');
  });

  it('a full number with words after it is still masked, on its own figures', async () => {
    const { maskedIdNumber } = await import('../../src/readers/shared/text-values');
    expect(maskedIdNumber('410105199003071234 （已核验）')).toBe('4101**********1234');
    expect(maskedIdNumber('410105199003071234 XX')).toBe('4101**********1234');
    expect(maskedIdNumber('4101 **** 1234')).toBe('4101 **** 1234');
    expect(maskedIdNumber('4101 0519 9003 0712 34')).toBe('4101**********1234');
  });
});

describe('a CVM\'s 公网IP "field" whose value says something else is no answer (tencent/cvm-instance-detail.ts saysNone)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=4&id=ins-4w6y8a0c';
  // a tab strip with no role=tab and classes of the console's own: the tab 公网IP, then the tab 监控
  const tabs = '<div class="x1"><div class="x2"><span>基本信息</span></div><div class="x2"><span>公网IP</span></div><div class="x2"><span>监控</span></div></div>';
  const detail = (ip: string) =>
    `${tabs}<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('主IPv4地址', ip)}${teaItem('带宽上限', '8Mbps')}</div>`;
  it('a tab named 公网IP before a tab 监控 does not make the server one with no public address (had given 0 Mbps, not 8)', () => {
    expect(read(detail('101.34.25.177 (公)<br>172.17.0.5 (内)'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(8);
  });
  it('a 公网IP field shown empty still says none: 暂无公网IP, "-", 未绑定', () => {
    for (const v of ['暂无公网IP', '-', '未绑定']) {
      const page = `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('主IPv4地址', '10.0.2.19（内网）')}${teaItem('公网IP', v)}${teaItem('带宽上限', '8Mbps')}</div>`;
      expect(read(page, url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(0);
    }
  });
});

describe('an instruction under a control is help, whatever its box (dom/sample.ts INSTRUCTION)', () => {
  it('Tencent filing form: "请填写能体现网站内容的中文名称" under the name is no part of it', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
    const form = (hint: string) => `<h2>填写网站信息</h2><div class="tea-form">${teaItem('网站名称', `<input value="书言的旅行手帐">${hint}`)}${teaItem('网站域名', 'shuyan-travel.cn')}</div>`;
    expect(read(form('<div class="q8d1">请填写能体现网站内容的中文名称</div>'), url)?.facts.websites?.[0]?.name).toBe('书言的旅行手帐');
    expect(read(form('<div class="q8d1">Please enter a Chinese name that reflects the content</div>'), url)?.facts.websites?.[0]?.name).toBe('书言的旅行手帐');
  });
});

describe('status and action words beside a value, in boxes of the console\'s own classes (rules/labels statuses / actions)', () => {
  it('已核验 / 与证件一致 after an entity name, Verified after a registrant, 查看证件 / Upgrade registrar / 状态说明 links', () => {
    const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
    const desc = (v: string) => `<h2>主办单位信息</h2><table class="d1"><tr><th class="d2">主办单位名称</th><td class="d3">${v}</td><th class="d2">主办单位证件类型</th><td class="d3">营业执照</td></tr></table>`;
    expect(read(desc('宁波海曙某某贸易有限公司 <span class="v9">已核验</span>'), aliyunUrl)?.facts.entity?.name).toBe('宁波海曙某某贸易有限公司');
    expect(read(desc('<span>宋雨</span> <span class="v9">与证件一致</span>'), aliyunUrl)?.facts.entity?.name).toBe('宋雨');
    const tUrl = 'https://console.cloud.tencent.com/domain/info/gangguang.cn';
    const info = (extra: string) => `<div class="tea-form">${teaItem('域名', 'gangguang.cn')}${extra}</div>`;
    expect(read(info(teaItem('Domain Owner', '杭州港光空间设计有限公司 <span class="k2">Verified</span>')), tUrl)?.facts.domains?.[0]?.registrantName).toBe('杭州港光空间设计有限公司');
    expect(read(info(teaItem('注册商', 'Yantai Disipu Network Technology Co., Ltd. <a>Upgrade registrar</a>')), tUrl)?.facts.domains?.[0]?.registrar).toBe('Yantai Disipu Network Technology Co., Ltd.');
    expect(read(info(teaItem('证件号码', '9144**********571R <a>查看证件</a>')), tUrl)?.facts.domains?.[0]?.registrantIdNumber).toBe('9144**********571R');
    const status = teaItem('域名所有者', '杭州港光空间设计有限公司') + teaItem('域名状态', '正常 <a href="https://cloud.tencent.com/document/product/242/38853">状态说明</a>');
    expect(read(info(status), tUrl)?.facts.domains?.[0]?.status).toEqual(['正常']);
  });
});

describe('codes grouped in one card per server whose title carries no title class (tencent/beian-authcode.ts gridLeads)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const card = (id: string, region: string, code: string) =>
    `<div class="k1"><div class="k2"><div class="k3">云服务器 <a>${id}</a></div><div class="k4">${region} · 公网 IP 49.232.18.77</div><button>生成授权码</button></div>` +
    `<table><thead><tr><th>备案授权码</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody><tr><td>${code}</td><td>100011223344</td><td>未使用</td></tr></tbody></table></div>`;
  it('each card\'s grid is its server\'s, the server named by the short text before the grid (had read no page)', () => {
    const facts = read(`<h2>备案授权码</h2>${card('ins-2k4m6p8r', '华北地区（北京）', 'BA3C5E7G9J1L3N5Q')}${card('ins-7t9v1x3z', '华东地区（南京）', 'BA5E7G9J1L3N5Q7S')}`, url)?.facts;
    expect(facts?.servers?.map((s) => [s.id, s.region, s.authorizationCodes?.map((c) => c.code)])).toEqual([
      ['ins-2k4m6p8r', 'ap-beijing', ['BA3C5E7G9J1L3N5Q']],
      ['ins-7t9v1x3z', 'ap-nanjing', ['BA5E7G9J1L3N5Q7S']],
    ]);
  });
});

describe('a status word drawn by a style rule from an attribute, in a box of the console\'s own class (dom/units.ts refine)', () => {
  it('"绍兴越禾农业科技有限公司<span data-status=已核验>" with ::after { content: attr(data-status) } is the name alone', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=confirm';
    const style = '.z7::after { content: attr(data-status); } .z7 { margin-left: 8px; }';
    const desc = `<h2>主办单位信息</h2><table class="d1"><tr><th class="d2">主办单位名称</th><td class="d3">绍兴越禾农业科技有限公司<span class="z7" data-status="已核验"></span></td><th class="d2">主办单位证件类型</th><td class="d3">营业执照</td></tr></table>`;
    expect(read(desc, url, '', style)?.facts.entity?.name).toBe('绍兴越禾农业科技有限公司');
  });
});
