import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { clippedToNothing, createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the fifteenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('a box clipped to nothing by clip-path is hidden, wherever it sits (dom/visibility.ts clippedToNothing)', () => {
  it('hides inset(0 0 0 100%) and circle(0) boxes in the flow, from a rule or inline, and shows a partly clipped one', () => {
    const doc = page(
      '.was { clip-path: inset(0 0 0 100%); } .half { clip-path: inset(0 50% 0 0); }',
      '<span class="was" id="a">x</span><span style="clip-path: circle(0)" id="b">y</span><span class="half" id="c">z</span><span id="d">w</span>',
    );
    const cache = createVisibilityCache();
    expect(isVisible(doc.getElementById('a'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('b'), cache)).toBe(false);
    expect(isVisible(doc.getElementById('c'), cache)).toBe(true);
    expect(isVisible(doc.getElementById('d'), cache)).toBe(true);
  });

  it('judges declared and computed shapes', () => {
    expect(clippedToNothing('inset(0 0 0 100%)')).toBe(true);
    expect(clippedToNothing('inset(0px 0px 0px 100%)')).toBe(true);
    expect(clippedToNothing('inset(50%)')).toBe(true);
    expect(clippedToNothing('inset(100% 0 0)')).toBe(true);
    expect(clippedToNothing('inset(60% 0 40% 0 round 4px)')).toBe(true);
    expect(clippedToNothing('circle(0)')).toBe(true);
    expect(clippedToNothing('circle(0px at 50% 50%)')).toBe(true);
    expect(clippedToNothing('ellipse(0 20px)')).toBe(true);
    // (guard: a box with something left to draw)
    expect(clippedToNothing('none')).toBe(false);
    expect(clippedToNothing('inset(0 50% 0 0)')).toBe(false);
    expect(clippedToNothing('inset(10px)')).toBe(false);
    expect(clippedToNothing('circle(40%)')).toBe(false);
    expect(clippedToNothing('circle(50% at 0 0)')).toBe(false);
    expect(clippedToNothing('polygon(0 0, 100% 0, 100% 100%)')).toBe(false);
  });

  it('reads the shown status of a code, not an earlier one clipped away before it', () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const body =
      '<table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>' +
      '<tr><td>BA2P4R6T8V0X2Z4B</td><td>云服务器 ins-gz8r0t2v<br>广州 | 119.29.30.41</td><td>100033334444</td>' +
      '<td><span class="was">未使用</span><span>使用中</span></td></tr></tbody></table>';
    const codes = read('.was { clip-path: inset(0 0 0 100%); }', body, url)?.servers?.[0]?.authorizationCodes;
    expect(codes).toEqual([{ code: 'BA2P4R6T8V0X2Z4B', targetAccount: '100033334444', status: 'in-use' }]);
  });

  it('reads the shown expiry of a Lighthouse instance, not the old one clipped away by circle(0) before it', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-gz6c8e0g';
    const body =
      '<div class="tea-form__item"><div class="tea-form__label">名称/ID</div><div class="tea-form__controls">blog<br>lhins-gz6c8e0g</div></div>' +
      '<div class="tea-form__item"><div class="tea-form__label">地域</div><div class="tea-form__controls"><span class="was">上海 | 上海五区</span>广州 | 广州三区</div></div>' +
      '<div class="tea-form__item"><div class="tea-form__label">到期时间</div><div class="tea-form__controls"><span class="was">2026-12-20 14:02:11</span> <span>2027-03-20 14:02:11</span></div></div>';
    const server = read('.was { clip-path: circle(0); }', body, url)?.servers?.[0];
    expect([server?.region, server?.expiresAt]).toEqual(['ap-guangzhou', '2027-03-20']);
  });
});
