import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { domainsFromText } from '../../src/readers/shared/text-values';

/**
 * Faults found by the twentieth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Twentieth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url))?.facts;

describe('struck-through text (<del>, <s>, <strike>) is a value taken away, no value (dom/units.ts kindOf)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=changeWebsite';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  const form = (domains: string) =>
    `<form class="next-form">${item('网站名称', '<span class="next-input"><input value="清溪茶舍官网"></span>')}${item('网站域名', domains)}</form>`;

  it('a change form\'s "原信息：qingxi-tea.cn、<del>qingxi-cha.net</del>" under the domains gives no removed domain', () => {
    for (const tag of ['del', 's', 'strike']) {
      const domains = `<span class="next-tag"><span class="next-tag-body">qingxi-tea.cn</span></span> <span class="next-tag"><span class="next-tag-body">qingxitea.com</span></span><div class="change-origin">原信息：qingxi-tea.cn、<${tag}>qingxi-cha.net</${tag}>（本次删除）</div>`;
      expect(read(form(domains), url)?.websites?.[0]?.domains).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
    }
  });

  it('a comparison table row "网站域名 | old<br><del>removed</del> | new" gives no removed domain', () => {
    const table = `<table><thead><tr><th>变更项</th><th>原信息</th><th>变更后信息</th></tr></thead><tbody><tr><td>网站域名</td><td>qingxi-tea.cn<br><del>qingxi-cha.net</del></td><td>qingxi-tea.cn<br>qingxitea.com</td></tr></tbody></table>`;
    const body = form('<span class="next-tag"><span class="next-tag-body">qingxi-tea.cn</span></span> <span class="next-tag"><span class="next-tag-body">qingxitea.com</span></span>') + table;
    expect(read(body, url)?.websites?.[0]?.domains).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
  });

  it('a value shown only struck through is no value (missing, not the removed one)', () => {
    expect(read(form('<del>qingxi-cha.net</del>'), url)?.websites?.[0]?.domains ?? []).toEqual([]);
  });
});

describe('a progressbar with a value (aria-valuenow) measures a task, not the page loading (dom/page-state.ts measuresTask)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261204000918/website';
  const li = (label: string, value: string) =>
    `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const entity = `<div class="tea-card"><h3 class="tea-card__title">主体信息</h3><ul class="tea-form">${li('备案区域', '浙江省 杭州市 西湖区')}${li('主办单位性质', '个人')}${li('主办单位名称', '宋青禾')}</ul></div>`;
  const upload = (bar: string) =>
    `<div class="tea-card"><h3 class="tea-card__title">网站信息</h3><div class="tea-form__item"><div class="tea-form__label">负责人证件照片</div><div class="tea-form__controls"><ul class="tea-upload__list"><li class="tea-upload__item"><div class="tea-upload__name">手持身份证.jpg</div><div class="tea-progress">${bar}<span>上传中 45%</span></div></li></ul></div></div></div>`;

  it('an upload\'s progress bar (aria-valuenow="45") leaves the filing form readable', () => {
    const facts = read(entity + upload('<div class="tea-progress__bar" role="progressbar" aria-valuenow="45"></div>'), url);
    expect(facts?.entity?.name).toBe('宋青禾');
  });

  it('a progressbar without a value (indeterminate) in the same place is still the page loading', () => {
    expect(read(entity + upload('<div class="tea-progress__bar" role="progressbar"></div>'), url)).toBeUndefined();
  });
});

describe('punycode labels are read in Unicode: one name, as the consoles show it (shared/text-values.ts inUnicode)', () => {
  it('"xn--2lzs91d.com（青禾.com）" is one domain, 青禾.com', () => {
    expect(domainsFromText('xn--2lzs91d.com（青禾.com）')).toEqual(['青禾.com']);
    expect(domainsFromText('xn--2lzs91d.xn--fiqs8s')).toEqual(['青禾.中国']);
  });

  it('a label that does not decode stays as written; ASCII names are unchanged', () => {
    expect(domainsFromText('xn--a.cn example.com')).toEqual(['xn--a.cn', 'example.com']);
  });

  it('a Tencent domain list row "xn--2lzs91d.com（青禾.com）" and an Alibaba holder page named in the URL by its punycode give the Unicode name', () => {
    const list = `<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead><tbody><tr><td><a>xn--2lzs91d.com（青禾.com）</a></td><td>正常</td><td>2027-02-14 23:59:59</td></tr><tr><td><a>songtao-tea.cn</a></td><td>正常</td><td>2026-12-01 23:59:59</td></tr></tbody></table>`;
    expect(read(list, 'https://console.cloud.tencent.com/domain/all-domain/all')?.domains?.map((d) => d.domain)).toEqual(['青禾.com', 'songtao-tea.cn']);
    const holder = `<h2>青禾.中国</h2><div class="weak">xn--2lzs91d.xn--fiqs8s</div><div class="next-form-item"><div class="next-form-item-label"><label>域名持有者</label></div><div class="next-form-item-control">宋青禾</div></div>`;
    expect(read(holder, 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=xn--2lzs91d.xn--fiqs8s')?.domains?.[0]?.domain).toBe('青禾.中国');
  });
});
