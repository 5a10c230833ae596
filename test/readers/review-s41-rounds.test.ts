import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 40's held-out rounds thirty-five and thirty-six and the lead's fixes
 * (test/fixtures-unseen/README.md "Second review of rounds thirty-five and thirty-six, session 41"). Each case failed
 * before its fix; the guards say so where they passed before too.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;

describe('a domain\'s own page: a row of another domain is no value of it (tencent/domain-info.ts, since 05a9e40)', () => {
  // 05a9e40 hands a Tencent domain's own page (/domain/info/<domain>) to the domain-info reader, which asks each label
  // for its value anywhere on the page. A table of the account's other domains with ONE row is read as vertical
  // descriptions (a header over its value): the other domain's owner, status and expiry became this domain's.
  const url = 'https://console.cloud.tencent.com/domain/info/mou-studio.cn';
  const otherTable =
    '<div class="tea-card"><div class="tea-card__header">该账号下的其他域名</div><div class="tea-table"><table>' +
    '<thead><tr><th>域名</th><th>域名所有者</th><th>到期时间</th><th>域名状态</th></tr></thead><tbody>' +
    '<tr><td>other-shop.cn</td><td>王某某</td><td>2027-04-02</td><td>正常</td></tr></tbody></table></div></div>';
  const otherGrid =
    '<div class="tea-card"><div class="tea-card__header">该账号下的其他域名</div><div role="grid"><div role="row"><div role="columnheader">域名</div>' +
    '<div role="columnheader">域名所有者</div><div role="columnheader">到期时间</div></div><div role="row"><div role="gridcell">other-shop.cn</div>' +
    '<div role="gridcell">王某某</div><div role="gridcell">2027-04-02</div></div></div></div>';
  const own = (items: string) => `<h2>mou-studio.cn</h2><div class="tea-form tea-form--readonly">${items}</div>`;

  it('the page\'s fields without an owner and a one-row table of another domain: no owner, no status from that row (before: 王某某, 正常)', () => {
    const got = read(own(teaItem('域名', 'mou-studio.cn') + teaItem('到期时间', '2028-01-15')) + otherTable, url);
    expect(got?.facts.domains).toEqual([{ domain: 'mou-studio.cn', expiresAt: '2028-01-15' }]);
  });

  it('the page\'s domain field alone over a one-row grid of another domain: nothing of that domain (before: its owner and expiry as this one\'s)', () => {
    const got = read(own(teaItem('域名', 'mou-studio.cn') + teaItem('实名认证状态', '已实名认证')) + otherGrid, url);
    expect(got?.facts.domains).toEqual([{ domain: 'mou-studio.cn', realNameVerified: true }]);
  });

  it('guards: the page\'s own fields are read beside the table; a registrar\'s web address is no other domain\'s record', () => {
    const got = read(own(teaItem('域名', 'mou-studio.cn') + teaItem('注册商', 'DNSPod, Inc.（www.dnspod.cn）') + teaItem('域名所有者', 'Smith, John') + teaItem('到期时间', '2028-01-15')) + otherTable, url);
    expect(got?.facts.domains).toEqual([{ domain: 'mou-studio.cn', registrar: 'DNSPod, Inc.(www.dnspod.cn)', registrantName: 'Smith, John', expiresAt: '2028-01-15' }]);
  });
});

describe('a domain\'s own page named by its query (/domain/info?domain=…) is no list either (tencent/domain-list.ts, 05a9e40)', () => {
  // 05a9e40 knows a domain's own page by a path segment naming the domain (/domain/info/<domain>). The domain-info
  // reader's own URLs name it in the query (/domain/info?domain=…, /domain/all-domain/all/info?domain=…): there the table
  // of the account's other domains was still read as the list, and the page's domain (its owner, its expiry) lost.
  const otherTable =
    '<div class="tea-card"><div class="tea-card__header">该账号下的其他域名</div><div class="tea-table"><table>' +
    '<thead><tr><th>域名</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>other-shop.cn</td><td>王某某</td><td>2027-04-02</td></tr><tr><td>other-photo.com</td><td>SMITH JOHN</td><td>2026-12-20</td></tr></tbody></table></div></div>';
  const own = `<h2>mou-studio.cn</h2><div class="tea-form tea-form--readonly">${teaItem('域名', 'mou-studio.cn') + teaItem('域名所有者', 'Smith, John') + teaItem('到期时间', '2028-01-15')}</div>`;

  it.each(['https://console.cloud.tencent.com/domain/info?domain=mou-studio.cn', 'https://console.cloud.tencent.com/domain/all-domain/all/info?domain=mou-studio.cn&tab=basic'])(
    '%s gives the page\'s domain, none of the table\'s (before: the two other domains, the page\'s lost)',
    (url) => {
      const got = read(own + otherTable, url);
      expect(got?.reader).toBe('tencent-domain-info');
      expect(got?.facts.domains).toEqual([{ domain: 'mou-studio.cn', registrantName: 'Smith, John', expiresAt: '2028-01-15' }]);
    },
  );

  it('guard: the list searched by a domain (?keyword=, ?domain= on the list\'s path) is still the list', () => {
    for (const url of ['https://console.cloud.tencent.com/domain/all-domain/all?keyword=other', 'https://console.cloud.tencent.com/domain/all-domain/all?domain=other-shop.cn']) {
      expect(read(otherTable, url)?.facts.domains?.map((d) => d.domain), url).toEqual(['other-shop.cn', 'other-photo.com']);
    }
  });
});

describe('a contact\'s section titled in other words is still a contact\'s (aliyun/beian-form.ts, since 27efb34)', () => {
  // 27efb34 makes a section titled 应急联系人 / 紧急联系人 (exactly, and Emergency Contact) another person's. The same block
  // titled 主体应急联系人, 网站应急联系人, 应急联系方式 or Emergency Contact Person, above the entity's section, was still the
  // entity's: its 姓名 / 证件类型 / 证件号码 became the entity's name, ID type and number where the entity's own were empty.
  const item = (label: string, value: string) =>
    `<div class="next-form-item"><label class="next-form-item-label">${label}</label><div class="next-form-item-control"><span class="next-input"><input value="${value}"></span></div></div>`;
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const entity = (number: string, name: string) => '<h3 class="form-section-title">主办单位信息</h3>' + item('主办单位所在省份', '广东省 / 深圳市') + item('主办单位性质', '个人') +
    item('主办单位证件类型', '港澳居民来往内地通行证') + item('主办单位证件号码', number) + item('主办单位名称', name);
  const contact = (title: string) => `<h3 class="form-section-title">${title}</h3>` + item('姓名', '陈某豪') + item('证件类型', '居民身份证') + item('证件号码', '4403**********2468');

  it.each(['主体应急联系人', '网站应急联系人', '应急联系方式', '紧急联系方式', 'Emergency Contact Person', 'Emergency Contacts'])(
    '%s above the entity\'s empty fields gives none of its person\'s values (before: name, ID type and number invented)',
    (title) => {
      const got = read('<form class="next-form">' + contact(title) + entity('', '') + '</form>', url);
      expect(got?.facts.entity).toEqual({ type: 'individual', idType: '港澳居民来往内地通行证', province: '广东省' });
    },
  );

  it('guards: the entity\'s own values after such a section are read; a help line naming the contact inside the entity\'s section is no title', () => {
    const got = read('<form class="next-form">' + contact('主体应急联系人') + entity('H01****78', '陈某明') + '</form>', url);
    expect(got?.facts.entity).toEqual({ type: 'individual', name: '陈某明', idType: '港澳居民来往内地通行证', idNumber: 'H01****78', province: '广东省' });
    const help = '<div class="next-form-item-help">应急联系人须与主办单位负责人为不同人员</div>';
    const withHelp = read('<form class="next-form">' + entity('H01****78', '陈某明').replace(item('主办单位证件号码', 'H01****78'), help + item('主办单位证件号码', 'H01****78')) + '</form>', url);
    expect(withHelp?.facts.entity).toEqual({ type: 'individual', name: '陈某明', idType: '港澳居民来往内地通行证', idNumber: 'H01****78', province: '广东省' });
  });
});

describe('a qualifier naming a value to come is no decoration (dom/normalize-label.ts labelMatches, since c6729a1)', () => {
  // c6729a1 strips a second qualifier after a unit (带宽（Mbps）（当前）); 64c4bd4 keeps one naming the former value (原).
  // A qualifier naming the value an action would give — 升级后, 续费后, after upgrade (rules/labels pending) — was still
  // stripped: 带宽（Mbps）（升级后） 10 above 带宽（Mbps） 6 gave 10, 到期时间（UTC+8）（续费后） gave the renewal's date
  // (到期时间（续费后） alone did so before too, through one qualifier).
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x';
  const item = (label: string, value: string) =>
    `<div class="tea-descriptions__item"><span class="tea-descriptions__label">${label}</span><span class="tea-descriptions__content">${value}</span></div>`;
  const server = (rows: string) =>
    read(`<h2>lhins-sh7v2n4x</h2><div class="tea-descriptions">${item('实例ID', 'lhins-sh7v2n4x')}${item('地域', '上海 | 上海二区')}${rows}</div>`, url)?.facts.servers?.[0];

  it('带宽（Mbps）（升级后） 10 above 带宽（Mbps） 6 gives 6 (before: 10); alone, none', () => {
    expect(server(item('带宽（Mbps）（升级后）', '10') + item('带宽（Mbps）', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('Bandwidth (Mbps) (after upgrade)', '10') + item('Bandwidth (Mbps)', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('带宽（Mbps）（升级后）', '10'))?.publicBandwidthMbps).toBeUndefined();
  });

  it('到期时间（UTC+8）（续费后） and 到期时间（续费后） above the expiry give the expiry (before: the renewal\'s date)', () => {
    expect(server(item('到期时间（UTC+8）（续费后）', '2028-01-01 00:00:00') + item('到期时间（UTC+8）', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
    expect(server(item('到期时间（续费后）', '2028-01-01 00:00:00') + item('到期时间', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
  });

  it('guards: decorating qualifiers still strip', () => {
    expect(server(item('带宽（Mbps）（当前）', '6'))?.publicBandwidthMbps).toBe(6);
    expect(server(item('到期时间（UTC+8）', '2027-01-01 00:00:00'))?.expiresAt).toBe('2027-01-01');
  });
});

describe('a label\'s translation naming a former value keeps its qualifier (dom/units.ts labelText)', () => {
  // A bilingual label (到期时间<span class="en">Expiration Time (previous)</span>): the English words are dropped as the
  // Chinese label's translation, and their qualifier with them — the former expiry was read as the expiry.
  const url = 'https://ecs.console.aliyun.com/server/i-bp1spanlabel0000a1/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) =>
    `<td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${label}</span><span class="ant-descriptions-item-content">${value}</span></div></td>`;
  const detail = (rows: string) =>
    `<h2>web-hz-span</h2><div class="ant-descriptions"><table><tbody><tr class="ant-descriptions-row">${item('<span>实例ID</span>', 'i-bp1spanlabel0000a1')}` +
    `${item('<span>地域</span>', '华东1（杭州）')}</tr><tr class="ant-descriptions-row">${item('<span>付费方式</span>', '包年包月')}${rows}</tr></tbody></table></div>`;

  it('到期时间<span>Expiration Time (previous)</span> gives no expiry (before: the former date); beside the current one, the current', () => {
    const former = item('到期时间<span class="en">Expiration Time (previous)</span>', '2026-01-01 00:00:00');
    expect(read(detail(former), url)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
    expect(read(detail(former + item('到期时间<span class="en">Expiration Time</span>', '2027-01-01 00:00:00')), url)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-01');
    expect(read(detail(item('公网带宽<span class="en">Internet Bandwidth (old)</span>', '8 Mbps')), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });

  it('guard: a translation with a decorating qualifier is still a translation', () => {
    expect(read(detail(item('公网带宽<span class="en">Internet Bandwidth (peak)</span>', '8 Mbps')), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(8);
  });
});

describe('a card title beside its body of labelled rows titles the section (dom/field.ts valueForLabel, since ef9adb1)', () => {
  // ef9adb1 makes a box that starts with labelled rows the section its title names — only after climbing out of the
  // title's own box (next-card-head > next-card-title). A title drawn right beside the body (div.card-title, then
  // div.card-body) is not climbed out of: the body's rows, labels and all, were the registrant's name.
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=lina.cn';
  const row = (label: string, value: string) => `<div class="info-row"><div class="info-label">${label}</div><div class="info-value">${value}</div></div>`;
  const card = (cls: string, rows: string) => `<h2>lina.cn</h2><div class="${cls}"><div class="${cls}-title">域名持有者</div><div class="${cls}-body">${rows}</div></div>`;

  it.each(['card', 'next-card', 'section'])('%s-title over 名称 / 证件类型 rows gives no name of the title (before: "名称 李娜 证件类型 身份证")', (cls) => {
    const domain = read(card(cls, row('名称', '李娜') + row('证件类型', '身份证')), url)?.facts.domains?.[0];
    expect(domain?.registrantName).toBeUndefined();
    expect(domain?.registrantIdType).toBe('身份证');
  });

  it('over 中文 / 英文 rows: no name of the title (before: "中文 李娜 英文 Li Na 证件类型 身份证")', () => {
    const domain = read(card('card', row('中文', '李娜') + row('英文', 'Li Na') + row('证件类型', '身份证')), url)?.facts.domains?.[0];
    expect(domain?.registrantName).toBeUndefined();
  });

  it('guards: a label box beside its value box is read; the rows\' own 域名持有者 label is read', () => {
    expect(read(`<h2>lina.cn</h2>${row('域名持有者', '李娜')}${row('证件类型', '身份证')}`, url)?.facts.domains?.[0]?.registrantName).toBe('李娜');
    expect(read(card('card', row('域名持有者', '李娜') + row('证件类型', '身份证')), url)?.facts.domains?.[0]?.registrantName).toBe('李娜');
  });
});

describe('a billing line\'s date named as another resource\'s is no expiry of the instance (tencent/values.ts billingCellExpiry, since fbd78aa)', () => {
  // fbd78aa reads the "…到期" line under the billing mode as the instance's expiry where no 到期时间 is shown. A line naming
  // another resource before its date — a data disk, an EIP, a voucher, a reserved-instance coupon (rules/labels/tencent.json
  // values.otherResources) — gave that resource's date as the instance's.
  const kv = (pairs: Array<[string, string]>) =>
    `<table class="tc-15-table-info"><tbody>${pairs.map(([k, v]) => `<tr><td class="key">${k}</td><td class="value">${v}</td></tr>`).join('')}</tbody></table>`;
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-gz3k5m7p';
  const expiry = (billing: string) => read(kv([['实例ID', 'ins-gz3k5m7p'], ['地域', '广州'], ['实例计费模式', billing]]), url)?.facts.servers?.[0]?.expiresAt;

  it.each(['数据盘 2026-08-01 到期', '弹性公网IP 2026-08-01 到期', '代金券 2026-08-01 到期', '预留实例券 2026-08-01 到期'])('包年包月 / %s gives no expiry (before: 2026-08-01)', (line) => {
    expect(expiry(`包年包月<br><span>${line}</span>`)).toBeUndefined();
  });

  it('guards: the instance\'s own line is read, and after another resource\'s line too', () => {
    expect(expiry('包年包月<br><span>2027-06-01 14:22:10到期</span>')).toBe('2027-06-01');
    expect(expiry('包年包月<br><span>已到期 2026-06-01</span>')).toBe('2026-06-01');
    expect(expiry('包年包月<br><span>2027-06-01到期</span><br><span>数据盘 2026-08-01 到期</span>')).toBe('2027-06-01');
    expect(expiry('包年包月<br><span>数据盘 2026-08-01 到期，实例 2027-06-01 到期</span>')).toBe('2027-06-01');
  });
});
