import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the twelfth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Twelfth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=mingxuan-studio.cn';
const item = (label: string, control: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label>${label}</label></div><div class="ant-form-item-control">${control}</div></div>`;
const holderFields = (expiry: string, owner = '<span>赵明轩</span><span class="ant-tag ant-tag-success">已实名认证</span>') =>
  item('域名', '<span>mingxuan-studio.cn</span>') + item('域名持有者', owner) + item('证件类型', '<span>身份证</span>') + item('证件号码', '<span>4101**********1234</span>') + item('到期时间', expiry);

describe('a value in full-width digits is no "标签：值" line (dom/field.ts)', () => {
  it('"２０２７－０９－３０　２３：５９：５９" after its label is the expiry, as its ASCII form is', () => {
    expect(read(holderFields('<span>２０２７－０９－３０　２３：５９：５９</span>'), holderUrl)?.facts.domains?.[0]?.expiresAt).toBe('2027-09-30');
    expect(read(holderFields('<span>2027-09-30 23:59:59</span>'), holderUrl)?.facts.domains?.[0]?.expiresAt).toBe('2027-09-30');
  });

  it('a value that does start with words and a colon is still the next field, not this one\'s value', () => {
    // (what the check is for: a row "备注：…" after an empty value box)
    const doc = page(holderFields('<span></span>') + '<div><span>备注：２０２８－０１－０１</span></div>', holderUrl);
    expect(readPage(doc, new URL(holderUrl))?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });
});
