import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { findReaders, readPage } from '../../src/readers';
import { loadReaderFixtures } from '../helpers/fixtures';

const ids = (url: string) => findReaders(new URL(url)).map((r) => r.id);

describe('URL match of the domain and filing readers', () => {
  it.each([
    ['https://dc.console.aliyun.com/next/index#/domain/list/all-domain', 'aliyun-domain-list'],
    ['https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain', 'aliyun-domain-holder'],
    ['https://beian.aliyun.com/pcContainer/formpage', 'aliyun-beian-entity'],
    ['https://beian.console.aliyun.com/#/serviceCode', 'aliyun-beian-service-numbers'],
    ['https://beian.console.alibabacloud.com/', 'aliyun-beian-server'],
  ])('%s → %s', (url, id) => {
    expect(ids(url)).toContain(id);
  });
  it.each(['https://ecs.console.aliyun.com/server', 'https://dc.console.aliyun.com.evil.com/', 'https://beian.miit.gov.cn/'])('%s → none of ours', (url) => {
    expect(ids(url).filter((id) => /domain|beian/.test(id))).toEqual([]);
  });
});

describe('one reader claims a page, the others on the host stand aside (reader order does not matter)', () => {
  const fixtures = loadReaderFixtures().filter((f) => /^(beian-|domain-|virtual-host-)/.test(f.name) && f.reader);
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_n, f) => {
    const doc = htmlToDocument(f.html, f.url);
    const url = new URL(f.url);
    const claimed = findReaders(url).filter((r) => r.read(doc, url) !== null).map((r) => r.id);
    expect(claimed).toEqual([f.reader]);
  });
});

describe('never throws, never reads a page that is not there', () => {
  const fixtures = loadReaderFixtures().filter((f) => /^(domain|beian)-/.test(f.name));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s truncated', (_n, f) => {
    for (const cut of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const doc = htmlToDocument(f.html.slice(0, Math.floor(f.html.length * cut)), f.url);
      expect(() => readPage(doc, new URL(f.url))).not.toThrow();
    }
  });
  it('an empty page on each host gives no facts', () => {
    for (const url of ['https://dc.console.aliyun.com/', 'https://beian.aliyun.com/', 'https://beian.console.alibabacloud.com/']) {
      expect(readPage(htmlToDocument('<html><body><div id="app"></div></body></html>', url), new URL(url))).toBeNull();
    }
  });
});
