import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the thirteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Thirteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a box in the flow collapsed to height 0 with its overflow clipped is not shown (dom/visibility.ts)', () => {
  const shown = (style: string, css = '') => {
    const doc = page(`<style>${css}</style><div id="box" style="${style}"><span id="inner">2026-02-14</span></div>`, 'https://swas.console.aliyun.com/#/servers');
    return isVisible(doc.getElementById('inner'), createVisibilityCache());
  };

  it('height: 0; overflow: hidden (inline or by a rule) hides what is inside, as position: absolute did', () => {
    expect(shown('height: 0; overflow: hidden')).toBe(false);
    expect(shown('', '.x, #box { height: 0px; overflow: hidden; }')).toBe(false);
    expect(shown('width: 0; overflow: hidden')).toBe(false);
    expect(shown('position: absolute; height: 0; overflow: hidden')).toBe(false);
  });

  it('but not when the content can still show: padding, a min-height, a growing flex item, visible overflow, an inline box', () => {
    expect(shown('height: 0; overflow: hidden; padding-top: 12px')).toBe(true);
    expect(shown('height: 0; overflow: hidden; min-height: 40px')).toBe(true);
    expect(shown('height: 0; overflow: hidden; flex-grow: 1')).toBe(true);
    expect(shown('height: 0')).toBe(true);
    expect(shown('height: 0; overflow: visible')).toBe(true);
    expect(shown('display: inline; height: 0; overflow: hidden')).toBe(true);
  });

  it('a list whose inactive tab pane (height 0, overflow hidden) comes before the shown one gives the shown rows only', () => {
    const grid = (rows: string) =>
      `<div role="table"><div role="row"><div role="columnheader">服务器ID/名称</div><div role="columnheader">地域</div><div role="columnheader">套餐配置</div><div role="columnheader">到期时间</div></div>${rows}</div>`;
    const row = (id: string, region: string, bw: number, exp: string) =>
      `<div role="row"><div role="cell">${id}</div><div role="cell">${region}</div><div role="cell">2核2GB | 峰值带宽 ${bw}Mbps</div><div role="cell">${exp} 23:59:59</div></div>`;
    const html =
      `<style>.pane-off { height: 0; overflow: hidden; }</style>` +
      `<div role="tablist"><div role="tab" aria-selected="false">全部服务器（2）</div><div role="tab" aria-selected="true">运行中（1）</div></div>` +
      `<div role="tabpanel" class="pane-off">${grid(row('1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35', '华东1（杭州）', 3, '2026-02-14') + row('0b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5', '华北2（北京）', 3, '2026-10-01'))}</div>` +
      `<div role="tabpanel">${grid(row('1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35', '华东1（杭州）', 30, '2027-02-14'))}</div>`;
    const servers = read(html, 'https://swas.console.aliyun.com/#/servers')?.facts.servers;
    expect(servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps])).toEqual([['1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e35', '2027-02-14', 30]]);
  });
});

describe('labels and values as the children of one box, every label first (dom/field.ts valueLaterInSameBox)', () => {
  const websiteUrl = 'https://beian.console.alibabacloud.com/#/website';
  const site = (n: number, grid: string) => `<section><h3>Website #${n}</h3>${grid}</section>`;

  it('labels classed alike, then the values: the value is the box in the same place of the second run', () => {
    const grid = `<div class="site-grid"><span class="k">Website Name</span><span class="k">Domain Names</span><span class="k">Website Service Content</span><span class="k">Pre-approval</span>` +
      `<span>Harbor Notes</span><span><span class="domain">harbor-notes.cn</span><span class="domain">harbor-notes.com.cn</span></span><span>Blog/Personal Space</span><span>Not involved</span></div>`;
    expect(read(site(1, grid), websiteUrl)?.facts.websites).toEqual([
      { name: 'Harbor Notes', domains: ['harbor-notes.cn', 'harbor-notes.com.cn'], content: 'Blog/Personal Space', preApproval: false },
    ]);
  });

  it('class-less boxes all alike: paired by halves only in a grid filled column by column with as many rows', () => {
    const cells = '<span>网站名称</span><span>网站域名</span><span>网站服务内容</span><span>前置审批</span><span>茶语文化</span><span>chayu-culture.cn</span><span>综合门户</span><span>不涉及</span>';
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';
    const html = (css: string) => `<style>.kv { display: grid; grid-template-columns: 140px 1fr; ${css} }</style><section><h3>网站信息（网站 1）</h3><div class="kv">${cells}</div></section>`;
    expect(read(html('grid-template-rows: repeat(4, auto); grid-auto-flow: column;'), url)?.facts.websites).toEqual([
      { name: '茶语文化', domains: ['chayu-culture.cn'], content: '综合门户', preApproval: false },
    ]);
  });

  it('a label, value, label, value row is read as before', () => {
    const grid = `<div class="kv"><span class="k">Website Name</span><span>Harbor Notes</span><span class="k">Domain Names</span><span>harbor-notes.cn</span></div>`;
    expect(read(site(1, grid), websiteUrl)?.facts.websites?.[0]).toMatchObject({ name: 'Harbor Notes', domains: ['harbor-notes.cn'] });
  });
});

describe('a grid filled column by column with two label columns (dom/field.ts valueLaterInSameBox)', () => {
  it('label, value, label, value columns of three rows: each label takes the box in the next column, same row', () => {
    const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
    const col = (...t: string[]) => t.map((x) => `<span>${x}</span>`).join('');
    const html =
      `<style>.g { display: grid; grid-template-columns: 120px 1fr 120px 1fr; grid-template-rows: repeat(3, auto); grid-auto-flow: column; }</style>` +
      `<h2>主办单位信息</h2><div class="g">${col('主办单位名称', '主办单位性质', '证件类型')}${col('郑州青禾农业科技有限公司', '企业', '营业执照')}${col('证件号码', '主办单位所属区域', '通讯地址')}${col('9141**********5588', '河南省 / 郑州市 / 金水区', '河南省郑州市金水区农业路 1 号')}</div>`;
    expect(read(html, url)?.facts.entity).toMatchObject({ type: 'organization', name: '郑州青禾农业科技有限公司', idType: '营业执照', idNumber: '9141**********5588', province: '河南省' });
  });
});
