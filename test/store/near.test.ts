import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/engine';
import { createBackgroundService } from '../../src/messaging/background-service';
import type { TabResultsMessage } from '../../src/messaging/contract';
import { parseTabResults } from '../../src/messaging/tab-results-guard';
import { defaultOptions, emptyStoredFacts, type StoredFacts } from '../../src/store';

/**
 * Review, session 21: "too many domains for one website" sat under the website's name field. The
 * tab's item names the domains it is about (`near`, from the rule's first need in catalogue.json), so
 * the page puts it at the domain field (test/ui/page-view.test.tsx; in Chromium: test/e2e/in-page.test.ts).
 */
const rules = loadRuleSet();
const BEIAN = 'https://beian.aliyun.com/pcContainer/formpage';
const from = { tab: { id: 1, url: BEIAN }, url: BEIAN };

describe('a website finding about its domains names them for the page', () => {
  it('Henan, two domains on one website: the limit carries both domains; a finding about the name does not', async () => {
    let facts = emptyStoredFacts() as StoredFacts;
    const bg = createBackgroundService({
      rules, now: () => new Date('2026-11-25T03:00:00Z'), lang: () => 'zh',
      getFacts: async () => facts, setFacts: async (f) => void (facts = f), getOptions: async () => defaultOptions,
      getTabs: async () => ({}), setTabs: async () => undefined, clearAll: async () => undefined,
      pushToTab: async () => undefined, setBadge: async () => undefined,
    });
    await bg.handle({ type: 'page-facts', url: BEIAN, reader: 'aliyun-beian-entity', facts: { version: 1, entity: { type: 'individual', name: '张三', province: '河南' } } }, from);
    const reply = (await bg.handle({ type: 'page-facts', url: BEIAN, reader: 'aliyun-beian-website', facts: { version: 1, websites: [{ name: '张三的个人博客', domains: ['zhangsan-blog.com', 'zhangsan-blog.cn'] }] } }, from)) as TabResultsMessage;
    const limit = reply.results.find((r) => r.rule === 'filing.province-domain-limit');
    expect(limit?.near).toEqual(['zhangsan-blog.com', 'zhangsan-blog.cn']);
    for (const r of reply.results.filter((x) => x.rule !== 'filing.province-domain-limit')) expect(r.near, r.rule).toBeUndefined();
    // the content script's guard keeps it
    expect(parseTabResults(reply)?.results.find((r) => r.rule === 'filing.province-domain-limit')?.near).toEqual(['zhangsan-blog.com', 'zhangsan-blog.cn']);
  });
});
