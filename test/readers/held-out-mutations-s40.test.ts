import { describe, expect, it } from 'vitest';
import { labelMatches } from '../../src/readers/dom/normalize-label';
import { read } from '../helpers/console-pages';

/**
 * Found by running every markup mutation over the held-out pages once more (session 40; the pairs are listed in
 * test/fixtures-unseen/README.md "Mutations over the held-out pages (session 40)"). Each case failed before its fix.
 */

describe('a label naming its unit and then a qualifier is still that label (dom/normalize-label.ts labelMatches)', () => {
  // Round thirty-four's pages name a bandwidth's unit in the label (带宽（Mbps） 6). A console that adds a qualifier
  // after it (带宽（Mbps）（峰值）, Bandwidth (Mbps) (current)) lost the field: one qualifier was stripped, not two.
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh7v2n4x';
  const item = (label: string, value: string) =>
    `<div class="tea-descriptions__item"><span class="tea-descriptions__label">${label}</span><span class="tea-descriptions__content">${value}</span></div>`;
  const detail = (bandwidthLabel: string) =>
    `<h2>lhins-sh7v2n4x</h2><div class="tea-descriptions">${item('实例ID', 'lhins-sh7v2n4x')}${item('地域', '上海 | 上海二区')}` +
    `${item(bandwidthLabel, '6')}${item('过期时间', '2027-12-05 23:59:59')}</div>`;

  it('the bandwidth under 带宽（Mbps）（当前） and Bandwidth (Mbps) (peak) (before: none)', () => {
    for (const label of ['带宽（Mbps）', '带宽（Mbps）（当前）', '带宽(Mbps)(峰值)：', 'Bandwidth (Mbps) (peak)']) {
      expect(read(detail(label), url)?.facts.servers?.[0]?.publicBandwidthMbps, label).toBe(6);
    }
  });

  it('two qualifiers are stripped at most, and a qualifier that tells columns apart is kept', () => {
    expect(labelMatches('带宽（Mbps）（当前）', ['带宽'])).toBe(true);
    expect(labelMatches('带宽（Mbps）（当前）（峰值）', ['带宽'])).toBe(false);
    // 持有者（中文） and 持有者（英文） are two columns: a second qualifier after the first keeps them apart
    expect(labelMatches('持有者（英文）（当前）', ['持有者', '持有者（中文）'])).toBe(false);
    expect(labelMatches('持有者（中文）（当前）', ['持有者', '持有者（中文）'])).toBe(true);
  });
});
