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
