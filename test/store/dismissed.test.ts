import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/engine';
import { createBackgroundService } from '../../src/messaging/background-service';
import type { ChecklistResponse, TabResultsMessage } from '../../src/messaging/contract';
import { addDismissed, defaultOptions, dismissKey, DismissedSchema, emptyStoredFacts, type StoredFacts } from '../../src/store';

/**
 * Review, session 21: the in-page "不再提示" / "Hide" was kept in the page's memory only, so a reload
 * showed the warning again. The background keeps it (storage `local:dismissed`, store/dismissed),
 * the options page's "clear everything" removes it.
 */
const rules = loadRuleSet();
const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const from = (id: number, url = ECS) => ({ tab: { id, url }, url });
const popup = { url: 'chrome-extension://id/popup.html', extensionPage: true };
const ecsFacts = {
  type: 'page-facts',
  url: ECS,
  reader: 'aliyun-ecs-instance-list',
  facts: { version: 1, servers: [
    { id: 'i-payg', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 },
    { id: 'i-payg2', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 },
  ] },
};
const hide = { type: 'dismiss', rule: 'server.subscription-billing', subjectKind: 'server', subject: 'i-payg' };

/** Storage shared by every service made here: a new service is the background after a restart. */
function storage() {
  const state = { facts: emptyStoredFacts() as StoredFacts, dismissed: [] as string[], writes: 0, tabs: {} as Record<string, { url: string; family: string; subjects: string[] }> };
  const service = () =>
    createBackgroundService({
      rules,
      now: () => new Date('2026-11-25T03:00:00Z'),
      lang: () => 'en',
      getFacts: async () => state.facts,
      setFacts: async (f) => void (state.facts = f),
      getOptions: async () => defaultOptions,
      getTabs: async () => state.tabs,
      setTabs: async (t) => void (state.tabs = t as typeof state.tabs),
      clearAll: async () => {
        state.facts = emptyStoredFacts();
        state.dismissed = [];
      },
      getDismissed: async () => state.dismissed,
      setDismissed: async (d) => {
        state.writes++;
        state.dismissed = d;
      },
      pushToTab: async () => undefined,
      setBadge: async () => undefined,
    });
  return { state, service };
}
const shown = (m: unknown) => (m as TabResultsMessage).results.map((r) => `${r.rule} ${r.subject}`);

describe('a warning hidden in the page stays hidden', () => {
  it('after a reload of the page, and after the background restarts; other warnings still show; the checklist keeps it', async () => {
    const { state, service } = storage();
    const bg = service();
    expect(shown(await bg.handle(ecsFacts, from(1)))).toContain('server.subscription-billing i-payg');
    expect(await bg.handle(hide, from(1))).toEqual({ type: 'ack' });
    // the page reloads: it reads the list again and sends the same facts
    const again = shown(await bg.handle(ecsFacts, from(1)));
    expect(again).not.toContain('server.subscription-billing i-payg');
    expect(again).toContain('server.subscription-billing i-payg2');
    // the browser restarted the background: the choice is in storage
    const restarted = service();
    expect(shown(await restarted.handle(ecsFacts, from(2)))).not.toContain('server.subscription-billing i-payg');
    expect(shown(await restarted.handle({ type: 'get-tab-results', url: ECS }, from(3)))).not.toContain('server.subscription-billing i-payg');
    // the stored value: rule and subject key only
    expect(DismissedSchema.parse(state.dismissed)).toEqual(['server.subscription-billing|server:i-payg']);
    // hiding it twice writes nothing
    await restarted.handle(hide, from(2));
    expect(state.writes).toBe(1);
    // the popup's checklist still lists it
    const list = (await restarted.handle({ type: 'get-checklist' }, popup)) as ChecklistResponse;
    expect(list.results.some((r) => r.rule === 'server.subscription-billing' && r.subject === 'i-payg' && r.status === 'fail')).toBe(true);
  });

  it('"clear everything" on the options page shows it again', async () => {
    const { state, service } = storage();
    const bg = service();
    await bg.handle(ecsFacts, from(1));
    await bg.handle(hide, from(1));
    await bg.handle({ type: 'clear-all' }, { url: 'chrome-extension://id/options.html', extensionPage: true });
    expect(state.dismissed).toEqual([]);
    expect(shown(await bg.handle(ecsFacts, from(1)))).toContain('server.subscription-billing i-payg');
  });

  it('only a console tab may hide a warning; a malformed request is refused', async () => {
    const { state, service } = storage();
    const bg = service();
    await expect(bg.handle(hide, popup)).rejects.toThrow();
    await expect(bg.handle(hide, from(1, 'https://evil.example/'))).rejects.toThrow();
    await expect(bg.handle({ ...hide, subjectKind: 'person' }, from(1))).rejects.toThrow();
    await expect(bg.handle({ ...hide, rule: 'r'.repeat(200) }, from(1))).rejects.toThrow();
    expect(state.dismissed).toEqual([]);
  });

  it('only a warning the tab can show: a catalogue rule about a subject its page showed (session 35)', async () => {
    const { state, service } = storage();
    const bg = service();
    await bg.handle(ecsFacts, from(1));
    // another tab that showed nothing, a subject no page showed, a rule the catalogue does not have
    await bg.handle({ type: 'get-tab-results', url: ECS }, from(2));
    expect(await bg.handle(hide, from(2))).toEqual({ type: 'ack' });
    expect(await bg.handle({ ...hide, subject: 'i-never-shown' }, from(1))).toEqual({ type: 'ack' });
    expect(await bg.handle({ ...hide, rule: 'no.such-rule' }, from(1))).toEqual({ type: 'ack' });
    // a tab the background does not know at all (its page sent no facts)
    expect(await bg.handle(hide, from(9))).toEqual({ type: 'ack' });
    expect(state.dismissed).toEqual([]);
    expect(shown(await bg.handle(ecsFacts, from(1)))).toContain('server.subscription-billing i-payg');
    // the tab that shows it hides it
    await bg.handle(hide, from(1));
    expect(state.dismissed).toEqual(['server.subscription-billing|server:i-payg']);
  });

  it('keys: one per rule and subject (an entity by its name), the oldest dropped past the cap', () => {
    expect(dismissKey('domain.real-name-verified', 'domain', 'WWW.Zhangsan.CN.')).toBe('domain.real-name-verified|domain:zhangsan.cn');
    expect(dismissKey('filing.phone-province', 'entity', '甲公司')).not.toBe(dismissKey('filing.phone-province', 'entity', '乙公司'));
    expect(addDismissed(['a', 'b'], 'c', 2)).toEqual(['b', 'c']);
    expect(addDismissed(['a', 'b'], 'a', 2)).toEqual(['a', 'b']);
  });
});
