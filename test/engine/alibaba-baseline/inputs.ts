import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LintFacts, RuleSet } from '../../../src/engine/index';

/** 2026-11-24 noon in China, as in test/engine/helpers.ts. */
export const BASELINE_NOW = new Date('2026-11-24T04:00:00Z');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/**
 * The Alibaba Cloud inputs of the baseline: every facts file under test/cli/facts, the expected facts
 * of every reader fixture, and a province matrix (every filing province; an individual from elsewhere,
 * with and without a residence permit; a phone from elsewhere; two domains on one website; domains
 * with 2 and 3 months left). Paths are relative to the repository root (vitest's cwd). Only the inputs
 * named in the baseline are compared: fixtures added later (Tencent's) are not Alibaba inputs.
 */
export function alibabaInputs(rules: RuleSet): { name: string; facts: LintFacts }[] {
  const inputs: { name: string; facts: LintFacts }[] = [];
  const files = [...walk('test/cli/facts'), ...walk('test/fixtures')].filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const raw = JSON.parse(readFileSync(f, 'utf8'));
    const facts = f.startsWith('test/cli/') ? raw : raw.facts;
    if (!facts || facts.version !== 1) continue;
    // Named by folder and file only, so that moving the fixture tree (per provider) keeps the names.
    const name = f.startsWith('test/cli/') ? f : `fixture:${f.split('/').slice(-2).join('/')}`;
    inputs.push({ name, facts: { now: '2026-11-24', ...facts } });
  }
  for (const p of rules.provinces.provinces) {
    const province = p.short;
    for (const permit of [false, true]) {
      const home = province === '河北' ? '山东' : '河北';
      inputs.push({
        name: `matrix:${province}:permit=${permit}`,
        facts: {
          version: 1, now: '2026-11-24',
          entity: { type: 'individual', name: '张三', province, homeProvince: home, phoneProvince: home, residencePermit: permit },
          websites: [{ name: '张三的摄影日记', domains: ['a-photo.cn', 'b-photo.com'], serverId: 'i-1' }],
          domains: [
            { domain: 'a-photo.cn', registrantName: '张三', realNameVerified: true, expiresAt: '2027-01-24' },
            { domain: 'b-photo.com', registrantName: '张三', realNameVerified: true, expiresAt: '2027-02-25' },
          ],
          servers: [{ id: 'i-1', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-02-24', publicBandwidthMbps: 5 }],
        },
      });
    }
  }
  return inputs;
}
