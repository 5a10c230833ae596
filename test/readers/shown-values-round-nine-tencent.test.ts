import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readFieldText } from '../../src/readers/dom/field';

/**
 * Faults found by the ninth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('TDesign vertical descriptions: a row holding one label cell, then a row holding its value (field.ts valueBelowHeader)', () => {
  const item = (l: string, v: string) => `<tr><td class="t-descriptions__label">${l}</td></tr><tr><td class="t-descriptions__content">${v}</td></tr>`;

  it('a td classed as a label over a value row gives the cell below it', () => {
    const d = doc(`<table class="t-descriptions__body"><tbody>${item('地域和可用区', '上海 | 上海五区')}${item('计费模式', '包年包月')}</tbody></table>`);
    expect(readFieldText(d.body, ['计费模式'])).toBe('包年包月');
    expect(readFieldText(d.body, ['地域和可用区'])).toBe('上海 | 上海五区');
  });

  it('a Lighthouse overview in that layout is read', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh5k7m9p';
    const page = doc(`<table class="t-descriptions__body"><tbody>${item('名称/ID', 'blog<br>lhins-sh5k7m9p')}${item('地域和可用区', '上海 | 上海五区')}${item('带宽', '30Mbps')}${item('到期时间', '<time datetime="2027-03-14T16:30:00.000Z">2027-03-15 00:30:00</time>')}</tbody></table>`, url);
    expect(readPage(page, new URL(url))?.facts.servers).toEqual([{ id: 'lhins-sh5k7m9p', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', expiresAt: '2027-03-15', publicBandwidthMbps: 30 }]);
  });

  // (a guard: a label cell beside its value cell in one row reads as before)
  it('a label td beside its value td in one row still gives the cell beside it', () => {
    const d = doc('<table><tr><td class="info-label">计费模式</td><td>按量计费</td></tr><tr><td class="info-label">带宽</td><td>5Mbps</td></tr></table>');
    expect(readFieldText(d.body, ['计费模式'])).toBe('按量计费');
  });
});

describe('a responsive table of stacked rows: a screen-reader-only thead, each cell repeating its column name (table.ts headerKey)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const cell = (l: string, v: string) => `<td><span class="cell-label" aria-hidden="true">${l}</span><span>${v}</span></td>`;
  const row = (d: string, s: string, e: string) => `<tr>${cell('域名', d)}${cell('实名认证', s)}${cell('到期时间', e)}</tr>`;
  const table = (theadAttrs: string) =>
    `<style>.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style><table><thead ${theadAttrs}><tr><th>域名</th><th>实名认证</th><th>到期时间</th></tr></thead><tbody>${row('chenmo-studio.com', '已实名认证', '2027-03-08')}${row('chenmo.shop', '未实名认证', '2027-11-28')}</tbody></table>`;

  it('the visually hidden thead still names the columns', () => {
    const got = readPage(doc(table('class="visually-hidden"'), url), new URL(url));
    expect(got?.facts.domains).toEqual([
      { domain: 'chenmo-studio.com', realNameVerified: true, expiresAt: '2027-03-08' },
      { domain: 'chenmo.shop', realNameVerified: false, expiresAt: '2027-11-28' },
    ]);
  });

  // Merged with the Alibaba round's rule (table.ts headerKey): a whole <thead> hidden inside its shown table
  // names the columns however it is hidden (responsive CSS often sets display:none on it); a table hidden
  // whole names nothing.
  it('a thead hidden with display:none or the hidden attribute names the columns too; a hidden table nothing', () => {
    for (const attrs of ['style="display:none"', 'hidden']) {
      expect(readPage(doc(table(attrs), url), new URL(url))?.facts.domains?.map((d) => d.domain)).toEqual(['chenmo-studio.com', 'chenmo.shop']);
    }
    expect(readPage(doc(`<div style="display:none">${table('class="visually-hidden"')}</div>`, url), new URL(url))).toBeNull();
  });
});

describe('a code shown in a readonly input of its cell (tencent/beian-authcode.ts)', () => {
  it('the input value is the code', () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const page = doc(
      '<table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
        '<tr><td><input class="tea-input" readonly value="BA5C7V9B1N3M5K7J"><button title="复制"><i class="tea-icon-copy"></i></button></td><td>云服务器<br>ins-gz6h8j0k<br>广州 | 119.29.10.20</td><td>100023456789</td><td>已使用</td></tr>' +
        '</tbody></table>',
      url,
    );
    expect(readPage(page, new URL(url))?.facts.servers).toEqual([
      { id: 'ins-gz6h8j0k', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', authorizationCodes: [{ code: 'BA5C7V9B1N3M5K7J', targetAccount: '100023456789', status: 'used' }] },
    ]);
  });
});

describe('a filing confirm sheet printed as one table of 项目 / 内容 rows (tencent/beian-form.ts websiteBlocks)', () => {
  it('each website is the rows from its 网站名称 to the next website’s', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261203001357/confirm';
    const r = (l: string, v: string) => `<tr><td>${l}</td><td>${v}</td></tr>`;
    const page = doc(
      `<table><thead><tr><th>项目</th><th>内容</th></tr></thead><tbody>${r('主办单位名称', '南京青禾信息技术有限公司')}` +
        `<tr><th colspan="2">网站信息（网站 1）</th></tr>${r('网站名称', '青禾科技官网')}${r('网站域名', 'qinghe-tech.cn')}${r('对应云服务', '云服务器<br>ins-nj4t6y8u | 121.5.6.7 | 南京')}` +
        `<tr><th colspan="2">网站信息（网站 2）</th></tr>${r('网站名称', '青禾文档中心')}${r('网站域名', 'docs-qinghe.com')}${r('对应云服务', '备案授权码<br>BA3E5R7T9Y1U3I5O')}</tbody></table>`,
      url,
    );
    const facts = readPage(page, new URL(url))?.facts;
    expect(facts?.websites).toEqual([
      { name: '青禾科技官网', domains: ['qinghe-tech.cn'], serverId: 'ins-nj4t6y8u' },
      { name: '青禾文档中心', domains: ['docs-qinghe.com'], serviceNumber: 'BA3E5R7T9Y1U3I5O' },
    ]);
    expect(facts?.servers).toEqual([{ id: 'ins-nj4t6y8u', provider: 'tencent', product: 'cvm', region: 'ap-nanjing' }]);
  });
});

describe('a micro-frontend drawn into an open shadow root (dom/shadow-copy.ts, read-with.ts, cli/html-document.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/lanxi-tea.com';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls"><div class="tea-form-text">${v}</div></div></div>`;
  const app = `<div class="domain-info">${item('域名', 'lanxi-tea.com')}${item('域名所有者', '杭州兰溪茶业有限公司')}${item('到期时间', '2027-06-09 11:02:37')}</div>`;
  const shell = '<header><a href="/">腾讯云</a><span>域名注册</span></header><aside><ul><li>我的域名</li><li>信息模板</li></ul></aside>';

  it('a saved page keeps its declarative shadow root, and the page in it is read', () => {
    const page = doc(`${shell}<main><wujie-app data-wujie-id="domain"><template shadowrootmode="open"><style>.x{color:red}</style>${app}</template></wujie-app></main>`, url);
    expect(page.querySelector('wujie-app')?.shadowRoot?.querySelector('.domain-info')).toBeTruthy();
    expect(readPage(page, new URL(url))?.facts.domains).toEqual([{ domain: 'lanxi-tea.com', registrantName: '杭州兰溪茶业有限公司', expiresAt: '2027-06-09' }]);
  });

  it('a shadow root attached by script is read the same', () => {
    const page = doc(`${shell}<main><div id="host"></div></main>`, url);
    page.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = app;
    expect(readPage(page, new URL(url))?.facts.domains?.[0]?.registrantName).toBe('杭州兰溪茶业有限公司');
  });

  // (guards: a hidden host, and a small component's shadow root beside the page, change nothing)
  it('a hidden host is not read, and an icon drawn in a shadow root does not take the page away', () => {
    const hidden = doc(`${shell}<main><div id="host" style="display:none"></div></main>`, url);
    hidden.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = app;
    expect(readPage(hidden, new URL(url))).toBeNull();
    const icon = doc(`${shell}<main>${app}<span id="icon"></span></main>`, url);
    icon.getElementById('icon')!.attachShadow({ mode: 'open' }).innerHTML = '<svg><path d="M0 0"/></svg>';
    expect(readPage(icon, new URL(url))?.facts.domains?.[0]?.registrantName).toBe('杭州兰溪茶业有限公司');
  });
});
