import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { codeStatusFromText, creationInText, expiryInText } from '../../src/readers/tencent/values';
import { filingInput, filingItem, filingSelect, filingSteps } from '../helpers/console-pages';
import { expiryDate } from '../../src/readers/dom/parse-date';
import { expiryFromText as aliyunExpiry } from '../../src/readers/aliyun/server-values';

/**
 * Second review of session 51's fixes (session 52): each fix's page with one thing changed as another console page or
 * another language would change it — a second instance's expiry nearby, a help line holding the words, the field empty, a
 * status word in another position, English. test/fixtures-unseen/README.md "Second review of session 51's fixes, session 52".
 * The pages are small inline renderings of the consoles' markup (hashed classes where the fix was about them).
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

// hashed layout items (no <label>, no label class): a label box and its value box
const item = (label: string, value: string) => `<div class="c1a"><div class="c2b">${label}</div><div class="c3c">${value}</div></div>`;
const ecsUrl = 'https://ecs.console.aliyun.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing';
const ecs = (extra: string, lang?: string) =>
  read(`<div class="c0z">${item('实例ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('地域', '华北2（北京）')}${extra}</div>`, ecsUrl, lang)?.facts.servers?.[0];
const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
const cvm = (extra: string, lang?: string) =>
  read(`<div class="x0">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${extra}</div>`, cvmUrl, lang)?.facts.servers?.[0];

// ——— 578130fa / d067b3de / 689ef0b8 / f4c5cdb1 / cf917901: the vocabulary fallback reaching layout-drawn labels ———
describe('layout-drawn labels worded otherwise: another subject\'s date or figure beside the instance\'s fields', () => {
  it.each(['数据盘到期时间', '云盘到期时间', '带宽包到期时间', '预留实例券到期时间', 'SSL证书到期时间'])('ECS: "%s 2027-01-09" gives no instance expiry', (label) => {
    expect(ecs(item('付费方式', '包年包月') + item(label, '2027-01-09 23:59:59'))?.expiresAt).toBeUndefined();
  });
  it.each(['数据盘到期时间', 'CBS到期时间', '弹性公网IP到期时间', '带宽包到期时间'])('CVM: "%s 2027-01-09" gives no instance expiry', (label) => {
    expect(cvm(item('实例计费模式', '包年包月') + item(label, '2027-01-09 23:59:59'))?.expiresAt).toBeUndefined();
  });
  it.each(['Data disk expiration time', 'Bandwidth package expiration time'])('CVM (intl): "%s" gives no instance expiry', (label) => {
    const got = read(`<div class="x0">${item('Instance ID', 'ins-4w6y8a0c')}${item('Region', 'Guangzhou')}${item('Billing Mode', 'Monthly Subscription')}${item(label, '2027-01-09 23:59:59')}</div>`, 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c', 'en')?.facts.servers?.[0];
    expect(got?.expiresAt).toBeUndefined();
  });
  it.each(['内网带宽', '内网带宽能力', '内网收发包带宽'])('ECS / CVM: "%s 1.5 Gbps" (the private network) gives no public bandwidth', (label) => {
    expect(ecs(item(label, '1.5 Gbps'))?.publicBandwidthMbps).toBeUndefined();
    expect(cvm(item(label, '1.5 Gbps'))?.publicBandwidthMbps).toBeUndefined();
  });
  it('ECS (intl): "Intranet bandwidth 1.5 Gbps" gives no public bandwidth', () => {
    expect(ecs(item('Intranet bandwidth', '1.5 Gbps'), 'en')?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('layout-drawn labels worded otherwise: the field empty, a help line, English', () => {
  it('实例公网带宽 "--" before a 公网IP item gives no bandwidth', () => {
    expect(ecs(item('实例公网带宽', '--') + item('公网IP地址', '47.96.12.34'))?.publicBandwidthMbps).toBeUndefined();
  });
  it('a tip paragraph naming 公网带宽 and a figure, no label in it: no bandwidth', () => {
    expect(ecs('<div class="t9"><div class="t8">温馨提示</div><div class="t7">实例公网带宽最高可设置为 200 Mbps，超出请提交工单。</div></div>')?.publicBandwidthMbps).toBeUndefined();
    expect(cvm('<p class="t6">说明：公网带宽峰值可在 1-200 Mbps 之间调整</p>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('ECS (intl): "Public Bandwidth (Peak) 10 Mbps" in hashed divs gives 10', () => {
    const got = read(`<div class="c0z">${item('Instance ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('Region', 'China (Beijing)')}${item('Public Bandwidth (Peak)', '10 Mbps')}</div>`, 'https://ecs.console.alibabacloud.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing', 'en')?.facts.servers?.[0];
    expect(got?.publicBandwidthMbps).toBe(10);
  });
  it('an expiry with its status tag after the date, and before it, reads the date', () => {
    expect(ecs(item('付费方式', '包年包月') + item('实例到期时间', '2027-01-09 23:59:59 <span class="q1">即将到期</span>'))?.expiresAt).toBe('2027-01-09');
    expect(cvm(item('实例计费模式', '包年包月') + item('实例到期时间', '<span class="q1">即将到期</span> 2027-01-09 23:59:59'))?.expiresAt).toBe('2027-01-09');
  });
});

// ——— 218cfea6 / 9208514f / ecce82b9: a line under a status tag explaining it ———
describe('a line under a status tag in a domain list, written another way', () => {
  const tcUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const tc = (status: string) =>
    read(`<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody><tr><td>zhanglab.cn</td><td>${status}</td><td>2027-05-01 10:00:00</td></tr></tbody></table>`, tcUrl)?.facts.domains?.[0]?.status;
  it('a hashed clientHold tag with "因未完成实名认证，注册商已暂停解析" under it: the tag only', () => {
    expect(tc('<span class="x9f">clientHold</span><div class="x8e">因未完成实名认证，注册商已暂停解析</div>')).toEqual(['clientHold']);
  });
  it('a hashed 赎回期 tag with "请于 2027-05-31 前赎回" under it: the tag only', () => {
    expect(tc('<span class="x9f">赎回期</span><div class="x8e">请于 2027-05-31 前赎回</div>')).toEqual(['赎回期']);
  });
  it('two hashed tags, the second in a block of its own: both', () => {
    expect(tc('<span class="x9f">serverHold</span><div class="x8e"><span class="x9f">clientTransferProhibited</span></div>')).toEqual(['serverHold', 'clientTransferProhibited']);
  });
  it('tea-tag with an explanation in a tea-text-weak <p>: the tag only', () => {
    expect(tc('<span class="tea-tag tea-tag--error">serverHold</span><p class="tea-text-weak">该域名被注册局设置为暂停解析状态</p>')).toEqual(['serverHold']);
  });

  const alUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const al = (status: string) =>
    read(
      '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">域名</th><th class="ant-table-cell">域名状态</th><th class="ant-table-cell">到期日期</th></tr></thead><tbody class="ant-table-tbody">' +
        `<tr class="ant-table-row"><td class="ant-table-cell"><a>qmdata.xyz</a></td><td class="ant-table-cell">${status}</td><td class="ant-table-cell">2026-10-05</td></tr></tbody></table></div>`,
      alUrl,
    )?.facts.domains?.[0]?.status;
  const badge = (t: string) => `<span class="ant-badge ant-badge-status"><span class="ant-badge-status-dot ant-badge-status-warning"></span><span class="ant-badge-status-text">${t}</span></span>`;
  it('急需续费 with "域名将于 2026-10-05 到期，请及时续费" under it: the badge only', () => {
    expect(al(`${badge('急需续费')}<div class="text-muted">域名将于 2026-10-05 到期，请及时续费</div>`)).toEqual(['急需续费']);
  });
  it('急需赎回 with "已进入赎回期，请尽快赎回" (no domain named) under it: the badge only', () => {
    expect(al(`${badge('急需赎回')}<div class="text-muted">已进入赎回期，请尽快赎回</div>`)).toEqual(['急需赎回']);
  });
  it('English: Redemption Period with "Redeem before Oct 20, 2026" under it: the badge only', () => {
    const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
    const got = read(
      '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">Domain Name</th><th class="ant-table-cell">Status</th><th class="ant-table-cell">Expiration Date</th></tr></thead><tbody class="ant-table-tbody">' +
        `<tr class="ant-table-row"><td class="ant-table-cell"><a>qmdata.xyz</a></td><td class="ant-table-cell">${badge('Redemption Period')}<div class="text-muted">Redeem before Oct 20, 2026</div></td><td class="ant-table-cell">Oct 5, 2026</td></tr></tbody></table></div>`,
      url,
      'en',
    )?.facts.domains?.[0];
    expect(got?.status).toEqual(['Redemption Period']);
    expect(got?.expiresAt).toBe('2026-10-05');
  });
});

// ——— 9ae579a4 / 18050b24: Tencent status words with their EPP codes ———
describe('Tencent domain status tags with the code written in another position', () => {
  const statusOf = (tag: string) =>
    read(
      '<table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead><tbody>' +
        `<tr><td>lanshan.cn</td><td><span class="tea-tag tea-tag--error">${tag}</span></td><td>已实名认证</td><td>2026-12-28 09:02:11</td></tr></tbody></table>`,
      'https://console.cloud.tencent.com/domain/all-domain/all',
    )?.facts.domains?.[0]?.status;
  it.each(['赎回期（redemptionPeriod）', 'redemptionPeriod（赎回期）', 'serverHold（注册局暂停解析）', '注册商禁止转移 / clientTransferProhibited', 'Redemption Period - redemptionPeriod', 'pendingDelete（待删除）', 'Server Hold'])(
    '"%s": kept (its full-width brackets as the readers normalize them, NFKC)',
    (tag) => expect(statusOf(tag)).toEqual([tag.normalize('NFKC')]),
  );
  it('guard: a name pair and a count joined the same way stay no status', () => {
    for (const tag of ['王五 / 赵六', '续费 - 1年']) expect(statusOf(tag), tag).toBeUndefined();
  });
});

// ——— 688d2ec8 / 3a24c392: a registrant name with an English line under it ———
describe('a registrant cell with an English line under the Chinese name, written another way', () => {
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
  const name = (registrant: string) =>
    read(
      '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr>' +
        ['Domain Name', 'Status', 'Registrant', 'Expiration Date'].map((h) => `<th class="ant-table-cell">${h}</th>`).join('') +
        '</tr></thead><tbody class="ant-table-tbody"><tr class="ant-table-row">' +
        ['<a>northgate-data.cn</a>', 'Normal', registrant, 'Jun 19, 2027'].map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
        '</tr></tbody></table></div>',
      url,
      'en',
    )?.facts.domains?.[0]?.registrantName;
  it('the pinyin with the surname in capitals (WANG Licheng, as a passport writes it): 王立诚', () => {
    expect(name('<div>王立诚</div><div>WANG Licheng</div>')).toBe('王立诚');
    expect(name('<div>王立诚</div><div>WANG LICHENG</div>')).toBe('王立诚');
  });
  it('the pinyin of ü written yu / v (Lyu Wei, Lv Wei): 吕伟', () => {
    expect(name('<div>吕伟</div><div>Lyu Wei</div>')).toBe('吕伟');
    expect(name('<div>吕伟</div><div>Lv Wei</div>')).toBe('吕伟');
  });
  it('the English company name in capitals, or "Co.,Ltd." without a space: the Chinese name', () => {
    expect(name('<div>深圳北港数据分析有限公司</div><div>NORTHGATE ANALYTICS (SHENZHEN) CO., LTD.</div>')).toBe('深圳北港数据分析有限公司');
    expect(name('<div>深圳北港数据分析有限公司</div><div>Northgate Analytics (Shenzhen) Co.,Ltd.</div>')).toBe('深圳北港数据分析有限公司');
  });
  it('the English name first, the Chinese under it: one of the two names, never both joined', () => {
    const got = name('<div>Northgate Analytics (Shenzhen) Co., Ltd.</div><div>深圳北港数据分析有限公司</div>');
    expect(['深圳北港数据分析有限公司', 'Northgate Analytics (Shenzhen) Co., Ltd.']).toContain(got);
  });
});

// ——— 81faf77b / a63711e4 / 329df4d5: a word labelling the next date ———
describe('date words labelling the next date, written another way (tencent/values wordLabelsNextDate)', () => {
  it.each([
    ['开通时间 2026-02-14 到期时间 2027-02-14', '2027-02-14'],
    ['到期时间 2027-02-14 创建时间 2026-02-14', '2027-02-14'],
    ['创建于2026-02-14，到期于2027-02-14', '2027-02-14'],
    ['续费时间：2026-05-01 到期时间：2027-02-14', '2027-02-14'],
    ['上次续费于 2026-05-01 到期于 2027-02-14', '2027-02-14'],
    ['Created: 2026-02-14 Expires: 2027-02-14', '2027-02-14'],
    ['Created on 2026-02-14, expires on 2027-02-14', '2027-02-14'],
    ['Expiration time 2027-02-14 Creation time 2026-02-14', '2027-02-14'],
    ['自动续费时间 2027-02-07 到期时间 2027-02-14', '2027-02-14'],
    ['到期时间 2027-02-14（续费后 2028-02-14）', '2027-02-14'],
    ['2026-02-14 创建 2027-02-14 到期', '2027-02-14'],
  ])('"%s": expiry %s', (text, want) => expect(expiryInText(text)).toBe(want));
  it.each([
    ['到期时间 2027-02-14 创建于 2026-02-14', '2026-02-14'],
    ['Expires on 2027-02-14 Created on 2026-02-14', '2026-02-14'],
  ])('"%s": creation %s', (text, want) => expect(creationInText(text)).toBe(want));
  // (left open, missing: 开通时间 is no Tencent creation word — README "Second review of session 51's fixes, session 52")
  it.fails('left open: "开通时间 2026-02-14 到期时间 2027-02-14": creation 2026-02-14', () => expect(creationInText('开通时间 2026-02-14 到期时间 2027-02-14')).toBe('2026-02-14'));
});

// ——— 5a9fa21b / 6cb3ca79 / 18e36c43 / 980a46aa: the Alibaba filing server step's instance expiry and billing ———
describe('the Alibaba filing server step, written another way', () => {
  const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const site = `<h3 class="section-title">网站信息</h3><form class="next-form">${filingItem('网站域名', filingInput('hexiang-tea.cn'))}</form>`;
  const product = (extra: string, inst = filingInput('i-bp1hx27t0a3c5e7g9k')) =>
    `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${filingItem('实例ID', inst)}${extra}</form>`;
  const server = (html: string) => read(`${filingSteps(0)}${html}`, beianUrl)?.facts.servers?.[0];

  it('a note "该实例将于 2027-03-01 到期" in the instance box: that expiry', () => {
    expect(server(site + product('', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<div class="help">该实例将于 2027-03-01 到期，请确保备案期间实例有效</div>`))?.expiresAt).toBe('2027-03-01');
  });
  it('a note "购买时间 2026-03-01 到期时间 2027-03-01" in the instance box: the expiry, not the purchase', () => {
    expect(server(site + product('', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<div class="help">购买时间 2026-03-01 到期时间 2027-03-01</div>`))?.expiresAt).toBe('2027-03-01');
  });
  it('a rule in the instance box with no date ("剩余有效期不少于 3 个月"): no expiry', () => {
    expect(server(site + product('', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<div class="help">实例需在有效期内，且到期时间距今不少于 3 个月</div>`))?.expiresAt).toBeUndefined();
  });
  it('到期时间 "--" in the 产品验证 block: no expiry', () => {
    const got = server(site + product(filingItem('付费类型', '<span>包年包月</span>') + filingItem('到期时间', '<span>--</span>')));
    expect(got?.id).toBe('i-bp1hx27t0a3c5e7g9k');
    expect(got?.billing).toBe('subscription');
    expect(got?.expiresAt).toBeUndefined();
  });
  it('付费类型 按量付费 with a 到期时间 date in the block: pay-as-you-go, no expiry (as a pay-as-you-go row gives none)', () => {
    const got = server(site + product(filingItem('付费类型', '<span>按量付费</span>') + filingItem('到期时间', '<span>2027-03-01 00:00:00</span>')));
    expect(got?.billing).toBe('payg');
    expect(got?.expiresAt).toBeUndefined();
  });
  it('a line in the block naming another instance of the account and its date (outside the instance box): no expiry', () => {
    expect(server(site + product('<div class="tip">您的账号下另有实例 i-bp1zzzzzzzzzzzzzzzzz 将于 2027-02-02 到期</div>'))?.expiresAt).toBeUndefined();
  });
  it('English: Billing Method / Expiration Time in the product block', () => {
    const en =
      `<h3 class="section-title">Website Information</h3><form class="next-form">${filingItem('Domain Name', filingInput('hexiang-tea.cn'))}</form>` +
      `<h3 class="section-title">Product Verification</h3><form class="next-form">${filingItem('Product Type', filingSelect('ECS'))}${filingItem('Instance ID', filingInput('i-bp1hx27t0a3c5e7g9k'))}` +
      `${filingItem('Billing Method', '<span>Subscription</span>')}${filingItem('Expiration Time', '<span>Mar 1, 2027</span>')}</form>`;
    const got = read(en, 'https://beian.console.alibabacloud.com/pcContainer/formpage?pageAction=base', 'en')?.facts.servers?.[0];
    expect(got?.id).toBe('i-bp1hx27t0a3c5e7g9k');
    expect(got?.billing).toBe('subscription');
    expect(got?.expiresAt).toBe('2027-03-01');
  });
  const table = (rows: string) =>
    `${filingSteps(0)}<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}</form>` +
    `<table><thead><tr><th></th><th>实例ID/名称</th><th>地域</th><th>付费方式</th><th>到期时间</th></tr></thead><tbody>${rows}</tbody></table>`;
  const row = (id: string, expiry: string, radio: string) => `<tr><td>${radio}</td><td>${id}</td><td>华东1（杭州）</td><td>包年包月</td><td>${expiry}</td></tr>`;
  it('no row chosen, two instances with their dates: no expiry of either', () => {
    const got = read(table(row('i-bp1aaaaaaaaaaaaaaaaa', '2027-01-01', '<input type="radio" name="i">') + row('i-bp1hx27t0a3c5e7g9k', '2027-03-01', '<input type="radio" name="i">')), beianUrl)?.facts.servers ?? [];
    expect(got.map((s) => s.expiresAt).filter(Boolean)).toEqual([]);
  });
  it('the chosen row marked by the radio wrapper\'s class (Fusion next-radio-wrapper checked): that row\'s expiry or none, never the other\'s', () => {
    const on = '<label class="next-radio-wrapper checked"><span class="next-radio"><input type="radio" name="i" aria-checked="true"></span></label>';
    const off = '<label class="next-radio-wrapper"><span class="next-radio"><input type="radio" name="i" aria-checked="false"></span></label>';
    const got = read(table(row('i-bp1aaaaaaaaaaaaaaaaa', '2027-01-01', off) + row('i-bp1hx27t0a3c5e7g9k', '2027-03-01', on)), beianUrl)?.facts.servers ?? [];
    expect(got.map((s) => s.expiresAt).filter((e) => e === '2027-01-01')).toEqual([]);
  });
});

// ——— 6c714e66 / 6132c663: permission banners that made lists read nothing ———
describe('permission banners written another way', () => {
  const tcUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const tcList = (banner: string) =>
    `<div class="tea-alert" role="alert"><div class="tea-alert__body">${banner}</div></div>` +
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody><tr><td>hailan.xyz</td><td>正常</td><td>2027-03-09 10:12:43</td></tr></tbody></table>';
  it.each(['当前子账号仅可查看已授权的域名。', '您当前为子用户，列表中仅展示您有权限的域名。', '部分域名因权限不足未展示，请联系主账号授权。'])('Tencent domain list under "%s" is read', (banner) => {
    expect(read(tcList(banner), tcUrl)?.facts.domains?.[0]?.domain).toBe('hailan.xyz');
  });
  it('guard: "您没有权限查看域名列表，请联系主账号授权" over stale rows reads nothing', () => {
    expect(read(tcList('您没有权限查看域名列表，请联系主账号授权。'), tcUrl)?.facts ?? null).toBeNull();
  });
  const alUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const alList = (banner: string, lang?: string) =>
    read(
      `<div class="ant-alert ant-alert-warning" role="alert"><div class="ant-alert-content"><div class="ant-alert-message">${banner}</div></div></div>` +
        '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">域名</th><th class="ant-table-cell">域名状态</th><th class="ant-table-cell">到期日期</th></tr></thead><tbody class="ant-table-tbody">' +
        '<tr class="ant-table-row"><td class="ant-table-cell"><a>qmdata.xyz</a></td><td class="ant-table-cell">正常</td><td class="ant-table-cell">2026-10-05</td></tr></tbody></table></div>',
      alUrl,
      lang,
    )?.facts;
  it.each(['您当前为RAM用户，仅显示您有权限的域名。', 'RAM 用户仅能查看已授权资源组内的域名。'])('Alibaba domain list under "%s" is read', (banner) => {
    expect(alList(banner)?.domains?.[0]?.domain).toBe('qmdata.xyz');
  });
  it('Alibaba domain list under "Only domains you are authorized to view are displayed." is read', () => {
    expect(alList('You are signed in as a RAM user. Only domains you are authorized to view are displayed.', 'en')?.domains?.[0]?.domain).toBe('qmdata.xyz');
  });
  it('guard: "您没有权限访问域名控制台" over stale rows reads nothing', () => {
    expect(alList('您没有权限访问域名控制台，请联系主账号管理员授权。') ?? null).toBeNull();
  });
  const ecdUrl = 'https://ecs.console.aliyun.com/server/i-bp14qv4ryleyvnu7qn5q/detail?regionId=cn-hangzhou';
  const ecd = (banner: string) =>
    read(
      `<div class="next-message next-message-warning" role="alert"><div class="next-message-title">${banner}</div></div>` +
        `<div class="next-card"><div class="next-card-head">基本信息</div><div class="next-card-body"><div class="detail-item"><span class="detail-item-label">实例ID</span><span class="detail-item-value">i-bp14qv4ryleyvnu7qn5q</span></div>` +
        '<div class="detail-item"><span class="detail-item-label">地域</span><span class="detail-item-value">华东1（杭州）</span></div>' +
        '<div class="detail-item"><span class="detail-item-label">付费方式</span><span class="detail-item-value">包年包月</span></div></div></div>',
      ecdUrl,
    )?.facts;
  it.each(['RAM 用户无权限查看监控数据，请联系主账号管理员授权。', '无权限查看云盘信息', 'You do not have permission to view monitoring data.'])('ECS detail under "%s" (a part withheld) is read', (banner) => {
    expect(ecd(banner)?.servers?.[0]?.id).toBe('i-bp14qv4ryleyvnu7qn5q');
  });
  it('guard: "您没有权限查看该实例的详情" reads nothing', () => {
    expect(ecd('您没有权限查看该实例的详情，请联系主账号管理员。') ?? null).toBeNull();
  });
});

describe('guards: a registrant cell\'s lines that are no second name stay as they were', () => {
  const url = 'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain';
  const name = (registrant: string) =>
    read(
      '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr>' +
        ['Domain Name', 'Status', 'Registrant', 'Expiration Date'].map((h) => `<th class="ant-table-cell">${h}</th>`).join('') +
        '</tr></thead><tbody class="ant-table-tbody"><tr class="ant-table-row">' +
        ['<a>northgate-data.cn</a>', 'Normal', registrant, 'Jun 19, 2027'].map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
        '</tr></tbody></table></div>',
      url,
      'en',
    )?.facts.domains?.[0]?.registrantName;
  it('Latin words that are no pinyin (Northgate Team, NGA) after a Chinese name, and a Latin company name alone', () => {
    expect(name('<div>王立诚</div><div>Northgate Team</div>')).toBe('王立诚 Northgate Team');
    expect(name('<div>王立诚</div><div>NGA</div>')).toBe('王立诚 NGA');
    expect(name('NORTHGATE ANALYTICS CO., LTD.')).toBe('NORTHGATE ANALYTICS CO., LTD.');
  });
  it('the pinyin over the name (Wang Licheng / 王立诚): 王立诚', () => {
    expect(name('<div>Wang Licheng</div><div>王立诚</div>')).toBe('王立诚');
  });
});

// ================================================================ batch 2 (written before any read, like batch 1)

// ——— f4c5cdb1: a question's, an action's, an offer's or a hint's title naming a field's words ———
describe('batch 2: titles that name a field\'s words without labelling it, written another way', () => {
  const card = (title: string, body: string) => `<div class="k1"><div class="k2">${title}</div><div class="k3">${body}</div></div>`;
  it.each([
    ['带宽不够用？', '升级至 100 Mbps'],
    ['Need more bandwidth?', 'Up to 100 Mbps'],
    ['带宽限时特惠', '5 Mbps 仅需 ¥50'],
    ['带宽使用指南', '最高 200 Mbps'],
    ['Bandwidth FAQ', '100 Mbps max'],
  ])('"%s" over "%s": no bandwidth (ECS, CVM)', (title, body) => {
    expect(ecs(card(title, body))?.publicBandwidthMbps).toBeUndefined();
    expect(cvm(card(title, body))?.publicBandwidthMbps).toBeUndefined();
  });
  it('"实例到期后会怎样" (no question mark) over "2027-03-03 后停机": no expiry', () => {
    expect(cvm(item('实例计费模式', '包年包月') + card('实例到期后会怎样', '2027-03-03 后停机'))?.expiresAt).toBeUndefined();
  });
});

// ——— 2a816404: a recents panel beside the list ———
describe('batch 2: a panel of recently viewed records beside the list', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const line = (l: string, v: string) => `<div class="ln"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const card = (id: string, exp: string) => `<div class="c"><div class="hd">web</div>${line('实例ID', id)}${line('付费方式', '包年包月')}${line('到期时间', exp)}</div>`;
  const ids = (app: string) => read(app, url)?.facts.servers?.map((s) => s.id) ?? null;
  const panel = (title: string) =>
    `<div class="side-panel"><div class="panel-title">${title}</div><div class="panel-body">${card('i-bp1aaaaaaaaaaaaaa08', '2026-01-01')}${card('i-bp1aaaaaaaaaaaaaa09', '2026-02-02')}</div></div>`;
  const list = `<div class="list"><h2>实例列表</h2>${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</div>`;
  it.each(['最近访问', '最近浏览', 'Recently viewed', '最近使用的实例', 'Recently visited instances'])('the ECS card view with a panel "%s" after the list: the list\'s two', (t) => {
    expect(ids(list + panel(t))).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
  });
});

// ——— 24209b81 / 73074e03: another resource's id in a running card ———
describe('batch 2: another instance named in a running card under other labels', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const ci = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const fields = (expiry: string) => ci('可用区', '广州三区') + ci('实例配置', '2核 4GB 5Mbps') + ci('实例计费模式', `包年包月<br>${expiry} 23:59:59到期`);
  const insCard = (id: string, f: string) => `<div class="ins-card"><div class="ins-card__head"><a class="ins-card__id">${id}</a></div><div class="tea-form">${f}</div></div>`;
  const servers = (html: string) => read(`<h2>实例</h2><div class="ins-cards">${html}</div>`, url)?.facts.servers?.map((s) => [s.id, s.expiresAt]);
  it.each(['源实例ID', '来源实例', 'Source Instance ID', '原服务器', '目标实例', 'Target instance'])('"%s ins-q1w2e3r4" in a running card: the card keeps its own id', (label) => {
    const got = servers(insCard('ins-a1b2c3d4', fields('2027-03-01')) + insCard('ins-z9y8x7w6', ci(label, 'ins-q1w2e3r4') + fields('2026-01-01')));
    expect(got).toEqual([['ins-a1b2c3d4', '2027-03-01'], ['ins-z9y8x7w6', '2026-01-01']]);
  });
});

// ——— c3772c95: a status and its countdown in one tag ———
describe('batch 2: a status with its countdown in one badge, written another way', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const status = (text: string) =>
    read(
      '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr><th class="ant-table-cell">域名</th><th class="ant-table-cell">域名状态</th><th class="ant-table-cell">到期日期</th></tr></thead><tbody class="ant-table-tbody">' +
        `<tr class="ant-table-row"><td class="ant-table-cell"><a>longjing-lab.shop</a></td><td class="ant-table-cell"><span class="ant-badge ant-badge-status"><span class="ant-badge-status-dot ant-badge-status-error"></span><span class="ant-badge-status-text">${text}</span></span></td><td class="ant-table-cell">2026-09-10</td></tr></tbody></table></div>`,
      url,
    )?.facts.domains?.[0]?.status;
  it.each([
    ['赎回期（剩余10天）', '赎回期'],
    ['赎回期 - 剩余 10 天', '赎回期'],
    ['赎回期，10天后删除', '赎回期'],
    ['Redemption period (10 days remaining)', 'Redemption period'],
    ['Redemption period · 10 days left', 'Redemption period'],
  ])('"%s": %s', (text, want) => expect(status(text)).toEqual([want]));
});

// ——— 4ac09907 / 8b0a687d: a countdown after the expiry, a renewal's preview ———
describe('batch 2: a release countdown in other words, a renewal\'s preview of the next expiry', () => {
  it.each(['2027-02-14 3个月后释放', '2027-02-14 将于 3 个工作日后释放', '2027-02-14 Released after 3 months'])('"%s": the date is the expiry', (text) => {
    expect(expiryDate(text)).toBe('2027-02-14');
  });
  it.each(['续费后到期时间：2028-03-05', '续费 1 个月后到期时间：2027-04-05', 'Expiration after renewal: 2028-03-05', 'After renewing for 1 year, expires on 2028-03-05'])('"%s" names the renewal\'s date, no expiry', (text) => {
    expect(expiryInText(text)).toBeUndefined();
  });
});

// ——— 0e78dd3f / 75664d98: an Alibaba cell with an opening date and an expiry ———
describe('batch 2: an Alibaba cell with the opening and the expiry dates, written another way (aliyun/server-values expiryFromText)', () => {
  it.each([
    ['开通日期：2026-03-18 到期日期：2027-03-18', '2027-03-18'],
    ['Activated on 2026-03-18, expires on 2027-03-18', '2027-03-18'],
    ['购买于 2026-03-18 到期于 2027-03-18', '2027-03-18'],
    ['2026-03-18 购买 2027-03-18 到期', '2027-03-18'],
  ])('"%s": %s', (text, want) => expect(aliyunExpiry(text, false)).toBe(want));
  it('"开通时间 2026-03-18" alone: no expiry', () => expect(aliyunExpiry('开通时间 2026-03-18', false)).toBeUndefined());
});

// ——— 4d75214e: the service-number counts ———
describe('batch 2: the service-number list\'s count column in other words', () => {
  const dir = 'test/fixtures-unseen/aliyun/beian-service-numbers';
  const fname = readdirSync(dir).find((f) => f.startsWith('zh-returning-filer') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${fname}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${fname.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const header = '备案服务号（已使用/总数）';
  const counts = (h: string) => (readPage(htmlToDocument(h, url), new URL(url))?.facts.servers ?? []).map((s) => [s.id, (s as { serviceNumbersUsed?: number }).serviceNumbersUsed]);
  const want = counts(html);
  const cellsAs = (h: string, f: (used: string, total: string) => string) =>
    h.replace(/(<td[^>]*>(?:(?!<td)[\s\S])*?)(\d)((?:<[^>]+>)*\s*\/\s*(?:<[^>]+>)*)(5)/g, (_m, pre: string, u: string, _sep: string, t: string) => pre + f(u, t));
  it('headed Total (Used), cells "5 (n)": the counts', () => {
    expect(counts(cellsAs(html.replace(header, 'Total (Used)'), (u, t) => `${t} (${u})`))).toEqual(want);
  });
  it('headed 剩余/总数 (what is left), cells "n / 5": no used count read from the remaining figure', () => {
    const got = counts(cellsAs(html.replace(header, '剩余/总数'), (u, t) => `${5 - Number(u)} / ${t}`));
    const wrong = got.filter(([id, n]) => n !== undefined && want.find(([i]) => i === id)?.[1] !== n);
    expect(wrong).toEqual([]);
  });
});

// ——— a0c88cd2 / e5586404 / 2319083f: the website panels' states ———
describe('batch 2: a website panel\'s state written another way (aliyun/beian-form)', () => {
  const dir = 'test/fixtures-unseen/aliyun/beian-website';
  const fname = readdirSync(dir).find((f) => f.startsWith('zh-changing-filing') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${fname}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${fname.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const sites = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.websites?.map((w) => w.name);
  const both = ['青岚数字官网', '青岚开发者文档'];
  it.each(['网站 2（新增）', '网站信息（网站 2 - 新增）', '网站信息（网站 2）新增'])('the added website\'s panel titled %s: both websites', (title) => {
    expect(sites(html.replace('网站2：青岚开发者文档', title))).toEqual(both);
  });
  const tag = '<div class="ant-card-extra"><span class="ant-tag css-1x0dypw ant-tag-processing">变更网站</span></div>';
  it.each(['本次变更', '修改网站', '待变更'])('titles 网站 1 / 网站 2, %s in the first head\'s extra: both websites', (word) => {
    const page2 = html.replace('网站1：青岚数字官网', '网站 1').replace('网站2：青岚开发者文档', '网站 2').replace(tag, tag.replace('变更网站', word));
    expect(sites(page2)).toEqual(both);
  });
});

// ——— 1495f866: the real-name tag beside the owner's name (Tencent domain list, no real-name column) ———
describe('batch 2: the real-name tag beside the owner\'s name, written another way', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const t = (text: string, theme = 'success') => `<span class="t-tag t-tag--${theme} t-tag--light t-size-s">${text}</span>`;
  const row = (owner: string, ownerHeader = '域名所有者') =>
    read(
      '<div class="t-table"><table><thead class="t-table__header"><tr><th>域名</th><th>域名状态</th>' + `<th>${ownerHeader}</th><th>到期时间</th></tr></thead><tbody class="t-table__body">` +
        `<tr><td><a class="t-link">lvyuan-tea.cloud</a></td><td>${t('正常')}</td><td>${owner}</td><td>2028-03-01</td></tr></tbody></table></div>`,
      url,
    )?.facts.domains?.[0];
  it('the tag before the name: the name and the state', () => {
    expect(row(`${t('已实名认证')} <span>四川绿源茶业有限公司</span>`)).toMatchObject({ registrantName: '四川绿源茶业有限公司', realNameVerified: true });
  });
  it('English: "Sichuan Lvyuan Tea Co., Ltd." with a Verified tag, headed Domain Owner: the name and the state', () => {
    expect(row(`<span>Sichuan Lvyuan Tea Co., Ltd.</span> ${t('Verified')}`, 'Domain Owner')).toMatchObject({ registrantName: 'Sichuan Lvyuan Tea Co., Ltd.', realNameVerified: true });
  });
  it('the tag on its own line under the name, unverified: the name and the state', () => {
    expect(row(`<div>四川绿源茶业有限公司</div><div>${t('未实名认证', 'danger')}</div>`)).toMatchObject({ registrantName: '四川绿源茶业有限公司', realNameVerified: false });
  });
});

// ================================================================ batch 3 (written before any read, like batches 1 and 2)

describe('batch 3: layout-drawn labels with a third part, in English, on other products', () => {
  it('公网带宽上限 | 10 Mbps | a note 按固定带宽 in a third box: 10 (or none — never another figure)', () => {
    const got = ecs('<div class="c1a"><div class="c2b">公网带宽上限</div><div class="c3c">10 Mbps</div><div class="c5e">按固定带宽</div></div>')?.publicBandwidthMbps;
    expect([10, undefined]).toContain(got);
  });
  it('CVM (intl): "Max Public Bandwidth 8 Mbps" in hashed divs gives 8', () => {
    const got = read(`<div class="x0">${item('Instance ID', 'ins-4w6y8a0c')}${item('Region', 'Guangzhou')}${item('Max Public Bandwidth', '8 Mbps')}</div>`, 'https://console.tencentcloud.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c', 'en')?.facts.servers?.[0];
    expect(got?.publicBandwidthMbps).toBe(8);
  });
  it('a monitoring row "公网带宽使用率 | 35%" gives no bandwidth (a share, no cap)', () => {
    expect(ecs(item('公网带宽使用率', '35%'))?.publicBandwidthMbps).toBeUndefined();
  });
  it('"带宽峰值（出方向） 10 Mbps" and "带宽峰值（入方向） 100 Mbps": the outbound 10', () => {
    expect(cvm(item('带宽峰值（入方向）', '100 Mbps') + item('带宽峰值（出方向）', '10 Mbps'))?.publicBandwidthMbps).toBe(10);
  });
  it('an expiry worded otherwise, 包年包月到期日 2027-05-01: that expiry; a 下次续费日期 2027-04-24 beside it is none', () => {
    expect(cvm(item('实例计费模式', '包年包月') + item('下次自动续费日期', '2027-04-24') + item('包年包月到期日', '2027-05-01'))?.expiresAt).toBe('2027-05-01');
  });
});

describe('batch 3: Tencent domain status lines and tags, other positions', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const tc = (status: string, lang?: string) =>
    read(`<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody><tr><td>zhanglab.cn</td><td>${status}</td><td>2027-05-01 10:00:00</td></tr></tbody></table>`, url, lang)?.facts.domains?.[0]?.status;
  it('a hashed tag, its explanation after a <br> in the same block: the tag only', () => {
    expect(tc('<div class="x7"><span class="x9f">serverHold</span><br><span class="x8e">Resolution suspended by the registry</span></div>')).toEqual(['serverHold']);
  });
  it('an explanation with a date under a hashed clientHold tag ("Suspended since 2026-11-02"): the tag only', () => {
    expect(tc('<span class="x9f">clientHold</span><div class="x8e">Suspended since 2026-11-02</div>')).toEqual(['clientHold']);
  });
  // (left open, invented: a line above the tag — README "Second review of session 51's fixes, session 52")
  it.fails('left open: the explanation first, the tag under it: the tag only', () => {
    expect(tc('<div class="x8e">注册局已暂停解析</div><span class="tea-tag tea-tag--error">serverHold</span>')).toEqual(['serverHold']);
  });
  it('two tags in one: "clientHold, serverHold": both', () => {
    expect(tc('<span class="tea-tag tea-tag--error">clientHold, serverHold</span>')).toEqual(['clientHold', 'serverHold']);
  });
});

describe('batch 3: registrant names with a second line, other cases', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const name = (registrant: string) =>
    read(
      '<div class="ant-table-wrapper"><table><thead class="ant-table-thead"><tr>' +
        ['域名', '域名状态', '域名持有者', '到期日期'].map((h) => `<th class="ant-table-cell">${h}</th>`).join('') +
        '</tr></thead><tbody class="ant-table-tbody"><tr class="ant-table-row">' +
        ['<a>northgate-data.cn</a>', '正常', registrant, '2027-06-19'].map((c) => `<td class="ant-table-cell">${c}</td>`).join('') +
        '</tr></tbody></table></div>',
      url,
    )?.facts.domains?.[0]?.registrantName;
  it('a compound surname\'s pinyin (欧阳娜娜 / Ouyang Nana, 司马光 / Sima Guang): the Chinese name', () => {
    expect(name('<div>欧阳娜娜</div><div>Ouyang Nana</div>')).toBe('欧阳娜娜');
    expect(name('<div>司马光</div><div>Sima Guang</div>')).toBe('司马光');
  });
  it('the English company name after a <br>: the Chinese name', () => {
    expect(name('深圳北港数据分析有限公司<br>Northgate Analytics (Shenzhen) Limited')).toBe('深圳北港数据分析有限公司');
  });
  it('guard: a Chinese company name with an English word in it is one name (北港 Data 工作室)', () => {
    expect(name('深圳北港 Data 工作室')).toBe('深圳北港 Data 工作室');
  });
});

describe('batch 3: the Alibaba filing server step, more', () => {
  const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const site = `<h3 class="section-title">网站信息</h3><form class="next-form">${filingItem('网站域名', filingInput('hexiang-tea.cn'))}</form>`;
  const product = (extra: string, inst = filingInput('i-bp1hx27t0a3c5e7g9k')) =>
    `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${filingItem('实例ID', inst)}${extra}</form>`;
  const server = (html: string) => read(`${filingSteps(0)}${html}`, beianUrl)?.facts.servers?.[0];
  it('a 到期时间 of the chosen instance under its own 实例信息 sub-title after a 备案服务号 item: the expiry', () => {
    const got = server(site + product(filingItem('备案服务号', '<span>1234567890ABCDEF</span>')) + `<h4 class="sub-title">实例信息</h4><form class="next-form">${filingItem('实例ID', '<span>i-bp1hx27t0a3c5e7g9k</span>')}${filingItem('到期时间', '<span>2027-03-01</span>')}</form>`);
    expect(got?.expiresAt).toBe('2027-03-01');
  });
  it('服务号有效期 2027-09-09 after the instance field: no instance expiry', () => {
    expect(server(site + product(filingItem('服务号有效期', '<span>2027-09-09</span>')))?.expiresAt).toBeUndefined();
  });
  it('a note in the instance box of a renewal preview ("续费后到期时间：2028-03-01"): none of it', () => {
    expect(server(site + product('', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<div class="help">续费后到期时间：2028-03-01</div>`))?.expiresAt).toBeUndefined();
  });
  it('a Simple Application Server chosen, its 到期时间 in the block: the expiry', () => {
    const html = site + `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('轻量应用服务器'))}${filingItem('实例ID', filingInput('4e5f9a0b1c2d4e6f8a9b0c1d2e3f4a5b'))}${filingItem('到期时间', '<span>2027-03-01</span>')}</form>`;
    expect(server(html)?.expiresAt).toBe('2027-03-01');
  });
});

describe('batch 3: permission banners, English Tencent and a withheld list', () => {
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const list = (banner: string) =>
    `<div class="tea-alert" role="alert"><div class="tea-alert__body">${banner}</div></div>` +
    '<table><thead><tr><th>Domain</th><th>Status</th><th>Expiration Time</th></tr></thead><tbody><tr><td>hailan.xyz</td><td>Normal</td><td>2027-03-09 10:12:43</td></tr></tbody></table>';
  it('"Sub-accounts can only view authorized domains." over the list: read', () => {
    expect(read(list('Sub-accounts can only view authorized domains.'), url, 'en')?.facts.domains?.[0]?.domain).toBe('hailan.xyz');
  });
  it('guard: "You don\'t have permission to view the domain list." over stale rows: nothing', () => {
    expect(read(list("You don't have permission to view the domain list. Contact the root account."), url, 'en')?.facts ?? null).toBeNull();
  });
});

describe('fix tests written with their fixes (after the first try)', () => {
  it('ECS: 带宽峰值（入方向） 100 Mbps before 带宽峰值（出方向） 10 Mbps gives 10; Bandwidth (Inbound) alone gives none', () => {
    expect(ecs(item('带宽峰值（入方向）', '100 Mbps') + item('带宽峰值（出方向）', '10 Mbps'))?.publicBandwidthMbps).toBe(10);
    expect(ecs(item('Peak Bandwidth (Inbound)', '100 Mbps'), 'en')?.publicBandwidthMbps).toBeUndefined();
  });
  it('guard: 公网带宽（峰值）, 带宽峰值（Mbps）, 带宽上限（按固定带宽计费） still read', () => {
    expect(ecs(item('实例公网带宽（峰值）', '5 Mbps'))?.publicBandwidthMbps).toBe(5);
    expect(cvm(item('带宽峰值（Mbps）', '6'))?.publicBandwidthMbps).toBe(6);
    expect(cvm(item('公网带宽上限（按固定带宽计费）', '7 Mbps'))?.publicBandwidthMbps).toBe(7);
  });
});

describe('fix tests: a hashed tag with lines after a <br>', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const tc = (status: string) =>
    read(`<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody><tr><td>zhanglab.cn</td><td>${status}</td><td>2027-05-01 10:00:00</td></tr></tbody></table>`, url)?.facts.domains?.[0]?.status;
  it('guard: a status word after the <br> stays a status', () => {
    expect(tc('<div class="x7"><span class="x9f">serverHold</span><br><span class="x8e">clientTransferProhibited</span></div>')).toEqual(['serverHold', 'clientTransferProhibited']);
  });
  it('guard: plain statuses as lines, no tag, read as before', () => {
    expect(tc('正常<br>转入中')).toEqual(['正常', '转入中']);
  });
});

describe('fix tests: English banners saying "don\'t have permission"', () => {
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const list = (banner: string) =>
    `<div class="tea-alert" role="alert"><div class="tea-alert__body">${banner}</div></div>` +
    '<table><thead><tr><th>Domain</th><th>Status</th><th>Expiration Time</th></tr></thead><tbody><tr><td>hailan.xyz</td><td>Normal</td><td>2027-03-09 10:12:43</td></tr></tbody></table>';
  it('guard: "You do not have permission to view other projects\' domains." and "… to view billing information." over the list: read', () => {
    expect(read(list("You do not have permission to view other projects' domains."), url, 'en')?.facts.domains?.[0]?.domain).toBe('hailan.xyz');
    expect(read(list('You do not have permission to view billing information.'), url, 'en')?.facts.domains?.[0]?.domain).toBe('hailan.xyz');
    expect(read(list("You don't have permission to perform this operation."), url, 'en')?.facts.domains?.[0]?.domain).toBe('hailan.xyz');
  });
  it('"You do not have permission to access this page." over stale rows: nothing', () => {
    expect(read(list('You do not have permission to access this page.'), url, 'en')?.facts ?? null).toBeNull();
  });
});

// ================================================================ batch 4 (written before any read, like batches 1-3)

describe('batch 4: layout-drawn labels of another service\'s or holder\'s date on a domain\'s page', () => {
  const dUrl = 'https://console.cloud.tencent.com/domain/info/gangguang.cn';
  const domain = (extra: string) => read(`<div class="x0">${item('域名', 'gangguang.cn')}${item('注册商', '腾讯云')}${extra}</div>`, dUrl)?.facts.domains?.[0];
  it.each(['隐私保护到期时间', '域名隐私保护到期日', '企业邮箱到期时间', '解析套餐到期时间', 'SSL证书到期时间'])('"%s 2026-10-01" alone: no domain expiry', (label) => {
    expect(domain(item(label, '2026-10-01 10:00:00'))?.expiresAt).toBeUndefined();
  });
  it('"域名到期日 2027-08-19" beside "SSL证书到期时间 2026-12-01": 2027-08-19', () => {
    expect(domain(item('SSL证书到期时间', '2026-12-01') + item('域名到期日', '2027-08-19'))?.expiresAt).toBe('2027-08-19');
  });
});

describe('batch 4: layout-drawn expiry labels with qualifiers on a CVM', () => {
  it('实例到期时间（北京时间） 2027-05-01: that expiry', () => {
    expect(cvm(item('实例计费模式', '包年包月') + item('实例到期时间（北京时间）', '2027-05-01 10:00:00'))?.expiresAt).toBe('2027-05-01');
  });
  it('到期时间（原） 2026-05-01 alone: no expiry', () => {
    expect(cvm(item('实例计费模式', '包年包月') + item('到期时间（原）', '2026-05-01 10:00:00'))?.expiresAt).toBeUndefined();
  });
  it('到期时间（续费后） 2028-05-01 after 到期时间 2027-05-01: 2027-05-01', () => {
    expect(cvm(item('实例计费模式', '包年包月') + item('到期时间', '2027-05-01 10:00:00') + item('到期时间（续费后）', '2028-05-01 10:00:00'))?.expiresAt).toBe('2027-05-01');
  });
});

describe('batch 4: the Alibaba filing server step, notes in English and a countdown', () => {
  const beianUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const site = `<h3 class="section-title">网站信息</h3><form class="next-form">${filingItem('网站域名', filingInput('hexiang-tea.cn'))}</form>`;
  const product = (extra: string, inst = filingInput('i-bp1hx27t0a3c5e7g9k')) =>
    `<h3 class="section-title">产品验证</h3><form class="next-form">${filingItem('产品类型', filingSelect('云服务器ECS'))}${filingItem('实例ID', inst)}${extra}</form>`;
  const server = (html: string) => read(`${filingSteps(0)}${html}`, beianUrl)?.facts.servers?.[0];
  it('到期时间 "2027-03-01（剩余 85 天）": 2027-03-01', () => {
    expect(server(site + product(filingItem('到期时间', '<span>2027-03-01（剩余 85 天）</span>')))?.expiresAt).toBe('2027-03-01');
  });
  it('a note in the instance box naming another instance in English ("Instance i-bp1zz… expires on Feb 2, 2027"): no expiry', () => {
    expect(server(site + product('', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<div class="help">Instance i-bp1zzzzzzzzzzzzzzzzz expires on Feb 2, 2027</div>`))?.expiresAt).toBeUndefined();
  });
  it('a note in the instance box for the chosen one in English ("Expires on Mar 1, 2027"): 2027-03-01', () => {
    expect(server(site + product('', `${filingInput('i-bp1hx27t0a3c5e7g9k')}<div class="help">Expires on Mar 1, 2027</div>`))?.expiresAt).toBe('2027-03-01');
  });
});

// ================================================================ batch 5 (written before any read, like batches 1-4)

describe('batch 5: the international filing entity step, the principal\'s card titled otherwise, the region cascader', () => {
  const entityUrl = 'https://beian.console.alibabacloud.com/#/entity';
  const field = (label: string, value: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label class="ant-form-item-required" title="${label}">${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${value}</div></div></div></div></div>`;
  const input = (v: string) => `<input class="ant-input" type="text" value="${v}">`;
  const select = (v: string) =>
    `<div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search"><input role="combobox" readonly value=""></span><span class="ant-select-selection-item" title="${v}">${v}</span></div></div>`;
  const card = (title: string, body: string) =>
    `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body"><form class="ant-form ant-form-horizontal">${body}</form></div></div>`;
  const entity = (region: string) =>
    card('Entity Information', region + field('Entity Type', select('Enterprise')) + field('Certificate Type', select('Business License (Unified Social Credit Code)')) +
      field('Certificate Number', input('9144**********3N6R')) + field('Entity Name', input('深圳北港数据分析有限公司')) + field('Mailing Address', input('上海市浦东新区世纪大道 100 号')));
  const pic = (title: string) => card(title, field('Name', input('王立诚')) + field('Certificate Type', select('Resident ID Card')) + field('Certificate Number', input('4403**********2218')));
  it.each(['Entity Principal', 'Principal of the Entity', 'Person in Charge of Entity', 'Entity Owner Information'])('a "%s" card drawn first: the entity\'s own name and number', (title) => {
    const got = read(pic(title) + entity(field('Province/City/District', select('Guangdong / Shenzhen / Nanshan District'))), entityUrl, 'en')?.facts.entity;
    expect(got?.name).toBe('深圳北港数据分析有限公司');
    expect(got?.idNumber).toBe('9144**********3N6R');
  });
  it.each(['Province / City / District', 'Region'])('the cascader labelled "%s": Guangdong, never the mailing address\'s Shanghai', (label) => {
    const got = read(entity(field(label, select('Guangdong / Shenzhen / Nanshan District'))), entityUrl, 'en')?.facts.entity;
    expect(['Guangdong', undefined]).toContain(got?.province);
  });
  // (left open, wrong: "Location" is no province label — README "Second review of session 51's fixes, session 52")
  it.fails('left open: the cascader labelled "Location": Guangdong, never the mailing address\'s Shanghai', () => {
    const got = read(entity(field('Location', select('Guangdong / Shenzhen / Nanshan District'))), entityUrl, 'en')?.facts.entity;
    expect(['Guangdong', undefined]).toContain(got?.province);
  });
});

describe('batch 5: authorization code statuses in other words (tencent/values codeStatusFromText)', () => {
  it.each([
    ['Not used', 'unused'],
    ['Not yet redeemed', 'unused'],
    ['尚未使用', 'unused'],
    ['未兑换', 'unused'],
    ['已兑换', 'used'],
    ['Used', 'used'],
  ])('%s: %s', (text, want) => expect(codeStatusFromText(text)).toBe(want));
});

describe('batch 5: an action by its shape after a holder\'s name, other words', () => {
  const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
  const holderCard = (name: string) =>
    '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
    `<tr><th>域名持有者</th><td>${name}</td><th>持有者类型</th><td>个人</td></tr>` +
    '<tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>5101**********2517</td></tr></tbody></table></div></div></div>';
  const name = (n: string) => read('<main><h2>xishan-wenhua.cn</h2>' + holderCard(n) + '</main>', holderUrl)?.facts.domains?.[0]?.registrantName;
  it.each(['立即认证', '去实名', 'Verify now', '点击过户'])('"李青禾 <span>%s</span>": 李青禾', (words) => expect(name(`李青禾 <span class="k7d2x">${words}</span>`)).toBe('李青禾'));
  it('guard: a studio\'s name ending in a Han word of that shape (立即送工作室) read whole', () => {
    expect(name('立即送工作室')).toBe('立即送工作室');
  });
});

// ================================================================ batch 6 (written before any read, like batches 1-5)

describe('batch 6: the Lighthouse detail\'s validity and plan, written another way', () => {
  const lhUrl = 'https://console.tencentcloud.com/lighthouse/instance/detail?rid=1&id=lhins-7q2w9e4r';
  const field = (label: string, value: string) =>
    `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const server = (rows: string) =>
    read('<ul class="tea-form">' + field('Instance ID', 'lhins-7q2w9e4r') + field('Region and AZ', 'South China(Guangzhou) | Guangzhou Zone 3') + field('Billing Mode', 'Monthly subscription') + rows + '</ul>', lhUrl, 'en')?.facts.servers?.[0];
  // (left open, missing: "Created:" reads as an inline label — README "Second review of session 51's fixes, session 52")
  it.fails('left open: Validity Period "Created: 2026-03-09; Expires: 2027-03-09": 2027-03-09', () => {
    expect(server(field('Validity Period', 'Created: 2026-03-09 14:22:07; Expires: 2027-03-09 14:22:07'))?.expiresAt).toBe('2027-03-09');
  });
  it('Validity Period "Expires at 2027-03-09 14:22:07 (created at 2026-03-09 14:22:07)": 2027-03-09', () => {
    expect(server(field('Validity Period', 'Expires at 2027-03-09 14:22:07 (created at 2026-03-09 14:22:07)'))?.expiresAt).toBe('2027-03-09');
  });
  it('Instance Plan "2 cores | 4 GB | 60 GB SSD | 6 Mbps": 6', () => {
    expect(server(field('Instance Plan', 'General | 2 cores | 4 GB | 60 GB SSD | 6 Mbps'))?.publicBandwidthMbps).toBe(6);
  });
  it('Instance Plan with a traffic package only ("1,000 GB/month traffic package"): no bandwidth', () => {
    expect(server(field('Instance Plan', 'General - 2 cores, 4 GB memory, 60 GB SSD, 1,000 GB/month traffic package'))?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('batch 6: Tencent billing cells with both dates, English and another order', () => {
  const cvmUrl = 'https://console.tencentcloud.com/cvm/instance/index?rid=1';
  const cvmList = (cell: string) =>
    `<table><thead><tr><th>ID/Name</th><th>Region</th><th>Instance Billing Mode</th></tr></thead><tbody><tr><td><a>ins-a1b2c3d4</a></td><td>Guangzhou</td><td>${cell}</td></tr></tbody></table>`;
  const server = (cell: string) => read(cvmList(cell), cvmUrl, 'en')?.facts.servers?.[0];
  it('"Monthly Subscription / Created at … / Expires at …": the expiry', () => {
    expect(server('<p>Monthly Subscription</p><p>Created at 2026-02-14 10:31:52</p><p>Expires at 2027-02-14 10:31:52</p>')?.expiresAt).toBe('2027-02-14');
  });
  it('"Monthly Subscription / Expires at … / Created at …": the expiry', () => {
    expect(server('<p>Monthly Subscription</p><p>Expires at 2027-02-14 10:31:52</p><p>Created at 2026-02-14 10:31:52</p>')?.expiresAt).toBe('2027-02-14');
  });
  it('"Pay-as-you-go / Created at …": payg, no expiry', () => {
    const got = server('<p>Pay-as-you-go</p><p>Created at 2026-02-14 10:31:52</p>');
    expect(got?.billing).toBe('payg');
    expect(got?.expiresAt).toBeUndefined();
  });
});

describe('batch 6: a public address elsewhere on a CVM detail, Chinese and other cards', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-7q2kd9rx';
  const fi = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form__text">${v}</div></div></li>`;
  const card = (title: string, items: string) => `<div class="tea-card"><div class="tea-card__header"><h3>${title}</h3></div><div class="tea-card__body"><ul class="tea-form">${items}</ul></div></div>`;
  const info = (extra = '') => card('实例信息', fi('实例ID', 'ins-7q2kd9rx') + fi('地域', '广州') + fi('主内网IPv4', '172.16.16.42') + extra);
  const mbps = (body: string) => read(body, url)?.facts.servers?.[0]?.publicBandwidthMbps;
  it('公网IPv4地址 in a 网络信息 card beside 带宽上限 20 Mbps: 20', () => {
    expect(mbps(info() + card('网络信息', fi('公网IPv4地址', '43.139.218.57') + fi('带宽上限', '20 Mbps')))).toBe(20);
  });
  it('guard: a 最近登录IP in another card, no public address: no 20 from anywhere', () => {
    expect(mbps(info(fi('带宽上限', '-')) + card('登录记录', fi('最近登录IP', '43.139.1.2')))).not.toBe(20);
  });
});

describe('fix tests: an operation named after "permission to" / "authorized to" is no page denied (my own fix\'s over-reach, and older)', () => {
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const list = (help: string) =>
    '<table><thead><tr><th>Domain</th><th>Status</th><th>Expiration Time</th></tr></thead><tbody><tr><td>hailan.xyz</td><td>Normal</td><td>2027-03-09 10:12:43</td></tr></tbody></table>' + help;
  it.each([
    "If you don't have permission to renew, contact the root account.",
    'Sub-users who do not have permission to renew can ask the root account.',
    'No permission to renew. Contact the root account.',
    'You are not authorized to renew domains.',
  ])('a hint "%s" under the list: the list read', (hint) => {
    expect(read(list(`<p class="hint">${hint}</p>`), url, 'en')?.facts.domains?.[0]?.domain).toBe('hailan.xyz');
  });
  it('guard: "You do not have permission to access this page." still reads nothing', () => {
    expect(read(list('<p class="hint">You do not have permission to access this page.</p>'), url, 'en')?.facts ?? null).toBeNull();
  });
});
