import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../e2e/harness';

/**
 * What a built content script carries of the shared tables (rules/reader-tables.json): only what its
 * own readers can ask for. The province table (src/readers/shared/provinces.ts): the filing consoles'
 * readers read provinces (Alibaba Cloud's filing console; Tencent's, in the one Tencent script); the
 * ECS, Simple Application Server and domain consoles' never do. The pre-submit guard
 * (src/ui/page/submit-guard.ts): only the filing consoles' scripts carry it. The page-kind arbitration
 * (src/readers/read-with.ts readWith): not in the scripts that read with readFirst.
 */
const PROVINCE_ONLY = '黑龙江'; // a province with no cloud region of its own: only the province table names it
const SUBMIT_ONLY = 'submitforreview';
/** A selector of the reading model's pageKindOf alone (readWith's page-kind arbitration). */
const PAGE_KIND_ONLY = '[class*="label"] + [class*="content"]';
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(root, '.output', target, 'content-scripts');
  describe.runIf(existsSync(join(dir, 'domain.js')))(`${target} content scripts (npm test builds first)`, () => {
    const code = (family: string) => readFileSync(join(dir, `${family}.js`), 'utf8');
    it('the province table is in the filing consoles’ scripts only', () => {
      for (const family of ['beian', 'tencent']) expect(code(family), family).toContain(PROVINCE_ONLY);
      for (const family of ['ecs', 'swas', 'domain']) expect(code(family), family).not.toContain(PROVINCE_ONLY);
    });
    it('the pre-submit guard is in the scripts of consoles with a filing form only', () => {
      // a word of the submit buttons' pattern (src/ui/page/submit-guard.ts): no other module has it
      for (const family of ['beian', 'tencent']) expect(code(family), family).toContain(SUBMIT_ONLY);
      for (const family of ['ecs', 'swas', 'domain']) expect(code(family), family).not.toContain(SUBMIT_ONLY);
    });
    it('the consoles whose readers never answer one page together read with readFirst: no page-kind arbitration', () => {
      // test/readers/read-first.test.ts checks that readFirst = readWith on those consoles' pages
      for (const family of ['beian', 'domain']) expect(code(family), family).not.toContain(PAGE_KIND_ONLY);
      for (const family of ['ecs', 'swas', 'tencent']) expect(code(family), family).toContain(PAGE_KIND_ONLY);
    });
  });
}
