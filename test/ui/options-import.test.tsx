// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/engine';
import { createBackgroundService } from '../../src/messaging/background-service';
import { defaultOptions, emptyStoredFacts, type StoredFacts } from '../../src/store';
import { OptionsApp } from '../../src/ui/options-app';

/**
 * The options page's import as a filer meets it (review, session 20): a JSON file that is not a facts
 * file (a package.json, an array, {}) is named as such in the UI language, never as a schema error.
 */
const rules = loadRuleSet();
const settle = () => new Promise((r) => setTimeout(r, 30));

function background() {
  let facts = emptyStoredFacts() as StoredFacts;
  return createBackgroundService({
    rules,
    now: () => new Date('2026-11-25T03:00:00Z'),
    lang: (o) => (o === 'zh' ? 'zh' : 'en'),
    getFacts: async () => facts,
    setFacts: async (f) => void (facts = f),
    getOptions: async () => defaultOptions,
    getTabs: async () => ({}),
    setTabs: async () => undefined,
    clearAll: async () => undefined,
    pushToTab: async () => undefined,
    setBadge: async () => undefined,
  });
}

async function importShown(lang: 'zh' | 'en', file: unknown): Promise<string> {
  const service = background();
  const importFacts = async () => {
    const r = (await service.handle({ type: 'import-facts', name: 'f.json', file }, { url: 'chrome-extension://id/options.html', extensionPage: true })) as { ok: boolean; error?: string };
    return r.ok ? { ok: true as const } : { ok: false as const, error: r.error! };
  };
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  render(
    <OptionsApp load={async () => ({ ...defaultOptions, lang })} save={async () => undefined} exportFacts={async () => undefined} importFacts={importFacts} clearAll={async () => undefined} provinces={[]} browserLang={lang} />,
    el,
  );
  await settle();
  const input = el.querySelector<HTMLInputElement>('#import')!;
  Object.defineProperty(input, 'files', { value: [new File(['{}'], 'f.json', { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  return el.querySelectorAll('.note')[1]!.textContent ?? '';
}

describe('options: importing a JSON file that is not a facts file', () => {
  it.each([
    ['a package.json', { name: 'my-site', version: '1.0.0' }],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['a later version', { version: 2 }],
  ])('%s: "not a facts file" in the UI language, no schema words', async (_, file) => {
    const en = await importShown('en', file);
    expect(en).toBe('Not imported: the file is not an ICP Preflight facts file (it needs "version": 1; export one from this page)');
    const zh = await importShown('zh', file);
    expect(zh).toMatch(/^未导入：文件不是 ICP 备案预检的信息文件/);
    for (const text of [en, zh]) expect(text).not.toMatch(/Invalid input|expected|top level/);
  });
  it('a facts file with a wrong field still names the field', async () => {
    expect(await importShown('en', { version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'monthly' }] })).toMatch(/^Not imported: servers\[0\]\.billing/);
  });
});
