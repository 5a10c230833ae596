import { describe, expect, it } from 'vitest';
import { domainsFromText } from '../../src/readers/shared/text-values';
import { read, teaItem } from '../helpers/console-pages';

/**
 * What a value's neighbours are when their boxes carry a console's own class names, no component library's
 * (a hint in `form-desc`, a tag in `verify-flag`, a plain `<a>` link): found by their words, not their classes.
 * Found by renaming every class of the held-out pages to a hash (CSS-in-JS; session 36).
 */

describe('a name given as an example in a sentence is no value (shared/text-values.ts domainsFromText)', () => {
  it('the text after 如 / 例如 / e.g. / such as, and the names listed with it, are examples', () => {
    expect(domainsFromText('每行填写一个域名，不带 www，如 example.com')).toEqual([]);
    expect(domainsFromText('请输入域名，例如：shop.cn')).toEqual([]);
    expect(domainsFromText('例如 a.cn、b.cn')).toEqual([]);
    expect(domainsFromText('比如 https://a.cn 和 b.cn')).toEqual([]);
    expect(domainsFromText('Enter one domain per line, e.g. example.com')).toEqual([]);
    expect(domainsFromText('Domain names such as shop.example.cn')).toEqual([]);
  });

  it('names outside the example stay: before the opener, after the sentence ends, and 如 meaning "if"', () => {
    expect(domainsFromText('qingshan.cn、qingshan.com')).toEqual(['qingshan.cn', 'qingshan.com']);
    expect(domainsFromText('例如 a.cn。本站 b.cn')).toEqual(['b.cn']);
    expect(domainsFromText('如需修改域名 qingshan.cn 请联系客服')).toEqual(['qingshan.cn']);
    expect(domainsFromText('qingshan.cn（for example: x.cn）')).toEqual(['qingshan.cn']);
  });

  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const item = (label: string, control: string) =>
    `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;
  it('Alibaba filing form: a hint in a box of the console\'s own class under the domains gives no domain (had given example.com)', () => {
    const form = (hint: string) =>
      `<form class="next-form">${item('网站名称', '<span class="next-input"><input value="清溪茶舍官网"></span>')}${item('网站域名', `<textarea>qingxi-tea.cn\nqingxitea.com</textarea>${hint}`)}</form>`;
    for (const hint of ['<div class="form-desc">每行填写一个域名，不带 www，如 example.com</div>', '<p class="c9f2a1b">Enter one domain per line, e.g. example.com</p>']) {
      expect(read(form(hint), aliyunUrl)?.facts.websites?.[0]?.domains).toEqual(['qingxi-tea.cn', 'qingxitea.com']);
    }
  });

  it('Tencent filing form: the same under the website\'s domain', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
    const form = `<h2>填写网站信息</h2><div class="tea-form">${teaItem('网站名称', '青山茶舍')}${teaItem('网站域名', 'qingshan-tea.cn<div class="site-note">请填写已完成实名认证的域名，如 example.com</div>')}</div>`;
    expect(read(form, url)?.facts.websites?.[0]?.domains).toEqual(['qingshan-tea.cn']);
  });
});
