import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found around the sixteenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md).
 * The round's seven pages read as written; these were found afterwards in scratch variants of them (what a
 * real console page may also show), each narrowed down to the smallest markup that showed it.
 */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

const item = (label: string, value: string) =>
  `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;

describe('a mini program / APP filed beside a website is no part of the website (tencent/beian-form.ts websiteBlocks)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/30191234567890999/website';
  const miniProgram =
    '<div class="tea-card"><h3 class="tea-card__title">小程序信息（小程序 1）</h3><ul class="tea-form">' +
    item('小程序名称', '云帆点单') +
    item('服务内容', '网上商城') +
    item('对应云服务', '轻量应用服务器 lhins-gz6t2w8k | 119.29.140.77 | 广州') +
    '</ul></div>';
  const website =
    '<div class="tea-card"><h3 class="tea-card__title">网站信息（网站 1）</h3><ul class="tea-form">' +
    item('网站名称', '云帆科技官网') +
    item('网站域名', 'yunfan-sz.com') +
    item('网站服务内容', '企业官网') +
    item('对应云服务', '云服务器 ins-7gk2m4pq | 43.139.22.118 | 广州') +
    '</ul></div>';

  it("takes the website's own server, not the server of a mini program card before it", () => {
    const facts = read('', `<div class="main">${miniProgram}${website}</div>`, url);
    expect(facts?.websites).toEqual([{ name: '云帆科技官网', domains: ['yunfan-sz.com'], content: '企业官网', serverId: 'ins-7gk2m4pq' }]);
    expect(facts?.servers).toEqual([{ id: 'ins-7gk2m4pq', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  it('an APP card after the website, with no server of the website itself: no server is the website\'s', () => {
    const app =
      '<div class="tea-card"><h3 class="tea-card__title">APP信息（APP 1）</h3><ul class="tea-form">' +
      item('APP名称', '云帆商城') +
      item('对应云服务', '云服务器 ins-2p4r6t8v | 119.91.60.7 | 广州') +
      '</ul></div>';
    const siteNoServer = website.replace(item('对应云服务', '云服务器 ins-7gk2m4pq | 43.139.22.118 | 广州'), '');
    const facts = read('', `<div class="main">${siteNoServer}${app}</div>`, url);
    expect(facts?.websites).toEqual([{ name: '云帆科技官网', domains: ['yunfan-sz.com'], content: '企业官网' }]);
    expect(facts?.servers).toBeUndefined();
  });

  it('(guard) a lone website still takes the server picked in a box beside its fields', () => {
    const picked =
      '<div class="tea-card"><h3 class="tea-card__title">网站信息（网站 1）</h3><ul class="tea-form">' +
      item('网站名称', '云帆科技官网') +
      item('网站域名', 'yunfan-sz.com') +
      '</ul></div><div class="tea-card"><h3 class="tea-card__title">对应云服务</h3><div class="tea-form-text">ins-7gk2m4pq | 43.139.22.118 | 广州</div></div>';
    const facts = read('', `<div class="main">${picked}</div>`, url);
    expect(facts?.websites?.[0]?.serverId).toBe('ins-7gk2m4pq');
  });
});
