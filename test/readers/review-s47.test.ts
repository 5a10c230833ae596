import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { read as readApp } from '../helpers/console-pages';

/**
 * Second review of session 47's fixes (session 48: test/fixtures-unseen/README.md "Second review of session 47's fixes,
 * session 48"): where a fix answered its one page too narrowly (the same situation written a little differently still
 * invented) or too broadly (an ordinary page lost a fact). Each case narrowed in a scratch variant to its smallest markup.
 */

const page = (body: string, url: string, lang = 'zh-CN', style = '.is-hidden{display:none}') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN', style?: string) => readPage(page(body, url, lang, style), new URL(url));

// ---------------------------------------------------------------- withheld values (ed881c9, 779c17c, f77cdaa)

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
const holderCard = (name: string) =>
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
  `<tr><th>域名持有者</th><td>${name}</td><th>持有者类型</th><td>个人</td></tr>` +
  '<tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>5101**********2517</td></tr>' +
  '<tr><th>实名认证状态</th><td>已实名认证</td><th>所在地区</th><td>四川省 成都市</td></tr>' +
  '</tbody></table></div></div></div>';
const basicCard =
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">基本信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
  '<tr><th>注册商</th><td>阿里云计算有限公司（万网）</td><th>到期日期</th><td>2027-08-19 15:02:44</td></tr>' +
  '<tr><th>域名状态</th><td>正常</td><th>资源组</th><td>默认资源组</td></tr></tbody></table></div></div></div>';
const holder = (name: string) => read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + holderCard(name) + '</main>', holderUrl)?.facts.domains?.[0];
const tencentDomainsUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
const owners = (owner: string) =>
  read(
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td><a>muxi-design.com</a></td><td>正常</td><td>林木溪</td><td>2027-04-22</td></tr>' +
      `<tr><td><a>muxi.shop</a></td><td>正常</td><td>${owner}</td><td>2026-12-28</td></tr></tbody></table>`,
    tencentDomainsUrl,
  )?.facts.domains?.map((d) => d.registrantName);

describe('a value\'s place saying it is withheld, in other words again (dom/permission-withheld withheldClauses, asksPermission; dom/units)', () => {
  const sentences = [
    '子账号无权限查看',
    '需要主账号授权',
    '无权限查看 申请权限',
    '仅主账号及授权子账号可见',
    '内容已隐藏，无权限查看',
    'No access',
    'Permission denied: ram:ListUsers',
    'You are not authorized to perform this operation',
    'The current user does not have permission',
    'You are not authorized to view this information. Please contact the account owner.',
    'No permission. Apply for permission',
    'This information is hidden',
    'Hidden due to insufficient permissions',
    'You have no permission to view',
    'Requires authorization',
    'You lack permission to view this information',
    'Your account is not authorized to view this information',
  ];
  it('the Alibaba holder page\'s 域名持有者 so drawn gives no registrantName (each read as the name before)', () => {
    for (const t of sentences) {
      const d = holder(t);
      expect(d?.registrantName, t).toBeUndefined();
      expect(d?.registrantIdType, t).toBe('身份证');
    }
  });
  it('the Tencent domain list\'s owner cell so drawn gives none (each read as the name before)', () => {
    for (const t of sentences) expect(owners(t), t).toEqual(['林木溪', undefined]);
  });
  it('the withheld words with a 申请权限 / Request Permission link, or a lock glyph in its own element, give no name (申请权限, 🔒 before)', () => {
    for (const t of ['无权限查看 <a>申请权限</a>', '<span>🔒</span> 无权限查看 <a href="#">申请权限</a>', '<i class="lock"></i> No permission to view <a>Request Permission</a>', '<span>🔒</span><span>No permission</span>']) {
      expect(holder(t)?.registrantName, t).toBeUndefined();
      expect(owners(t), t).toEqual(['林木溪', undefined]);
    }
  });
  it('guard: names holding such words are read whole', () => {
    for (const n of ['杭州权限科技有限公司', '无权限文化工作室', 'No Access Key Ltd', 'Access Denied Records Ltd', 'Request Access Ltd', 'Contact Us Ltd', 'Hidden Gem Studio Ltd.', '联系我们科技有限公司']) {
      expect(holder(n)?.registrantName, n).toBe(n);
    }
  });
});

// ---------------------------------------------------------------- a failed card beside loaded fields (05b93d6)

describe('a card failing with AccessDenied beside a holder card drawn as a table of key/value cells (dom/page-state tablePairs, noColumnHeaders)', () => {
  const card = (title: string, inner: string) => `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body">${inner}</div></div>`;
  const rows: Array<[string, string]> = [['域名持有者', '李青禾'], ['持有者类型', '个人'], ['证件类型', '身份证'], ['到期日期', '2027-08-19']];
  const denied = card(
    '实名认证资料',
    '<div class="next-message next-message-error" role="alert"><div class="next-message-title">无权限</div><div class="next-message-content">您没有权限访问该资源（AccessDenied）。</div></div>',
  );
  const shapes: Record<string, string> = {
    'td key, td value': card('持有者信息', `<table><tbody>${rows.map(([k, v]) => `<tr><td class="x1">${k}</td><td class="x2">${v}</td></tr>`).join('')}</tbody></table>`),
    'two td pairs a row': card('持有者信息', '<table><tbody><tr><td>域名持有者</td><td>李青禾</td><td>持有者类型</td><td>个人</td></tr><tr><td>证件类型</td><td>身份证</td><td>到期日期</td><td>2027-08-19</td></tr></tbody></table>'),
    'th / td under a one-cell title row': card('持有者信息', `<table><thead><tr><th colspan="2">持有者</th></tr></thead><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`),
  };
  for (const [name, holderTable] of Object.entries(shapes)) {
    it(`${name}: the page is read beside the failed card (null before)`, () => {
      const d = read('<main><h2>xishan-wenhua.cn</h2>' + holderTable + denied + '</main>', holderUrl)?.facts.domains?.[0];
      expect(d).toMatchObject({ registrantName: '李青禾', expiresAt: '2027-08-19' });
    });
    it(`guard (${name}): the AccessDenied alert over the page, outside the cards, is still the page's error`, () => {
      const alert = '<div class="next-message next-message-error" role="alert"><div class="next-message-title">无权限</div><div class="next-message-content">您没有权限访问该资源（AccessDenied）。</div></div>';
      expect(read('<main><h2>xishan-wenhua.cn</h2>' + alert + '<div class="cards">' + holderTable + '</div></main>', holderUrl)).toBeNull();
    });
  }
});

// ---------------------------------------------------------------- a domain glued to a mask (4e0659c)

describe('a RAM user\'s login masked with dots is no domain either (shared/text-values DOMAIN_RE)', () => {
  for (const login of ['design-wang@1207●●●●3391.onaliyun.com', 'design-wang@1207•••3391.onaliyun.com']) {
    it(`"${login}" in the top bar gives the holder page no domain 3391.onaliyun.com (invented before)`, () => {
      const topBar = `<div class="dc-top"><span>阿里云</span>&nbsp;<span>域名</span><div class="dc-top-right"><div class="account-switcher"><span class="account-name">${login}</span><span class="next-tag">RAM 用户</span></div></div></div>`;
      const got = read(topBar + '<main>' + basicCard + holderCard('李青禾') + '</main>', 'https://dc.console.aliyun.com/next/index#/domain/details/info');
      expect(got?.facts.domains?.map((d) => d.domain) ?? []).not.toContain('3391.onaliyun.com');
    });
  }
});

// ---------------------------------------------------------------- released cards (096e629, 40a6f06, b3f8de6)

describe('a released line of another resource in a Tencent card, in other words (values.otherResources: 公网IP, Public IP, 弹性网卡, 快照)', () => {
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const cvmFields = (expiry: string) => item('可用区', '广州三区') + item('实例配置', '2核 4GB 5Mbps') + item('实例计费模式', `包年包月<br>${expiry} 23:59:59到期`);
  const cvmCard = (id: string, head: string, fields: string) =>
    `<div class="ins-card"><div class="ins-card__head"><a class="ins-card__id">${id}</a>${head}</div><div class="tea-form">${fields}</div></div>`;
  const ids = (html: string) => read(`<h2>实例</h2><div class="ins-cards">${html}</div>`, 'https://console.cloud.tencent.com/cvm/instance/index?rid=1')?.facts.servers?.map((s) => s.id);
  const live = cvmCard('ins-a1b2c3d4', '<span class="tea-tag tea-tag--success">运行中</span>', cvmFields('2027-03-01'));
  const lines: Array<[string, string]> = [['公网IP', '已销毁'], ['公网IP', '已释放'], ['Public IP', 'Released'], ['弹性网卡', '已销毁'], ['快照策略', '已销毁']];
  for (const [label, state] of lines) {
    it(`"${label} ${state}" in a running card: the card is read (dropped before)`, () => {
      expect(ids(live + cvmCard('ins-z9y8x7w6', '', item(label, state) + cvmFields('2026-01-01')))).toEqual(['ins-a1b2c3d4', 'ins-z9y8x7w6']);
    });
  }
  it('guard: a destroyed card\'s badge after its 公网IP field (the address between) is still the card\'s', () => {
    const dead = cvmCard('ins-z9y8x7w6', '', cvmFields('2026-01-01') + item('公网IP', '106.14.52.21') + '<div class="foot"><span class="tea-tag">已销毁</span></div>');
    expect(ids(live + dead)).toEqual(['ins-a1b2c3d4']);
  });
});

// ---------------------------------------------------------------- a copyable value's wrapper (aa2a20e)

describe('a copyable value\'s wrapper with its copy icon drawn otherwise (dom/units copyWrapsValue, holdsCopyControl)', () => {
  const authUrl = 'https://console.cloud.tencent.com/beian/authcode';
  const authList = (codeCell: (code: string) => string, codes = ['BA3K7M9P2Q4R6T8V', 'BA5W7Y9Z1C3E5G7J']) =>
    '<div class="tea-table"><div class="tea-table__header"><table class="tea-table__box"><thead><tr><th><div>备案授权码</div></th><th><div>关联的云服务</div></th>' +
    '<th><div>授权使用账户</div></th><th><div>状态</div></th><th><div>生成时间</div></th><th><div>操作</div></th></tr></thead></table></div>' +
    '<div class="tea-table__body"><table class="tea-table__box"><tbody>' +
    codes.map((c, i) =>
      `<tr><td><div>${codeCell(c)}</div></td><td><div><p>云服务器</p><p><a>ins-r55a${i}c0d</a></p><p class="tea-text-weak">广州三区</p></div></td>` +
      `<td><div>10003141592${i}</div></td><td><div><span class="tea-text-weak">未使用</span></div></td><td><div>2026-11-0${i + 1} 10:00:00</div></td>` +
      '<td><div><a class="tea-btn tea-btn--link">删除</a></div></td></tr>').join('') +
    '</tbody></table></div></div>';
  const codesOf = (body: string) => read(body, authUrl)?.facts.servers?.flatMap((s) => (s.authorizationCodes ?? []).map((c) => c.code));
  const cells: Array<[string, (c: string) => string]> = [
    ['an svg icon titled 复制 after it', (c) => `<span class="tea-text-copy">${c}</span><svg class="ic"><title>复制</title><path d="M0 0"/></svg>`],
    ['the icon in a box of its own after it', (c) => `<span class="copy-text">${c}</span><span class="icon-wrap"><i class="icon-copy"></i></span>`],
    ['the icon before it', (c) => `<i class="icon-copy"></i><span class="copy-text">${c}</span>`],
    ['no icon, the wrapper titled 点击复制', (c) => `<span class="copy-text" title="点击复制">${c}</span>`],
  ];
  for (const [name, cell] of cells) {
    it(`${name}: the codes are read (none before)`, () => {
      expect(codesOf(authList(cell))).toEqual(['BA3K7M9P2Q4R6T8V', 'BA5W7Y9Z1C3E5G7J']);
    });
  }
});

// ---------------------------------------------------------------- a card header's actions box (caa339a)

describe('a card header\'s actions box named otherwise titles no box (dom/titled-box HEADER_ACTIONS_PART)', () => {
  const field = (label: string, value: string) =>
    `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${value}</div></div></li>`;
  const card = (title: string, fields: string, extra = '') =>
    `<div class="tea-card"><div class="tea-card__body"><div class="tea-card__header"><div class="tea-card__header-main"><h3 class="tea-card__title">${title}</h3></div>${extra}</div>` +
    `<div class="tea-card__content"><ul class="tea-form">${fields}</ul></div></div></div>`;
  const url = 'https://console.tencentcloud.com/domain/info/lixiaoyu.cn';
  const basic = card('Basic Information', field('Domain', 'lixiaoyu.cn') + field('Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.') + field('Expiration Time', '2027-07-08 14:08:51 <a>Renew</a>'));
  const owner = (extra: string) =>
    card('Real-name Verification', field('Real-name Verification Status', '<span class="tea-text-success">Verified</span>') + field('Domain Owner (Chinese)', '李晓雨') + field('Document Number', '3301**********3827'), extra);
  for (const cls of ['card-header-right', 'card-head-links', 'panel-header-ops', 'card-header-btn-group', 'card-header-more', 'card-header-operate', 'card-header-opt']) {
    it(`<div class="${cls}"> holding "Transfer Ownership": the owner is read (lost before)`, () => {
      const d = read(basic + owner(`<div class="${cls}"><a>Modify Information</a> <a>Transfer Ownership</a></div>`), url, 'en')?.facts.domains?.[0];
      expect([d?.registrantName, d?.registrantIdNumber, d?.realNameVerified]).toEqual(['李晓雨', '3301**********3827', true]);
    });
  }
  it('a card titled for a transfer, its actions in a header-right box, keeps its date from the domain (the actions box titled it: its 2026-12-20 was the domain\'s, invented before)', () => {
    const transfer = card('Domain Transfer', field('Expiration Time', '2026-12-20 10:00:00'), '<div class="card-header-right"><a>Modify Information</a></div>');
    expect(read(card('Basic Information', field('Domain', 'lixiaoyu.cn')) + transfer, url, 'en')?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });
});

// ---------------------------------------------------------------- a choice's label in an open dialog (7e14bc3)

describe('an option\'s text classed as a label inside its radio does not make the page the dialog (dom/field.ts choiceLabel)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c/cn-beijing/dashboard';
  const row = (l: string, v: string) => `<div class="r7a"><span class="q2x">${l}</span><span class="v9k">${v}</span></div>`;
  const sheet = (choices: string) =>
    `<div class="w3n"><div class="b8d" aria-hidden="true"></div><div class="s5f" role="dialog" aria-modal="true" aria-label="升级套餐">` +
    `<div class="h1p">升级套餐</div>${row('当前套餐', '2核 2GB · 峰值带宽 200Mbps')}<div role="radiogroup">${choices}</div>` +
    `${row('升级后峰值带宽', '400Mbps')}${row('到期时间', '2027-06-30（不变）')}</div></div>`;
  const app =
    `<div class="t4g">服务器概览</div>${row('实例ID', 'e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c')}${row('地域和可用区', '华北2（北京）<br>可用区 H')}` +
    `${row('峰值带宽', '200Mbps')}<div class="p0c"><div class="h6t" role="button" aria-expanded="false">付费信息</div><div hidden>${row('到期时间', '2027-06-30')}</div></div>`;
  const choices: Array<[string, string]> = [
    ['Fusion\'s next-radio-label in its radio wrapper', '<label class="next-radio-wrapper checked"><span class="next-radio"><input type="radio" checked></span><span class="next-radio-label">2核 4GB · ¥ 96.00/月</span></label><label class="next-radio-wrapper"><span class="next-radio"><input type="radio"></span><span class="next-radio-label">4核 8GB · ¥ 198.00/月</span></label>'],
    ['a role=radio box\'s label span', '<div role="radio" aria-checked="true" class="k1"><span class="o-label">2核 4GB · ¥ 96.00/月</span></div><div role="radio" aria-checked="false" class="k1"><span class="o-label">4核 8GB</span></div>'],
  ];
  for (const [name, c] of choices) {
    it(`${name}: the sheet's 到期时间 is no expiry of the server (2027-06-30 before: invented)`, () => {
      const server = readApp(app, url, sheet(c))?.facts.servers?.[0];
      expect([server?.id, server?.publicBandwidthMbps, server?.expiresAt]).toEqual(['e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c', 200, undefined]);
    });
  }
  it('guard: a page that is a dialog over an empty shell is still read from it, Fusion radios beside its field labels', () => {
    const dialog =
      `<div class="s5f" role="dialog" aria-modal="true" aria-label="服务器概览"><div class="h1p">服务器概览</div>${row('实例ID', 'e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c')}` +
      `<label class="next-radio-wrapper"><span class="next-radio"><input type="radio" checked></span><span class="next-radio-label">自动续费</span></label><label>到期时间</label><span>2027-06-30</span></div>`;
    const server = readApp('<div class="t4g">轻量应用服务器</div>', url, dialog)?.facts.servers?.[0];
    expect([server?.id, server?.expiresAt]).toEqual(['e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c', '2027-06-30']);
  });
});

// ---------------------------------------------------------------- a line explaining a domain's status tags (a70dc17)

describe('a line under hashed status tags asking the user to act, or in small print, explains them (shared/text-values explainsStatusTags)', () => {
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/haiyan-studio.cn';
  const item = (l: string, v: string) => `<div class="f1x"><div class="f2y"><label>${l}</label></div><div class="f3z"><div class="f4w">${v}</div></div></div>`;
  const tencent = (status: string) =>
    `<h2 class="h9">haiyan-studio.cn</h2><div class="c1"><h3>域名信息</h3><div class="f0">${item('域名', 'haiyan-studio.cn')}${item('域名状态', status)}` +
    `${item('注册商', '腾讯云计算（北京）有限责任公司')}${item('到期时间', '2026-11-18 23:59:59')}${item('域名所有者', '陈海晏')}</div></div>`;
  const tags = '<span class="t1">续费宽限期</span> <span class="t2">serverHold</span>';
  const statusOf = (s: string) => readApp(tencent(s), tencentUrl)?.facts.domains?.[0]?.status;
  it('"注册局暂停解析，请尽快续费" on a line of its own gives no status (注册局暂停解析, 请尽快续费 before: invented)', () => {
    expect(statusOf(tags + '<p class="s7">注册局暂停解析，请尽快续费</p>')).toEqual(['续费宽限期', 'serverHold']);
  });
  it('"未完成实名认证，注册局暂停解析" in a <small> beside the tags gives no status (注册局暂停解析 before: invented)', () => {
    expect(statusOf(tags + ' <small class="s7">未完成实名认证，注册局暂停解析</small>')).toEqual(['续费宽限期', 'serverHold']);
  });
  it('guard: two lines of statuses, and two tags on one line, are each read', () => {
    expect(statusOf('<div class="t1">正常</div><div class="t2">禁止转移，禁止删除</div>')).toEqual(['正常', '禁止转移', '禁止删除']);
    expect(statusOf('<span class="t1">正常</span>，<span class="t2">禁止转移</span>')).toEqual(['正常', '禁止转移']);
  });
});

// ---------------------------------------------------------------- text for screen readers only, drawn so by the sheet (556b79a, 60bfb9a)

describe('screen-reader text in a span inside a header cell, its class hashed (dom/table headerIconName)', () => {
  it('a header cell\'s words in a span the sheet clips (its class hashed) name the column: the holder is read (null before)', () => {
    const url = 'https://dc.console.alibabacloud.com/next/index#/domain/details/info?domain=harborlight-media.com';
    const html =
      `<h2>harborlight-media.com</h2><div class="c1"><table class="t2"><thead><tr>${['Registrant', 'Certificate Type', 'Certificate No.', 'Real-name Verification'].map((w) => `<th scope="col"><span class="q7">${w}</span></th>`).join('')}</tr></thead>` +
      '<tbody><tr><td>Harborlight Media (Xiamen) Co., Ltd.</td><td>Unified Social Credit Code</td><td>9135**********8K2L</td><td><span class="g1">Verified</span></td></tr></tbody></table></div>' +
      '<form class="c1" aria-label="Basic Information"><label for="f-registrar">Registrar</label> <input id="f-registrar" readonly value="Alibaba Cloud Computing Ltd. d/b/a HiChina (www.net.cn)"></form>';
    const d = readApp(html, url, '', '.q7 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); }')?.facts.domains?.[0];
    expect([d?.registrantName, d?.realNameVerified]).toEqual(['Harborlight Media (Xiamen) Co., Ltd.', true]);
  });
});

// ---------------------------------------------------------------- a bold phrase opening a sentence (42fc785)

describe('a bold sentence run on in a <span> titles no box (dom/titled-box runsOnAfter)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/lanting-r47.com';
  const item = (l: string, v: string) => `<div class="f1x"><div class="f2y"><label>${l}</label></div><div class="f3z"><div class="v1">${v}</div></div></div>`;
  const page = (notice: string) =>
    `<h2>lanting-r47.com</h2><div class="n1" role="status">${notice}</div><div class="c1"><div class="c2">Basic Information</div><div class="f0">` +
    `${item('Domain Name', 'lanting-r47.com')}${item('Registrar', 'Tencent Cloud Computing (Beijing) Co., Ltd.')}${item('Expiration Time', '2027-05-18 10:41:02')}` +
    `${item('Domain Owner', '林雨亭')}</div></div>`;
  for (const notice of ['<p><b>Ownership transfer under review.</b><span> Submitted on 2026-12-04 15:08.</span> <a>View progress</a></p>', '<p><strong>Ownership transfer under review.</strong> <span>Submitted on 2026-12-04 15:08.</span></p>']) {
    it(`${notice.slice(0, 60)}…: the fields are the page's (null before)`, () => {
      const d = readApp(page(notice), url)?.facts.domains?.[0];
      expect([d?.domain, d?.registrantName, d?.expiresAt]).toEqual(['lanting-r47.com', '林雨亭', '2027-05-18']);
    });
  }
  it('guard: a bold title with a tag or a link after it (no stop) still titles its card: a transfer card\'s owner is not the page\'s', () => {
    const base = `<h2>lanting-r47.com</h2><div class="c1"><div class="c2">Basic Information</div><div class="f0">${item('Domain Name', 'lanting-r47.com')}${item('Expiration Time', '2027-05-18 10:41:02')}</div></div>`;
    for (const head of ['<b>Ownership Transfer</b> <span>Pending</span>', '<b>Ownership Transfer:</b> <span>Pending</span>', '<b>Ownership Transfer</b> <a>Edit</a>']) {
      const transfer = `<div class="c1"><div>${head}</div><div class="f0">${item('Domain Owner', '杭州兰亭文化传媒有限公司')}</div></div>`;
      expect(readApp(base + transfer, url)?.facts.domains?.[0]?.registrantName, head).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------- a former marker before an organisation's name (95e536c)

describe('a card headed "原 <company>" / "原单位 <company>" is the former entity\'s (shared/text-values opensWithWord FORMER_PREFIX)', () => {
  const f = 'test/fixtures/beian-entity/zh-confirm-all-sections';
  const html = readFileSync(`${f}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${f}.json`, 'utf8')) as { url: string };
  const entity = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.entity;
  const headed = (title: string) =>
    html.replace('<h3>主体信息</h3><dl>', `<div class="card"><div class="hd">${title}</div><div class="bd"><dl>`).replace('</dl>\n<h3>网站信息', '</dl></div></div>\n<h3>网站信息');
  for (const title of ['原 杭州某某网络有限公司', '原单位 杭州某某网络有限公司']) {
    it(`"${title}": the card's entity is no current entity (read before: invented)`, () => {
      expect(headed(title)).toContain(`<div class="hd">${title}</div>`);
      expect(entity(headed(title))).toBeUndefined();
    });
  }
  it('guard: a card headed by a name running on from 原 (原野文化传媒有限公司) is still read', () => {
    expect(entity(headed('原野文化传媒有限公司'))).toMatchObject({ type: 'organization', idNumber: '9133**********001X' });
  });
});

// ---------------------------------------------------------------- a real-name cell opening with its label's copy (545e850)

describe('an Alibaba list\'s real-name cell opening with a label copy, its state a tag or after a colon (aliyun/domain-list withoutLabelCopy, afterLabelCopy)', () => {
  const states = (cell: string) =>
    read(
      '<table><thead><tr><th>Domain Name</th><th>Domain Status</th><th>Real-name Verification</th><th>Expiration Date</th></tr></thead><tbody>' +
        `<tr><td><a>lanting-media.com</a></td><td>Normal</td><td>${cell}</td><td>2027-08-14</td></tr></tbody></table>`,
      'https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain',
      'en',
    )?.facts.domains?.map((d) => d.realNameVerified);
  it('"Real-name Verification <span>Unverified</span>" gives false, "Real-name Verification: Verified" true (none before)', () => {
    expect(states('<span class="x1">Real-name Verification</span> <span>Unverified</span>')).toEqual([false]);
    expect(states('<span class="x1">Real-name Verification:</span> Verified')).toEqual([true]);
  });
  it('guard: a label copy with only a link after it, or a link alone, gives no state', () => {
    expect(states('<span class="x1">Real-name Verification</span> <a>Verify now</a>')).toEqual([undefined]);
    expect(states('<a>Real-name Verification</a>')).toEqual([undefined]);
  });
});
