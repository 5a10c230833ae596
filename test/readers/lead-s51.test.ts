import { describe, expect, it } from 'vitest';
import { cvmUrl, read } from '../helpers/console-pages';

/**
 * The lead's review, session 51 (test/fixtures-unseen/README.md "Lead's review, session 51"): the vocabulary fallback
 * (a label only CONTAINING a field's words, rules/labels `contains` / `not`) reaches labels drawn by the layout alone —
 * hashed `div`s, no `<label>`, `<th>`, `<dt>` or label class — as exact labels are found (src/readers/dom/field
 * labelsContaining, dom/reading-model wordedLabels). Session 50's review: round sixty-four's ECS detail × class-names-hashed
 * lost its bandwidth because the fallback looked at label structures only.
 */
const ecsUrl = 'https://ecs.console.aliyun.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing';
const item = (label: string, value: string) => `<div class="c1a"><div class="c2b">${label}</div><div class="c3c">${value}</div></div>`;
const ecs = (extra: string) =>
  read(`<div class="c0z">${item('实例ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('地域', '华北2（北京）')}${item('付费方式', '包年包月')}${extra}</div>`, ecsUrl)?.facts.servers?.[0];

describe('Alibaba ECS detail: a bandwidth label worded otherwise in hashed divs', () => {
  it('实例公网带宽 10 Mbps with a 更改带宽 link gives 10 (before: missing)', () => {
    expect(ecs(item('实例公网带宽', '10Mbps (峰值)<a class="c4d" href="#"><span class="c5e">更改带宽</span></a>'))?.publicBandwidthMbps).toBe(10);
  });
  it('… after a 带宽计费方式 row (its value 按固定带宽 holds the word too: no label, it stands second)', () => {
    expect(ecs(`${item('带宽计费方式', '按固定带宽')}${item('公网出口带宽', '5 Mbps')}`)?.publicBandwidthMbps).toBe(5);
  });
  it('a value naming 带宽 second in a row of spans is no label: nothing is read from the part after it', () => {
    expect(ecs('<div class="c1a"><span>带宽计费方式</span><span>按固定带宽</span><span>20 Mbps</span></div>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('an action naming 带宽 (a role=button span where a label stands) is no label', () => {
    expect(ecs('<div class="c1a"><div class="c2b"><span role="button">升级带宽</span></div><div class="c3c">20 Mbps</div></div>')?.publicBandwidthMbps).toBeUndefined();
  });
  it('a monitoring card titled 公网带宽（Mbps） over a chart is no field (its `not` word 监控 aside, the chart\'s axis)', () => {
    expect(ecs('<div class="c7"><div class="c8">公网带宽（Mbps）</div><div class="c9"><span>10</span><span>5</span><span>0</span></div></div>')?.publicBandwidthMbps).toBeUndefined();
  });
});

describe('Tencent CVM detail: a bandwidth label worded otherwise in hashed divs', () => {
  const cvm = (extra: string) =>
    read(`<div class="x0">${item('实例ID', 'ins-4w6y8a0c')}${item('地域', '广州')}${item('实例计费模式', '包年包月')}${extra}</div>`, cvmUrl)?.facts.servers?.[0];
  it('公网出口带宽上限 8 Mbps gives 8 (before: missing)', () => {
    expect(cvm(item('公网出口带宽上限', '8 Mbps'))?.publicBandwidthMbps).toBe(8);
  });
  it('a value naming 带宽 second in a row of spans is no label', () => {
    expect(cvm('<div class="c1a"><span>网络类型</span><span>按带宽</span><span>20 Mbps</span></div>')?.publicBandwidthMbps).toBeUndefined();
  });
});
