import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';
import { mutateDocument } from './markup-mutations';

/**
 * The lead's review, session 50 (test/fixtures-unseen/README.md "Lead's review, session 50"): what the held-out pages ×
 * mutations run after the merges found.
 */
function pair(base: string, name: string): { expected: Record<string, unknown>; got: Record<string, unknown> | null } {
  const exp = JSON.parse(readFileSync(`test/fixtures-unseen/${base}.json`, 'utf8')) as { url: string; reader: string; facts: Record<string, unknown> };
  const doc = mutateDocument(readFileSync(`test/fixtures-unseen/${base}.html`, 'utf8'), exp.url, name, exp.reader);
  expect(doc, `${name} changes ${base}`).not.toBeNull();
  return { expected: exp.facts, got: (readPage(doc!, new URL(exp.url))?.facts as Record<string, unknown> | undefined) ?? null };
}

describe('the ECS detail\'s 当前使用带宽 is the bandwidth field whatever the classes (rules/labels/aliyun/ecs.json ecs-detail)', () => {
  // Round sixty-four's ECS detail shows "当前使用带宽 10Mbps (峰值)" with a 更改带宽 link beside a 带宽计费方式 row; read only by
  // vocabulary (a label containing 带宽), its hashed-class copy lost the figure (held-out × class-names-hashed, missing).
  const url = 'https://ecs.console.aliyun.com/server/i-2zeh7qf3kx9m1c5v8b2n/detail?regionId=cn-beijing';
  const item = (label: string, value: string) => `<div class="c1a"><div class="c2b">${label}</div><div class="c3c">${value}</div></div>`;
  const page = (bandwidthLabel: string) =>
    `<div class="c0z">${item('实例ID', 'i-2zeh7qf3kx9m1c5v8b2n')}${item('地域', '华北2（北京）')}${item('公网IP', '39.105.62.178')}${item('带宽计费方式', '按固定带宽')}${item(bandwidthLabel, '10Mbps (峰值)<a class="c4d" href="#"><span class="c5e">更改带宽</span></a>')}${item('付费方式', '包年包月')}</div>`;

  it('under hashed classes, 当前使用带宽 gives 10 (before: missing)', () => {
    expect(read(page('当前使用带宽'), url)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });

  it('the pair itself: round sixty-four’s ECS detail × class-names-hashed', () => {
    const { expected, got } = pair('aliyun/ecs-instance-detail/zh-first-filer-r64-console-shell-fusion-instance-details-tab-four-cards-three-items-a-row-beijing-subscription-fixed-bandwidth-eleven-tabs', 'class-names-hashed');
    expect(got).toEqual(expected);
  });
});
