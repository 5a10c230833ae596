/**
 * The README's "Budgets" table from a saved `npm run bench` output:
 *   npm run bench > /tmp/bench.jsonl && npx tsx bench/readme-table.mts /tmp/bench.jsonl
 * Lines that are not JSON (the build's log) are skipped; a line without a description below is listed
 * with its name only, so a new bench line shows up rather than vanishing.
 */
import { readFileSync } from 'node:fs';

const what: Record<string, string> = {
  'lint-1000-domains-1000-servers-200-websites': 'lint of 1,000 domains × 1,000 servers × 200 websites (Alibaba Cloud)',
  'lint-tencent-1000-domains-1000-servers-200-websites': 'the same on Tencent Cloud',
  'lint-zh-tencent-1000-domains-1000-servers-200-websites': 'the same, Chinese texts',
  'check-one-domain': '`check` of one domain',
  'reread-ecs-list-500-rows-one-row-changed': 'happy-dom: the read side of a re-read after one row of a 500-row ECS list changed',
  'read-tencent-cvm-list-500-rows': 'happy-dom: first read of a 500-row Tencent CVM list',
  'read-and-lint-ecs-list-500-rows': 'happy-dom: first read + lint of a 500-row ECS list',
  'read-ecs-list-500-rows': '… of which the read',
  'lint-ecs-list-500-servers': '… of which the lint',
  'read-ecs-list-500-rows-console-css': 'happy-dom: the first read with a style sheet of 8,000 rules on the page (mostly happy-dom parsing each rule)',
  'content-script-ecs-gzip': 'content script, ECS family (gzip -9)',
  'content-script-swas-gzip': 'content script, Simple Application Server family',
  'content-script-domain-gzip': 'content script, Alibaba Cloud domains',
  'content-script-beian-gzip': 'content script, Alibaba Cloud ICP filing',
  'content-script-tencent-gzip': 'content script, Tencent Cloud (CVM, Lighthouse, domains, filing)',
  'content-script-overlay-host-gzip': 'the overlay host’s script, on every console page at document start beside its family’s',
  'content-warning-ui-gzip': 'in-page UI, loaded on the first warning',
  'popup-bundle-gzip': 'popup (HTML, scripts, styles)',
  'warning-visible-after-insert': 'Chromium: a relevant row inserted → its warning visible',
  'content-script-main-thread-500-rows': 'Chromium: main-thread time the extension adds to a 500-row ECS list, from the navigation',
  'content-script-main-thread-tencent-cvm-500-rows': 'the same on a 500-row Tencent CVM list',
  'content-script-main-thread-500-rows-console-css': 'the same ECS list carrying a component library’s style sheet of 8,000 rules',
  'content-script-reread-one-row-500-rows': "Chromium: re-read after one row changed so that its warning comes or goes (with the frame that shows it)",
  'content-script-reread-one-row-no-new-finding-500-rows': 'the same when the change makes no finding come or go',
  'content-script-20000-rows-longest-task': "Chromium: the content script's longest task on a 20,000-row page (its own tasks in a trace: read chunks, pieces, markers; not Chrome's page-text capture one of them may carry)",
  'reader-document-tencent-cvm-500-rows-sheet-linked': "Chromium: the reader document's main-thread CPU over a load of the 500-row Tencent CVM list, its component sheet on a CDN that lets no other origin read it",
  'reader-document-tencent-cvm-500-rows-sheet-cors': 'the same, the sheet (8,000 rules) served with CORS allowed: held as text, its rules read',
  'content-script-main-thread-tencent-cvm-500-rows-cors-sheet': 'Chromium: main-thread time the extension adds to the 500-row Tencent CVM list, its sheet (8,000 rules) served with CORS allowed',
  'cli-check-start': '`icp-preflight check` start to exit (budget 3× a bare `node -e 0`)',
};

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/readme-table.mts BENCH_OUTPUT');
  process.exit(2);
}
for (const raw of readFileSync(file, 'utf8').split('\n')) {
  if (!raw.startsWith('{')) continue;
  const l = JSON.parse(raw) as Record<string, unknown>;
  const name = String(l.name);
  const kb = typeof l.gzip_kb === 'number';
  const value = kb ? `${l.gzip_kb} KB` : typeof l.median_ms === 'number' ? `${Math.abs(l.median_ms) < 1 ? l.median_ms : Math.round(l.median_ms * 10) / 10} ms` : String(l.error ?? '');
  const budget = kb ? (l.budget_kb === undefined ? '—' : `${l.budget_kb} KB`) : l.budget_ms === undefined ? '—' : `${Math.round(Number(l.budget_ms) * 10) / 10} ms`;
  const ratio = typeof l.ratio === 'number' ? ` (${l.ratio}×)` : '';
  const mark = l.within_budget === false ? ' **over**' : '';
  console.log(`| \`${name}\` | ${what[name] ?? ''} | ${budget} | ${value}${ratio}${mark} |`);
}
