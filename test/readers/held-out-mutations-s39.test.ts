import { describe, expect, it } from 'vitest';
import { readFieldText } from '../../src/readers/dom/field';
import { createVisibilityCache } from '../../src/readers/dom/visibility';
import { filingInput, filingSelect, page, read } from '../helpers/console-pages';

/**
 * Found by running every markup mutation over the held-out pages once more (session 39; the pairs are listed in
 * test/fixtures-unseen/README.md "Mutations over the held-out pages (session 38)"). Each case failed before its fix.
 */

describe('a tag beside a label inside the label\'s own box is the label\'s badge, no value: the value is in the box after (dom/field.ts)', () => {
  // The Alibaba filing form's entity step, each label column holding the label and a badge (推荐, 新): the value is the
  // control column's input or select. The badge was read as the entity's name and id type.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const item = (label: string, badge: string, control: string) =>
    `<div class="next-form-item next-row"><div class="next-form-item-label next-col"><label required="">${label}</label>${badge}</div><div class="next-form-item-control next-col">${control}</div></div>`;
  const badges = ['', '<span class="next-tag next-tag-green">推荐</span>', '<a href="#">续费</a><span class="next-badge">新</span>'];
  const form = (badge: string) =>
    `<h3>主办单位信息</h3><form class="next-form">${item('主办单位性质', badge, filingSelect('企业'))}${item('主办单位证件类型', badge, filingSelect('营业执照'))}` +
    `${item('主办单位证件号码', badge, filingInput('9133**********567K'))}${item('主办单位名称', badge, filingInput('杭州青禾文化传媒有限公司'))}</form>`;

  it('the entity is read with a badge beside each label (before: 推荐 as its name and id type)', () => {
    for (const badge of badges) {
      const entity = read(form(badge), url)?.facts.entity;
      expect([entity?.name, entity?.idType, entity?.idNumber], badge).toEqual(['杭州青禾文化传媒有限公司', '营业执照', '9133**********567K']);
    }
  });

  it('a status after a label and its colon in the label\'s box is still that field\'s value', () => {
    // ("域名状态：<tag>正常</tag>" in a label box: the colon says a value follows; with no box after it, the tag is it)
    const cache = createVisibilityCache();
    const doc = page('<div class="row"><div class="item-label"><span>域名状态：</span><span class="next-tag">正常</span></div></div><div class="row"><div class="item-label"><span>注册商：</span><span>HiChina</span></div></div>', 'https://dc.console.aliyun.com/');
    expect(readFieldText(doc.body, ['域名状态'], cache)).toBe('正常');
  });
});

describe('a value withheld from this user shows no value, a tag beside the withheld words neither (dom/units.ts valueText)', () => {
  // A Tencent domain list seen by a CAM sub-user: the owner cell says 无权限查看 (withheld) and carries a tag
  // (推荐, a template's badge). The tag was read as the domain's registrant, since a value of no data falls back
  // to its status (实名认证状态：<tag>已实名认证</tag>).
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const row = (domain: string, owner: string) =>
    `<tr><td><a href="/domain/info/${domain}">${domain}</a></td><td><span class="tea-tag tea-tag--success">正常</span></td><td><span>已实名认证</span></td><td>${owner}</td><td>2027-03-02 23:59:59</td><td><button class="tea-btn tea-btn--link">续费</button></td></tr>`;
  const list = (owner: string) =>
    '<h2>我的域名</h2><table class="tea-table"><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
    row('qingshan-tea.com', owner) + '</tbody></table>';
  const withheld = '<span class="tea-text-weak" title="您没有查看域名所有者的权限"><i class="tea-icon tea-icon-lock"></i>无权限查看</span>';

  it('no registrant from a tag beside 无权限查看 (before: 推荐 as the registrant)', () => {
    for (const tag of ['', '<span class="tea-tag tea-tag--success">推荐</span>']) {
      const domain = read(list(`<div>${withheld}</div>${tag}`), url)?.facts.domains?.[0];
      expect([domain?.domain, domain?.registrantName], tag).toEqual(['qingshan-tea.com', undefined]);
    }
  });

  it('an owner shown is read, a tag beside it or not', () => {
    const domain = read(list('<div>杭州青山茶业有限公司</div><span class="tea-tag">企业</span>'), url)?.facts.domains?.[0];
    expect(domain?.registrantName).toBe('杭州青山茶业有限公司');
  });
});

describe('rows of a label cell and a value cell, the next row of the same class with a modifier, are rows: no column of labels (dom/field.ts valueInNextColumn)', () => {
  // A filing form's website review drawn as rows of two cells (`pv-row` > `pv-cell` × 2), the value wrapped in a box
  // of its own; the row after the website's name is a kept legacy row (`pv-row legacy keep`). The name row's two
  // cells were taken for a column of labels and the next row for the column of their values: 网站名称 read as
  // 网站域名 (the next row's label), and the domain lost.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const row = (label: string, value: string, cls = '') =>
    `<div class="pv-row${cls}"><div class="pv-cell"><span class="pv-label req"><span>${label}</span></span></div><div class="pv-cell"><div class="x-inner"><span class="pv-value">${value}</span></div></div></div>`;
  const site = (cls: string) =>
    `<section class="site"><h3>网站信息（网站 1）</h3>${row('网站名称', '青山茶话')}${row('网站域名', '<span class="dm">qingshan-talk.cn</span>', cls)}${row('网站服务内容', '博客/个人空间', cls)}</section>`;

  it('the name and the domain are read, whatever modifier the rows after carry (before: 网站域名 as the name)', () => {
    for (const cls of ['', ' legacy keep', ' is-new']) {
      const websites = read(site(cls), url)?.facts.websites;
      expect(websites, cls).toEqual([{ name: '青山茶话', domains: ['qingshan-talk.cn'], content: '博客/个人空间' }]);
    }
  });

  it('a column of labels beside a column of values, the columns sharing a grid class, is still read by column', () => {
    const col = (cls: string, boxes: string[]) => `<div class="ant-col ${cls}">${boxes.map((b) => `<div class="${cls.endsWith('6') ? 'label' : 'value'}">${b}</div>`).join('')}</div>`;
    const page = `<section class="site"><h3>网站信息（网站 1）</h3><div class="ant-row">${col('ant-col-6', ['网站名称', '网站域名'])}${col('ant-col-18', ['青山茶话', 'qingshan-talk.cn'])}</div></section>`;
    expect(read(page, url)?.facts.websites).toEqual([{ name: '青山茶话', domains: ['qingshan-talk.cn'] }]);
  });
});

describe('vertical descriptions with a selection cell in front of each row are still one record (dom/table.ts isVerticalDescriptions, dom/field.ts valueBelowHeader)', () => {
  // An antd vertical Descriptions table (a row of <th> labels, a row of <td> values, repeated) on the Alibaba domain
  // detail page, each row opening with a selection cell (a checkbox, no text). The label rows were
  // not label rows any more: the domain list reader took the table for a list and gave the domain name as a status
  // and the registration date as the registrar.
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=lina-studio.com';
  const lead = ['', '<td class="selection-column"><label class="check"><input type="checkbox" aria-label="选择"></label></td>'];
  const th = (t: string, span = 1) => `<th class="ant-descriptions-item" colspan="${span}"><span class="ant-descriptions-item-label">${t}</span></th>`;
  const td = (t: string, span = 1) => `<td class="ant-descriptions-item" colspan="${span}"><span class="ant-descriptions-item-content">${t}</span></td>`;
  const page = (l: string) =>
    '<h2>域名详情</h2><div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-header"><div class="ant-descriptions-title">基本信息</div></div><table><tbody>' +
    `<tr class="ant-descriptions-row">${l}${th('域名')}${th('注册日期')}${th('到期日期')}</tr>` +
    `<tr class="ant-descriptions-row">${l}${td('lina-studio.com')}${td('2023-02-28 16:40:12')}${td('2028-02-29 23:59:59 <a>续费</a>')}</tr>` +
    `<tr class="ant-descriptions-row">${l}${th('域名状态')}${th('注册商', 2)}</tr>` +
    `<tr class="ant-descriptions-row">${l}${td('<span class="ant-tag ant-tag-success">正常</span>')}${td('阿里云计算有限公司（万网）', 2)}</tr>` +
    '</tbody></table></div><div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-header"><div class="ant-descriptions-title">域名持有者信息</div></div><table><tbody>' +
    `<tr class="ant-descriptions-row">${l}${th('域名持有者')}${th('证件类型')}</tr><tr class="ant-descriptions-row">${l}${td('李娜')}${td('身份证')}</tr></tbody></table></div>`;

  it('no status nor registrar from the other cells (before: the domain as a status, a date as the registrar)', () => {
    for (const l of lead) {
      const got = read(page(l), url);
      const domain = got?.facts.domains?.[0];
      expect([got?.reader, domain?.domain, domain?.status, domain?.registrar], l).toEqual(['aliyun-domain-holder', 'lina-studio.com', ['正常'], '阿里云计算有限公司(万网)']);
    }
  });
});

describe('a label row of a th and an empty td is no row of labels: the row below is no value of it (dom/field.ts valueBelowHeader)', () => {
  it('an empty value stays empty, not the next row\'s label', () => {
    const cache = createVisibilityCache();
    const doc = page('<table class="info"><tbody><tr><th>到期时间</th><td></td></tr><tr><th>地域</th><td>华东1（杭州）</td></tr></tbody></table>', 'https://ecs.console.aliyun.com/');
    expect(readFieldText(doc.body, ['到期时间'], cache)).toBeUndefined();
    expect(readFieldText(doc.body, ['地域'], cache)).toBe('华东1(杭州)');
  });
});

describe('a domain card\'s title split by a search match or a break is one domain (shared/domain-cards.ts titleDomain)', () => {
  // The Alibaba domain list's card view (a narrow window), the list searched: the match is drawn in a <mark> or a
  // highlight span inside each card's title domain, or the title carries <wbr> break points. The title was read text
  // node by text node: the part after the match (g-design.com) was read as the domain.
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const card = (title: string) =>
    `<article class="domain-card"><header><label class="next-checkbox-wrapper"><input type="checkbox" aria-label="选择"></label> <a class="domain-name" href="#/detail/x">${title}</a></header>` +
    '<div class="field"><span class="field-label">域名状态</span><span class="field-value"><span class="next-tag">正常</span></span></div>' +
    '<div class="field"><span class="field-label">实名认证</span><span class="field-value">已实名认证</span></div>' +
    '<div class="field"><span class="field-label">到期时间</span><span class="field-value">2027-01-03 23:59:59</span></div></article>';
  const list = (a: string, b: string) => `<h2>域名列表</h2><section class="domain-card-view" aria-label="域名卡片">${card(a)}${card(b)}</section>`;

  it.each([
    ['plain', 'wangfang-design.com', 'wfstudio.net'],
    ['a <mark>', 'wan<mark class="highlight">gfan</mark>g-design.com', 'wfs<mark>tudi</mark>o.net'],
    ['a highlight span', 'wan<span class="highlight">gfan</span>g-design.com', 'wfs<span class="hl">tudi</span>o.net'],
    ['<wbr>s', 'wangfang-<wbr>design.com', 'wfstudio<wbr>.net'],
  ])('%s: the whole domain (before: the part after the match or break)', (_name, a, b) => {
    expect(read(list(a, b), url)?.facts.domains?.map((d) => d.domain)).toEqual(['wangfang-design.com', 'wfstudio.net']);
  });
});

describe('an alert under a field is a message about the value, no part of it (dom/units.ts: role=alert is help)', () => {
  // The Tencent filing form's 网站域名 field, its classes hashed (CSS modules: nothing says "error" or "help"): the
  // domain tags, then a validation error role=alert naming one domain of another website. The domain in the error
  // was read as one of the website's domains.
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000321/website';
  const item = (label: string, control: string) => `<div class="cufcpcv"><div class="c17sq1f2"><label>${label}</label></div><div class="cb1113m">${control}</div></div>`;
  const page = (alert: string) =>
    '<div class="cuuxoea"><div class="c1t1810t"><h3>网站信息（新增网站 1）</h3></div><form class="cjeyru2">' +
    item('网站名称', '<input class="c1gnm7nk" value="海岸线开发者社区">') +
    item('网站域名', '<div class="coybmwp" role="list"><span class="c1m6rexw" role="listitem">coastline-dev.com</span><span class="c1m6rexw" role="listitem">coastline-dev.cn</span></div>' + alert) +
    '</form></div>';

  it('the alert\'s domain is none of the website\'s (before: coastline-api.cn read as a third domain)', () => {
    for (const alert of ['', '<div class="c1sqp1cx" role="alert">域名 coastline-api.cn 实名认证未满 3 天，请于 2026-12-07 后提交</div>']) {
      expect(read(page(alert), url)?.facts.websites, alert).toEqual([{ name: '海岸线开发者社区', domains: ['coastline-dev.com', 'coastline-dev.cn'] }]);
    }
  });
});

describe('a before / after comparison drawn as an ARIA grid gives the value after the change, as a <table> does (dom/field.ts laterThanFormer)', () => {
  // A Tencent 变更网站 confirm step: 变更项 | 变更前 | 变更后, each field a row (a row header and two cells). Drawn
  // with role=grid / row / rowheader / gridcell instead of a <table>, the value of 网站名称 was the 变更前 cell: the
  // website's old name and its old domains were read as the filing's.
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000655/confirm';
  const grid = (row: (l: string, before: string, after: string) => string, wrap: (rows: string) => string) =>
    '<div class="tea-card"><h3 class="tea-h3">网站信息变更对比</h3>' +
    wrap(row('网站名称', '湘味小厨', '湘味小厨美食笔记') + row('网站域名', '<span class="domain-line">xwxc.net</span>', '<del>xwxc.net</del><span class="domain-line">xiangwei-notes.cn<span class="mark-added">（新增）</span></span>')) +
    '</div>';
  const ariaRow = (l: string, b: string, a: string) => `<div role="row"><div role="rowheader">${l}</div><div role="gridcell">${b}</div><div role="gridcell">${a}</div></div>`;
  const ariaWrap = (rows: string) =>
    `<div class="compare" role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">变更项</div><div role="columnheader">变更前</div><div role="columnheader">变更后</div></div></div><div role="rowgroup">${rows}</div></div>`;
  const tableRow = (l: string, b: string, a: string) => `<tr><th scope="row">${l}</th><td>${b}</td><td>${a}</td></tr>`;
  const tableWrap = (rows: string) => `<table class="compare"><thead><tr><th>变更项</th><th>变更前</th><th>变更后</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('the value after the change, in a <table> and in an ARIA grid (before: the grid gave the old name and domain)', () => {
    for (const [row, wrap] of [[tableRow, tableWrap], [ariaRow, ariaWrap]] as const) {
      expect(read(grid(row, wrap), url)?.facts.websites, wrap('').slice(0, 30)).toEqual([{ name: '湘味小厨美食笔记', domains: ['xiangwei-notes.cn'] }]);
    }
  });
});

describe('a hidden row\'s row-spanning cells cover no row under it (dom/table.ts htmlRows: rows not shown are laid out by no one)', () => {
  // A Tencent domain list whose 分组 cells merge down across the group's domains (rowspan), with a hidden row before the
  // group (a row kept hidden: a filtered-out or stale copy, display: none). A browser lays out no cell of a row it does
  // not show; the reader's layout let the hidden row's spanning cell cover the rows under it, so each column moved one
  // place: a group name was read as a status and a date as the owner.
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const row = (group: string, domain: string, status: string, owner: string, expiry: string) =>
    `<tr>${group}<td><a>${domain}</a></td><td><span class="tea-tag">${status}</span></td><td>${owner}</td><td>${expiry}</td></tr>`;
  const body = (hidden: string) =>
    hidden +
    row('<td rowspan="2">官网</td>', 'hezhou.net', '正常', '贺州文旅有限公司', '2027-04-12 23:59:59') +
    row('', 'hezhou.cn', '正常', '贺州文旅有限公司', '2028-04-12 23:59:59');
  const list = (hidden: string) =>
    '<h2>我的域名</h2><table class="tea-table"><thead><tr><th>分组</th><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' + body(hidden) + '</tbody></table>';
  const hiddenRows = [
    '',
    '<tr hidden><td rowspan="2">官网</td><td><a>hezhou.org</a></td><td>正常</td><td>贺州</td><td>2025-12-25 16:00:00</td></tr>',
    '<tr style="display:none"><td rowspan="3">旧站</td><td><a>old.net</a></td><td>正常</td><td>贺州</td><td>2025-12-25 16:00:00</td></tr>',
  ];

  it('the rows under a hidden row keep their columns (before: the group as a status, a date as the owner)', () => {
    for (const h of hiddenRows) {
      const domains = read(list(h), url)?.facts.domains?.map((d) => [d.domain, d.status, d.registrantName, d.expiresAt]);
      expect(domains, h).toEqual([
        ['hezhou.net', ['正常'], '贺州文旅有限公司', '2027-04-12'],
        ['hezhou.cn', ['正常'], '贺州文旅有限公司', '2028-04-12'],
      ]);
    }
  });
});
