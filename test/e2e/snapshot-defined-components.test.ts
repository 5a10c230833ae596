import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentUrl, openPatchPair, type ReaderPair } from './reader-pages';

/**
 * Web components in the page's copy (src/snapshot/defined-components): the page's scripts define its custom elements,
 * the copy runs none. A page hiding its components until they are defined (the usual guard against a flash of
 * content: `my-panel:not(:defined) { display: none }`) read to nothing through its copy (round eighty-two,
 * test/fixtures-unseen/README.md "Eighty-second round"), while the page showed it.
 */
const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-r4k7m2q9';
const item = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
const card = (expires: string) =>
  '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">实例信息</h3></div><div class="tea-card__body">' +
  item('名称/ID', 'wuyue-wordpress<br>lhins-r4k7m2q9') +
  item('地域和可用区', '上海 | 上海二区') +
  item('峰值带宽', '8Mbps') +
  item('计费模式', '包年包月') +
  item('到期时间', `${expires} 16:40:27`) +
  '</div></div>';
const server = (expiresAt: string) => ({
  id: 'lhins-r4k7m2q9',
  provider: 'tencent',
  product: 'lighthouse',
  region: 'ap-shanghai',
  billing: 'subscription',
  expiresAt,
  publicBandwidthMbps: 8,
});
const pageOf = (style: string, body: string, defines: string[]) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head><body>${body}` +
  `<script>${defines.map((n) => `customElements.define(${JSON.stringify(n)}, class extends HTMLElement {});`).join('')}</script></body></html>`;

let pair: ReaderPair;
let page: Page;
let reader: Page;

beforeAll(async () => {
  pair = await openPatchPair();
  ({ page, reader } = pair);
});

afterAll(async () => {
  await pair?.browser.close();
});

async function readThroughCopy(html: string): Promise<{ kind: string; copy?: string; result?: { facts?: { servers?: unknown[] } } }> {
  pair.served.set(documentUrl(url), html);
  await page.goto('about:blank');
  await page.goto(url);
  const snap = await page.evaluate(`(() => { window.watch = icpPage.createMirrorWatch(document); watch.start(); return icpPage.takeSnapshot(document, []); })()`);
  return (await reader.evaluate(`(async (snap) => JSON.parse(JSON.stringify(await copies.read('tab', 'lh', snap))))(${JSON.stringify(snap)})`)) as never;
}

describe('web components the page defined, in its copy (src/snapshot/defined-components)', () => {
  it('reads a component a `:not(:defined)` rule hides until its script runs', async () => {
    for (const hide of ['display:none', 'visibility:hidden']) {
      const got = await readThroughCopy(pageOf(`lh-detail-tabs:not(:defined){${hide}}`, `<lh-detail-tabs>${card('2027-09-14')}</lh-detail-tabs>`, ['lh-detail-tabs']));
      expect(got.kind, hide).toBe('read');
      expect(got.result?.facts?.servers, hide).toEqual([server('2027-09-14')]);
    }
  });

  it('reads a page under a sheet-wide `:not(:defined)` guard, its component in an open shadow root', async () => {
    const body = `<micro-app name="lighthouse"><template shadowrootmode="open"><slot></slot></template>${card('2027-09-14')}</micro-app>`;
    const got = await readThroughCopy(pageOf(':not(:defined){visibility:hidden}', body, ['micro-app']));
    expect(got.result?.facts?.servers).toEqual([server('2027-09-14')]);
  });

  it('reads a component a patch of the kept copy brings (a new tab panel the page defined since)', async () => {
    const first = await readThroughCopy(pageOf('lh-panel:not(:defined){display:none}', `<main>${card('2027-09-14')}</main>`, []));
    expect(first.result?.facts?.servers).toEqual([server('2027-09-14')]);
    const { ops, snap } = (await page.evaluate(`(() => {
      customElements.define('lh-panel', class extends HTMLElement {});
      document.querySelector('main').innerHTML = ${JSON.stringify(`<lh-panel>${card('2028-09-14')}</lh-panel>`)};
      return { ops: icpPage.buildPatch(document, watch.take(), 1e6) ?? null, snap: icpPage.takeSnapshot(document, []) };
    })()`)) as { ops: unknown[] | null; snap: { url: string } };
    expect(ops).not.toBeNull();
    const got = (await reader.evaluate(
      `(async ({ ops, snap, copy }) => JSON.parse(JSON.stringify(await copies.patch('tab', 'lh', copy, snap.url, ops))))(${JSON.stringify({ ops, snap, copy: first.copy })})`,
    )) as { kind: string; result?: { facts?: { servers?: unknown[] } } };
    expect(got.kind).toBe('read');
    expect(got.result?.facts?.servers).toEqual([server('2028-09-14')]);
  });
});
