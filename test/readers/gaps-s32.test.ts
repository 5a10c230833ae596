import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Items reported but not fixed in session 31 (/work/notes/fixes.md, session 32), each as a small console page
 * that failed before its fix.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body><div id="app">${html}</div></body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
const cvmDetail =
  `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '按量计费')}${teaItem('地域', '广州')}` +
  `${teaItem('带宽上限', '5Mbps')}${teaItem('创建时间', '2026-01-05 10:00:00')}</div>`;
const cvm = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-01-05', publicBandwidthMbps: 5 };

describe('an `…-extra` box of example rows is no field of the page (dom/units.ts)', () => {
  /** An antd form item (label, control, extra under the control). */
  const antItem = (label: string, control: string, extra: string) =>
    `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label>${label}</label></div>` +
    `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>` +
    `<div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-extra">${extra}</div></div></div></div></div>`;
  const exRow = (l: string, v: string) => `<div class="ex-row"><span class="ex-label">${l}</span><span class="ex-value">${v}</span></div>`;
  const toggle = `<button type="button" role="switch" aria-checked="false" class="ant-switch"></button>`;

  it('the extra of one form item (自动续费), holding a labelled row, gives no expiry', () => {
    const html = cvmDetail + `<form class="ant-form">${antItem('自动续费', toggle, exRow('到期时间', '2027-01-01 00:00:00'))}</form>`;
    expect(read(html, cvmUrl)?.facts.servers).toEqual([cvm]);
  });

  it('an extra box opened by 示例 / 例如 / e.g. before its rows gives no expiry', () => {
    for (const lead of ['示例：', '转包年包月示例', '例如：', 'e.g.', 'Example']) {
      const box = `<div class="renew-extra"><p>${lead}</p>${exRow('到期时间', '2027-01-01 00:00:00')}${exRow('带宽上限', '50Mbps')}</div>`;
      expect(read(cvmDetail + box, cvmUrl)?.facts.servers, lead).toEqual([cvm]);
    }
  });

  it('an extra box under a heading saying 示例 gives no expiry', () => {
    const box = `<h4 class="sub-title">续费示例</h4><div class="renew-extra">${exRow('到期时间', '2027-01-01 00:00:00')}</div>`;
    expect(read(cvmDetail + box, cvmUrl)?.facts.servers).toEqual([cvm]);
  });

  it('a box of more fields classed `…-extra` (no example word, no one field\'s) is still read', () => {
    const box = `<div class="detail-extra">${exRow('到期时间', '2027-01-05 10:00:00')}</div>`;
    expect(read(cvmDetail + box, cvmUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-01-05');
  });
});
