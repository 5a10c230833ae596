import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the twenty-eighth round of held-out pages (both providers; narrow windows and list views the user
 * has set up: test/fixtures-unseen/README.md "Twenty-eighth round"), each narrowed in a scratch copy of its page to
 * the smallest markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

const field = (label: string, value: string) => `<div class="field"><span class="field-label">${label}</span><span class="field-value">${value}</span></div>`;
const card = (domain: string, fields: string, more = '', open = false) =>
  `<article class="domain-card"><header><input type="checkbox" aria-label="选择"> <a href="#/detail/${domain}">${domain}</a></header>${fields}` +
  (more ? `<details${open ? ' open' : ''}><summary>更多信息</summary>${more}</details>` : '') + '<footer><a>续费</a> <a>解析</a></footer></article>';

describe('an Alibaba Cloud domain list drawn as cards below a narrow window\'s breakpoint (aliyun/domain-cards.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const cards =
    '<h2>我的即将到期域名</h2><div class="filter-chips"><span class="tag">域名持有者：王芳 ×</span></div><section class="card-view">' +
    card('wangfang-design.com', field('域名状态', '正常') + field('域名持有者', '王芳') + field('实名认证', '已实名认证'),
      field('到期时间', '2027-01-03<wbr> 23:59:59') + field('DNS 服务器', 'dns29.hichina.com'), true) +
    card('wangfang-design.cn', field('域名状态', '急需续费') + field('域名持有者', '王芳') + field('实名认证', '未实名认证 <a>去认证</a>'),
      field('到期时间', '2026-12-28 23:59:59')) +
    '</section>';

  it('each card is one domain, its labelled fields read (the list was not read: no table)', () => {
    const got = read(cards, url);
    expect(got?.reader).toBe('aliyun-domain-list');
    expect(got?.facts?.domains).toEqual([
      { domain: 'wangfang-design.com', status: ['正常'], realNameVerified: true, registrantName: '王芳', expiresAt: '2027-01-03' },
      // (its 到期时间 is folded under a closed 更多信息: not shown, not read)
      { domain: 'wangfang-design.cn', status: ['急需续费'], realNameVerified: false, registrantName: '王芳' },
    ]);
  });

  it('a card\'s domain is its title: a card showing a domain only in a field below its status (a DNS server) gives none', () => {
    const untitled = '<article class="domain-card"><header>未命名</header>' + field('域名状态', '正常') + field('DNS 服务器', 'dns9.hichina.com') + '</article>';
    const got = read(cards.replace('</section>', `${untitled}</section>`), url)?.facts?.domains?.map((d) => d.domain);
    expect(got).toEqual(['wangfang-design.com', 'wangfang-design.cn']);
  });

  it('one box with a status is no card list: nothing is read', () => {
    const one = card('wangfang-design.com', field('域名状态', '正常') + field('域名持有者', '王芳'));
    expect(read(one, url)?.facts?.domains ?? []).toEqual([]);
  });
});

describe('an id named twice, on its card and in a selection bar above the cards (dom/id-containers.ts)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const f = (label: string, value: string) => `<div class="lh-field"><span class="lh-field__label">${label}</span><span class="lh-field__value">${value}</span></div>`;
  const lhCard = (name: string, id: string, region: string, bw: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3>${name}</h3><span>Running</span></div><div class="tea-card__body">${f('Instance ID', id)}${f('Region', region)}${f('Bandwidth', bw)}</div></div>`;
  const cards = lhCard('wp-blog', 'lhins-c4rdv13w', 'Shanghai | Shanghai Zone 2', '6 Mbps') + lhCard('docs-site', 'lhins-m0r3c10s', 'Guangzhou | Guangzhou Zone 4', '4 Mbps');

  it('each card is read from the card, not from the bar that names it (the list was not read, or a card lost its fields)', () => {
    for (const bar of ['Selected 2: <span>lhins-c4rdv13w</span>, <span>lhins-m0r3c10s</span>', 'Selected: <span>lhins-c4rdv13w</span>']) {
      const got = read(`<div class="tea-action-state" role="status">${bar} <button>Renew</button></div><div class="lh-cards">${cards}</div>`, url)?.facts?.servers;
      expect(got, bar).toEqual([
        { id: 'lhins-c4rdv13w', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', publicBandwidthMbps: 6 },
        { id: 'lhins-m0r3c10s', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', publicBandwidthMbps: 4 },
      ]);
    }
  });
});

describe('a domain detail page on the domain console is no card list (aliyun/domain-cards.ts)', () => {
  it('sections with a status each (the domain\'s, a DNS server\'s) give no list of domains, on a detail route or not', () => {
   for (const url of ['https://dc.console.aliyun.com/next/index#/domain/list/all-domain', 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=wangfang-design.com']) {
    const f = (label: string, value: string) => `<div class="field"><span class="field-label">${label}</span><span class="field-value">${value}</span></div>`;
    const body =
      `<div class="page"><section class="basic"><h3>基本信息</h3><p>wangfang-design.com</p>${f('域名状态', '正常')}${f('到期时间', '2027-01-03')}</section>` +
      `<div class="wrap"><section class="dns"><h3>DNS 服务器：dns9.hichina.com</h3>${f('状态', '正常')}</section></div></div>`;
    const domains = readPage(htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url), new URL(url))?.facts?.domains ?? [];
    expect(domains.map((d) => d.domain), url).not.toContain('dns9.hichina.com');
   }
  });
});
