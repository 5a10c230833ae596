import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { labelKey } from '../../src/readers/dom/normalize-label';
import { readPage } from '../../src/readers';
import { defineLabels } from '../../src/readers/labels';
import shared from '../../rules/labels/aliyun.json';
import beian from '../../rules/labels/aliyun/beian.json';
import domain from '../../rules/labels/aliyun/domain.json';
import ecs from '../../rules/labels/aliyun/ecs.json';
import swas from '../../rules/labels/aliyun/swas.json';
import { root } from '../e2e/harness';

/**
 * Per-family word lists (rules/labels/aliyun.json holds the words every family shares; the resource
 * consoles' renewal, configuration, instance and domain actions and statuses are in ecs.json, swas.json
 * and domain.json), so the filing console's content script does not carry them:
 * - the ECS, SWAS and domain scripts carry every Alibaba action and status word (nothing dropped);
 * - the filing console read with ITS words only (a fresh module graph of the beian readers, as its
 *   content script loads them) reads every filing page exactly as with every word.
 */
const keys = (words: readonly string[]) => new Set(words.map(labelKey));
const all = defineLabels(shared, beian, domain, ecs, swas);

describe('Alibaba word lists per page family', () => {
  it.each([
    ['ecs', ecs],
    ['swas', swas],
    ['domain', domain],
  ] as const)('the %s script carries every action and status word', (_, file) => {
    const joined = defineLabels(shared, file);
    expect(keys(joined.actions)).toEqual(keys(all.actions));
    expect(keys(joined.statuses)).toEqual(keys(all.statuses));
    expect(joined.help).toEqual(all.help);
  });

  it('the filing console carries the shared words only: no renewal, configuration or instance words', () => {
    const joined = defineLabels(shared, beian);
    for (const w of ['续费', '升降配', '远程连接', 'Renew', 'Remote Connection']) expect(joined.actions).not.toContain(w);
    for (const w of ['运行中', '已停止', 'Running', '已到期']) expect(joined.statuses).not.toContain(w);
    for (const w of ['修改', '查看详情', '帮助', 'Edit', 'View Details']) expect(joined.actions).toContain(w);
    expect(joined.actions.length).toBeLessThan(all.actions.length);
  });

  const pages = ['test/fixtures', 'test/fixtures-unseen/aliyun'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((d) => d.startsWith('beian-') && statSync(join(root, dir, d)).isDirectory())
      .flatMap((d) => readdirSync(join(root, dir, d)).filter((f) => f.endsWith('.html')).map((f) => join(dir, d, f))),
  );

  it('has filing pages to read', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  // the content script's module graph: the beian readers only (their label files register their words). One test
  // per page (all pages in one test took 95-168 s on the shared machine, past the 60 s timeout).
  let alone: { readWith: typeof import('../../src/readers/read-with').readWith; beianReaders: typeof import('../../src/ui/page/readers/beian').beianReaders };
  let units: typeof import('../../src/readers/dom/units');
  beforeAll(async () => {
    vi.resetModules();
    const { beianReaders } = await import('../../src/ui/page/readers/beian');
    const { readWith } = await import('../../src/readers/read-with');
    units = await import('../../src/readers/dom/units');
    alone = { readWith, beianReaders };
  });

  it('the filing console’s module graph registers the filing console’s words only', () => {
    expect(keys(units.defaultUnitWords().actions)).toEqual(keys(defineLabels(shared, beian).actions));
  });

  it.each(pages)('%s reads the same with the filing console’s words only as with every word', (p) => {
    const expected = JSON.parse(readFileSync(join(root, p.replace(/\.html$/, '.json')), 'utf8')) as { url: string };
    const html = readFileSync(join(root, p), 'utf8');
    const url = new URL(expected.url);
    const got = alone.readWith(alone.beianReaders, htmlToDocument(html, expected.url), url);
    const withAll = readPage(htmlToDocument(html, expected.url), url);
    expect(got?.facts ?? null, p).toEqual(withAll?.facts ?? null);
    expect(got?.reader ?? null, p).toBe(withAll?.reader ?? null);
  });
});
