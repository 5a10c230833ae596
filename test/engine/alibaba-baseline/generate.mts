// Generates the Alibaba Cloud baseline: lint results (rule, status, severity, subject) of every input of
// inputs.ts. Made on main at 70927f2 (before Tencent; inputs.ts copied in), from the repository root:
//   npx tsx test/engine/alibaba-baseline/generate.mts test/engine/alibaba-baseline/results-70927f2.json
// alibaba-unchanged.test.ts re-lints the same inputs and compares.
import { writeFileSync } from 'node:fs';
import { lint, loadRuleSet } from '../../../src/engine/index';
import { alibabaInputs, BASELINE_NOW } from './inputs';

const rules = loadRuleSet();
const out: Record<string, { rule: string; status: string; severity: string; subject: string }[]> = {};
for (const { name, facts } of alibabaInputs(rules)) {
  out[name] = lint(facts, rules, BASELINE_NOW, { lang: 'en' }).map((r) => ({ rule: r.rule, status: r.status, severity: r.severity, subject: r.subject }));
}
writeFileSync(process.argv[2]!, JSON.stringify(out).replace(/\],"/g, '],\n"') + '\n');
console.log(Object.keys(out).length, 'inputs');
