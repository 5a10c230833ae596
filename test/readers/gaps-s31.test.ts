import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Reader gaps left by earlier rounds (/work/notes/gaps.md, session 31), each as a small console page that
 * failed before its fix.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a box classed as help text (…-extra, …-tips) that holds labelled rows is the page\'s fields (dom/units.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
  const css =
    `<style>.pv-row { display: grid; grid-template-columns: 160px 1fr; } .pv-label { color: #888; }` +
    ` .ant-popover { position: absolute; top: 40px; left: 300px; } .float-tips { position: absolute; top: 80px; left: 420px; }</style>`;
  const row = (label: string, value: string) => `<div class="pv-row"><span class="pv-label">${label}</span><span class="pv-value">${value}</span></div>`;
  const site = (n: number, name: string, domain: string, rest: string) =>
    `<section class="site"><h3>网站信息（网站 ${n}）</h3>${row('网站名称', name)}${row('网站域名', domain)}${rest}</section>`;

  it('the rows of a shown box classed `site-extra` give the website\'s content and pre-approval', () => {
    const html =
      css +
      site(1, '青山茶舍', 'qingshan-tea.cn', row('网站服务内容', '综合门户') + row('前置审批', '不涉及')) +
      site(2, '青山茶话', 'qingshan-talk.cn', `<div class="site-extra">${row('网站服务内容', '博客/个人空间')}${row('前置审批', '不涉及')}</div>`);
    expect(read(html, url)?.facts.websites).toEqual([
      { name: '青山茶舍', domains: ['qingshan-tea.cn'], content: '综合门户', preApproval: false },
      { name: '青山茶话', domains: ['qingshan-talk.cn'], content: '博客/个人空间', preApproval: false },
    ]);
  });

  it('a help box of prose under a field stays help: its words are no value', () => {
    const html = css + site(1, '青山茶舍', 'qingshan-tea.cn', `<div class="pv-row"><span class="pv-label">网站服务内容</span><span class="pv-value"></span></div><div class="form-item-extra">如：博客/个人空间</div>`);
    expect(read(html, url)?.facts.websites?.[0]).not.toHaveProperty('content');
  });

  it('the labelled rows of an open popover, a tooltip or a floating tip card are not the page\'s fields', () => {
    const example = row('网站服务内容', '博客/个人空间') + row('前置审批', '涉及（新闻）');
    const overlays = [
      `<div class="ant-popover"><div class="ant-popover-inner"><div class="ant-popover-inner-content">${example}</div></div></div>`,
      `<div class="next-balloon next-balloon-tooltip"><div class="next-balloon-content">${example}</div></div>`,
      `<div role="tooltip"><div class="tip-extra">${example}</div></div>`,
      `<div class="float-tips">${example}</div>`,
      // a help box deep in a popover's content: still the popover's (its kind reaches only five levels down)
      `<div class="ant-popover"><div class="ant-popover-inner"><div class="ant-popover-inner-content"><div class="demo"><div class="demo-body"><div class="demo-extra"><div class="demo-fields">${example}</div></div></div></div></div></div></div>`,
    ];
    for (const overlay of overlays) {
      const html = css + site(1, '青山茶舍', 'qingshan-tea.cn', `<a class="example">填写示例</a>${overlay}`);
      const w = read(html, url)?.facts.websites?.[0];
      expect(w, overlay).not.toHaveProperty('content');
      expect(w, overlay).not.toHaveProperty('preApproval');
    }
  });
});
