// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/engine';
import { createBackgroundService } from '../../src/messaging/background-service';
import { ImportFactsResponseSchema } from '../../src/messaging/contract';
import { defaultOptions, emptyStoredFacts, importLimits, type ImportLimits, type StorageBudget, type StoredFacts } from '../../src/store';
import { importProblemText, readImportFile } from '../../src/ui/import-problem';
import { strings } from '../../src/ui/strings';
import { OptionsApp } from '../../src/ui/options-app';

/**
 * The options page's import as a filer meets it (review, session 20): a JSON file that is not a facts
 * file (a package.json, an array, {}) is named as such in the UI language, never as a schema error.
 */
const rules = loadRuleSet();
const settle = () => new Promise((r) => setTimeout(r, 30));

function background(limits?: { imports?: ImportLimits; storage?: StorageBudget }) {
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
    ...(limits ? { limits } : {}),
  });
}

/**
 * What the options page shows after choosing a file: the page's own checks (size, JSON) as the
 * options entry point makes them, then the background's answer, worded by the page.
 */
async function importShown(lang: 'zh' | 'en', file: unknown, limits?: { imports?: ImportLimits; storage?: StorageBudget }): Promise<string> {
  const service = background(limits);
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  const importFacts = async (chosen: File) => {
    const read = await readImportFile(chosen, limits?.imports?.fileBytes ?? importLimits.fileBytes);
    if (!read.ok) return read;
    const r = ImportFactsResponseSchema.parse(await service.handle({ type: 'import-facts', name: 'f.json', file: read.data }, { url: 'chrome-extension://id/options.html', extensionPage: true }));
    return r.ok ? { ok: true as const } : { ok: false as const, error: r.problem };
  };
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  render(
    <OptionsApp load={async () => ({ ...defaultOptions, lang })} save={async () => undefined} exportFacts={async () => undefined} importFacts={importFacts} clearAll={async () => undefined} provinces={[]} browserLang={lang} />,
    el,
  );
  for (let waited = 0; !el.querySelector('#import') && waited < 5000; waited += 30) await settle();
  const input = el.querySelector<HTMLInputElement>('#import')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'f.json', { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // the page's answer (a large file takes longer to read)
  const note = () => el.querySelectorAll('.note')[1]!.textContent ?? '';
  for (let waited = 0; note() === '' && waited < 5000; waited += 30) await settle();
  return note();
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
    // (session 21: in the filer's words first, then the field's place in the file)
    expect(await importShown('en', { version: 1, servers: [{ id: 'i-1', product: 'ecs', billing: 'monthly' }] })).toMatch(/^Not imported: Server 1: the value of “billing” .*\(servers\[0\]\.billing\)$/);
  });
});

/**
 * Review, session 21: every other reason an import is refused was shown in English and in schema
 * words ("websites[2].domains: 120, at most 100 per website"). The background answers a code with its
 * numbers; the page words it in the UI language.
 */
describe('options: why an import was refused, in the UI language', () => {
  const small: ImportLimits = { fileBytes: 3 * 1024 * 1024, websites: 3, domainsPerWebsite: 2, websiteDomainsTotal: 4, domains: 5, servers: 2 };
  const site = (n: number, d: number) => ({ name: `site-${n}`, domains: Array.from({ length: d }, (_, i) => `d${n}-${i}.cn`) });
  const server = (id: string) => ({ id, product: 'ecs' });
  type Limits = { imports?: ImportLimits; storage?: StorageBudget } | undefined;
  const cases: [string, unknown, Limits, string, string][] = [
    ['not JSON', '{"version": 1, servers: [', undefined, 'Not imported: the file is not JSON', '未导入：文件不是 JSON 格式'],
    ['a file over 3 MB', { version: 1, pad: 'p'.repeat(3 * 1024 * 1024) }, { imports: small }, 'Not imported: the file is too large (at most 3 MB)', '未导入：文件太大（最大 3 MB）'],
    ['a file over 1.5 MB', { version: 1, pad: 'p'.repeat(1600 * 1024) }, { imports: { ...small, fileBytes: 1.5 * 1024 * 1024 } }, 'Not imported: the file is too large (at most 1.5 MB)', '未导入：文件太大（最大 1.5 MB）'],
    ['a missing field', { version: 1, servers: [server('i-1'), { product: 'ecs' }] }, undefined, 'Not imported: Server 2: “id” is missing (servers[1].id)', '未导入：服务器 2：缺少“id”（servers[1].id）'],
    ['a field too long', { version: 1, entity: { type: 'individual', name: 'n'.repeat(600) } }, undefined, 'Not imported: The filing entity: “name” is too long (entity.name)', '未导入：备案主体：“name”太长（entity.name）'],
    ['a website’s domain that is not text', { version: 1, websites: [site(1, 1), { name: 'b', domains: ['b.cn', 7] }] }, undefined, 'Not imported: Website 2, domain 2: the value is not one ICP Preflight can use (websites[1].domains[1])', '未导入：网站 2 的第 2 个域名：取值无法识别（websites[1].domains[1]）'],
    ['too many websites', { version: 1, websites: [site(1, 1), site(2, 1), site(3, 1), site(4, 1)] }, { imports: small }, 'Not imported: more than 3 websites (4)', '未导入：网站超过 3 个（共 4 个）'],
    ['too many domains on website 3', { version: 1, websites: [site(1, 1), site(2, 1), site(3, 3)] }, { imports: small }, 'Not imported: Website 3: more than 2 domains (3)', '未导入：网站 3：域名超过 2 个（共 3 个）'],
    ['too many domains in all websites', { version: 1, websites: [site(1, 2), site(2, 2), site(3, 1)] }, { imports: small }, 'Not imported: more than 4 domains in all websites together (5)', '未导入：各网站的域名合计超过 4 个（共 5 个）'],
    ['too many domains', { version: 1, domains: Array.from({ length: 6 }, (_, i) => ({ domain: `x${i}.cn` })) }, { imports: small }, 'Not imported: more than 5 domains (6)', '未导入：域名超过 5 个（共 6 个）'],
    ['too many servers', { version: 1, servers: [server('i-1'), server('i-2'), server('i-3')] }, { imports: small }, 'Not imported: more than 2 servers (3)', '未导入：服务器超过 2 台（共 3 台）'],
  ];
  it.each(cases)('%s', async (_, file, limits, en, zh) => {
    expect(await importShown('en', file, limits)).toBe(en);
    expect(await importShown('zh', file, limits)).toBe(zh);
  });

  it('facts too large to store', async () => {
    const servers = Array.from({ length: 30 }, (_, i) => ({ id: `i-${i}`, product: 'ecs', account: 'a'.repeat(200) }));
    const storage = { totalBytes: 5_000, perSubjectBytes: 2_000 };
    expect(await importShown('en', { version: 1, servers }, { storage })).toMatch(/^Not imported: the facts take too much room to store \(\d+ KB, at most 4 KB\)$/);
    expect(await importShown('zh', { version: 1, servers }, { storage })).toMatch(/^未导入：信息太多，无法保存（\d+ KB，最多 4 KB）$/);
  });

  it('a write the browser refused: said in the UI language', () => {
    expect(importProblemText({ code: 'not-saved' }, strings.en)).toMatch(/^the browser did not save the facts/);
    expect(importProblemText({ code: 'not-saved' }, strings.zh)).toMatch(/^浏览器没有保存这些信息/);
  });

  it('no schema words; the Chinese texts have no English words besides the field names', () => {
    for (const [, , , en, zh] of cases) {
      for (const text of [en, zh]) expect(text).not.toMatch(/Invalid input|expected|at most \d+ per website|too_big/);
      expect(zh.replace(/\([^)]*\)|（[^）]*）|“[^”]*”|JSON|MB|ICP/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
