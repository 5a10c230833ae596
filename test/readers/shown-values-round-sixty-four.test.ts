import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the sixty-fourth round of held-out pages (plain Alibaba Cloud pages in a first-time filer's order — the
 * base rate: test/fixtures-unseen/README.md "Sixty-fourth round") and its variants, each narrowed in a scratch copy of its
 * page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

const URL_EN = 'https://beian.console.alibabacloud.com/#/entity';
const item = (label: string, control: string) =>
  `<div class="next-form-item next-left next-medium"><div class="next-form-item-label"><label required="">${label}</label></div>` +
  `<div class="next-form-item-control">${control}</div></div>`;
const select = (v: string) =>
  `<span class="next-select next-select-trigger next-select-single next-medium next-disabled" role="combobox" aria-expanded="false">` +
  `<span class="next-input next-input-text next-select-inner"><span class="next-select-values"><em title="${v}">${v}</em></span></span></span>`;
const input = (v: string) => `<span class="next-input next-input-single next-medium"><input type="text" value="${v}"/></span>`;
const entityStep = (regionLabel: string) =>
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">Organizer Information</div></div><div class="next-card-body"><form class="next-form next-medium next-left">' +
  item(regionLabel, select('Jiangsu / Suzhou / Suzhou Industrial Park')) +
  item('Organizer Type', select('Enterprise')) +
  item('Organizer Certificate Type', select('Business License (Unified Social Credit Code)')) +
  item('Organizer Certificate Number', input('9132**********7M4Q')) +
  item('Organizer Name', input('苏州青枫软件科技有限公司')) +
  '</form></div></div>';

describe('the international filing form\'s entity step (rules/labels/aliyun/beian.json beian-fields province)', () => {
  it('Region of Organizer, without "the": the filing province read (missing before: a variant of the round\'s entity step in English)', () => {
    const got = read(entityStep('Region of Organizer'), URL_EN, 'en');
    expect(got?.facts.entity?.province).toBe('Jiangsu');
    expect(got?.facts.entity?.name).toBe('苏州青枫软件科技有限公司');
  });

  it('guard: Region of the Organizer reads it as before', () => {
    const got = read(entityStep('Region of the Organizer'), URL_EN, 'en');
    expect(got?.facts.entity?.province).toBe('Jiangsu');
  });

  it('guard: a Region label of something else (Region of Server) gives no filing province', () => {
    const got = read(entityStep('Region of Server'), URL_EN, 'en');
    expect(got?.facts.entity?.province).toBeUndefined();
  });
});
