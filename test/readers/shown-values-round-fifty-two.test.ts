import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-second round of held-out pages (both providers; markup that is on the page but not shown, or
 * shown twice — template rows, noscript fallbacks, JSON state, skeletons beside loaded rows, hidden hydration clones,
 * print-only blocks, closed details, live regions, virtual-list spacers, locked-column copies, measuring copies:
 * test/fixtures-unseen/README.md "Fifty-second round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const STYLE =
  '.next-table{position:relative}.next-table-lock-left{position:absolute;left:0;top:0}' +
  // antd 3 / Fusion: the scrolling body's cells under a locked column are drawn but not shown; the lock box shows them
  '.fixed-columns-in-body{visibility:hidden}.next-skeleton-line{display:inline-block;height:14px;width:100%;background:#eee}';
const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${STYLE}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));
const ecsUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';

const HEAD = '<thead><tr><th>实例ID/名称</th><th>可用区</th><th>状态</th><th>配置</th><th>付费方式</th></tr></thead>';
const idCell = (id: string, cls: string) => `<td class="${cls}"><a class="inst-id">${id}</a><div>web</div></td>`;
const row = (id: string, cls: string, pay: string) =>
  `<tr class="next-table-row">${idCell(id, cls)}<td>杭州 可用区K</td><td>运行中</td><td>ecs.c7.large 5Mbps (峰值)</td><td class="${cls}">${pay}</td></tr>`;
const SKELETON = '<tr class="next-table-row next-table-row-skeleton" aria-busy="true">' + '<td><span class="next-skeleton-line"></span></td>'.repeat(5) + '</tr>';
const PAY1 = '包年包月<br>2027年6月30日 23:59 到期';
const PAY2 = '按量付费<br>2026年10月12日 14:08 创建';
const main = (cls: string, skeleton = SKELETON) =>
  `<div class="next-table-inner"><table>${HEAD}<tbody>${row('i-bp1r52lock0000000001', cls, PAY1)}${row('i-bp1r52lock0000000002', cls, PAY2)}${skeleton}</tbody></table></div>`;
const lockLeft = (cls = '') =>
  '<div class="next-table-lock-left"><table><thead><tr><th>实例ID/名称</th><th>付费方式</th></tr></thead><tbody>' +
  `<tr class="next-table-row">${idCell('i-bp1r52lock0000000001', cls)}<td class="${cls}">${PAY1}</td></tr>` +
  `<tr class="next-table-row">${idCell('i-bp1r52lock0000000002', cls)}<td class="${cls}">${PAY2}</td></tr>` +
  '<tr class="next-table-row next-table-row-skeleton"><td><span class="next-skeleton-line"></span></td><td></td></tr>' +
  '</tbody></table></div>';

describe('a locked column shown only by its copy, beside a skeleton row (dom/table: a copy lends a column the list does not show)', () => {
  it('ids and billing drawn but not shown in the scrolling body, shown by the lock box, a skeleton row below: both servers (missing before)', () => {
    const body = `<div class="next-table">${main('fixed-columns-in-body')}${lockLeft()}</div>`;
    expect(read(body, ecsUrl)?.facts.servers).toEqual([
      { id: 'i-bp1r52lock0000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-06-30', publicBandwidthMbps: 5 },
      { id: 'i-bp1r52lock0000000002', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 },
    ]);
  });

  it('guard: the same list without a lock box shows no id: nothing read', () => {
    expect(read(`<div class="next-table">${main('fixed-columns-in-body')}</div>`, ecsUrl)?.facts.servers ?? []).toEqual([]);
  });

  it('guard: a lock box whose cells are not shown either lends nothing', () => {
    expect(read(`<div class="next-table">${main('fixed-columns-in-body')}${lockLeft('fixed-columns-in-body')}</div>`, ecsUrl)?.facts.servers ?? []).toEqual([]);
  });

  it('guard: both shown (the usual copy): each server once, as shown', () => {
    const servers = read(`<div class="next-table">${main('')}${lockLeft()}</div>`, ecsUrl)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.billing, s.expiresAt])).toEqual([
      ['i-bp1r52lock0000000001', 'subscription', '2027-06-30'],
      ['i-bp1r52lock0000000002', 'payg', undefined],
    ]);
  });
});

const lhUrl = 'https://console.tencentcloud.com/lighthouse/instance/detail?rid=5&id=lhins-r52clone';
const item = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;
const lhForm = (expiry: string, bw: string) =>
  `<div class="tea-form">${item('Instance ID', 'lhins-r52clone')}${item('Peak Bandwidth', bw)}${item('Expiration Time', expiry)}</div>`;
const lhRead = (html: string) => {
  const url = lhUrl;
  return readPage(htmlToDocument(html, url), new URL(url))?.facts.servers?.[0];
};

describe('a hydration clone parked a viewport away by an inline translate in vw (dom/visibility OFF_VIEWPORT_TRANSFORM)', () => {
  const doc = (clone: string) =>
    `<!DOCTYPE html><html lang="en"><body>${clone}<div class="lh-app"><h2>quarry-docs</h2>${lhForm('2027-10-22 10:15:00', '30 Mbps')}</div></body></html>`;

  it('a clone at translateX(-200vw) before the page: the page\'s own expiry and bandwidth (the clone\'s were read: invented)', () => {
    const s = lhRead(doc(`<div style="position:absolute;transform:translateX(-200vw)" data-ssr>${lhForm('2026-10-22 10:15:00', '20 Mbps')}</div>`));
    expect([s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['2027-10-22', 30]);
  });

  it('… and one holding a table (rows do not make it shown)', () => {
    const clone = '<div style="transform: translate3d(-150vw, 0, 0)"><table><tbody><tr><th>Expiration Time</th><td>2026-10-22 10:15:00</td></tr><tr><th>Peak Bandwidth</th><td>20 Mbps</td></tr></tbody></table></div>';
    const s = lhRead(doc(clone));
    expect([s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['2027-10-22', 30]);
  });

  it('guard: a translate of less than a viewport (-50vw) hides nothing: the only expiry shown is read', () => {
    const html = `<!DOCTYPE html><html lang="en"><body><div style="transform:translateX(-50vw)">${lhForm('2027-10-22 10:15:00', '30 Mbps')}</div></body></html>`;
    expect(lhRead(html)?.expiresAt).toBe('2027-10-22');
  });
});

describe('a print sheet written as <style media="print"> (cli/html-document withStyleMedia: happy-dom applied it on screen)', () => {
  const doc = (media: string) =>
    '<!DOCTYPE html><html lang="en"><head><style>.lh-print-summary { display: none; }</style>' +
    `<style media="${media}">.lh-print-summary { display: block; } .lh-app { display: none; }</style></head><body>` +
    `<div class="lh-app"><h2>quarry-docs</h2>${lhForm('2027-10-22 10:15:00', '30 Mbps')}</div>` +
    `<div class="lh-print-summary"><h1>Lighthouse instance summary</h1>${lhForm('2026-10-22 10:15:00', '20 Mbps')}</div></body></html>`;

  it('media="print": the console\'s own expiry and bandwidth, not the print summary\'s (the summary\'s were read: invented)', () => {
    const s = lhRead(doc('print'));
    expect([s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['2027-10-22', 30]);
  });

  it('guard: media="screen" applies on screen: the console is hidden, the summary shown', () => {
    const s = lhRead(doc('screen'));
    expect([s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['2026-10-22', 20]);
  });
});

describe('a hydration clone parked a viewport away by a style rule\'s translate (dom/visibility movedOffViewport)', () => {
  const doc = (rule: string) =>
    `<!DOCTYPE html><html lang="en"><head><style>.ssr-park { ${rule} }</style></head><body>` +
    `<div class="ssr-park">${lhForm('2026-10-22 10:15:00', '20 Mbps')}</div>` +
    `<div class="lh-app"><h2>quarry-docs</h2>${lhForm('2027-10-22 10:15:00', '30 Mbps')}</div></body></html>`;

  it('position:absolute + translateX(-200vw) from the page\'s sheet: the page\'s own values (the clone\'s were read: invented)', () => {
    const s = lhRead(doc('position: absolute; top: 0; transform: translateX(-200vw);'));
    expect([s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['2027-10-22', 30]);
  });

  it('guard: a box at translateX(-40vw) is still on screen: its values are read', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><style>.ssr-park { position: absolute; top: 0; transform: translateX(-40vw); }</style></head><body>' +
      `<div class="ssr-park">${lhForm('2027-10-22 10:15:00', '30 Mbps')}</div></body></html>`;
    const s = lhRead(html);
    expect([s?.expiresAt, s?.publicBandwidthMbps]).toEqual(['2027-10-22', 30]);
  });
});
