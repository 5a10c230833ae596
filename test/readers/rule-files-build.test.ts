import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctByKey, ruleFileModule } from '../../build/rule-files';
import { labelBaseKey, labelKey, labelMatches } from '../../src/readers/dom/normalize-label';
import { contentScriptTerserOptions, minifyContentScripts } from '../../build/content-script-minify';
import { defineLabels } from '../../src/readers/labels';
import { root } from '../e2e/harness';

/**
 * The extension build's handling of rule files (build/rule-files.ts) and of the content scripts'
 * minifier (build/content-script-minify.ts): label files are checked when bundled, so the bundles
 * carry no check of their own — and a bad label file must then fail the build, never pass unchecked.
 */
const labelFiles = ['rules/labels/aliyun.json', 'rules/labels/tencent.json', ...readdirSync(join(root, 'rules/labels/aliyun')).map((f) => `rules/labels/aliyun/${f}`)];
const good = { provider: 'aliyun', groups: { g: { f: { labels: ['名称', 'Name'] } } } };

describe('rule files as the extension bundles them', () => {
  it('drops every $comment, nested too, and keeps the rest', () => {
    const code = JSON.stringify({ $comment: 'x', a: [{ $comment: 'y', b: 1 }], c: { $comment: 'z', d: 'e' } });
    expect(JSON.parse(ruleFileModule(code, '/p/rules/regions.json')!)).toEqual({ a: [{ b: 1 }], c: { d: 'e' } });
  });

  it('leaves files outside rules/ alone', () => {
    expect(ruleFileModule('{"$comment":"x"}', '/p/src/data.json')).toBeNull();
  });

  it.each(labelFiles)('%s passes the readers’ label check', (file) => {
    const out = ruleFileModule(readFileSync(join(root, file), 'utf8'), join(root, file));
    expect(out).not.toBeNull();
    expect(() => defineLabels(JSON.parse(out!))).not.toThrow();
  });

  it.each([
    ['no provider', { groups: {} }, 'provider'],
    ['a word list that is no list', { ...good, actions: '续费' }, 'actions'],
    ['an empty label list', { provider: 'aliyun', groups: { g: { f: { labels: [] } } } }, 'groups.g.f.labels'],
    ['a label that is no string', { provider: 'aliyun', groups: { g: { f: { labels: [1] } } } }, 'groups.g.f.labels'],
    ['a bad contains list', { provider: 'aliyun', groups: { g: { f: { labels: ['a'], contains: [''] } } } }, 'groups.g.f.contains'],
  ])('a label file with %s fails the build, naming the path', (_, file, path) => {
    expect(() => ruleFileModule(JSON.stringify(file), '/p/rules/labels/aliyun/x.json')).toThrow(`/p/rules/labels/aliyun/x.json: ${path}: not a label file field`);
    // and the same file is refused at load where no build checked it (CLI, tests)
    expect(() => defineLabels(file)).toThrow(`${path}: not a label file field`);
  });

  it('a label file whose provider is not that of its path fails the build (defineLabels would refuse the join)', () => {
    expect(() => ruleFileModule(JSON.stringify({ ...good, provider: 'tencent' }), '/p/rules/labels/aliyun/x.json')).toThrow('/p/rules/labels/aliyun/x.json: provider: not a label file field');
    expect(() => ruleFileModule(JSON.stringify({ ...good, provider: 'tencent' }), '/p/rules/labels/aliyun.json')).toThrow('provider: not a label file field');
    expect(() => defineLabels(good, { ...good, provider: 'tencent', groups: {} })).toThrow(/joined to aliyun/);
  });

  it('a family file that repeats a group of its provider’s shared file fails the build (defineLabels would refuse the join)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    mkdirSync(join(dir, 'rules/labels/aliyun'), { recursive: true });
    writeFileSync(join(dir, 'rules/labels/aliyun.json'), JSON.stringify(good));
    const family = join(dir, 'rules/labels/aliyun/x.json');
    expect(() => ruleFileModule(JSON.stringify(good), family)).toThrow(`${family}: groups.g: not a label file field`);
    expect(() => ruleFileModule(JSON.stringify({ ...good, groups: { other: good.groups.g } }), family)).not.toThrow();
    expect(() => defineLabels(good, good)).toThrow(/group g given twice/);
  });

  it('a good label file passes', () => {
    expect(ruleFileModule(JSON.stringify(good), '/p/rules/labels/aliyun/x.json')).toBe(JSON.stringify(good));
  });
});

describe('label files as the extension bundles them: words that repeat one by label key left out', () => {
  it('distinctByKey keeps the first of words with one label key (spaces, case, marks), in order', () => {
    expect(distinctByKey(['实例ID', '实例 ID', 'Instance ID', 'instance id', '* Instance ID:', '地域'])).toEqual(['实例ID', 'Instance ID', '地域']);
    // a qualifier that tells labels apart is kept: 持有者(中文) is not 持有者
    expect(distinctByKey(['持有者', '持有者(中文)', '持有者（中文）'])).toEqual(['持有者', '持有者(中文)']);
  });

  type Vocab = { labels: string[]; contains?: string[]; not?: string[] };
  type File = { actions?: string[]; statuses?: string[]; help?: string[]; groups: Record<string, Record<string, Vocab>>; values?: unknown };
  const lists = (f: File) => [
    ['actions', f.actions ?? []],
    ['statuses', f.statuses ?? []],
    ...Object.entries(f.groups).flatMap(([g, fields]) => Object.entries(fields).flatMap(([k, v]) => [[`${g}.${k}.labels`, v.labels], [`${g}.${k}.contains`, v.contains ?? []], [`${g}.${k}.not`, v.not ?? []]] as const)),
  ] as Array<readonly [string, readonly string[]]>;
  const keys = (words: readonly string[]) => new Set(words.map((w) => `${labelKey(w)} ${labelBaseKey(w)}`));

  it.each(labelFiles)('%s: every word list reads the same words (same keys; each source label still matches), help and values as written', (file) => {
    const source = JSON.parse(readFileSync(join(root, file), 'utf8')) as File;
    const bundled = JSON.parse(ruleFileModule(readFileSync(join(root, file), 'utf8'), join(root, file))!) as File;
    const out = new Map(lists(bundled));
    for (const [path, words] of lists(source)) {
      expect(keys(out.get(path)!), path).toEqual(keys(words));
      if (path.endsWith('.labels')) for (const w of words) expect(labelMatches(w, out.get(path)!), `${path}: ${w}`).toBe(true);
    }
    expect(bundled.help).toEqual(source.help);
    expect(bundled.values).toEqual(source.values);
  });

  it('leaves repeated words out of the Tencent vocabularies (实例 ID after 实例ID, availability zone after Availability Zone)', () => {
    const file = join(root, 'rules/labels/tencent.json');
    const bundled = JSON.parse(ruleFileModule(readFileSync(file, 'utf8'), file)!) as File;
    expect(bundled.groups['cvm-list']!.id!.labels).toContain('实例ID');
    expect(bundled.groups['cvm-list']!.id!.labels).not.toContain('实例 ID');
    expect(bundled.groups['cvm-list']!.zone!.labels).not.toContain('availability zone');
    const count = (f: File) => lists(f).reduce((n, [, w]) => n + w.length, 0);
    expect(count(bundled)).toBeLessThan(count(JSON.parse(readFileSync(file, 'utf8')) as File));
  });
});

describe('the content scripts’ minifier', () => {
  it('terser, more than one pass, for content and unlisted scripts only; NOMINIFY keeps them readable', () => {
    const content: { build?: object } = { build: { sourcemap: true } };
    minifyContentScripts([{ type: 'content-script' }], content);
    expect(content.build).toEqual({ sourcemap: true, minify: 'terser', terserOptions: contentScriptTerserOptions });
    expect(contentScriptTerserOptions.compress.passes).toBeGreaterThan(1);
    const pages: { build?: object } = { build: {} };
    minifyContentScripts([{ type: 'background' }], pages);
    minifyContentScripts([{ type: 'popup' }, { type: 'content-script' }], pages);
    expect(pages.build).toEqual({});
    const off: { build?: object } = { build: { minify: false } };
    minifyContentScripts([{ type: 'content-script' }], off);
    expect(off.build).toEqual({ minify: false });
  });
});

describe('the built content scripts (npm test builds first)', () => {
  const dir = join(root, '.output/chrome-mv3/content-scripts');
  it.runIf(existsSync(dir))('carry no label-file check of their own (done at build)', () => {
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBe(6); // five console families' and the overlay host's
    for (const f of scripts) expect(readFileSync(join(dir, f), 'utf8')).not.toContain('not a label file field');
  });
});
