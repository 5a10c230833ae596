import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { detectPageState } from '../../src/readers/dom/page-state';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Faults found by the tenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Tenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);

describe('page state: a loading card beside cards of class-labelled fields (page-state.ts)', () => {
  const beian = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const item = (label: string, value: string) => `<div class="info-item"><div class="info-item-label">${label}</div><div class="info-item-value">${value}</div></div>`;
  const entityCard = `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">主办单位信息</div></div><div class="ant-card-body">
    ${item('主办单位性质', '企业')}${item('主办单位证件类型', '营业执照')}${item('主办单位名称', '宁波甬江数字科技有限公司')}</div></div>`;
  const skeletonCard = '<div class="ant-card ant-card-loading" aria-busy="true"><div class="ant-card-head"><div class="ant-card-head-title">历史备案信息</div></div><div class="ant-card-body"><div class="ant-skeleton ant-skeleton-active"><ul class="ant-skeleton-paragraph"><li></li><li></li></ul></div></div></div>';

  it('an aria-busy skeleton card next to a card whose labels are divs classed "…-label" leaves the page ready, and the entity is read', () => {
    const doc = page(`<div class="beian-form-page">${entityCard}${skeletonCard}</div>`, beian);
    expect(detectPageState(doc.body, createVisibilityCache())).toBe('ready');
    expect(readPage(doc, new URL(beian))?.facts.entity).toMatchObject({ type: 'organization', name: '宁波甬江数字科技有限公司', idType: '营业执照' });
  });

  it('the same card alone, or around the fields, is still the page loading; a class merely containing "label" is no label', () => {
    expect(detectPageState(page(`<div class="beian-form-page">${skeletonCard}</div>`, beian).body, createVisibilityCache())).toBe('loading');
    expect(detectPageState(page(`<div class="beian-form-page" aria-busy="true">${entityCard}</div>`, beian).body, createVisibilityCache())).toBe('loading');
    const notLabels = '<div class="ant-card"><div class="labelled-box">主办单位名称</div><div class="label-group">宁波甬江数字科技有限公司</div></div>';
    expect(detectPageState(page(`<div class="beian-form-page">${notLabels}${skeletonCard}</div>`, beian).body, createVisibilityCache())).toBe('loading');
  });
});

describe('saved pages: a <template> inside a table stays inert (src/cli/html-document.ts)', () => {
  const list = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const row = (domain: string, holder: string, date: string) =>
    `<tr class="ant-table-row"><td class="ant-table-cell"><a>${domain}</a></td><td class="ant-table-cell">正常</td><td class="ant-table-cell">已实名认证</td><td class="ant-table-cell">${holder}</td><td class="ant-table-cell">${date}</td></tr>`;
  const table = (body: string) =>
    `<div class="ant-table"><table><thead class="ant-table-thead"><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名持有者</th><th>到期时间</th></tr></thead><tbody class="ant-table-tbody">${body}</tbody></table></div>`;

  it('a row template in the <tbody> is no row of the list: its domain is not read, and it is kept in the template', () => {
    const doc = page(table(`<template>${row('tpl-decoy.com', '模板公司', '2021-01-01')}</template>${row('yunshan-tea.com', '杭州云山茶业有限公司', '2027-01-05')}`), list);
    expect(readPage(doc, new URL(list))?.facts.domains?.map((d) => d.domain)).toEqual(['yunshan-tea.com']);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(1);
    expect((doc.querySelector('tbody > template') as HTMLTemplateElement | null)?.content.textContent).toContain('tpl-decoy.com');
  });

  it('"<template>" in a comment or a script stays text; a row template in a declarative shadow root table is set aside too (its rows were lost)', () => {
    const doc = page(`<!-- <template> --><script>const t = "<template>";</script><div id="host"><template shadowrootmode="open">${table(`<template>${row('tpl-decoy.com', '模板公司', '2021-01-01')}</template>${row('yunshan.cn', '陈云山', '2026-12-20')}`)}</template></div>`, list);
    const shadow = doc.getElementById('host')?.shadowRoot;
    expect(shadow?.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(shadow?.querySelector('tbody tr')?.textContent).toContain('yunshan.cn');
    expect(doc.querySelector('script')?.textContent).toBe('const t = "<template>";');
  });
});
