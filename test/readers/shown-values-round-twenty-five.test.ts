import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { valueText } from '../../src/readers/dom/units';

/**
 * Faults found by the twenty-fifth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Twenty-fifth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, head = '') => htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, head = '') => readPage(page(body, url, head), new URL(url))?.facts;
const valueOf = (html: string) => valueText(page(`<div id="v">${html}</div>`, 'https://example.com/').getElementById('v'));

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=songhe-studio.cn';
const row = (label: string, value: string) => `<div class="info-row"><span class="info-label">${label}：</span><span class="info-value">${value}</span></div>`;
const holder = (name: string) =>
  `<h1>songhe-studio.cn</h1><div class="section"><h3>持有者信息</h3>${row('域名', 'songhe-studio.cn')}${row('域名持有者', name)}${row('证件类型', '身份证')}${row('证件号码', '3301**********2517')}</div>`;

describe('a footnote mark after a value points at a note: no part of the value (dom/note-marker.ts, in units.ts kindOf)', () => {
  it('a superscript linking to a note on the page (宋禾<sup><a href="#fn2">²</a></sup>) is not read into the name (was "宋禾 2")', () => {
    expect(read(holder('宋禾<sup class="fn"><a href="#fn2">²</a></sup>'), holderUrl)?.domains?.[0]?.registrantName).toBe('宋禾');
  });

  it('a superscript of note marks only (※, *, †, [1]) is no part of the value either', () => {
    for (const mark of ['※', '*', '†', '[1]', '¹']) expect(valueOf(`宋禾<sup>${mark}</sup>`), mark).toBe('宋禾');
  });

  it('a plain superscript number with no link (an exponent: 10<sup>6</sup>) and a superscript linking elsewhere stay', () => {
    expect(valueOf('10<sup>6</sup>')).not.toBe('10');
    expect(valueOf('宋禾<sup><a href="https://example.com/help">1</a></sup>')).not.toBe('宋禾');
  });

  it('a status tag with a footnote mark after it (已使用<sup>※</sup>) is still that status: the service number counts as used', () => {
    const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
    const cell = (t: string) => `<div role="gridcell">${t}</div>`;
    const line = (no: string, status: string) =>
      `<div role="row">${cell(no)}${cell('云服务器ECS')}${cell('<a>i-bp1rv2tab00000k3y9</a>')}${cell('华东1（杭州）')}${cell(status)}</div>`;
    const tag = (t: string) => `<span class="next-tag"><span class="next-tag-body">${t}</span></span>`;
    const grid =
      '<h1>备案服务号管理</h1><div role="grid"><div role="row"><div role="columnheader">备案服务号</div><div role="columnheader">产品类型</div><div role="columnheader">实例ID/名称</div><div role="columnheader">地域</div><div role="columnheader">使用状态</div></div>' +
      line('3501180021', tag('已使用')) + line('3501180022', tag('已使用') + '<sup class="fn">※</sup>') + line('3501180023', tag('未使用')) + '</div>';
    expect(read(grid, url)?.servers?.[0]?.serviceNumbersUsed).toBe(2);
  });
});

describe('a link asking a question (什么是域名持有者？) opens help about the field: no part of its value (units.ts refine)', () => {
  it('the holder\'s name beside an open glossary link is the name alone (was "宋禾 什么是域名持有者?")', () => {
    expect(read(holder('宋禾 <a class="link" aria-expanded="true">什么是域名持有者？</a>'), holderUrl)?.domains?.[0]?.registrantName).toBe('宋禾');
    expect(valueOf('10Mbps <a href="#">What is peak bandwidth?</a>')).toBe('10Mbps');
  });

  it('a link that is the value itself (a domain, an ID) stays', () => {
    expect(valueOf('<a href="/detail">i-bp1rv2tab00000k3y9</a>')).toBe('i-bp1rv2tab00000k3y9');
  });
});

describe('a footnote mark written as superscript digits after a word (宋禾², 2027-03-01¹) is no digit of the text (dom/normalize-label.ts normalizeText)', () => {
  it('the holder\'s name is the name alone (was "宋禾2", a name the page does not show) and the expiry its date', () => {
    const facts = read(holder('宋禾²') + `<div class="section">${row('到期日期', '2027-03-01¹')}</div>`, holderUrl);
    expect(facts?.domains?.[0]?.registrantName).toBe('宋禾');
    expect(facts?.domains?.[0]?.expiresAt).toBe('2027-03-01');
  });

  it('superscript digits inside a word stay what NFKC makes them (m²/月)', () => {
    expect(valueOf('50 m²/月')).toBe('50 m2/月');
  });
});

describe('a plain superscript number after a CJK word (宋禾<sup>2</sup>) is a note mark: nothing there has an exponent (dom/note-marker.ts)', () => {
  it('the holder\'s name is the name alone (was "宋禾 2"); after a figure or a Latin letter it stays', () => {
    expect(read(holder('宋禾<sup>2</sup>'), holderUrl)?.domains?.[0]?.registrantName).toBe('宋禾');
    expect(valueOf('50 m<sup>2</sup>')).not.toBe('50 m');
  });
});
