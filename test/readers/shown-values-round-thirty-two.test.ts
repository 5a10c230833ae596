import { describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-second round of held-out pages (both providers; filing flows at scale:
 * test/fixtures-unseen/README.md "Thirty-second round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const item = (label: string, control: string) =>
  `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${control}</div></div>`;

describe('Alibaba filing form (aliyun/beian-form.ts)', () => {
  const websiteUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite';

  it('a section title with a long counter in brackets (网站信息（已备案 9 个，本次新增 1 个）) is still the website section: its fields are the website\'s (they were lost under the entity section before it)', () => {
    const body =
      `<h4>主体信息（已备案）</h4>${item('主办单位名称', '杭州某某文化有限公司')}${item('主办单位性质', '企业')}` +
      `<h4>网站信息 <span>（已备案 9 个，本次新增 1 个）</span></h4>` +
      `${item('网站名称', '<input value="某某数字馆">')}${item('网站域名', '<textarea>mou-a.com\nmou-b.cn</textarea>')}`;
    const got = read(body, websiteUrl);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.websites).toEqual([{ name: '某某数字馆', domains: ['mou-a.com', 'mou-b.cn'] }]);
    expect(got?.facts.entity?.name).toBe('杭州某某文化有限公司');
  });

  it('a domain input struck through by the page\'s style (a removed row kept in the list) is no domain of the website (it was read)', () => {
    const style = '.row.is-removed input { text-decoration: line-through; }';
    const body =
      item('备案省份', '广东省') +
      item('网站域名', '<div class="row"><input aria-label="网站域名" value="kept-a.com"></div><div class="row is-removed"><input aria-label="网站域名" disabled value="gone-b.net"><span>已移除</span></div><div class="row"><input aria-label="网站域名" value="kept-c.cn"></div>') +
      item('实例ID', 'i-wz9abcdefghijk0123') + item('备案服务号', '3502035566');
    const got = read(body, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base', style);
    expect(got?.facts.websites?.[0]?.domains).toEqual(['kept-a.com', 'kept-c.cn']);
  });

  it('a table of websites that each show their own filing number (豫ICP备…号-1) lists filed websites: no domain of the form (they were read as a website)', () => {
    const body =
      `<h4>主体信息 <span class="next-tag">1 项已修改</span></h4>${item('主办单位名称', '<input value="郑州某某科技集团有限公司">')}${item('主办单位性质', '企业')}` +
      '<h4>该主体下的网站（共 3 个，本次不变更）</h4><table><thead><tr><th>网站名称</th><th>网站域名</th><th>网站备案号</th><th>状态</th></tr></thead><tbody>' +
      '<tr><td>某某官网</td><td>mou-agri.com　mou-agri.cn</td><td>豫ICP备2020011223号-1</td><td>正常</td></tr>' +
      '<tr><td>某某种业</td><td>mou-seed.com</td><td>豫ICP备2020011223号-2</td><td>正常</td></tr></tbody></table>';
    const got = read(body, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity&changeType=changeEntity');
    expect(got?.reader).toBe('aliyun-beian-entity');
    expect(got?.facts.entity?.name).toBe('郑州某某科技集团有限公司');
    expect(got?.facts).not.toHaveProperty('websites');
  });

  it('with the page\'s style sheet on another origin (its rules unreadable), a struck domain input is known by its computed style (it was read in Chromium)', () => {
    const body =
      item('备案省份', '广东省') +
      item('网站域名', '<div class="row"><input aria-label="网站域名" value="kept-a.com"></div><div class="row is-removed"><input aria-label="网站域名" disabled value="gone-b.net"></div>') +
      item('实例ID', 'i-wz9abcdefghijk0123') + item('备案服务号', '3502035566');
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
    const doc = page(body, url, '.row.is-removed input { text-decoration: line-through; }');
    Object.defineProperty((doc.querySelector('style') as HTMLStyleElement).sheet!, 'cssRules', { get: () => { throw new Error('SecurityError: another origin'); } });
    const view = doc.defaultView!;
    const real = view.getComputedStyle.bind(view);
    // (happy-dom computes no style over a sheet it cannot read: the removed input's computed line, as Chromium gives it)
    vi.spyOn(view, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) =>
      !pseudo && el.matches('.is-removed input') ? ({ textDecorationLine: 'line-through', textDecoration: 'line-through' } as unknown as CSSStyleDeclaration) : real(el, pseudo),
    );
    expect(readPage(doc, new URL(url))?.facts.websites?.[0]?.domains).toEqual(['kept-a.com']);
  });

  it('two websites\' labelled fields under one website section (a filed website\'s panel opened above the one added) give no website mixed of both (one name with both sites\' domains was invented)', () => {
    const body =
      `<h4>网站信息</h4><div class="panel"><div class="panel-title">网站 1　浙ICP备2021034567号-1 已备案</div>${item('网站名称', '青禾文化官网')}${item('网站域名', 'filed-a.com')}</div>` +
      `<div class="panel"><div class="panel-title">网站 10 本次新增</div>${item('网站名称', '<input value="青禾数字馆">')}${item('网站域名', '<textarea>new-b.com\nnew-c.cn</textarea>')}</div>`;
    const websites = read(body, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website&changeType=addWebsite')?.facts.websites ?? [];
    expect(websites.filter((w) => w.name === '青禾文化官网' && w.domains.includes('new-b.com'))).toEqual([]);
    expect(websites.filter((w) => w.name === '青禾数字馆' && w.domains.includes('filed-a.com'))).toEqual([]);
  });
});

