import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fortieth round of held-out pages (both providers; search, filter, sort and highlight — search
 * boxes and their history, highlighted matches, filter chips, column filter dropdowns, sorted headers, lookup boxes:
 * test/fixtures-unseen/README.md "Fortieth round"), each narrowed in a scratch copy of its page to the smallest markup
 * that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a filing lookup box beside the form is no part of the form (aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const steps =
    '<div class="next-step"><div class="next-step-item next-step-item-finish"><div class="next-step-item-title">主体信息</div></div>' +
    '<div class="next-step-item next-step-item-process"><div class="next-step-item-title">网站信息</div></div>' +
    '<div class="next-step-item next-step-item-wait"><div class="next-step-item-title">上传资料</div></div></div>';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const form =
    '<form class="next-form"><section class="site-panel"><div class="site-panel-head">网站信息（网站 1）</div>' +
    item('网站名称', '<span class="next-input"><input value="张三的博客"></span>') +
    item('网站域名', '<span class="next-tag"><span class="next-tag-body">zhangsan.cn</span></span>') +
    item('网站服务内容', '<span class="next-select"><span class="next-select-values"><em>博客/个人空间</em></span></span>') +
    '</section></form>';
  const lookup = (input: string, result: string) =>
    `<aside class="beian-side"><h4>备案查询</h4><div class="lookup-form"><span class="next-input">${input}</span> <button class="next-btn">查询</button></div>${result}</aside>`;
  const rows = (pairs: Array<[string, string]>) => `<table><tbody>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
  const other: Array<[string, string]> = [
    ['主办单位名称', '李四'],
    ['主办单位性质', '个人'],
    ['网站备案号', '浙ICP备2025040001号-1'],
    ['网站名称', '李四的相册'],
    ['网站域名', 'lisi-photos.cn'],
  ];
  const own = [{ name: '张三的博客', domains: ['zhangsan.cn'], content: '博客/个人空间' }];

  it('a 备案查询 box (a search box and its answer: another filing\'s 网站名称, 网站域名, 备案号) after the website panel leaves the website as shown (the page gave null: missing)', () => {
    const got = read(`<div class="layout">${steps}${form}${lookup('<input type="search" value="lisi-photos.cn">', rows(other))}</div>`, url);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.websites).toEqual(own);
    expect(got?.facts.entity).toBeUndefined();
  });

  it('the answer as dt / dd pairs without a filing number, the box a role=search one (the page gave null: missing)', () => {
    const dl = '<dl class="lookup-result"><dt>网站名称</dt><dd>李四的相册</dd><dt>网站域名</dt><dd>lisi-photos.cn</dd><dt>主办单位名称</dt><dd>李四</dd></dl>';
    const got = read(`<div class="layout">${steps}${form}<aside role="search"><h4>备案查询</h4><input value="lisi-photos.cn"><button>查询</button>${dl}</aside></div>`, url);
    expect(got?.facts.websites).toEqual(own);
    expect(got?.facts.entity).toBeUndefined();
  });

  it('with two website panels, the filing number the box answers marks neither website filed (the second website was lost: missing)', () => {
    const second =
      '<section class="site-panel"><div class="site-panel-head">网站信息（网站 2）</div>' +
      item('网站名称', '<span class="next-input"><input value="张三的相册"></span>') +
      item('网站域名', '<span class="next-tag"><span class="next-tag-body">zhangsan-photos.cn</span></span>') +
      '</section>';
    const two = form.replace('</form>', `${second}</form>`);
    const got = read(`<div class="layout">${steps}${two}${lookup('<input type="search" value="lisi-photos.cn">', '<p class="lookup-answer">已备案：浙ICP备2025040001号-1</p>')}</div>`, url);
    expect(got?.facts.websites).toEqual([...own, { name: '张三的相册', domains: ['zhangsan-photos.cn'] }]);
  });

  it('a confirm view with a search box in the top bar is still read (a guard)', () => {
    const topbar = '<header class="topbar"><span class="next-input next-search"><input type="search" placeholder="搜索"></span></header>';
    const confirm =
      '<div class="confirm"><h3>网站信息（网站 1）</h3><dl><dt>网站名称</dt><dd>张三的博客</dd><dt>网站域名</dt><dd>zhangsan.cn</dd><dt>网站服务内容</dt><dd>博客/个人空间</dd></dl></div>';
    const got = read(`${topbar}<div class="layout">${steps}${confirm}</div>`, url);
    expect(got?.facts.websites).toEqual(own);
  });
});
