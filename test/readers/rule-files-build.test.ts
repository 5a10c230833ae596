import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileModule } from '../../build/rule-files';
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

  it('a good label file passes', () => {
    expect(ruleFileModule(JSON.stringify(good), '/p/rules/labels/aliyun/x.json')).toBe(JSON.stringify(good));
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
    expect(scripts.length).toBe(5);
    for (const f of scripts) expect(readFileSync(join(dir, f), 'utf8')).not.toContain('not a label file field');
  });
});
