import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, loadRuleSet } from '../../../src/engine/index';
import { alibabaInputs, BASELINE_NOW } from './inputs';

/**
 * Alibaba Cloud results are unchanged by Tencent Cloud. results-70927f2.json holds, for every input of
 * inputs.ts, the (rule, subject, status, severity) of each result as linted on main at 70927f2, before
 * providers existed. Messages are not compared (their wording is edited elsewhere); verdicts are.
 * Every difference must be one of the changes listed here, each caused by a new rule or a new column of
 * provinces.md (second table) — none by Tencent Cloud's numbers.
 */
type Row = { rule: string; subject: string; status: string; severity: string };
const baseline: Record<string, Row[]> = JSON.parse(readFileSync('test/engine/alibaba-baseline/results-70927f2.json', 'utf8'));
const rules = loadRuleSet();

const REFUSED = ['山西', '内蒙古', '黑龙江', '江西', '河南', '云南', '甘肃', '青海', '新疆'];
const SILENT = ['北京', '天津', '辽宁', '湖南', '广西', '海南', '重庆', '西藏', '陕西'];
const LOCAL_PHONE = ['河北', '江苏', '广西', '陕西', '甘肃', '新疆'];

/** The allowed differences, as "input | rule | before status/severity → after status/severity". */
function expectedChanges(): string[] {
  const out: string[] = [];
  const matrix = (p: string, permit: boolean) => `matrix:${p}:permit=${permit}`;
  // filing.individual-cross-province: refused provinces fail as errors, with or without a permit.
  for (const p of REFUSED) {
    out.push(`${matrix(p, false)} | filing.individual-cross-province | fail/warning → fail/error`);
    out.push(`${matrix(p, true)} | filing.individual-cross-province | pass/warning → fail/error`);
  }
  // …where the page says nothing, a permit no longer makes it a pass.
  for (const p of SILENT) out.push(`${matrix(p, true)} | filing.individual-cross-province | pass/warning → fail/warning`);
  // …河北 accepts IDs from other provinces (its condition, a Hebei phone, is filing.phone-province's).
  out.push(`${matrix('河北', false)} | filing.individual-cross-province | fail/warning → pass/warning`);
  // filing.phone-province: a local number required → error.
  for (const p of LOCAL_PHONE) for (const permit of [false, true]) out.push(`${matrix(p, permit)} | filing.phone-province | fail/warning → fail/error`);
  return out.sort();
}

describe('Alibaba Cloud results are unchanged (baseline: main at 70927f2)', () => {
  const inputs = alibabaInputs(rules).filter((i) => baseline[i.name]);
  const key = (r: Row) => `${r.rule}|${r.subject}`;

  it('every input of the baseline is still there', () => {
    expect(inputs.map((i) => i.name).sort()).toEqual(Object.keys(baseline).sort());
    expect(inputs.length).toBeGreaterThan(100);
  });

  it('differences are exactly the listed ones, plus results of the new rule domain.min-validity', () => {
    const changes: string[] = [];
    const added: Row[] = [];
    for (const { name, facts } of inputs) {
      const before = new Map(baseline[name]!.map((r) => [key(r), r]));
      const after = lint(facts, rules, BASELINE_NOW, { lang: 'en' });
      const seen = new Set<string>();
      for (const r of after) {
        const k = key(r);
        seen.add(k);
        const old = before.get(k);
        if (!old) {
          added.push(r);
          continue;
        }
        if (old.status !== r.status || old.severity !== r.severity) changes.push(`${name} | ${r.rule} | ${old.status}/${old.severity} → ${r.status}/${r.severity}`);
      }
      for (const [k] of before) if (!seen.has(k)) changes.push(`${name} | ${k} | removed`);
    }
    expect(changes.sort()).toEqual(expectedChanges());
    // New results come only from domain.min-validity (上海, 安徽, 河南: > 3 months left), never from a
    // Tencent rule: these facts have no Tencent server.
    expect([...new Set(added.map((r) => r.rule))]).toEqual(['domain.min-validity']);
    // In the matrix, the domain with 2 months left fails exactly in those three provinces.
    const failing = added.filter((r) => r.status === 'fail');
    expect(failing.every((r) => r.subject === 'a-photo.cn' || r.subject === 'b-photo.com')).toBe(true);
  });

  it('the Henan facts file of the CLI gains domain.min-validity passes and nothing else', () => {
    const input = inputs.find((i) => i.name === 'test/cli/facts/henan-individual.json')!;
    expect(input).toBeDefined();
    const before = baseline[input.name]!;
    const after = lint(input.facts, rules, BASELINE_NOW, { lang: 'en' });
    const extra = after.filter((r) => !before.some((b) => key(b) === key(r)));
    expect(extra.map((r) => [r.rule, r.subject, r.status])).toEqual([
      ['domain.min-validity', 'zhangsan.cn', 'pass'],
      ['domain.min-validity', 'zhangsan-photo.com', 'pass'],
    ]);
  });
});
