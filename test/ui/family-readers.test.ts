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

describe('each content script carries its own family’s hosts only', () => {
  it('consoleHosts is every family’s hosts, once each', async () => {
    const { consoleHosts, consoleHostsByFamily } = await import('../../src/messaging/console-hosts');
    expect(consoleHosts).toEqual(Object.values(consoleHostsByFamily).flat());
    expect(new Set(consoleHosts).size).toBe(consoleHosts.length);
  });

  it.each(['ecs', 'swas', 'domain', 'beian', 'tencent'] as const)('%s: its entry point passes its family’s constant; the built script holds no other host', async (family) => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { consoleHostsByFamily } = await import('../../src/messaging/console-hosts');
    const entry = readFileSync(`entrypoints/${family}.content.ts`, 'utf8');
    expect(entry).toMatch(new RegExp(`defineConsoleContentScript\\(${family}Hosts,`));
    const built = `.output/chrome-mv3/content-scripts/${family}.js`;
    if (!existsSync(built)) return; // npm test builds first
    const code = readFileSync(built, 'utf8');
    for (const [other, hosts] of Object.entries(consoleHostsByFamily)) for (const h of hosts) expect(code.includes(`"${h}"`), `${family}.js ${h}`).toBe(other === family);
  });
});
