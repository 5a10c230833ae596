import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighteenth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Eighteenth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (style: string, body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('an invisible break character at the seam of a search highlight glues the texts (dom/glue.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (domainCell: string) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead>' +
    `<tbody><tr><td><a href="#/domain">${domainCell}</a></td><td>正常</td><td>2029-05-30</td></tr></tbody></table>`;

  it('a soft hyphen after the highlight: lan&shy;ting</em>&shy;shu&shy;yuan.com.cn is one domain', () => {
    const facts = read('', list('<em class="search-highlight">lan&shy;ting</em>&shy;shu&shy;yuan.com.cn'), url);
    expect(facts?.domains?.map((d) => d.domain)).toEqual(['lantingshuyuan.com.cn']);
  });

  it('a zero-width space after the highlight too', () => {
    const facts = read('', list('<em>lanting</em>&#8203;shuyuan.cn'), url);
    expect(facts?.domains?.map((d) => d.domain)).toEqual(['lantingshuyuan.cn']);
  });

  it('a space after the highlight still parts the texts', () => {
    const facts = read('', list('<em>www</em> lanting.cn'), url);
    expect(facts?.domains?.map((d) => d.domain)).toEqual(['lanting.cn']);
  });
});

describe("a banner about another server is no server of the Tencent filing form's website (tencent/beian-form.ts pickedServer)", () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204003817/confirm';
  const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${value}</div></li>`;
  const website =
    '<div class="tea-card"><div class="tea-card__title"><h3>网站信息</h3></div><div class="tea-card__body"><ul class="tea-form">' +
    li('网站名称', '松风影像作品集') +
    li('网站域名', 'songfeng-photo.cn') +
    li('对应云服务', '轻量应用服务器 lhins-h2j4k6l8 | 106.55.203.17 | 上海') +
    '</ul></div></div>';

  it('reads the 对应云服务 server, not the one an alert above says will expire', () => {
    const alert = '<div class="tea-alert tea-alert--warning" role="alert"><ul><li>您的轻量应用服务器 lhins-a8s6d4f2（广州）将于 2026-12-18 到期，到期后备案接入将失效。</li></ul></div>';
    const facts = read('', `<div id="app">${alert}<div class="content">${website}</div></div>`, url);
    expect(facts?.websites?.[0]?.serverId).toBe('lhins-h2j4k6l8');
    expect(facts?.servers).toEqual([{ id: 'lhins-h2j4k6l8', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai' }]);
  });
});

describe("a mobile list cell's title is its label (tencent/common.ts isTitle)", () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-k3m9p2q7';
  const cell = (label: string, value: string) =>
    `<div class="van-cell"><div class="van-cell__title"><span>${label}</span></div><div class="van-cell__value"><span>${value}</span></div></div>`;

  it('reads a Lighthouse overview drawn as Vant cells', () => {
    const body = `<div class="van-cell-group">${cell('实例ID', 'lhins-k3m9p2q7')}${cell('地域', '广州 | 广州三区')}${cell('峰值带宽', '5Mbps')}</div>`;
    expect(read('', body, url)?.servers).toEqual([{ id: 'lhins-k3m9p2q7', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', publicBandwidthMbps: 5 }]);
  });
});

describe('rows that each hold a label and its value are no column of labels (dom/field.ts valueInNextColumn)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=4&id=ins-p7r9t1v3';
  const row = (label: string, value: string) => `<div class="row"><span class="k">${label}</span><span class="v">${value}</span></div>`;

  it('a box of as many boxes after the rows (a chart: head, canvas, legend) gives none of their values', () => {
    const rows = `<div class="group">${row('实例ID', 'ins-p7r9t1v3')}${row('计费模式', '包年包月')}${row('到期时间', '2027-05-20 14:32:08')}</div>`;
    const chart = '<div class="chart"><div class="head">外网出带宽（Mbps） 1小时</div><div class="plot">外网出带宽 峰值 4.21Mbps 2026-12-04</div><div class="legend">外网入带宽 最大值 0.86Mbps</div></div>';
    expect(read('', rows + chart, url)?.servers).toEqual([{ id: 'ins-p7r9t1v3', provider: 'tencent', product: 'cvm', billing: 'subscription', expiresAt: '2027-05-20' }]);
  });

  it('a column of labels beside a column of values is still read', () => {
    const body =
      '<div class="pane"><div class="labels"><div>实例ID</div><div>计费模式</div><div>到期时间</div></div>' +
      '<div class="values"><div>ins-p7r9t1v3</div><div>包年包月</div><div>2027-05-20 14:32:08</div></div></div>';
    expect(read('', body, url)?.servers).toEqual([{ id: 'ins-p7r9t1v3', provider: 'tencent', product: 'cvm', billing: 'subscription', expiresAt: '2027-05-20' }]);
  });
});

describe('a <wbr> between two inline elements joins one word (dom/units.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (domainCell: string) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead>' +
    `<tbody><tr><td><a href="#/domain">${domainCell}</a></td><td>正常</td><td>2028-01-09</td></tr></tbody></table>`;

  it('<span>lanting-te</span><wbr><span>a.cn</span> is lanting-tea.cn, not a.cn', () => {
    expect(read('', list('<span class="chunk">lanting-te</span><wbr><span class="chunk">a.cn</span>'), url)?.domains?.map((d) => d.domain)).toEqual(['lanting-tea.cn']);
  });

  it('a zero-width space or soft hyphen ending the first span joins it too: <span>lanting&#8203;</span><span>studio.net</span>', () => {
    expect(read('', list('<span>lanting&#8203;</span><span>studio.net</span>'), url)?.domains?.map((d) => d.domain)).toEqual(['lantingstudio.net']);
    expect(read('', list('<span>lan</span><span>&shy;tingstudio.net</span>'), url)?.domains?.map((d) => d.domain)).toEqual(['lantingstudio.net']);
  });

  it('without a seam mark two spans side by side stay two texts (a name and a domain set apart)', () => {
    expect(read('', list('<span class="name">官网</span><span class="domain">lanting.cn</span>'), url)?.domains?.map((d) => d.domain)).toEqual(['lanting.cn']);
  });
});

describe('an expiry label saying the date before a change is no expiry (rules/labels: 原 / 续费前 / previous … not words)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';

  it("a domain list with no expiry column gives no expiry from an expanded row's 原到期时间", () => {
    const body =
      '<table><thead><tr><th>域名</th><th>域名所有者</th><th>实名认证</th><th>域名状态</th></tr></thead><tbody>' +
      '<tr><td><a href="/domain/info/qingshan-tea.com">qingshan-tea.com</a></td><td>杭州青山茶业有限公司</td><td>已实名认证</td><td>正常</td></tr>' +
      '<tr class="t-table__expanded-row"><td colspan="4"><table class="t-descriptions__body"><tbody>' +
      '<tr><td class="t-descriptions__label">最近续费</td><td class="t-descriptions__content">2026-09-01 10:11:32 续费 1 年</td>' +
      '<td class="t-descriptions__label">原到期时间</td><td class="t-descriptions__content">2026-09-12 23:59:59</td></tr>' +
      '</tbody></table></td></tr></tbody></table>';
    const domains = read('', body, url)?.domains;
    expect(domains?.map((d) => d.domain)).toEqual(['qingshan-tea.com']);
    expect(domains?.[0]?.expiresAt).toBeUndefined();
  });
});
