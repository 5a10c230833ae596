import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-first round of held-out pages (plain Tencent Cloud pages as a filer who already holds a filing
 * opens them — the base rate: test/fixtures-unseen/README.md "Sixty-first round") and its variants, each narrowed in a
 * scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/index';
const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/index';

/** A tea region bar over the list: 全部地域 | 广州 | 上海 | 北京 tabs, `active` the one marked chosen. */
const regionBar = (active: string, mark: (on: boolean) => string = (on) => (on ? ' is-active' : '')) =>
  '<ul class="tea-tabs__tablist tea-tabs--region">' +
  ['全部地域', '广州', '上海', '北京'].map((r) => `<li class="tea-tabs__item"><a href="#" class="tea-tabs__tab${mark(r === active)}">${r}</a></li>`).join('') +
  '</ul>';
/** A single region dropdown showing one region (the picker the readers were written for). */
const regionSelect = (r: string) =>
  `<div class="tea-dropdown region-selector"><div class="tea-dropdown__header"><span class="tea-dropdown__value">${r}</span></div></div>`;

const table = (headers: string[], rows: string[][]) =>
  '<div class="tea-table"><table class="tea-table__box"><thead><tr>' +
  headers.map((h) => `<th><div class="tea-table__cell">${h}</div></th>`).join('') +
  '</tr></thead><tbody>' +
  rows.map((r) => '<tr>' + r.map((c) => `<td><div class="tea-table__cell">${c}</div></td>`).join('') + '</tr>').join('') +
  '</tbody></table></div>';

const lhTable = table(
  ['ID/名称', '状态', '实例套餐', '计费模式'],
  [
    ['<a href="#">lhins-usub5wwe</a><p>青禾官网</p>', '运行中', '<p>存储型 2核 4GB</p><p>峰值带宽：4Mbps</p>', '<p>包年包月</p><p>2027-09-13 10:11:12 到期</p>'],
    ['<a href="#">lhins-ssv2uxlq</a><p>qinghe-blog</p>', '运行中', '<p>通用型 8核 32GB</p><p>峰值带宽：12Mbps</p>', '<p>包年包月</p><p>2027-03-19 08:00:00 到期</p>'],
  ],
);
const cvmTable = table(
  ['ID/名称', '状态', '实例计费模式'],
  [['<a href="#">ins-5k8r2w7d</a><p>qinghe-web</p>', '运行中', '<p>包年包月</p><p>2027-06-02 10:15:33到期</p>']],
);
const regionsOf = (body: string, url: string) => read(body, url)?.facts.servers?.map((s) => s.region);

describe('a region bar of tabs (全部地域 | 广州 | 上海 …) over a list without a region column names no region but the chosen one (tencent/common pickerRegion)', () => {
  it('全部地域 chosen: the Lighthouse rows get no region (invented before: every row ap-guangzhou, the bar\'s first region tab)', () => {
    expect(regionsOf(regionBar('全部地域') + lhTable, lhUrl)).toEqual([undefined, undefined]);
  });

  it('上海 chosen (is-active) after an unchosen 广州: the rows are ap-shanghai (invented before: ap-guangzhou)', () => {
    expect(regionsOf(regionBar('上海') + lhTable, lhUrl)).toEqual(['ap-shanghai', 'ap-shanghai']);
  });

  it('the CVM list likewise: 全部地域 chosen gives no region, 北京 chosen by aria-selected gives ap-beijing', () => {
    expect(regionsOf(regionBar('全部地域') + cvmTable, cvmUrl)).toEqual([undefined]);
    const aria = (on: boolean) => `" role="tab" aria-selected="${on ? 'true' : 'false'}`;
    expect(regionsOf(regionBar('北京', aria) + cvmTable, cvmUrl)).toEqual(['ap-beijing']);
  });

  it('guard: a region dropdown showing one region still names the rows\' region (both ways)', () => {
    expect(regionsOf(regionSelect('上海') + lhTable, lhUrl)).toEqual(['ap-shanghai', 'ap-shanghai']);
    expect(regionsOf(regionSelect('华北地区（北京）') + cvmTable, cvmUrl)).toEqual(['ap-beijing']);
  });
});
