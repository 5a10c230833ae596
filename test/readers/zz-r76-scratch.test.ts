import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
it('r76 variants', () => {
  const dir = '/tmp/r76/var/';
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
    const exp = JSON.parse(readFileSync(dir + f.replace('.html', '.json'), 'utf8'));
    const got = readPage(htmlToDocument(readFileSync(dir + f, 'utf8'), exp.url), new URL(exp.url));
    const ok = JSON.stringify(got?.facts) === JSON.stringify(exp.facts) || JSON.stringify(sortK(got?.facts)) === JSON.stringify(sortK(exp.facts));
    console.log(ok ? 'PASS' : 'DIFF', f, got?.reader, ok ? '' : '\n  got ' + JSON.stringify(sortK(got?.facts)) + '\n  exp ' + JSON.stringify(sortK(exp.facts)));
  }
});
function sortK(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(sortK);
  if (o && typeof o === 'object') return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortK((o as Record<string, unknown>)[k])]));
  return o;
}
