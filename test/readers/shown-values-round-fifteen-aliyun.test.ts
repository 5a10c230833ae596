import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the fifteenth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Fifteenth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('a SWAS overview in Traditional Chinese (rules/labels/aliyun/swas.json)', () => {
  const url = 'https://swas.console.alibabacloud.com/#/server/8e1a3c5b7d9f42a6c8e0b2d4f6a8c0e3/cn-hongkong/dashboard';

  it('峰值頻寬 and 到期時間 give the bandwidth and the expiry, as 峰值带宽 and 到期时间 do', () => {
    const html =
      `<h3>伺服器資訊</h3><dl>` +
      `<div><dt>執行個體ID</dt><dd>8e1a3c5b7d9f42a6c8e0b2d4f6a8c0e3</dd></div>` +
      `<div><dt>地域</dt><dd>中國香港</dd></div>` +
      `<div><dt>峰值頻寬</dt><dd>30 Mbps <a href="#">升級套餐</a></dd></div>` +
      `<div><dt>付費方式</dt><dd>包年包月</dd></div>` +
      `<div><dt>到期時間</dt><dd>2027.03.20 23:59:59 <a href="#">續費</a></dd></div></dl>`;
    const server = read(html, url)?.facts.servers?.[0];
    expect(server?.expiresAt).toBe('2027-03-20');
    expect(server?.publicBandwidthMbps).toBe(30);
  });
});

describe('rules nested in rules (CSS nesting) hide what they say in a browser (dom/visibility.ts nestedSelector)', () => {
  it('a nested rule hiding a closed panel body is one of the hiding rules (its selector made whole with its parent)', () => {
    const doc = page(`<style></style><div class="panel"><div class="body"><span id="v">China (Shenzhen)</span></div></div>`, 'https://beian.console.alibabacloud.com/#/base');
    // a browser's CSSOM: the nested rule under its parent, its selector as written
    const sheet = { cssRules: [{ selectorText: '.panel', style: { cssText: 'border: 1px dashed #ccc;' }, cssRules: [{ selectorText: '&:not(.is-open) > .body', style: { cssText: 'display: none;' } }] }] };
    Object.defineProperty(doc.querySelector('style')!, 'sheet', { value: sheet });
    const view = doc.defaultView!;
    const computed = view.getComputedStyle.bind(view);
    (view as unknown as { getComputedStyle: (e: Element) => unknown }).getComputedStyle = (e: Element) => (e.classList.contains('body') ? { display: 'none' } : computed(e));
    expect(isVisible(doc.getElementById('v'), createVisibilityCache())).toBe(false);
  });
});

describe('an element with the hidden attribute that a rule for hidden elements shows again (dom/visibility.ts shownDespiteHidden)', () => {
  const shown = (attrs: string) => {
    const doc = page(`<style>[hidden] { display: none; } [hidden].force { display: block; }</style><div ${attrs}><span id="v">博客/个人空间</span></div>`, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website');
    return isVisible(doc.getElementById('v'), createVisibilityCache());
  };
  it('[hidden].force { display: block } shows it; a hidden element the rule does not match stays hidden', () => {
    expect(shown('hidden class="force"')).toBe(true);
    expect(shown('hidden class="other"')).toBe(false);
    expect(shown('hidden')).toBe(false);
  });
  it('with the style sheets unreadable (on another origin) no rule for hidden elements is known: hidden, whatever the computed display', () => {
    const doc = page(`<style></style><table class="stacked"><tbody><tr hidden><td><span id="v">chenmo-old.net</span></td></tr></tbody></table>`, 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain');
    Object.defineProperty(doc.querySelector('style')!, 'sheet', { value: { get cssRules() { throw new Error('SecurityError'); } } });
    const view = doc.defaultView!;
    const computed = view.getComputedStyle.bind(view);
    (view as unknown as { getComputedStyle: (e: Element) => unknown }).getComputedStyle = (e: Element) => (e.tagName === 'TR' ? { display: 'block' } : computed(e));
    expect(isVisible(doc.getElementById('v'), createVisibilityCache())).toBe(false);
  });
});

describe('a row of a label cell and a value cell is no column of labels (dom/field.ts labelAndValueCells)', () => {
  it('the website name is the cell beside its label, not a cell of the next, differently classed row', () => {
    const row = (cls: string, label: string, value: string) =>
      `<div class="${cls}"><div class="pv-cell"><span class="pv-label req">${label}</span></div><div class="pv-cell"><span class="pv-value">${value}</span></div></div>`;
    const html =
      `<style>.pv-row { display: grid; grid-template-columns: 160px 1fr; } .pv-row > .pv-cell { display: contents; }</style>` +
      `<section><h3>网站信息（网站 1）</h3>` +
      row('pv-row', '网站名称', '青山茶话') +
      row('pv-row legacy keep', '网站域名', 'qingshan-talk.cn') +
      row('pv-row', '网站服务内容', '博客/个人空间') +
      row('pv-row', '前置审批', '不涉及') +
      `</section>`;
    const got = read(html, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website');
    expect(got?.facts.websites).toEqual([{ name: '青山茶话', domains: ['qingshan-talk.cn'], content: '博客/个人空间', preApproval: false }]);
  });
});

describe('cascade layers and nested rules in a saved page read with happy-dom (cli/flat-css.ts flattenStyles)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/serviceCode';
  const css =
    `@layer base, table, app;` +
    `@layer base { .is-removed { display: none !important; } }` +
    `@layer table { .sn { & tbody tr { display: table-row; } & tbody tr.is-syncing { display: none; } } }` +
    `@layer app { .sn tbody tr.is-syncing.is-synced { display: table-row; } .sn tbody tr.is-removed { display: table-row; } .name { display: block; } }`;
  const row = (cls: string, id: string, region: string, used: number) =>
    `<tr class="${cls}"><td>${id}<span class="name">hl-${used}</span></td><td>ECS</td><td>${region}</td><td>Running</td><td>${used} / 5</td></tr>`;
  const html =
    `<style>${css}</style><h2>Service Identification Numbers</h2><table class="sn"><thead><tr><th>Instance ID/Name</th><th>Product Type</th><th>Region</th><th>Status</th><th>Used / Total</th></tr></thead><tbody>` +
    row('is-removed', 'i-2zeharborlane00009', 'China (Beijing)', 4) +
    row('', 'i-uf6harborlane00001', 'China (Shanghai)', 2) +
    row('is-syncing is-synced', 'i-wz9harborlane00002', 'China (Shenzhen)', 0) +
    row('is-syncing', 'i-m5eharborlane00005', 'China (Qingdao)', 5) +
    `</tbody></table>`;

  it('an !important in an earlier layer outweighs a later layer; a later layer outweighs an earlier one; a nested rule applies', () => {
    const doc = page(html, url);
    const display = (sel: string) => String(doc.defaultView!.getComputedStyle(doc.querySelector(sel)!).display);
    expect(display('tr.is-removed')).toBe('none');
    expect(display('tr.is-synced')).toBe('table-row');
    expect(display('tr.is-syncing:not(.is-synced)')).toBe('none');
    expect(display('.name')).toBe('block');
  });

  it('the service-number list shows the two rows the layers leave shown, ids apart from the names under them', () => {
    expect(read(html, url)?.facts.servers?.map((s) => [s.id, s.serviceNumbersUsed])).toEqual([
      ['i-uf6harborlane00001', 2],
      ['i-wz9harborlane00002', 0],
    ]);
  });
});

describe('a shown "查看完整号码" link beside a masked ID number is an action (rules/labels/aliyun.json)', () => {
  it('the ID number is the masked number alone, drawn in three spans', () => {
    const html =
      `<div class="card"><div class="head">主办单位信息</div>` +
      `<div class="info-row"><div class="info-label">主办单位性质</div><div class="info-value">企业</div></div>` +
      `<div class="info-row"><div class="info-label">主办单位证件号码</div><div class="info-value"><span class="id-parts"><span>9133</span><span>**********</span><span>06X8</span></span> <a href="#">查看完整号码</a></div></div>` +
      `<div class="info-row"><div class="info-label">主办单位名称</div><div class="info-value">绍兴越禾农业科技有限公司</div></div></div>`;
    expect(read(html, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity')?.facts.entity?.idNumber).toBe('9133**********06X8');
  });
});
