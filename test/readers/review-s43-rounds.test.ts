import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 42's held-out rounds thirty-nine (what the console says unasked) and forty (search, filter,
 * sort and highlight) and their fixes (test/fixtures-unseen/README.md "Second review of rounds thirty-nine and forty,
 * session 43"): small synthetic pages on which a fix's assumption does not hold — a value invented or lost on a page
 * the fix was not written for.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a box a checkbox, a radio or a filter box names by aria-controls is no popup (dom/overlay.ts entryPopupIds)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r43q8d2m';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const head = `<h2>ins-r43q8d2m（gz-blog-web）</h2><div class="tea-form">${item('实例ID', 'ins-r43q8d2m')}${item('地域', '华南地区（广州）')}</div>`;
  const billing = `<div class="tea-form">${item('实例计费模式', '包年包月')}${item('带宽上限', '10 Mbps')}${item('到期时间', '2027-01-03 00:00:00')}</div>`;
  const full = { id: 'ins-r43q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', publicBandwidthMbps: 10, expiresAt: '2027-01-03' };

  it('the page\'s own panel a checkbox shows and hides (aria-controls) is read (its billing, bandwidth and expiry were lost: missing)', () => {
    const got = read(`${head}<label><input type="checkbox" checked aria-controls="billing">显示计费信息</label><div id="billing">${billing}</div>`, url);
    expect(got?.facts.servers).toEqual([full]);
  });

  it('a tab panel a radio button names (a segment drawn as radios, role=tab) is read (missing)', () => {
    const got = read(`${head}<div role="tablist" class="tea-segment"><input type="radio" role="tab" aria-selected="true" checked aria-controls="billing"><span>计费信息</span></div><div id="billing" role="tabpanel">${billing}</div>`, url);
    expect(got?.facts.servers).toEqual([full]);
  });

  it('the content a filter box names as the region it filters (no combobox role, not expanded) is read (the page read null: missing)', () => {
    const got = read(`<input type="search" class="tea-input" aria-controls="content" placeholder="搜索"><div id="content">${head}${billing}</div>`, url);
    expect(got?.facts.servers).toEqual([full]);
  });

  it('a search box\'s open popup (aria-expanded, aria-controls) naming another instance\'s values still gives none (a guard)', () => {
    const panel = `<div id="gs" class="global-search-panel"><div class="tea-form">${item('实例计费模式', '按量计费')}${item('带宽上限', '100 Mbps')}</div></div>`;
    const got = read(`<div class="tea-nav"><input class="tea-input" type="search" aria-expanded="true" aria-controls="gs" value="r43">${panel}</div>${head}`, url);
    expect(got?.facts.servers).toEqual([{ id: 'ins-r43q8d2m', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });
});

describe('a line addressed to the user that says what the user chose names the website\'s server (tencent/beian-form.ts, values.addressedToUser)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000391/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const head = '<h2>首次备案</h2><div class="tea-step"><span class="tea-step__item">填写主体信息</span><span class="tea-step__item is-current">填写网站信息</span></div>';
  const form = (resource: string, rest = '') =>
    `<div class="page">${head}<div class="tea-card"><div class="tea-card__body"><form class="tea-form">${item('网站名称', '<input class="tea-input" value="竹间手记">')}` +
    `${item('网站域名', '<input class="tea-input" value="zhujian-r43.cn">')}${item('对应云服务', resource)}${rest}</form></div></div></div>`;
  const server = [{ id: 'ins-r43gz051', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }];

  it('"您已选择：云服务器 ins-… | 广州" under the form (the field showing only 云服务器) is the website\'s server (it was lost: missing)', () => {
    const got = read(form('<span class="tea-dropdown__value">云服务器</span>', '<p>您已选择：云服务器 ins-r43gz051 | 43.139.51.5 | 广州</p>'), url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual(['ins-r43gz051']);
    expect(got?.facts.servers).toEqual(server);
  });

  it('the 对应云服务 field\'s own value worded to the user ("您当前选择的实例：…") is the website\'s server (missing)', () => {
    const got = read(form('<span class="tea-dropdown__value">您当前选择的实例：云服务器 ins-r43gz051 | 广州</span>'), url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual(['ins-r43gz051']);
    expect(got?.facts.servers).toEqual(server);
  });

  it('a reminder "您的实例 ins-… 将于 … 到期" above the form, the field not chosen, still names no server (a guard)', () => {
    const got = read(form('<span class="tea-dropdown__value">请选择</span>').replace('<div class="tea-card">', '<p class="remind">您的实例 ins-r43gz077 将于 2027-01-03 到期，到期后可能影响备案。</p><div class="tea-card">'), url);
    expect(got?.facts.websites?.map((w) => w.serverId)).toEqual([undefined]);
  });
});

describe('a value followed by a note giving an example is still the value (dom/units.ts givesExampleMidway)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-r43q8d2m';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const detail = (extra: string) => `<h2>ins-r43q8d2m（gz-blog-web）</h2><div class="tea-form">${item('实例ID', 'ins-r43q8d2m')}${item('地域', '华南地区（广州）')}${extra}</div>`;
  const servers = (body: string, u = url) => read(body, u)?.facts.servers?.map((s) => [s.publicBandwidthMbps, s.expiresAt]);

  it('"5 Mbps（例如升级后可达 10 Mbps）" is 5 Mbps (the whole run was help: missing)', () => {
    expect(servers(detail(item('带宽上限', '5 Mbps（例如升级后可达 10 Mbps）') + item('到期时间', '2027-01-03 00:00:00')))).toEqual([[5, '2027-01-03']]);
  });

  it('"2027-01-03 00:00:00（例如开启自动续费后延至 2028-01-03）" is the expiry 2027-01-03 (missing)', () => {
    expect(servers(detail(item('带宽上限', '5 Mbps') + item('到期时间', '2027-01-03 00:00:00（例如开启自动续费后延至 2028-01-03）')))).toEqual([[5, '2027-01-03']]);
  });

  it('an Alibaba bandwidth "5 Mbps，示例配置可升级" is 5 Mbps (missing)', () => {
    const fi = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
    const ecs = `<h2>i-bp1r43rev0000001a</h2><div class="next-card"><div class="next-card-head">基本信息</div><div class="next-card-body">${fi('实例ID', 'i-bp1r43rev0000001a')}${fi('地域', '华东1（杭州）')}${fi('公网带宽', '5 Mbps，示例配置可升级')}${fi('到期时间', '2027-01-03 23:59:59')}</div></div>`;
    expect(servers(ecs, 'https://ecs.console.aliyun.com/server/i-bp1r43rev0000001a/detail?regionId=cn-hangzhou')).toEqual([[5, '2027-01-03']]);
  });

  it('a coach mark\'s sentence with a step number before its example ("第 1 步：这里显示带宽，例如 5 Mbps") still gives none (a guard)', () => {
    expect(servers(detail(item('带宽上限', '<div class="guide">第 1 步：这里显示带宽，例如 5 Mbps</div>') + item('到期时间', '<span>-</span><div class="guide">1/3 这里显示到期时间，例如 2026-12-31</div>')))).toEqual([[undefined, undefined]]);
  });
});

describe('an empty search box beside the filing form\'s own fields makes no lookup box (dom/lookup-box.ts inLookupBox)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const steps =
    '<div class="next-step"><div class="next-step-item next-step-item-finish"><div class="next-step-item-title">主体信息</div></div>' +
    '<div class="next-step-item next-step-item-process"><div class="next-step-item-title">网站信息</div></div>' +
    '<div class="next-step-item next-step-item-wait"><div class="next-step-item-title">上传资料</div></div></div>';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const own = [{ name: '张三的博客', domains: ['zhangsan.cn'], content: '博客/个人空间' }];

  it('a confirm view whose own card has an empty 搜索网站 box in its toolbar is read (the page read null: missing)', () => {
    const confirm = `<div class="confirm"><div class="card-toolbar"><span class="next-input next-search"><input type="search" placeholder="搜索网站"></span></div>${item('网站名称', '张三的博客')}${item('网站域名', 'zhangsan.cn')}${item('网站服务内容', '博客/个人空间')}</div>`;
    const got = read(`<div class="layout">${steps}${confirm}</div>`, url);
    expect(got?.facts.websites).toEqual(own);
  });

  it('a domain picker\'s empty search box beside the 网站域名 field leaves its domain (domains were [], missing)', () => {
    const form =
      `<form class="next-form">${item('网站名称', '<span class="next-input"><input value="张三的博客"></span>')}` +
      `<div class="row">${item('网站域名', '<span class="next-tag"><span class="next-tag-body">zhangsan.cn</span></span>')}<div class="domain-search"><input type="search" placeholder="搜索已实名域名"></div></div>` +
      `${item('网站服务内容', '<span class="next-select"><span class="next-select-values"><em>博客/个人空间</em></span></span>')}</form>`;
    const got = read(`<div class="layout">${steps}${form}</div>`, url);
    expect(got?.facts.websites).toEqual(own);
  });
});

describe('a card titled for the domain\'s own WHOIS record is the domain\'s (rules/labels/tencent.json domain-info notUnder)', () => {
  const infoUrl = 'https://console.cloud.tencent.com/domain/info/zhangsan.net';
  const listUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const card = (t: string, body: string) => `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${t}</h3></div><div class="tea-card__body">${body}</div></div>`;

  it('the domain page\'s own "WHOIS 信息" card gives its owner and expiry (they were lost: missing)', () => {
    const got = read(`<h2>zhangsan.net</h2>${card('域名信息', `<div class="tea-form">${item('域名', 'zhangsan.net')}${item('实名认证', '已实名认证')}</div>`)}${card('WHOIS 信息', `<div class="tea-form">${item('域名所有者', '张三')}${item('到期时间', '2026-12-15 23:59:59')}</div>`)}`, infoUrl);
    expect(got?.facts.domains).toEqual([{ domain: 'zhangsan.net', registrantName: '张三', realNameVerified: true, expiresAt: '2026-12-15' }]);
  });

  it('a "WHOIS 查询" lookup card over a list searched to nothing still gives no domain (a guard)', () => {
    const lookup = card('WHOIS 查询', '<span class="tea-search"><input class="tea-input" type="search" value="zhangsan.io"></span><button class="tea-btn">查询</button>' +
      '<table><thead><tr><th>域名</th><th>注册状态</th><th>到期时间</th><th>域名所有者</th></tr></thead><tbody><tr><td>zhangsan.io</td><td>已被注册</td><td>2027-03-09</td><td>Zhang San LLC</td></tr></tbody></table>');
    const empty = '<div class="tea-table"><table class="tea-table__box"><thead><tr><th>域名</th><th>状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th></tr></thead>' +
      '<tbody><tr><td colspan="5"><div class="tea-table__empty">未找到与‘other.cn’ 相关的结果</div></td></tr></tbody></table></div>';
    expect(read(`<h2>我的域名</h2>${lookup}${empty}`, listUrl)?.facts.domains ?? []).toEqual([]);
  });
});

describe('a page header naming the server is no box title (dom/titled-box.ts; SWAS detail notUnder 推荐 / 优惠 / 公告)', () => {
  const own = '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b';
  const url = `https://swas.console.aliyun.com/#/server/${own}/cn-hangzhou/dashboard`;
  const fi = (l: string, v: string) => `<div class="ant-descriptions-item"><span class="ant-descriptions-item-label">${l}</span><span class="ant-descriptions-item-content">${v}</span></div>`;
  const header = (name: string) => `<div class="ant-page-header"><div class="ant-page-header-heading"><span class="ant-page-header-heading-title">${name}</span></div></div>`;
  const info = `<div class="info">${fi('实例ID', own)}${fi('地域', '华东1（杭州）')}${fi('峰值带宽', '10 Mbps')}${fi('到期时间', '2027-05-20 23:59:59')}</div>`;
  const values = (body: string) => read(body, url)?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps]);

  it('a server named 推荐系统-prod (or 优惠券商城, 公告板-web) in the page header keeps its expiry and bandwidth (they were lost: missing)', () => {
    for (const name of ['推荐系统-prod', '优惠券商城', '公告板-web']) expect(values(header(name) + info)).toEqual([[own, '2027-05-20', 10]]);
  });

  it('a 推荐配置 card\'s own title still makes its fields another subject\'s (a guard)', () => {
    const rec = `<div class="ant-card"><div class="ant-card-head-title">推荐配置</div><div class="ant-card-body">${fi('峰值带宽', '30 Mbps')}${fi('到期时间', '2030-05-20 23:59:59')}</div></div>`;
    expect(values(header('wp-lanxi-01') + `<div class="info">${fi('实例ID', own)}${fi('地域', '华东1（杭州）')}</div>` + rec)).toEqual([[own, undefined, undefined]]);
  });
});
