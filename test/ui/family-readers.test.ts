import { describe, expect, it } from 'vitest';
import { readers } from '../../src/readers';
import { beianReaders } from '../../src/ui/page/readers/beian';
import { domainReaders } from '../../src/ui/page/readers/domain';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { swasReaders } from '../../src/ui/page/readers/swas';

const lists = { ecs: ecsReaders, swas: swasReaders, domain: domainReaders, beian: beianReaders };

describe('each content script carries exactly its family’s readers', () => {
  it.each(Object.entries(lists))('%s', (family, list) => {
    const expected = readers.filter((r) => r.family === family).map((r) => r.id);
    expect(list.map((r) => r.id)).toEqual(expected);
  });
});

describe('every reader’s pages are covered by its family’s content script hosts', () => {
  it.each(readers.map((r) => [r.id, r] as const))('%s', async (_id, reader) => {
    const { consoleHostsByFamily } = await import('../../src/messaging/console-hosts');
    const origins = consoleHostsByFamily[reader.family].map((p) => p.slice(0, -2));
    // the reader's "Test URLs" (STYLE.md) all sit on its family's hosts
    const src = (await import('node:fs')).readFileSync(`src/readers/${reader.id.replace(/^([a-z]+)-/, "$1/")}.ts`, 'utf8');
    const urls = [...src.matchAll(/https:\/\/[a-z0-9.-]+\.(?:aliyun|alibabacloud)\.com[^\s,)'"`]*/g)].map((m) => new URL(m[0]!));
    for (const url of urls.filter((u) => reader.matchesUrl(u))) expect(origins).toContain(url.origin);
  });
});
