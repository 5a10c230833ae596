import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';
import { mutateDocument } from './markup-mutations';

/**
 * Held-out pages × markup mutations, the tail (session 47): the pairs of /work/notes/hm46-broken.txt, listed with their
 * causes in test/fixtures-unseen/README.md "Held-out pages × mutations, the tail (session 47)". Each case failed before
 * its fix: a small page built for it, and the pair itself.
 */

/** The held-out page `base` (path without extension) under mutation `name`, read: its expected facts and what is read. */
function pair(base: string, name: string) {
  const exp = JSON.parse(readFileSync(`test/fixtures-unseen/${base}.json`, 'utf8')) as { url: string; reader: string; facts: unknown };
  const doc = mutateDocument(readFileSync(`test/fixtures-unseen/${base}.html`, 'utf8'), exp.url, name, exp.reader);
  expect(doc, `${name} changes ${base}`).not.toBeNull();
  const got = readPage(doc!, new URL(exp.url));
  return { expected: exp.facts, got: got?.facts ?? null, reader: got?.reader, expectedReader: exp.reader };
}

describe('a radio option’s <label> in an open dialog does not make the page the dialog (dom/field.ts computePageIsDialog)', () => {
  // Round fifty's 375 px SWAS detail under class-names-hashed: its rows are labelled by class only (swas-m-label), so
  // once hashed no label outside the upgrade sheet (role=dialog, aria-modal) was known by its markup, and the sheet's
  // plan choices, each a <label> around a radio, were taken for the fields of a page that IS the dialog: the sheet's
  // 到期时间 2027-06-30（不变） became the server's expiry (invented; the page's own is in a collapsed panel).
  const url = 'https://swas.console.aliyun.com/#/server/e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c/cn-beijing/dashboard';
  const row = (l: string, v: string) => `<div class="r7a"><span class="q2x">${l}</span><span class="v9k">${v}</span></div>`;
  const sheet = (choices: string) =>
    `<div class="w3n"><div class="b8d" aria-hidden="true"></div><div class="s5f" role="dialog" aria-modal="true" aria-label="升级套餐">` +
    `<div class="h1p">升级套餐</div>${row('当前套餐', '2核 2GB · 峰值带宽 200Mbps')}<div role="radiogroup">${choices}</div>` +
    `${row('升级后峰值带宽', '400Mbps')}${row('到期时间', '2027-06-30（不变）')}</div></div>`;
  const app =
    `<div class="t4g">服务器概览</div>${row('实例ID', 'e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c')}${row('地域和可用区', '华北2（北京）<br>可用区 H')}` +
    `${row('峰值带宽', '200Mbps')}<div class="p0c"><div class="h6t" role="button" aria-expanded="false">付费信息</div><div hidden>${row('到期时间', '2027-06-30')}</div></div>`;

  it('the sheet’s 到期时间 is no expiry of the server, its choices drawn as <label><input type=radio> or role=radio (before: 2027-06-30)', () => {
    for (const choices of [
      '<label class="k1"><input type="radio" checked> 2核 4GB · 峰值带宽 400Mbps · ¥ 96.00/月</label><label class="k1"><input type="radio"> 4核 8GB · ¥ 198.00/月</label>',
      '<input type="radio" id="p1" checked><label for="p1">2核 4GB · ¥ 96.00/月</label><input type="radio" id="p2"><label for="p2">4核 8GB · ¥ 198.00/月</label>',
      '<label class="k1"><input type="checkbox" checked> 同时升级系统盘</label>',
    ]) {
      const server = read(app, url, sheet(choices))?.facts.servers?.[0];
      expect([server?.id, server?.publicBandwidthMbps, server?.expiresAt], choices).toEqual(['e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c', 200, undefined]);
    }
  });

  it('guard: a page that is a dialog over an empty shell is still read from it, its field labels beside radio choices', () => {
    const app2 = '<div class="t4g">轻量应用服务器</div>';
    const dialog =
      `<div class="s5f" role="dialog" aria-modal="true" aria-label="服务器概览"><div class="h1p">服务器概览</div>${row('实例ID', 'e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c')}` +
      `<label class="k1"><input type="radio" checked> 自动续费</label><label>到期时间</label><span>2027-06-30</span></div>`;
    const server = read(app2, url, dialog)?.facts.servers?.[0];
    expect([server?.id, server?.expiresAt]).toEqual(['e2c4a6b8d0f24e6a8c0e2a4b6d8f0a1c', '2027-06-30']);
  });

  it('the pair: round fifty’s 375 px SWAS detail under class-names-hashed reads as expected', () => {
    const r = pair('aliyun/swas-instance-detail/zh-narrow-375-fusion-collapse-panels-billing-panel-collapsed-tab-bar-overview-config-monitor-sticky-bottom-renew-bar-price-upgrade-bottom-sheet-open-plan-options-two-line-dates', 'class-names-hashed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});
