// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/engine';
import { createBackgroundService } from '../../src/messaging/background-service';
import { ChecklistResponseSchema, RequestSchema, type ChecklistResponse, type UnreadTab } from '../../src/messaging/contract';
import { MAX_SNAPSHOT_CHARS } from '../../src/snapshot/snapshot-limits';
import { defaultOptions, emptyStoredFacts, type StoredFacts, type TabSubjects } from '../../src/store';
import { TabSubjectsSchema } from '../../src/store/tab-subjects';
import { unreadWords } from '../../src/ui/not-read-words';
import { PopupApp } from '../../src/ui/popup-app';
import { strings } from '../../src/ui/strings';
import { popupShown } from '../helpers/until';

/**
 * A console page not read (src/messaging/not-read) or read in part: the content script says why with its
 * `get-tab-results`, the background keeps it as the tab's state (not a fact), the popup says it (session 54). Before,
 * neither reached the user: a not-read page sent nothing, and the lenient facts schema dropped `partial`.
 */
const rules = loadRuleSet();
const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const tab = (id: number, url = ECS) => ({ tab: { id, url }, url });
const popup = { url: 'chrome-extension://id/popup.html', extensionPage: true };
const tooLarge = { code: 'too-large', chars: 31_000_000, max: MAX_SNAPSHOT_CHARS } as const;

function setup() {
  const state = { facts: emptyStoredFacts() as StoredFacts, tabs: {} as TabSubjects };
  const service = createBackgroundService({
    rules,
    now: () => new Date('2026-11-25T03:00:00Z'),
    lang: () => 'en',
    getFacts: async () => state.facts,
    setFacts: async (f) => void (state.facts = f),
    getOptions: async () => defaultOptions,
    getTabs: async () => state.tabs,
    setTabs: async (t) => void (state.tabs = t),
    clearAll: async () => undefined,
    pushToTab: async () => undefined,
    setBadge: async () => undefined,
  });
  const checklist = async (t?: number) => ChecklistResponseSchema.parse(await service.handle({ type: 'get-checklist', ...(t !== undefined ? { tab: t } : {}) }, popup));
  return { service, state, checklist };
}
const facts = (extra: Record<string, unknown> = {}) => ({ type: 'page-facts', url: ECS, reader: 'aliyun-ecs-instance-list', facts: { version: 1, servers: [{ id: 'i-1', product: 'ecs' }], ...extra } });

describe('a tab whose page was not read', () => {
  it('get-tab-results with notRead: kept as the tab’s state, in the checklist (the popup’s tab first, marked current); the tab’s next facts clear it', async () => {
    const { service, state, checklist } = setup();
    await service.handle({ type: 'get-tab-results', url: ECS, notRead: tooLarge }, tab(4));
    await service.handle({ type: 'get-tab-results', url: ECS, notRead: { code: 'sheet-missing' } }, tab(9));
    expect(state.tabs['4']?.notRead).toEqual(tooLarge);
    expect(TabSubjectsSchema.safeParse(state.tabs).success).toBe(true);
    expect((await checklist(9)).unread).toEqual([{ family: 'ecs', notRead: { code: 'sheet-missing' }, current: true }, { family: 'ecs', notRead: tooLarge }]);
    expect((await checklist()).unread).toHaveLength(2);
    // not a fact: nothing stored
    expect(state.facts).toEqual(emptyStoredFacts());
    await service.handle(facts(), tab(4));
    await service.handle({ type: 'get-tab-results', url: ECS }, tab(9));
    expect((await checklist(4)).unread).toBeUndefined();
  });

  it('the tab loading a page (reload, another address): its "not read" and "read in part" go, its subjects stay', async () => {
    const { service, state, checklist } = setup();
    await service.handle(facts({ partial: { rowsRead: 2000, rowsShown: 5000 } }), tab(3));
    await service.handle({ type: 'get-tab-results', url: ECS, notRead: tooLarge }, tab(4));
    await service.tabLoading(3);
    await service.tabLoading(4);
    await service.tabLoading(99);
    expect((await checklist(3)).unread).toBeUndefined();
    expect(state.tabs['3']).toEqual({ url: ECS, family: 'ecs', subjects: ['server:i-1'] });
    expect(Object.keys(state.tabs)).toEqual(['3', '4']);
  });

  it('a reason that is not ours is refused (no page text travels as a reason)', () => {
    for (const notRead of [{ code: 'too-large', chars: 1 }, { code: 'sheet-missing', why: 'https://x/a.css' }, { code: 'page says hi' }, 'too large']) {
      const parsed = RequestSchema.safeParse({ type: 'get-tab-results', url: ECS, notRead });
      expect(!parsed.success || JSON.stringify(parsed.data).includes('https://x') === false, JSON.stringify(notRead)).toBe(true);
      if (typeof notRead === 'string' || notRead.code !== 'sheet-missing') expect(parsed.success, JSON.stringify(notRead)).toBe(false);
    }
  });

  it('a page read in part (facts.partial): the tab says so until a read that is whole', async () => {
    const { service, state, checklist } = setup();
    await service.handle(facts({ partial: { rowsRead: 2000, rowsShown: 5000 } }), tab(3));
    expect(state.tabs['3']?.partial).toEqual({ rowsRead: 2000, rowsShown: 5000 });
    expect((await checklist(3)).unread).toEqual([{ family: 'ecs', partial: { rowsRead: 2000, rowsShown: 5000 }, current: true }]);
    // the facts stored are the facts file's shape: no `partial`
    expect(JSON.stringify(state.facts)).not.toContain('partial');
    await service.handle(facts(), tab(3));
    expect((await checklist(3)).unread).toBeUndefined();
  });

  it('a page address between 4,000 and 8,192 characters: the content script’s message (cut to 4,000) is taken', () => {
    // (src/ui/page/run-console-page MESSAGE_URL_CHARS: the snapshot takes 8,192, the messages 4,000)
    const long = `${ECS}?q=${'a'.repeat(5000)}`;
    expect(RequestSchema.safeParse({ ...facts(), url: long }).success).toBe(false);
    expect(RequestSchema.safeParse({ ...facts(), url: long.slice(0, 4000) }).success).toBe(true);
  });
});

describe('the popup says it, zh and en', () => {
  const data = (lang: 'zh' | 'en', unread: UnreadTab[]): ChecklistResponse => ({ type: 'checklist', lang, rules: [], results: [], pages: {}, seen: 0, unread });
  async function shown(d: ChecklistResponse): Promise<string> {
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    render(<PopupApp loadChecklist={async () => d} checkDomain={async () => { throw new Error('no'); }} openOptions={() => undefined} fallbackLang={d.lang} />, el);
    await popupShown(el);
    return el.querySelector('ul.unread')?.textContent ?? '';
  }

  it('too large: this page, its size and the limit, what to do', async () => {
    expect(await shown(data('en', [{ family: 'ecs', notRead: tooLarge, current: true }]))).toBe(
      'This page is too large to read (31 million characters; the limit is 24 million): open a smaller page of the list — fewer rows per page, or a filter.',
    );
    expect(await shown(data('zh', [{ family: 'ecs', notRead: tooLarge, current: true }]))).toBe('当前页面太大，无法读取（字符数 3100 万，上限 2400 万）：请打开列表中更小的一页——减少每页行数，或先筛选。');
  });

  it('just over the limit: the exact size, not "24 million … the limit is 24 million"', () => {
    const t: UnreadTab = { family: 'ecs', notRead: { ...tooLarge, chars: MAX_SNAPSHOT_CHARS + 5 } };
    expect(unreadWords(t, strings.en)).toContain('(24,000,005 characters; the limit is 24 million)');
    expect(unreadWords(t, strings.zh)).toContain('（字符数 24000005，上限 2400 万）');
  });

  it('every reason, in both languages, names the page and says something of its own', () => {
    const reasons: UnreadTab[] = [
      { family: 'tencent', notRead: { code: 'url-too-long', chars: 9000, max: 8192 } },
      { family: 'tencent', notRead: { code: 'sheet-missing' } },
      { family: 'tencent', notRead: { code: 'parts-missing' } },
      { family: 'tencent', notRead: { code: 'refused' } },
      { family: 'tencent', notRead: { code: 'reader-failed' } },
      { family: 'tencent', partial: { rowsRead: 2000, rowsShown: 5000 } },
    ];
    for (const lang of ['en', 'zh'] as const) {
      const said = reasons.map((t) => unreadWords(t, strings[lang]));
      expect(new Set(said).size).toBe(reasons.length);
      for (const text of said) expect(text).toContain(lang === 'en' ? 'The Tencent Cloud console page in another tab' : '另一个标签页中的腾讯云控制台页面');
    }
    expect(unreadWords(reasons[0]!, strings.en)).toContain('9,000 characters; the limit is 8,192');
    expect(unreadWords(reasons[5]!, strings.en)).toContain('the first 2,000 of its 5,000 rows');
    expect(unreadWords(reasons[5]!, strings.zh)).toContain('共 5000 行，只读取了前 2000 行');
  });

  it('nothing not read: no such list', async () => {
    expect(await shown(data('en', []))).toBe('');
  });
});
