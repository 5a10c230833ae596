import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/** Second review of the round-eleven changes (s25): each case failed before its fix. */
const doc = (body: string, url: string, head = '') => htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, head = '') => readPage(doc(body, url, head), new URL(url))?.facts;

const cvm = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const thead = '<thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th><th>到期时间</th></tr></thead>';
const tbody = '<tbody><tr><td>ins-4q8w2e6r</td><td>上海五区</td><td>包年包月</td><td>2027-03-01</td></tr><tr><td>ins-7t3y5u1i</td><td>上海四区</td><td>按量计费</td><td>-</td></tr></tbody>';
const want = [['ins-4q8w2e6r', '2027-03-01'], ['ins-7t3y5u1i', undefined]];
const servers = (f: ReturnType<typeof read>) => f?.servers?.map((s) => [s.id, s.expiresAt]);

describe('a real list is not taken for a sample table', () => {
  it.each([
    ['a search chip naming the domain searched', '<div class="filter-tags"><span class="tag">关键字: sample.cn</span></div>'],
    ['a short note of an example', '<p>Example: ins-xxxx</p>'],
  ])('%s just before the list', (_, before) => {
    expect(servers(read(`<h2>实例</h2>${before}<div class="tea-table"><table>${thead}${tbody}</table></div>`, cvm))).toEqual(want);
  });
});

describe('a hidden header cell is a hidden column even with a title', () => {
  it('a hidden 到期时间 header with a title does not take the column from the shown one', () => {
    const head = '<thead><tr><th>ID/名称</th><th style="display:none" title="到期时间">到期时间</th><th>可用区</th><th>实例计费模式</th><th>到期时间</th></tr></thead>';
    const rows = '<tbody><tr><td>ins-4q8w2e6r</td><td style="display:none">2020-01-01</td><td>上海五区</td><td>包年包月</td><td>2027-03-01</td></tr><tr><td>ins-7t3y5u1i</td><td style="display:none">2020-01-01</td><td>上海四区</td><td>按量计费</td><td>-</td></tr></tbody>';
    expect(servers(read(`<h2>实例</h2><table>${head}${rows}</table>`, cvm))).toEqual(want);
  });
});

describe('a list scrolled by a transform', () => {
  it('a list whose content is moved up by a transform (scrolled) is still read', () => {
    expect(servers(read(`<h2>实例</h2><div class="scroll-wrapper"><div class="scroll-content" style="transform: translateX(0px) translateY(-1520px)"><table>${thead}${tbody}</table></div></div>`, cvm))).toEqual(want);
  });
});

describe('a one-row properties table whose header row opens with a row-spanning cell (dom/field.ts valueBelowHeader)', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1rowspanhead0001/detail?regionId=cn-hangzhou';
  it('each label reads the value in its own column, not the next column\'s (创建时间 as 到期时间)', () => {
    const body =
      '<h1>实例详情</h1><table><tbody><tr><th rowspan="2">基本信息</th><th>实例ID</th><th>付费类型</th><th>到期时间</th><th>创建时间</th></tr>' +
      '<tr><td>i-bp1rowspanhead0001</td><td>按量付费</td><td>-</td><td>2025-01-02</td></tr></tbody></table>';
    const s = read(body, url)?.servers?.[0];
    expect([s?.id, s?.billing, s?.expiresAt]).toEqual(['i-bp1rowspanhead0001', 'payg', undefined]);
  });
});

describe('a search match inside an id laid out by a flex box (dom/glue.ts shownAsBlock)', () => {
  // Chromium computes a flex item's display as block (blockification); written out here for happy-dom
  const style = '<style>.id-link { display: inline-flex; align-items: center } .id-link > mark { display: block }</style>';
  const ecsList = 'https://ecs.console.alibabacloud.com/#/server/region/ap-southeast-1';
  it('the pieces of an id side by side in a flex row are one id', () => {
    const body = `<h1>Instances</h1><table><thead><tr><th>Instance ID/Name</th><th>Billing Method</th></tr></thead><tbody><tr><td><a class="id-link">i-t4nvscroll<mark>0000</mark>0061</a></td><td>Pay-As-You-Go</td></tr></tbody></table>`;
    expect(read(body, ecsList, style)?.servers?.map((s) => s.id)).toEqual(['i-t4nvscroll00000061']);
  });

  it('items of a flex row set apart by a gap or a margin are texts of their own', () => {
    const cfg = (css: string) =>
      read(`<h1>Instances</h1><table><thead><tr><th>Instance ID/Name</th><th>Configuration</th><th>Billing Method</th></tr></thead><tbody><tr><td>i-t4nvscroll00000061</td><td><div class="cfg">2 vCPU 4 GiB · ecs.g7.large<span class="sub">10 Mbps</span></div></td><td>Pay-As-You-Go</td></tr></tbody></table>`, ecsList, `<style>.cfg { display: flex; ${css} } .cfg > .sub { display: block }</style>`)?.servers?.[0]?.publicBandwidthMbps;
    expect(cfg('column-gap: 8px')).toBe(10);
    expect(cfg('gap: 8px')).toBe(10);
    expect(cfg('} .cfg > .sub { margin-left: 12px')).toBe(10);
  });
});

describe('a big list is not walked to look for a sample caption (dom/table.ts isSample)', () => {
  it('reading a 3,000-row list runs no selector over the list\'s table or body', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td><a>i-bp1${String(i).padStart(5, '0')}abcdefghijkl</a></td><td>杭州 可用区I</td><td>包年包月</td></tr>`).join('');
    const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
    const d = doc(`<h1>实例</h1><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead><tbody>${rows}</tbody></table>`, url);
    const calls: string[] = [];
    for (const el of [d.querySelector('table')!, d.querySelector('tbody')!]) {
      for (const m of ['querySelector', 'querySelectorAll'] as const) {
        const real = el[m] as (s: string) => unknown;
        Object.defineProperty(el, m, { value: (s: string) => (calls.push(`${el.tagName} ${m} ${s}`), real.call(el, s)), configurable: true });
      }
    }
    expect(readPage(d, new URL(url))?.facts.servers).toHaveLength(2000);
    expect(calls).toEqual([]);
  });
});

describe('a span attribute out of range counts as 1 in a one-row properties table, as in the grid reader (dom/field.ts)', () => {
  const url = 'https://ecs.console.aliyun.com/server/i-bp1rowspanhead0001/detail?regionId=cn-hangzhou';
  it('colspan="-1" (a browser draws one column) does not move the labels after it one column left', () => {
    const body =
      '<h1>实例详情</h1><table><tbody><tr><th colspan="-1">实例ID</th><th>创建时间</th><th>到期时间</th></tr>' +
      '<tr><td>i-bp1rowspanhead0001</td><td>2025-01-02</td><td>-</td></tr></tbody></table>';
    expect(read(body, url)?.servers?.[0]?.expiresAt).toBeUndefined();
  });
});

describe('an ARIA grid is not walked for a caption (dom/table.ts isSample)', () => {
  it('reading a 3,000-row grid whose rows are its own children: the table reader steps through no row past the cap (the page stylesheet walk apart)', () => {
    const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
    const cell = (t: string) => `<div role="gridcell">${t}</div>`;
    const rows = Array.from({ length: 3000 }, (_, i) => `<div role="row">${cell(`i-bp1${String(i).padStart(5, '0')}abcdefghijkl`)}${cell('杭州 可用区I')}${cell('包年包月')}</div>`).join('');
    const d = doc(`<h1>实例</h1><div role="grid"><div role="row"><div role="columnheader">实例ID/名称</div><div role="columnheader">可用区</div><div role="columnheader">付费方式</div></div>${rows}</div>`, url);
    const all = Array.from(d.querySelector('[role="grid"]')!.children);
    let stepped = 0; // steps taken by the table reader (dom/table.ts)
    const getter = (o: object | null): (() => unknown) | undefined => (o ? (Object.getOwnPropertyDescriptor(o, 'nextElementSibling')?.get ?? getter(Object.getPrototypeOf(o))) : undefined);
    for (const r of all.slice(2500)) {
      const real = getter(r)!;
      Object.defineProperty(r, 'nextElementSibling', { get() { if (new Error().stack?.includes('dom/table.ts')) stepped++; return real.call(this); }, configurable: true });
    }
    expect(readPage(d, new URL(url))?.facts.servers).toHaveLength(2000);
    expect(stepped).toBe(0);
  });
});
