import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Found by running every markup mutation over the held-out pages once more (session 36; 6,400 of 6,484 changed
 * pairs held before, the rest listed in test/fixtures-unseen/README.md "Mutations over the held-out pages (session 36)").
 * Each case failed before its fix.
 */
const read = (body: string, url: string, head = '') => readPage(htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url), new URL(url));

describe('a header row hidden for a stacked layout names its columns by the text it would draw (dom/table.ts headerKey)', () => {
  // A responsive list drawn as one card per row: the <thead> is hidden (display: none, or clipped away) and each
  // cell draws its column's name from data-label; the hidden header still names the columns. A help icon with
  // screen-reader text, or an SVG icon with a <title>, in a header cell is no part of the column's name.
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const head =
    '<style>table.cards thead { display: none; } table.cards tr { display: block; } table.cards td { display: block; padding-left: 120px; }' +
    ' table.cards td::before { content: attr(data-label); position: absolute; left: 0; } .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }</style>';
  const page = (icon: string) =>
    `<table class="cards"><thead><tr><th>实例ID/主机名${icon}</th><th>产品类型${icon}</th><th>所在地域${icon}</th><th>到期时间${icon}</th></tr></thead><tbody>` +
    '<tr><td data-label="实例ID/主机名"><a href="#">bdm417290385</a></td><td data-label="产品类型">云虚拟主机 Linux 标准版</td><td data-label="所在地域">华东1（杭州）</td><td data-label="到期时间">2027-03-01 23:59:59</td></tr>' +
    '<tr><td data-label="实例ID/主机名"><a href="#">bdm520183746</a></td><td data-label="产品类型">云虚拟主机 Windows 独享版</td><td data-label="所在地域">华南1（深圳）</td><td data-label="到期时间">2026-11-20 23:59:59</td></tr></tbody></table>';
  const icons = [
    '',
    '<i class="anticon anticon-question-circle" role="img" aria-label="question-circle"><span class="sr-only">查看帮助 Help</span></i>',
    '<svg class="icon-help" viewBox="0 0 16 16" width="14" height="14"><title>帮助</title><path d="M8 1a7 7 0 1 0 0 14"/></svg>',
  ];

  it('a help icon in the hidden header cells keeps the columns (before: no server read)', () => {
    for (const icon of icons) {
      const servers = read(page(icon), url, head)?.facts.servers;
      expect(servers?.map((s) => [s.id, s.region, s.expiresAt]), icon).toEqual([
        ['bdm417290385', 'cn-hangzhou', '2027-03-01'],
        ['bdm520183746', 'cn-shenzhen', '2026-11-20'],
      ]);
    }
  });

  it('a hidden column in the hidden header names none', () => {
    // (a cell hidden in its own right stays hidden: the header's own hiding is the only one looked through)
    const servers = read(page('').replace('<th>所在地域</th>', '<th style="display:none">所在地域</th>').replace(/<td data-label="所在地域">[^<]*<\/td>/g, '<td data-label="所在地域" style="display:none">华东1（杭州）</td>'), url, head)?.facts.servers;
    expect(servers?.map((s) => s.region)).toEqual([undefined, undefined]);
  });
});

describe('an SVG icon with a <title> beside a form label is an icon: its title is never drawn (dom/field.ts isIcon)', () => {
  // A Fusion form row (Grid columns with role=gridcell): the label's column holds the <label> and, after it, an
  // icon drawn as an SVG whose <title> names it for screen readers. The value is the control column's input.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const row = (label: string, icon: string, control: string) =>
    `<div role="row" class="next-row next-form-item"><div role="gridcell" class="next-col next-form-item-label"><label required="">${label}</label>${icon}</div>` +
    `<div role="gridcell" class="next-col next-form-item-control">${control}</div></div>`;
  const page = (icon: string) =>
    '<div class="next-card"><div class="next-card-header-title">主办单位信息</div><form role="form" class="next-form">' +
    row('主办单位性质', icon, '<div role="radiogroup"><label class="next-radio-wrapper checked"><input type="radio" checked=""><span class="next-radio-label">企业</span></label><label class="next-radio-wrapper"><input type="radio"><span class="next-radio-label">个人</span></label></div>') +
    row('主办单位证件类型', icon, '<span class="next-select"><em title="营业执照">营业执照</em></span>') +
    row('主办单位名称', icon, '<span class="next-input"><input maxlength="100" value="杭州青禾文化传媒有限公司"><span class="next-input-len">12/100</span></span>') +
    '</form></div>';

  it('the name and the type are read with a titled SVG icon beside each label (before: both lost)', () => {
    for (const icon of ['', '<svg class="icon" role="img" viewBox="0 0 16 16" width="14" height="14"><title>帮助</title><path d="M4 4h8v8H4z"></path></svg>', '<svg viewBox="0 0 16 16"><title>复制 Copy</title><desc>copy the value</desc><path d="M4 4h8v8H4z"></path></svg>']) {
      const entity = read(page(icon), url)?.facts.entity;
      expect([entity?.type, entity?.name], icon).toEqual(['organization', '杭州青禾文化传媒有限公司']);
    }
  });
});

describe('an inline "label: value" rendered as runs of text nodes split by comments is one text (dom/field.ts textRun)', () => {
  // React renders `{label}: {value}` as text runs with empty comments between them (server-rendered pages keep
  // the comments): Instance<!-- --> ID:<!-- --> lhins-…, drawn exactly as "Instance ID: lhins-…".
  const split = (text: string) => text.split(/(?<=\s)|(?=\s)/).join('<!-- -->');

  it('a Lighthouse overview line with a copy icon gives its instance ID (before: no server read)', () => {
    const url = 'https://console.tencentcloud.com/lighthouse/instance/detail?rid=1&id=lhins-gz7m2k9p';
    const line = (text: string, after = '') => `<div class="overview-line"><span>${text}</span>${after}</div>`;
    for (const s of [(t: string) => t, split]) {
      const page =
        '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">Instance Information</h3></div><div class="tea-card__body">' +
        line(s('Instance ID: lhins-gz7m2k9p'), ' <i class="tea-icon tea-icon-copy" title="Copy" role="button"></i>') +
        line(s('Region: South China (Guangzhou) | Guangzhou Zone 3')) +
        line(s('Bandwidth: 6 Mbps')) +
        line(s('Expiration Time: 2027-03-01 10:00:00')) +
        '</div></div>';
      const server = read(page, url)?.facts.servers?.[0];
      expect([server?.id, server?.region, server?.publicBandwidthMbps, server?.expiresAt], s('a b')).toEqual(['lhins-gz7m2k9p', 'ap-guangzhou', 6, '2027-03-01']);
    }
  });

  it('an ECS detail line 当前使用带宽：5Mbps in runs gives its bandwidth (before: lost)', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1inlinetext0000a1/detail?regionId=cn-hangzhou';
    const page =
      '<div class="info-item"><span class="info-text">实例ID：i-bp1inlinetext0000a1</span></div><div class="info-item"><span class="info-text">地域：华东1（杭州）</span></div>' +
      '<p class="info-item">带宽计费方式<!-- -->：<!-- -->按固定带宽</p><p class="info-item">当前使用带宽<!-- -->：<!-- -->5Mbps<!-- --> <a>更改带宽</a></p>';
    expect(read(page, url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('a statistic card whose caption sits in wrappers inside its title box still gives the value above it (tencent/common.ts valueOf)', () => {
  // A Tea statistic card draws its value first and its caption (a `…__title` box) under it; a component may
  // wrap the caption's words in boxes of its own inside the title box.
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D4%26instanceId%3Dins-sh5c4r2d';
  const card = (value: string, caption: string, wrap: boolean) =>
    `<div class="tea-card stat-card"><div class="tea-card__body"><div class="stat-card__value">${value}</div>` +
    `<div class="stat-card__title">${wrap ? `<div class="x-inner"><div>${caption}</div></div>` : caption}</div><div class="stat-card__extra"><a class="tea-btn tea-btn--link">续费</a></div></div></div>`;
  const page = (wrap: boolean) =>
    '<h2 class="tea-h2">sh-erp-01 <span class="tea-text-weak">ins-sh5c4r2d</span></h2><div class="stat-cards">' +
    card('华东地区（上海）', '所在地域', wrap) + card('包年包月', '实例计费模式', wrap) + card('2027-03-01 12:00:00', '到期时间', wrap) + card('5<span class="stat-card__unit">Mbps</span>', '带宽上限', wrap) +
    '</div><div class="tea-card"><div class="tea-card__body"><div class="info-list"><span class="info-list__label">实例ID</span><span class="info-list__value">ins-sh5c4r2d</span>' +
    '<span class="info-list__label">实例名称</span><span class="info-list__value">sh-erp-01</span></div></div></div>';

  it('region, billing, expiry and bandwidth are read with the captions wrapped (before: all four lost)', () => {
    for (const wrap of [false, true]) {
      const s = read(page(wrap), url)?.facts.servers?.[0];
      expect([s?.id, s?.region, s?.billing, s?.expiresAt, s?.publicBandwidthMbps], String(wrap)).toEqual(['ins-sh5c4r2d', 'ap-shanghai', 'subscription', '2027-03-01', 5]);
    }
  });
});

describe('a label\'s words seven boxes deep in its <th> still make the <th> the label (dom/field.ts wholeLabelBox)', () => {
  // antd 5 bordered Descriptions: the label cell holds its words in spans (a tooltip trigger's wrapper around
  // the words and the ? icon), and an app's layout components add boxes of their own around them.
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qinghe-media.cn';
  const icon = '<span role="img" aria-label="question-circle" class="anticon anticon-question-circle label-help"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4h8v8H4z"></path></svg></span>';
  const deep = (words: string, levels: number) => {
    let inner = `<span>${words} ${icon}</span>`;
    for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `<span>${inner}</span>` : `<div class="x-inner">${inner}</div>`;
    return inner;
  };
  const row = (label: string, value: string, levels: number) =>
    `<tr class="ant-descriptions-row"><th colspan="1" class="ant-descriptions-item-label">${deep(label, levels)}</th><td colspan="1" class="ant-descriptions-item-content"><span>${value}</span></td></tr>`;
  const page = (levels: number) =>
    '<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-title">域名持有者信息</div><table><tbody>' +
    row('域名', 'qinghe-media.cn', 0) + row('证件号码', '9133**********567K', levels) + row('到期时间', '2027-05-20 23:59:59', levels) + '</tbody></table></div>';

  it('the ID number and the expiry are read at six and seven levels (before: lost)', () => {
    for (const levels of [1, 5, 6]) {
      const d = read(page(levels), url)?.facts.domains?.[0];
      expect([d?.registrantIdNumber, d?.expiresAt], String(levels)).toEqual(['9133**********567K', '2027-05-20']);
    }
  });
});

describe('an ARIA grid\'s header rowgroup hidden for a stacked layout still names its columns (dom/table.ts headerKey)', () => {
  // A div grid (role=grid, rowgroups, rows, gridcells) whose header rowgroup is visually hidden (the sr-only
  // clip) while each cell draws its column's name in a label of its own hidden from screen readers: as a
  // <thead> hidden so, the header row names the columns.
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<style>.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }</style>';
  const cell = (label: string, value: string) => `<div role="gridcell"><span class="cell__label" aria-hidden="true">${label}</span><span class="cell__value">${value}</span></div>`;
  const row = (domain: string, owner: string, expires: string) =>
    `<div role="row">${cell('域名', `<a href="/domain/info/${domain}">${domain}</a>`)}${cell('状态', '正常')}${cell('域名所有者', owner)}${cell('到期时间', expires)}${cell('操作', '<a>管理</a> <a>续费</a>')}</div>`;
  const page = (group: string) =>
    `<div class="tea-table" role="grid"><div ${group} role="rowgroup"><div role="row"><div role="columnheader">域名</div><div role="columnheader">状态</div><div role="columnheader">域名所有者</div><div role="columnheader">到期时间</div><div role="columnheader">操作</div></div></div>` +
    `<div role="rowgroup">${row('chenmo-studio.com', '陈默', '2027-03-08')}${row('chenmo-photo.cn', '陈默', '2028-01-15')}</div></div>`;

  it('the domains are read under a visually hidden header rowgroup (before: none read)', () => {
    const domains = read(page('class="visually-hidden"'), url, head)?.facts.domains;
    expect(domains?.map((d) => [d.domain, d.registrantName, d.expiresAt])).toEqual([
      ['chenmo-studio.com', '陈默', '2027-03-08'],
      ['chenmo-photo.cn', '陈默', '2028-01-15'],
    ]);
  });

  it('a header rowgroup hidden with its grid names nothing', () => {
    expect(read(`<div style="display:none">${page('')}</div>`, url, head)?.facts.domains ?? []).toEqual([]);
  });
});
