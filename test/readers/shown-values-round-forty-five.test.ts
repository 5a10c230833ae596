import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-fifth round of held-out pages (both providers; printed, exported and certificate views — a
 * domain's 域名证书 / Domain Name Certificate sheet, the filing's 网站备案信息真实性核验单, a CVM print preview, ECS / CVM export
 * dialogs: test/fixtures-unseen/README.md "Forty-fifth round"), each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn';
const tencentUrl = 'https://console.cloud.tencent.com/domain/info/lanshan-r45.com';
/** A certificate sheet: its title, then a bordered table of pairs (the Alibaba sheet) or tea-form items (the Tencent tab). */
const aliyunSheet = (title: string, rows: [string, string][]) =>
  `<h1 class="page-title">qingshan-r45.cn</h1><div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody>` +
  rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('') +
  '</tbody></table></div>';
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const tencentSheet = (title: string, rows: [string, string][]) =>
  `<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">${title}</h3><div class="tea-form">` + rows.map(([l, v]) => teaItem(l, v)).join('') + '</div></div>';

describe('a domain\'s own certificate (域名证书, Domain Name Certificate) titles no other subject (ownUnder, dom/titled-box.ts underTitleNaming)', () => {
  const aliyunRows: [string, string][] = [
    ['域名', 'qingshan-r45.cn'],
    ['域名持有者', '杭州青山印务有限公司'],
    ['注册日期', '2023年04月11日'],
    ['到期日期', '2028年04月11日'],
    ['注册服务机构', '阿里云计算有限公司（万网）'],
  ];
  it('an Alibaba 域名证书 tab\'s sheet titled 域名注册证书 / Domain Name Certificate gives the holder, expiry and registrar (null before: missing)', () => {
    for (const title of ['域名注册证书', '域名证书', 'Domain Name Certificate', '域名注册证书 Domain Name Certificate']) {
      const got = read(aliyunSheet(title, aliyunRows), aliyunUrl);
      expect(got?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司', registrar: '阿里云计算有限公司(万网)', expiresAt: '2028-04-11' }]);
    }
  });

  it('a Tencent 域名证书 tab\'s sheet under an h3 gives the owner, expiry and registrar (null before: missing)', () => {
    const rows: [string, string][] = [['域名', 'lanshan-r45.com'], ['域名所有者', '成都蓝山文创设计有限公司'], ['到期日期', '2029-08-19'], ['注册商', '烟台帝思普网络科技有限公司']];
    for (const title of ['域名证书', 'Domain Name Certificate']) {
      const got = read(tencentSheet(title, rows), tencentUrl);
      expect(got?.facts.domains, title).toEqual([{ domain: 'lanshan-r45.com', registrantName: '成都蓝山文创设计有限公司', registrar: '烟台帝思普网络科技有限公司', expiresAt: '2029-08-19' }]);
    }
  });

  it('guard: the certificate\'s own number (证书编号, Certificate No.) is no ID number of the holder, on either provider', () => {
    const a = read(aliyunSheet('域名注册证书', [...aliyunRows, ['证书编号', 'DNC-CN-20230411-7Q2K9X'], ['Certificate No.', 'DNC-CN-20230411-7Q2K9X']]), aliyunUrl)?.facts.domains?.[0];
    expect(a?.registrantName).toBe('杭州青山印务有限公司');
    expect(a?.registrantIdNumber).toBeUndefined();
    const t = read(tencentSheet('域名证书', [['域名', 'lanshan-r45.com'], ['域名所有者', '成都蓝山文创设计有限公司'], ['Certificate No.', 'TCDNC-20240819-00K7M3']]), tencentUrl)?.facts.domains?.[0];
    expect(t?.registrantName).toBe('成都蓝山文创设计有限公司');
    expect(t?.registrantIdNumber).toBeUndefined();
  });

  it('guard: an SSL 证书 card (SSL 证书, 域名 SSL 证书, 证书详情) is still another subject — its holder and expiry are none of the domain\'s', () => {
    for (const title of ['SSL 证书', '域名 SSL 证书', '证书详情']) {
      const own = '<div class="next-card"><div class="next-card-title">基本信息</div><table><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr></tbody></table></div>';
      const got = read(own + aliyunSheet(title, [['证书持有者', '杭州某某网络科技有限公司'], ['到期日期', '2026-12-31']]), aliyunUrl)?.facts.domains?.[0];
      expect(got?.registrantName, title).toBe('杭州青山印务有限公司');
      expect(got?.expiresAt, title).toBeUndefined();
    }
  });
});

describe('a certificate\'s serial number under the label Certificate No. is no ID number (shared/text-values.ts maskedIdNumber)', () => {
  const aliyunRows = (no: string) => [['域名', 'qingshan-r45.cn'], ['域名持有者', '杭州青山印务有限公司'], ['到期日期', '2028-04-11'], ['Certificate No.', no]] as [string, string][];
  const aliyunFlat = (no: string) => '<h1 class="page-title">qingshan-r45.cn</h1><table class="cert-table"><tbody>' + aliyunRows(no).map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('') + '</tbody></table>';
  const tencentFlat = (no: string) =>
    '<div class="cert"><div class="cert__head"><h2>域名证书</h2><p>Domain Name Certificate</p></div><div class="tea-form">' +
    [['域名', 'lanshan-r45.com'], ['域名所有者', '成都蓝山文创设计有限公司'], ['Certificate No.', no], ['到期日期', '2029-08-19']].map(([l, v]) => teaItem(l!, v!)).join('') + '</div></div>';

  it('a sheet whose title is no box title (an h2, none) showing Certificate No. DNC-CN-… / TCDNC-… gave it masked as the holder\'s ID number (invented)', () => {
    for (const no of ['DNC-CN-20230411-7Q2K9X', 'TCDNC-20240819-00K7M3']) {
      expect(read(aliyunFlat(no), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber, no).toBeUndefined();
      expect(read(tencentFlat(no), tencentUrl)?.facts.domains?.[0]?.registrantIdNumber, no).toBeUndefined();
    }
  });

  it('guard: an ID number under Certificate No. — masked, a pass number, an organization code — is still read', () => {
    expect(read(aliyunFlat('9133**********4Q7M'), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber).toBe('9133**********4Q7M');
    expect(read(tencentFlat('9151**********2X3K'), tencentUrl)?.facts.domains?.[0]?.registrantIdNumber).toBe('9151**********2X3K');
    expect(read(aliyunFlat('H12345678'), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber).toBeDefined();
    expect(read(aliyunFlat('MA2X5K7L-3'), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber).toBeDefined();
    expect(read(aliyunFlat('AB-****-5678'), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber).toBeDefined();
  });
});

describe('a 核验单\'s group cell (a first cell spanning rows: 主办单位信息, 主体负责人, 网站信息) titles its rows (aliyun/beian-form.ts isGroupCell)', () => {
  const url = 'https://beian.console.aliyun.com/#/order/confirm';
  const entityRows =
    '<tr><th rowspan="3">主办单位信息</th><th>主办单位名称</th><td colspan="3">湖州白鹭文印科技有限公司</td></tr>' +
    '<tr><th>主办单位性质</th><td>企业</td><th>证件类型</th><td>营业执照</td></tr>' +
    '<tr><th>证件号码</th><td>9133**********4Q7M</td><th>所属区域</th><td>浙江省 湖州市 吴兴区</td></tr>';
  const leaderRows =
    '<tr><th rowspan="2">主体负责人</th><th>姓名</th><td>沈某某</td><th>证件类型</th><td>居民身份证</td></tr>' +
    '<tr><th>证件号码</th><td>3305**********2715</td><th>手机号码</th><td>138****6021</td></tr>';
  const siteRows = '<tr><th rowspan="2">网站信息</th><th>网站名称</th><td colspan="3">白鹭文印官网</td></tr><tr><th>网站域名</th><td colspan="3">bailu-r45.cn</td></tr>';
  const form = (rows: string) => `<h1>确认备案信息 · 核验单</h1><table class="hyd-table"><caption>网站备案信息真实性核验单</caption><tbody>${rows}</tbody></table>`;
  const entity = { type: 'organization', name: '湖州白鹭文印科技有限公司', idType: '营业执照', idNumber: '9133**********4Q7M', province: '浙江省' };

  it('printed with the 主体负责人 rows first, the principal\'s 姓名 / 证件类型 / 证件号码 were read as the entity\'s (invented)', () => {
    const got = read(form(leaderRows + entityRows + siteRows), url);
    expect(got?.facts.entity).toEqual(entity);
    expect(got?.facts.websites?.map((w) => [w.name, w.domains])).toEqual([['白鹭文印官网', ['bailu-r45.cn']]]);
  });

  it('guard: the entity rows first read as before; a rowspan cell that is no row\'s first cell titles nothing', () => {
    expect(read(form(entityRows + leaderRows + siteRows), url)?.facts.entity).toEqual(entity);
    const valueSpan = entityRows.replace('<tr><th rowspan="3">主办单位信息</th>', '<tr>').replace('<td colspan="3">湖州白鹭文印科技有限公司</td>', '<td rowspan="2">湖州白鹭文印科技有限公司</td><td rowspan="2">主体负责人</td>');
    expect(read(form(valueSpan), url)?.facts.entity?.name).toBe('湖州白鹭文印科技有限公司');
  });
});

describe('Tencent: a row under a group cell naming a person is that person\'s (tencent/beian-form.ts entityText, dom/cell-span.ts groupCellOver)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261206000451/confirm';
  const leader = '<tr><th rowspan="2">主体负责人</th><th>姓名</th><td>沈某某</td></tr><tr><th>证件号码</th><td>3305**********2715</td></tr>';
  const entity = '<tr><th rowspan="3">主办单位信息</th><th>主办单位名称</th><td>湖州白鹭文印科技有限公司</td></tr><tr><th>主办单位证件类型</th><td>营业执照</td></tr><tr><th>主办单位证件号码</th><td>9133**********4Q7M</td></tr>';
  const site = '<tr><th rowspan="2">网站信息</th><th>网站名称</th><td>白鹭文印官网</td></tr><tr><th>网站域名</th><td>bailu-r45.cn</td></tr>';
  const sheet = (rows: string) => `<h2>核验单预览</h2><table class="hyd"><caption>网站备案信息真实性核验单</caption><tbody>${rows}</tbody></table>`;

  it('a 核验单 printed with the 主体负责人 rows first gave the principal\'s 证件号码 as the entity\'s (invented)', () => {
    const got = read(sheet(leader + entity + site), url)?.facts;
    expect(got?.entity?.name).toBe('湖州白鹭文印科技有限公司');
    expect(got?.entity?.idNumber).toBe('9133**********4Q7M');
  });

  it('guard: the entity rows first, or no group cells, read the entity as before', () => {
    expect(read(sheet(entity + leader + site), url)?.facts.entity?.idNumber).toBe('9133**********4Q7M');
    const flat = (entity + site).replace(/<th rowspan="\d">[^<]*<\/th>/g, '');
    expect(read(sheet(flat), url)?.facts.entity?.idNumber).toBe('9133**********4Q7M');
  });
});

describe('a value printed as a row of check boxes is the ticked option (dom/units.ts chosenOptions)', () => {
  const sheet = (type: string, idType: string) =>
    '<h1>确认备案信息</h1><table class="hyd"><caption>网站备案信息真实性核验单</caption><tbody>' +
    `<tr><th rowspan="4">主办单位信息</th><th>主办单位名称</th><td>湖州白鹭文印科技有限公司</td></tr><tr><th>主办单位性质</th><td>${type}</td></tr>` +
    `<tr><th>主办单位证件类型</th><td>${idType}</td></tr><tr><th>主办单位证件号码</th><td>9133**********4Q7M</td></tr>` +
    '<tr><th rowspan="2">网站信息</th><th>网站名称</th><td>白鹭文印官网</td></tr><tr><th>网站域名</th><td>bailu-r45.cn</td></tr></tbody></table>';
  const urls = ['https://beian.console.aliyun.com/#/order/confirm', 'https://console.cloud.tencent.com/beian/manage/process/20261206000451/confirm'];

  it('主办单位性质 "☑ 个人 ☐ 企业" and 证件类型 "☐ 营业执照 ☑ 居民身份证" gave organization and the whole row as the ID type (wrong, both providers)', () => {
    for (const url of urls) {
      const e = read(sheet('☑ 个人　☐ 企业　☐ 事业单位', '☐ 营业执照　☑ 居民身份证'), url)?.facts.entity;
      expect([e?.type, e?.idType], url).toEqual(['individual', '居民身份证']);
      const o = read(sheet('<span>☐</span>个人 <span>☑</span>企业', '□组织机构代码证 ■营业执照'), url)?.facts.entity;
      expect([o?.type, o?.idType], url).toEqual(['organization', '营业执照']);
    }
  });

  it('guard: a value with a tick and no empty box, or plain words, is read as it is', () => {
    for (const url of urls) expect(read(sheet('企业', '营业执照（统一社会信用代码）'), url)?.facts.entity?.idType, url).toBe('营业执照(统一社会信用代码)');
    const d = read('<div class="info-row"><span class="info-label">域名：</span><span class="info-value">qingshan-r45.cn</span></div><div class="info-row"><span class="info-label">域名持有者：</span><span class="info-value">✓ 杭州青山印务有限公司</span></div><div class="info-row"><span class="info-label">到期日期：</span><span class="info-value">2028-04-11</span></div>', 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn')?.facts.domains?.[0];
    expect(d?.registrantName).toContain('杭州青山印务有限公司');
  });
});

describe('a table in a dialog over a list lends the list no column (dom/table.ts, the locked-columns merge)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index?rid=1';
  const list =
    '<h2>实例</h2><div class="tea-table"><table class="tea-table__box"><thead><tr><th>ID/实例名</th><th>地域</th><th>套餐</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>lhins-r45gz0a1</td><td>广州</td><td>2核 4GB 6Mbps</td><td>2027-03-01 12:00:00</td></tr>' +
    '<tr><td>lhins-r45gz0b2</td><td>广州</td><td>2核 2GB 3Mbps</td><td>2026-12-18 09:00:00</td></tr></tbody></table></div>';
  const records = '<h4>导出记录</h4><table><thead><tr><th>文件名</th><th>创建时间</th><th>状态</th></tr></thead><tbody><tr><td>lighthouse_20261206.xlsx</td><td>2026-12-06 11:58:11</td><td>已完成</td></tr><tr><td>lighthouse_20261105.csv</td><td>2026-11-05 09:30:00</td><td>已过期</td></tr></tbody></table>';
  const dialog = (inner: string) => `<div class="tea-dialog" role="dialog" aria-modal="true"><div class="tea-dialog__header">导出实例</div><div class="tea-dialog__body">${inner}</div></div>`;

  it('an export dialog\'s 导出记录 (文件名 | 创建时间, as many rows as the list) gave its dates as the instances\' createdAt (invented)', () => {
    for (const [where, body] of [['after', list + dialog(records)], ['before', dialog(records) + list]] as const) {
      const servers = read(body, url)?.facts.servers;
      expect(servers?.map((s) => s.id), where).toEqual(['lhins-r45gz0a1', 'lhins-r45gz0b2']);
      expect(servers?.map((s) => s.createdAt), where).toEqual([undefined, undefined]);
    }
  });

  it('guard: a locked table of the list\'s own layer still lends its column (the list\'s 创建时间 drawn apart)', () => {
    const locked = '<div class="tea-table__fixed-right"><table><thead><tr><th>创建时间</th></tr></thead><tbody><tr><td>2026-03-01 12:00:00</td></tr><tr><td>2026-06-18 09:00:00</td></tr></tbody></table></div>';
    const servers = read(list.replace('</table></div>', '</table>' + locked + '</div>'), url)?.facts.servers;
    expect(servers?.map((s) => s.createdAt)).toEqual(['2026-03-01', '2026-06-18']);
  });
});

describe('a table with a heading of its own after a list lends the list no column (dom/table.ts headingBetween)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/index?rid=1';
  const list =
    '<h2>实例</h2><div class="tea-table"><table class="tea-table__box"><thead><tr><th>ID/实例名</th><th>地域</th><th>套餐</th><th>到期时间</th></tr></thead><tbody>' +
    '<tr><td>lhins-r45gz0a1</td><td>广州</td><td>2核 4GB 6Mbps</td><td>2027-03-01 12:00:00</td></tr>' +
    '<tr><td>lhins-r45gz0b2</td><td>广州</td><td>2核 2GB 3Mbps</td><td>2026-12-18 09:00:00</td></tr></tbody></table></div>';
  const records = (title: string) =>
    `<div class="export-records">${title}<table><thead><tr><th>文件名</th><th>创建时间</th><th>状态</th></tr></thead><tbody><tr><td>lighthouse_20261206.xlsx</td><td>2026-12-06 11:58:11</td><td>已完成</td></tr><tr><td>lighthouse_20261105.csv</td><td>2026-11-05 09:30:00</td><td>已过期</td></tr></tbody></table></div>`;

  it('an 导出记录 box under its <h4> after the list (no dialog) gave its dates as the instances\' createdAt (invented)', () => {
    for (const h of ['<h4 class="tea-h4">导出记录</h4>', '<div role="heading" aria-level="4">Export history</div>']) {
      expect(read(list + records(h), url)?.facts.servers?.map((s) => s.createdAt), h).toEqual([undefined, undefined]);
    }
  });
});
