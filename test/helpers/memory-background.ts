import { loadRuleSet } from '../../src/engine';
import { createBackgroundService, type BackgroundDeps } from '../../src/messaging/background-service';
import type { TabResultsMessage } from '../../src/messaging/contract';
import { defaultOptions, emptyStoredFacts, type Options, type StoredFacts, type TabSubjects } from '../../src/store';

let rules: ReturnType<typeof loadRuleSet> | undefined;

/**
 * The background service over in-memory storage (no browser): English, the clock at
 * 2026-11-25 03:00 UTC, `options` as the stored options. `state` is what it has written: facts, tab
 * subjects, pushes to tabs, how often it cleared. `deps` replaces any of its dependencies.
 */
export function memoryBackground(deps: Partial<BackgroundDeps> = {}, options: Options = defaultOptions) {
  rules ??= loadRuleSet();
  const state = { facts: emptyStoredFacts() as StoredFacts, tabs: {} as TabSubjects, cleared: 0, pushed: [] as TabResultsMessage[] };
  const service = createBackgroundService({
    rules,
    now: () => new Date('2026-11-25T03:00:00Z'),
    lang: () => 'en',
    getFacts: async () => state.facts,
    setFacts: async (f) => void (state.facts = f),
    getOptions: async () => options,
    getTabs: async () => state.tabs,
    setTabs: async (t) => void (state.tabs = t),
    clearAll: async () => void state.cleared++,
    pushToTab: async (_id, m) => void state.pushed.push(m),
    setBadge: async () => undefined,
    ...deps,
  });
  return { service, state };
}
