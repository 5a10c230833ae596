import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readFieldText } from '../../src/readers/dom/field';

/**
 * Faults found by the eleventh round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('the value under a header cell of a two-level header is the one in its column (field.ts valueBelowHeader)', () => {
  const head = '<thead><tr><th rowspan="2">实例规格</th><th colspan="3">配置</th><th rowspan="2">系统盘</th></tr><tr><th>CPU</th><th>内网带宽</th><th>公网带宽</th></tr></thead>';
  const table = (cells: string) => `<table>${head}<tbody><tr>${cells}</tr></tbody></table>`;

  it('counts the row-spanning cells beside the lower header row', () => {
    const d = doc(table('<td>S5.MEDIUM4</td><td>2核</td><td>1.5Gbps</td><td>5Mbps</td><td>50GB</td>'));
    expect(readFieldText(d, ['公网带宽'])).toBe('5Mbps');
    expect(readFieldText(d, ['CPU'])).toBe('2核');
    expect(readFieldText(d, ['内网带宽'])).toBe('1.5Gbps');
  });

  it('counts a value cell spanning columns', () => {
    const d = doc(table('<td>S5.MEDIUM4</td><td colspan="2">2核 / 1.5Gbps</td><td>5Mbps</td><td>50GB</td>'));
    expect(readFieldText(d, ['公网带宽'])).toBe('5Mbps');
    expect(readFieldText(d, ['CPU'])).toBe('2核 / 1.5Gbps');
  });

  it('gives the CVM detail page the public bandwidth, not the private one', () => {
    const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-gz6x8z0b';
    const body = `<div class="tea-form"><div class="tea-form__item"><div class="tea-form__label">实例ID</div><div class="tea-form__controls">ins-gz6x8z0b</div></div></div>${table('<td>S5.MEDIUM4</td><td>2核</td><td><span>1.5</span><span>Gbps</span></td><td><span>5</span><span>Mbps</span></td><td>50GB</td>')}`;
    expect(readPage(doc(body, url), new URL(url))?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});
