import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighty-second round of held-out pages (plain pages read both ways — in happy-dom as the command line
 * reads them and in Chromium through the extension's copy: test/fixtures-unseen/README.md "Eighty-second round"), each
 * narrowed to the smallest markup that showed it.
 */

const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-r4k7m2q9';
const item = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
const lighthouseCard =
  '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">实例信息</h3></div><div class="tea-card__body">' +
  item('名称/ID', 'wuyue-wordpress<br>lhins-r4k7m2q9') +
  item('地域和可用区', '上海 | 上海二区') +
  item('峰值带宽', '8Mbps') +
  item('计费模式', '包年包月') +
  item('到期时间', '2027-09-14 16:40:27') +
  '</div></div>';
const lighthouse = {
  id: 'lhins-r4k7m2q9',
  provider: 'tencent',
  product: 'lighthouse',
  region: 'ap-shanghai',
  billing: 'subscription',
  expiresAt: '2027-09-14',
  publicBandwidthMbps: 8,
};
const read = (head: string, body: string) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, lighthouseUrl), new URL(lighthouseUrl));

describe('round eighty-two: a saved page read in happy-dom (the command line)', () => {
  // A scratch variant put the page's CSS-in-JS rules in by an inline script (`for(var i=0;i<rules.length;i++){…}`): the
  // command line read nothing at all. happy-dom's parser took "<rules.length;i++){…}<" for a tag name, swallowing the end
  // tag's "<": the script never ended and the whole body became its text.
  it('reads a page whose inline script ends in a comparison with no space before its end tag', () => {
    const script = '<script>!function(){var n=window.__q||[];for(var i=0;i<n.length;i++)n[i]()}()</script>';
    expect(read(script, lighthouseCard)?.facts.servers).toEqual([lighthouse]);
    // (the same in the body, before the content)
    expect(read('', `<script>if(window.innerWidth<768)document.documentElement.className+="m"</script>${lighthouseCard}`)?.facts.servers).toEqual([lighthouse]);
  });

  it('reads a page whose style ends in a "<" drawn by a rule, and keeps the rules before it', () => {
    // a back link's arrow drawn by CSS, the sheet's last rule; the style's first rule still hides a parked copy
    const style = '<style>.parked{display:none}.back::before{content:"<"}</style>';
    const parked = '<div class="parked">' + lighthouseCard.replace('2027-09-14 16:40:27', '2026-09-14 16:40:27').replace('8Mbps', '1Mbps') + '</div>';
    expect(read(style, parked + lighthouseCard)?.facts.servers).toEqual([lighthouse]);
  });

  it('leaves scripts and styles that end as before as they were (guard)', () => {
    const head = '<script>var a = "</div>"; if (a < b) { f(); }\n</script><style>.parked{display:none}\n</style>';
    const parked = '<div class="parked">' + lighthouseCard.replace('8Mbps', '1Mbps') + '</div>';
    expect(read(head, parked + lighthouseCard)?.facts.servers).toEqual([lighthouse]);
  });
});

describe('round eighty-two: web components hidden until defined, read in happy-dom (the command line)', () => {
  // The usual guard against a flash of content before a web component's script defines it hid every variant's content
  // wrapped in a custom element: no script runs in the command line's window, and happy-dom never matches `:defined`.
  it('reads the content of a custom element a `:not(:defined)` rule hides until its script runs', () => {
    for (const hide of ['display:none', 'visibility:hidden', 'opacity:0']) {
      expect(read(`<style>lh-detail-tabs:not(:defined){${hide}}</style>`, `<lh-detail-tabs>${lighthouseCard}</lh-detail-tabs>`)?.facts.servers, hide).toEqual([lighthouse]);
    }
    // (and one shown by a `:defined` rule: `lh-detail-tabs { display: none } lh-detail-tabs:defined { display: block }`)
    expect(read('<style>lh-detail-tabs{display:none}lh-detail-tabs:defined{display:block}</style>', `<lh-detail-tabs>${lighthouseCard}</lh-detail-tabs>`)?.facts.servers).toEqual([lighthouse]);
  });

  it('keeps what the same sheet hides otherwise hidden (guard)', () => {
    const style = '<style>lh-detail-tabs:not(:defined){display:none}.parked{display:none}</style>';
    const parked = '<div class="parked">' + lighthouseCard.replace('8Mbps', '1Mbps').replace('2027-09-14 16:40:27', '2026-09-14 16:40:27') + '</div>';
    expect(read(style, `<lh-detail-tabs>${parked}${lighthouseCard}</lh-detail-tabs>`)?.facts.servers).toEqual([lighthouse]);
  });
});
