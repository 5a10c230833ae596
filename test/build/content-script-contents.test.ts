import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../e2e/harness';

/**
 * What a built content script carries: since the pages are read outside them (src/snapshot), no reader —
 * neither the province table (src/readers/shared/provinces.ts) nor the reading model's page-kind
 * arbitration (src/readers/read-with.ts readWith) — while the document that reads them (Chrome: the
 * offscreen document's script; Firefox: the background page) carries both. The pre-submit guard
 * (src/ui/page/submit-guard.ts): only the filing consoles' scripts carry it.
 */
const PROVINCE_ONLY = '黑龙江'; // a province with no cloud region of its own: only the province table names it
const SUBMIT_ONLY = 'forapproval';
/** A selector of the reading model's pageKindOf alone (readWith's page-kind arbitration). */
const PAGE_KIND_ONLY = '[class*="label"] + [class*="content"]';
const FAMILIES = ['ecs', 'swas', 'domain', 'beian', 'tencent'];
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const out = join(root, '.output', target);
  const dir = join(out, 'content-scripts');
  describe.runIf(existsSync(join(dir, 'domain.js')))(`${target} content scripts (npm test builds first)`, () => {
    const code = (family: string) => readFileSync(join(dir, `${family}.js`), 'utf8');
    it('no content script carries the readers', () => {
      for (const family of FAMILIES) {
        expect(code(family), family).not.toContain(PROVINCE_ONLY);
        expect(code(family), family).not.toContain(PAGE_KIND_ONLY);
      }
    });
    it('the document the pages are read in carries them', () => {
      const reader =
        target === 'chrome-mv3'
          ? readdirSync(join(out, 'chunks'))
              .filter((f) => f.startsWith('reader-'))
              .map((f) => readFileSync(join(out, 'chunks', f), 'utf8'))
              .join('\n')
          : [readFileSync(join(out, 'background.js'), 'utf8'), ...(existsSync(join(out, 'chunks')) ? readdirSync(join(out, 'chunks')).map((f) => readFileSync(join(out, 'chunks', f), 'utf8')) : [])].join('\n');
      expect(reader).toContain(PROVINCE_ONLY);
      expect(reader).toContain(PAGE_KIND_ONLY);
    });
    it('the pre-submit guard is in the scripts of consoles with a filing form only', () => {
      // a word of the submit buttons' pattern (src/ui/page/submit-guard.ts): no other module has it
      for (const family of ['beian', 'tencent']) expect(code(family), family).toContain(SUBMIT_ONLY);
      for (const family of ['ecs', 'swas', 'domain']) expect(code(family), family).not.toContain(SUBMIT_ONLY);
    });
  });
}
