import { readFileSync } from 'node:fs';
import { htmlToDocument } from '/work/main/src/cli/html-document';
import { readPage } from '/work/main/src/readers';
import { lint, loadRuleSet } from '/work/main/src/engine';
const url = process.argv[2]!, file = process.argv[3]!;
const doc = htmlToDocument(readFileSync(file, 'utf8'), url);
const out = readPage(doc, new URL(url));
console.log(JSON.stringify(out));
if (out) { const rules = loadRuleSet(); const r = lint({ version: 1, ...out.facts } as any, rules, new Date('2026-11-25'), { lang: 'zh' }); console.log(r.filter(x=>x.status!=='pass').map(x=>`${x.status} ${x.severity} ${x.rule} ${x.subject}: ${x.message}`).join('\n')); }
