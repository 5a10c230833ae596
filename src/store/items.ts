import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import type { StoredFacts } from './sightings';
import { decodeStoredFacts, encodeStoredFacts, storedFactsToText } from './stored-text';
import { defaultOptions, OptionsSchema, type Options } from './options';
import { TabSubjectsSchema, type TabSubjects } from './tab-subjects';
import { DismissedSchema, type Dismissed } from './dismissed';

/**
 * Every storage item of the extension, in one module (STYLE.md §3). Each is versioned from 1.
 *
 * Migration path: when a stored shape changes, raise `version` and add `migrations[n]`, a pure
 * function from the version n-1 value to version n (see `defineStoredFactsItem`, whose bump is tested
 * in test/store/items.test.ts). @wxt-dev/storage runs the missing migrations in order on first access.
 * Nothing here is synced or sent anywhere: everything lives in `local:` / `session:` storage.
 */

/**
 * Version 1: the store (./sightings StoredFacts) as an object. Version 2: the same store as its JSON text
 * (./stored-text: why), migration 2 writing a version 1 object out as text.
 */
export const STORED_FACTS_VERSION = 2;
export const storedFactsMigrations: Record<number, (old: any) => any> = { 2: storedFactsToText };

export function defineStoredFactsItem(
  version: number = STORED_FACTS_VERSION,
  migrations: Record<number, (old: any) => any> = storedFactsMigrations,
): WxtStorageItem<string, {}> {
  return storage.defineItem<string>('local:facts', {
    fallback: '',
    version,
    migrations,
  });
}

export const storedFactsItem = defineStoredFactsItem();

export const optionsItem = storage.defineItem<Options>('local:options', {
  fallback: defaultOptions,
  version: 1,
});

export const tabSubjectsItem = storage.defineItem<TabSubjects>('session:tabs', {
  fallback: {},
  version: 1,
});

/** The warnings the filer hid in the console pages (./dismissed): kept across reloads, removed by "clear everything". */
export const dismissedItem = storage.defineItem<Dismissed>('local:dismissed', {
  fallback: [],
  version: 1,
});

export async function getDismissed(): Promise<Dismissed> {
  const parsed = DismissedSchema.safeParse(await dismissedItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** Read and validate (a damaged value falls back to empty rather than breaking the extension). */
export async function getStoredFacts(): Promise<StoredFacts> {
  return decodeStoredFacts(await storedFactsItem.getValue());
}

/** The whole store written (as text: ./stored-text). */
export async function setStoredFacts(state: StoredFacts): Promise<void> {
  await storedFactsItem.setValue(encodeStoredFacts(state));
}

export async function getOptions(): Promise<Options> {
  const parsed = OptionsSchema.safeParse(await optionsItem.getValue());
  return parsed.success ? parsed.data : defaultOptions;
}

export async function getTabSubjects(): Promise<TabSubjects> {
  const parsed = TabSubjectsSchema.safeParse(await tabSubjectsItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** The one button: everything the extension stored is removed. */
export async function clearEverything(): Promise<void> {
  await Promise.all([storedFactsItem.removeValue({ removeMeta: true }), optionsItem.removeValue({ removeMeta: true }), tabSubjectsItem.removeValue(), dismissedItem.removeValue({ removeMeta: true })]);
}
