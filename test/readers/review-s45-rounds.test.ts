import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { chosenOptions } from '../../src/readers/dom/units';

/**
 * Second review of session 44's round fixes (rounds forty-four: filings that already exist, forty-five: printed, exported
 * and certificate views, forty-six: hover cards, quick views and copied text): small console pages, both providers where
 * the code is shared, written a little differently from the pages the fixes answered (test/fixtures-unseen/README.md
 * "Second review of session 44's round fixes"). Each break's case failed before its fix; guards say so.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;

describe('a title naming the domain\'s certificate and an SSL certificate is the SSL certificate\'s (dom/titled-box.ts underTitleNaming, d00a337)', () => {
  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn';
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/lanshan-r45.com';
  const aliyun = (title: string) =>
    '<h1 class="page-title">qingshan-r45.cn</h1><div class="next-card"><div class="next-card-title">基本信息</div><table><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr></tbody></table></div>' +
    `<div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody><tr><th>证书持有者</th><td>杭州某某网络科技有限公司</td></tr><tr><th>绑定域名</th><td>www.qingshan-r45.cn</td></tr><tr><th>到期日期</th><td>2026-12-31</td></tr></tbody></table></div>`;
  const tencent = (title: string) =>
    '<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">基本信息</h3><div class="tea-form">' + teaItem('域名', 'lanshan-r45.com') + teaItem('域名所有者', '成都蓝山文创设计有限公司') + '</div></div>' +
    `<div class="tea-card"><h3 class="tea-card__title">${title}</h3><div class="tea-form">` + teaItem('证书品牌', 'DigiCert') + teaItem('到期时间', '2026-12-31') + teaItem('注册商', 'DigiCert Inc') + '</div></div>';

  it('a card titled 域名证书（SSL） / SSL 域名证书 / 域名证书 SSL Certificate gave its 到期日期 (and on Tencent its issuer) as the domain\'s (invented)', () => {
    for (const title of ['域名证书（SSL）', 'SSL 域名证书', '域名证书 SSL Certificate', 'SSL证书 · 域名证书', 'Domain Certificate (SSL)']) {
      expect(read(aliyun(title), aliyunUrl)?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司' }]);
      expect(read(tencent(title), tencentUrl)?.facts.domains, title).toEqual([{ domain: 'lanshan-r45.com', registrantName: '成都蓝山文创设计有限公司' }]);
    }
  });

  it('guard: the domain\'s own certificate sheet (域名注册证书 Domain Name Certificate, 域名证书预览) is still read', () => {
    for (const title of ['域名注册证书 Domain Name Certificate', '域名证书预览', 'Domain Name Certificate']) {
      const body = `<h1 class="page-title">qingshan-r45.cn</h1><div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr><tr><th>到期日期</th><td>2028年04月11日</td></tr></tbody></table></div>`;
      expect(read(body, aliyunUrl)?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司', expiresAt: '2028-04-11' }]);
    }
  });
});

describe('a value printed as check boxes in brackets, radios or with each box after its option is the ticked option (dom/units.ts chosenOptions, f8b99c7)', () => {
  const sheet = (type: string, idType: string) =>
    '<h1>确认备案信息</h1><table class="hyd"><caption>网站备案信息真实性核验单</caption><tbody>' +
    `<tr><th rowspan="4">主办单位信息</th><th>主办单位名称</th><td>湖州白鹭文印科技有限公司</td></tr><tr><th>主办单位性质</th><td>${type}</td></tr>` +
    `<tr><th>主办单位证件类型</th><td>${idType}</td></tr><tr><th>主办单位证件号码</th><td>9133**********4Q7M</td></tr>` +
    '<tr><th rowspan="2">网站信息</th><th>网站名称</th><td>白鹭文印官网</td></tr><tr><th>网站域名</th><td>bailu-r45.cn</td></tr></tbody></table>';
  const urls = ['https://beian.console.aliyun.com/#/order/confirm', 'https://console.cloud.tencent.com/beian/manage/process/20261206000451/confirm'];

  it('"[√] 个人 [ ] 企业", "(√)个人 ( )企业", "【√】个人【 】企业", "● 个人 ○ 企业", "个人 ☑ 企业 ☐" gave organization (Alibaba) and the whole row as the ID type (wrong, both providers)', () => {
    for (const [type, idType] of [
      ['[√] 个人 [ ] 企业', '[ ] 营业执照 [√] 居民身份证'],
      ['(√)个人 ( )企业', '( )营业执照 (√)居民身份证'],
      ['【√】个人【 】企业', '【 】营业执照【√】居民身份证'],
      ['● 个人 ○ 企业', '○ 营业执照 ● 居民身份证'],
      ['个人 ☑ 企业 ☐', '营业执照 ☐ 居民身份证 ☑'],
    ]) {
      for (const url of urls) {
        const e = read(sheet(type!, idType!), url)?.facts.entity;
        expect([e?.type, e?.idType], `${url} ${type}`).toEqual(['individual', '居民身份证']);
      }
    }
  });

  it('guard: plain values and a name masked with ○ read as before', () => {
    for (const url of urls) {
      const e = read(sheet('企业', '营业执照（统一社会信用代码）'), url)?.facts.entity;
      expect([e?.type, e?.idType], url).toEqual(['organization', '营业执照(统一社会信用代码)']);
    }
    for (const t of ['陈○○', '○○○○1234', '包年包月 ○', '● 运行中', '4101●●●●1234', '杭州(x)设计工作室']) expect(chosenOptions(t), t).toBe(t);
  });
});

describe('a labelled line after a Chinese holder name, its label in English words or its colon set apart, is no part of the name (shared/text-values.ts registrantNameOf, 36c103b)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (holderCell: string) =>
    `<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期时间</th></tr></thead><tbody>` +
    `<tr><td><a>yunqi-r46.ink</a></td><td>正常</td><td>${holderCell}</td><td>2027-03-05 23:59:59</td></tr>` +
    `<tr><td><a>yunqi-r46.cn</a></td><td>正常</td><td>杭州云栖茶业有限公司</td><td>2027-04-05 23:59:59</td></tr></tbody></table>`;
  const names = (cell: string) => read(list(cell), url)?.facts.domains?.map((d) => d.registrantName);

  it('"周云栖" then "Registrant Name: 周晓栖", "Real-name info: …" or "实名信息 ：周晓栖" gave "周云栖 Registrant", "周云栖 Real-name", the names glued (wrong names)', () => {
    for (const card of ['Registrant Name: 周晓栖', 'Real-name info: 周晓栖 已实名认证', '实名信息 ：周晓栖', 'Holder name: 周晓栖（原持有者）']) {
      expect(names(`<span>周云栖</span><div>${card}</div>`), card).toEqual(['周云栖', '杭州云栖茶业有限公司']);
    }
  });

  it('guard: Latin names and a name with its romanization stay as before', () => {
    expect(names('Meadow Labs (HK) Ltd')).toEqual(['Meadow Labs (HK) Ltd', '杭州云栖茶业有限公司']);
    expect(names('Zhou Lin Design Studio')).toEqual(['Zhou Lin Design Studio', '杭州云栖茶业有限公司']);
    expect(names('周林 (Zhou Lin)')).toEqual(['周林', '杭州云栖茶业有限公司']);
  });
});

describe('a 核验单 printed with the principal\'s rows under a title row, or under 法定代表人, gives the entity none of them (aliyun/beian-form.ts isGroupCell, dom/cell-span.ts groupCellOver; 4b02faa, fc622a7)', () => {
  const entityRows = (g: boolean) =>
    `<tr>${g ? '<th rowspan="3">主办单位信息</th>' : ''}<th>主办单位名称</th><td colspan="3">湖州白鹭文印科技有限公司</td></tr>` +
    '<tr><th>主办单位性质</th><td>企业</td><th>主办单位证件类型</th><td>营业执照</td></tr>' +
    '<tr><th>主办单位证件号码</th><td>9133**********4Q7M</td><th>所属区域</th><td>浙江省 湖州市 吴兴区</td></tr>';
  const leaderRows = (g: string | undefined) =>
    `<tr>${g ? `<th rowspan="2">${g}</th>` : ''}<th>姓名</th><td>沈某某</td><th>证件类型</th><td>居民身份证</td></tr>` +
    '<tr><th>证件号码</th><td>3305**********2715</td><th>手机号码</th><td>138****6021</td></tr>';
  const siteRows = (g: boolean) => `<tr>${g ? '<th rowspan="2">网站信息</th>' : ''}<th>网站名称</th><td colspan="3">白鹭文印官网</td></tr><tr><th>网站域名</th><td colspan="3">bailu-r45.cn</td></tr>`;
  const titleRow = (t: string) => `<tr><th colspan="4">${t}</th></tr>`;
  const form = (rows: string) => `<h1>确认备案信息 · 核验单</h1><table class="hyd-table"><caption>网站备案信息真实性核验单</caption><tbody>${rows}</tbody></table>`;
  const urls = ['https://beian.console.aliyun.com/#/order/confirm', 'https://console.cloud.tencent.com/beian/manage/process/20261206000451/confirm'];
  const got = (rows: string, url: string) => {
    const f = read(form(rows), url)?.facts;
    return [f?.entity?.name, f?.entity?.idType, f?.entity?.idNumber];
  };
  const mine = ['湖州白鹭文印科技有限公司', '营业执照', '9133**********4Q7M'];

  it('主体负责人 as a title row across the table, its rows first, gave the principal\'s 姓名 / 证件类型 / 证件号码 as the entity\'s (invented, both providers)', () => {
    const rows = titleRow('主体负责人') + leaderRows(undefined) + titleRow('主办单位信息') + entityRows(false) + titleRow('网站信息') + siteRows(false);
    for (const url of urls) expect(got(rows, url), url).toEqual(mine);
  });

  it('a group cell 法定代表人 / 法人代表 over the principal\'s rows, first, gave them as the entity\'s (invented, both providers)', () => {
    for (const g of ['法定代表人', '法人代表']) for (const url of urls) expect(got(leaderRows(g) + entityRows(true) + siteRows(true), url), `${url} ${g}`).toEqual(mine);
  });

  it('guard: the entity\'s title row first, and the entity\'s rows under no title, read the entity as before', () => {
    for (const url of urls) {
      expect(got(titleRow('主办单位信息') + entityRows(false) + titleRow('主体负责人') + leaderRows(undefined) + siteRows(false), url), url).toEqual(mine);
      expect(got(entityRows(false) + siteRows(false), url), url).toEqual(mine);
    }
  });
});

describe('a certificate\'s number of another shape under Certificate No. is no ID number either (shared/text-values.ts maskedIdNumber, cfcc58c)', () => {
  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn';
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/lanshan-r45.com';
  const aliyunFlat = (no: string) =>
    '<h1 class="page-title">qingshan-r45.cn</h1><table class="cert-table"><tbody>' +
    [['域名', 'qingshan-r45.cn'], ['域名持有者', '杭州青山印务有限公司'], ['到期日期', '2028-04-11'], ['Certificate No.', no]].map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('') + '</tbody></table>';
  const tencentFlat = (no: string) =>
    '<div class="cert"><div class="cert__head"><h2>域名证书</h2><p>Domain Name Certificate</p></div><div class="tea-form">' +
    [['域名', 'lanshan-r45.com'], ['域名所有者', '成都蓝山文创设计有限公司'], ['Certificate No.', no], ['到期日期', '2029-08-19']].map(([l, v]) => teaItem(l!, v!)).join('') + '</div></div>';

  it('TC20240819-00K7M3, TCDNC20240819K7M3, TCDNC_20240819_00K7M3, DNC/CN/…, "No. 20240819-00123" were masked into the holder\'s ID number (invented)', () => {
    for (const no of ['TC20240819-00K7M3', 'TCDNC20240819K7M3', 'TCDNC_20240819_00K7M3', 'DNC20230411-7Q2K9X', 'DNC/CN/20230411/7Q2K9X', 'No. 20240819-00123', 'No.DNC-CN-2023']) {
      expect(read(aliyunFlat(no), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber, no).toBeUndefined();
      expect(read(tencentFlat(no), tencentUrl)?.facts.domains?.[0]?.registrantIdNumber, no).toBeUndefined();
    }
  });

  it('guard: an organization code, a passport or pass number and masked numbers under Certificate No. are still read', () => {
    for (const no of ['MA2X5K7L-3', 'EA1234567', 'H12345678', '9133**********4Q7M', 'AB-****-5678']) {
      expect(read(aliyunFlat(no), aliyunUrl)?.facts.domains?.[0]?.registrantIdNumber, no).toBeDefined();
    }
  });
});

describe('a 变更记录 of one change is a list too: its "标签：值" cell is that change\'s (aliyun/filing-values.ts inListRowCell, ebf40d2)', () => {
  const entityUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity&changeType=changeEntity';
  const antItem = (l: string, v: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label title="${l}">${l}</label></div><div class="ant-form-item-control">${v}</div></div>`;
  const antCard = (title: string, body: string) => `<div class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body">${body}</div></div>`;
  const form = antCard('变更后信息', `<form class="ant-form">${antItem('主办单位性质', '企业')}${antItem('主办单位名称', '<input class="ant-input" value="杭州云栖织造科技有限公司">')}${antItem('主办单位证件类型', '营业执照')}${antItem('主办单位证件号码', '<input class="ant-input" value="9133**********2K7X">')}</form>`);

  it('a 变更记录 table of one row, 变更内容 "网站名称：云栖面料 → 云栖面料在线", gave the entity step a website (invented)', () => {
    const history = antCard('变更记录', '<table class="ant-table"><thead><tr><th>订单号</th><th>变更类型</th><th>变更内容</th><th>状态</th></tr></thead><tbody><tr><td>20261201004410</td><td>变更网站</td><td>网站名称：云栖面料 → 云栖面料在线</td><td>管局审核通过</td></tr></tbody></table>');
    const got = read(form + history, entityUrl);
    expect(got?.facts.entity?.name).toBe('杭州云栖织造科技有限公司');
    expect(got?.facts.websites).toBeUndefined();
  });

  it('guard: a one-row table under a one-cell title header (网站信息) holding "网站名称：…" cells is still read', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
    const body = '<table><thead><tr><th colspan="2">网站信息</th></tr></thead><tbody><tr><td>网站名称：云栖面料在线</td><td>网站域名：yqfabric.com</td></tr></tbody></table>';
    expect(read(body, url)?.facts.websites).toEqual([{ name: '云栖面料在线', domains: ['yqfabric.com'] }]);
  });
});

describe('a panel listing other domains by links to their www hosts is theirs (tencent/domain-info.ts linkDomains, da0e46a)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/yunfan-r46.cn';
  const li = (l: string, v: string) => `<li><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></li>`;
  const fields = (owner: boolean, extra = '') =>
    `<div class="tea-layout__header-title"><h2 class="tea-h2">yunfan-r46.cn</h2></div><div class="tea-card"><h3>基本信息</h3><ul class="tea-form">${li('域名', 'yunfan-r46.cn')}${li('到期时间', '2026-12-29 11:02:41')}${li('域名状态', '正常')}${extra}</ul></div>` +
    `<div class="tea-card"><h3>所有者信息</h3><ul class="tea-form">${owner ? li('域名所有者', '杭州云帆文化传媒有限公司') : ''}${li('证件类型', '营业执照')}</ul></div>`;
  const starred = '<aside><div>已收藏的域名</div><ul><li><a>www.lanting-r46.cn</a> <span>所有者：陈兰亭 · 到期时间：2027-03-03</span></li></ul></aside>';

  it('"www.lanting-r46.cn 所有者：陈兰亭" in a 已收藏的域名 panel gave the owner 陈兰亭 when the page shows none (invented)', () => {
    const d = read(fields(false) + starred, url)?.facts.domains?.[0];
    expect(d?.registrantName).toBeUndefined();
    expect(d?.expiresAt).toBe('2026-12-29');
  });

  it('guard: a link to the page\'s own www host in its own card leaves its fields read', () => {
    const d = read(fields(true, li('网站', '<a>www.yunfan-r46.cn</a>')) + starred, url)?.facts.domains?.[0];
    expect([d?.registrantName, d?.expiresAt]).toEqual(['杭州云帆文化传媒有限公司', '2026-12-29']);
  });
});

describe('a box titled for the filing before the change by a closing bracket (备案信息（变更前）) is not the filing (aliyun/beian-form.ts namesFormer, tencent/values.ts endsWithFormerBracket; ebf40d2, 66d5cbc)', () => {
  const desc = (rows: Array<[string, string]>) =>
    `<div class="ant-descriptions"><table><tbody>${rows.map(([l, v]) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`).join('')}</tbody></table></div>`;
  const antItem = (l: string, v: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label title="${l}">${l}</label></div><div class="ant-form-item-control">${v}</div></div>`;
  const antCard = (title: string, body: string) => `<div class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div><div class="ant-card-body">${body}</div></div>`;
  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity&changeType=changeEntity';
  const aliyunOld = (t: string) => antCard(t, desc([['主办单位性质', '企业'], ['主办单位名称', '宁波云栖纺织品有限公司'], ['主办单位证件类型', '组织机构代码证'], ['主办单位证件号码', '3302****-6']]));
  const aliyunNew = antCard('变更后信息', `<form class="ant-form">${antItem('主办单位性质', '企业')}${antItem('主办单位名称', '<input class="ant-input" value="杭州云栖织造科技有限公司">')}${antItem('主办单位证件类型', '营业执照')}${antItem('主办单位证件号码', '<input class="ant-input" value="9133**********2K7X">')}</form>`);
  const tencentUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261120000318/entity';
  const li = (l: string, v: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></li>`;
  const card = (title: string, body: string) => `<div class="tea-card"><div class="tea-card__title">${title}</div><ul class="tea-form">${body}</ul></div>`;
  const tencentOld = (t: string) => card(t, li('主办单位名称', '深圳市蓝湾电子有限公司') + li('主办单位证件类型', '组织机构代码证') + li('主办单位证件号码', '4403****-1'));
  const tencentNew = card('主办单位信息', li('主办单位名称', '<input class="tea-input" value="深圳市蓝湾智能科技有限公司">') + li('主办单位证件类型', '营业执照') + li('主办单位证件号码', '<input class="tea-input" value="9144**********3T6R">'));

  it('a card titled 备案信息（变更前） / 主办单位信息（原） before the form gave its old name, 组织机构代码证 and number (invented, both providers)', () => {
    for (const t of ['备案信息（变更前）', '主办单位信息（原）']) {
      expect(read(aliyunOld(t) + aliyunNew, aliyunUrl)?.facts.entity?.name, t).toBe('杭州云栖织造科技有限公司');
      expect(read(tencentOld(t) + tencentNew, tencentUrl)?.facts.entity?.idNumber, t).toBe('9144**********3T6R');
    }
  });

  it('guard: a bracket naming no former value (主办单位信息（必填）, （网站 1）) titles the form as before', () => {
    expect(read(aliyunOld('主办单位信息（必填）'), aliyunUrl)?.facts.entity?.name).toBe('宁波云栖纺织品有限公司');
    expect(read(tencentOld('主办单位信息（必填）'), tencentUrl)?.facts.entity?.idNumber).toBe('4403****-1');
  });
});

describe('a picking table\'s row checked by its box\'s class only (a saved antd page) is picked (aliyun/beian-form.ts columnHits; 0936ca1, 8900558)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base&type=access';
  const item = (l: string, v: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label title="${l}">${l}</label></div><div class="ant-form-item-control">${v}</div></div>`;
  const box = (checked: boolean) =>
    `<label class="ant-checkbox-wrapper${checked ? ' ant-checkbox-wrapper-checked' : ''}"><span class="ant-checkbox${checked ? ' ant-checkbox-checked' : ''}"><input type="checkbox" class="ant-checkbox-input"><span class="ant-checkbox-inner"></span></span></label>`;
  const row = (c: string, no: string, name: string, domain: string) => `<tr class="ant-table-row"><td>${c}</td><td>${no}</td><td>${name}</td><td>${domain}</td><td>腾讯云</td></tr>`;
  const page = (first: boolean) =>
    `<div class="ant-steps"><div class="ant-steps-item ant-steps-item-process"><div class="ant-steps-item-title">填写基础信息</div></div><div class="ant-steps-item"><div class="ant-steps-item-title">填写主体信息</div></div><div class="ant-steps-item"><div class="ant-steps-item-title">填写网站信息</div></div></div>` +
    `<form class="ant-form">${item('备案省份', '<span class="ant-select-selection-item">江苏省</span>')}${item('选择接入网站', `<table><thead class="ant-table-thead"><tr><th></th><th>网站备案号</th><th>网站名称</th><th>网站域名</th><th>原接入商</th></tr></thead><tbody class="ant-table-tbody">${row(box(first), '苏ICP备2020051234号-1', '澄湖文旅官网', 'chenghu-travel.com')}${row(box(false), '苏ICP备2020051234号-2', '澄湖民宿预订', 'chenghu-stay.com')}</tbody></table>`)}` +
    `${item('产品类型', '云服务器ECS')}${item('实例', '<div class="ant-select" role="combobox"><span class="ant-select-selection-item">i-uf6ch4n8q2w6e0r3t5y7（chenghu-web）</span></div>')}</form>`;

  it('the row whose box is ant-checkbox-checked (no checked attribute) gives its domain (none before: missing)', () => {
    expect(read(page(true), url)?.facts.websites?.map((w) => w.domains)).toEqual([['chenghu-travel.com']]);
  });

  it('guard: no box drawn checked picks no domain', () => {
    expect(read(page(false), url)?.facts.websites?.map((w) => w.domains)).toEqual([[]]);
  });
});
