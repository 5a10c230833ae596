import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownContentScriptContext, OWN_CONTEXT_FILE, WXT_CONTEXT_MODULE } from '../../build/content-script-minify';
import { root } from '../e2e/harness';

/** The content-script builds use src/content/script-context.ts (test/ui/script-context.test.ts) in place of WXT's context. */
describe('the built content scripts (npm test builds first)', () => {
  it('WXT’s context module resolves to ours', () => {
    const resolve = ownContentScriptContext().resolveId as (source: string) => string | null;
    expect(resolve(WXT_CONTEXT_MODULE)).toBe(OWN_CONTEXT_FILE);
    expect(existsSync(OWN_CONTEXT_FILE)).toBe(true);
    expect(resolve('wxt/browser')).toBeNull();
  });

  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const dir = join(root, '.output', target, 'content-scripts');
    const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
    it.runIf(scripts.length > 0)(`${target}: carry this context, not WXT’s`, () => {
      for (const f of scripts) {
        const code = readFileSync(join(dir, f), 'utf8');
        expect(code, f).toContain(':wxt:content-script-started');
        expect(code, f).not.toContain('SCRIPT_STARTED_MESSAGE_TYPE');
        expect(code, f).not.toContain('locationWatcher');
      }
    });
  }
});

