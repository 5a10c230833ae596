import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { resetExtension, root, storedLocal, visit, type Harness } from './harness';
import { ours } from './shadow';
import { MAX_WAIT_MS } from '../../src/ui/page/read-pacing';

/**
 * The runner of the held-out FLOWS (test/fixtures-unseen/README.md "Eighty-third round", "Eighty-fourth round"): a flow is
 * a held-out page (`<name>.html`, its first state, expected facts in `<name>.json`) and the steps a console's framework
 * takes on it (`<name>.flow.json`: each step's script, run in the page, and the facts the page shows after it). After each
 * step the read the reader document answered (a patch of its kept copy, or the page read whole) must be the step's facts,
 * and what the background stored must be every subject the flow has shown, each with the facts of the last step that
 * showed it (see "What stored means" in the README). After the last step the page's final markup, opened in a new tab,
 * must read to the same facts and show as many warnings. Shared by `reread-flows` (round 83) and `reread-flows-84`.
 */
export interface Step {
  name: string;
  script: string;
  facts: PageFactsLike;
}
export interface PageFactsLike {
  version: 1;
  entity?: Record<string, unknown>;
  websites?: Array<Record<string, unknown>>;
  domains?: Array<Record<string, unknown>>;
  servers?: Array<Record<string, unknown>>;
}
export interface Flow {
  name: string;
  url: string;
  html: string;
  reader: string;
  facts: PageFactsLike;
  steps: Step[];
}

/** FLOWS_DIR: flows of another folder of the same layout (a round's scratch variants); FLOWS_ONLY: names containing it. */
const unseen = process.env.FLOWS_DIR ?? join(root, 'test/fixtures-unseen');

/** The flows of a round: a `.flow.json` names its round (`"round": 84`); round 83's name none. */
export function loadFlows(round: number): Flow[] {
  const out: Flow[] = [];
  for (const provider of ['aliyun', 'tencent']) {
    if (!existsSync(join(unseen, provider))) continue;
    for (const page of readdirSync(join(unseen, provider))) {
      for (const file of readdirSync(join(unseen, provider, page))) {
        if (!file.endsWith('.flow.json') || !file.includes(process.env.FLOWS_ONLY ?? '')) continue;
        const base = join(unseen, provider, page, file.slice(0, -'.flow.json'.length));
        const first = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string; reader: string; facts: PageFactsLike };
        const { steps, round: of = 83 } = JSON.parse(readFileSync(join(unseen, provider, page, file), 'utf8')) as { steps: Step[]; round?: number };
        if (of !== round && !process.env.FLOWS_DIR) continue;
        out.push({ name: relative(unseen, base), url: first.url, html: readFileSync(`${base}.html`, 'utf8'), reader: first.reader, facts: first.facts, steps });
      }
    }
  }
  return out;
}

/** What the reader document answered a read or a patch with, as the background's message wrapper saw it. */
export interface Answer {
  type: string;
  from: string;
  kind: string;
  reader: string | null;
  facts: PageFactsLike | null;
  at: number;
}

/** Wraps the service worker's sendMessage (once) so the reader document's answers are kept in `__flowAnswers`. */
export async function watchAnswers(h: Harness): Promise<void> {
  await h.worker.evaluate(`(() => {
    globalThis.__flowAnswers = [];
    const api = globalThis.chrome.runtime;
    if (api.__flowWrapped) return;
    const send = api.sendMessage.bind(api);
    api.sendMessage = (m, ...rest) => {
      const p = send(m, ...rest);
      if (m && (m.type === 'reader-document-read' || m.type === 'reader-document-patch')) {
        Promise.resolve(p).then(
          (a) => globalThis.__flowAnswers.push({ type: m.type, from: String(m.from), kind: String(a && a.kind), reader: (a && a.result && a.result.reader) || null, facts: (a && a.result && a.result.facts) || null, at: Date.now() }),
          () => globalThis.__flowAnswers.push({ type: m.type, from: String(m.from), kind: 'error', reader: null, facts: null, at: Date.now() }),
        );
      }
      return p;
    };
    api.__flowWrapped = true;
  })()`);
}

export const answers = (h: Harness) => h.worker.evaluate('globalThis.__flowAnswers ?? []') as Promise<Answer[]>;

/**
 * How long without an answer a step has settled: the longest wait of a backed-off read (a step's page-made changes that
 * changed nothing shown back the reads off: ../../src/ui/page/read-pacing MAX_WAIT_MS) and a read on a loaded machine. 900 ms
 * (until session 59) let the page-size flow of round 84 be judged on its loading mask's read once in three suite runs.
 */
const SETTLE_QUIET_MS = MAX_WAIT_MS + 500;

/**
 * Waits for the reads after `after` answers to settle (a read, then `quiet` ms without another, counted from the call at
 * the earliest); the answers since. From the call: a step's script that waits (a skeleton shown 1.5 s, then the content)
 * got its first read answered during the wait — counted from that answer, the step had settled before the page's last
 * change was read (round 84's variants: a language switch behind a skeleton was judged on the skeleton's read).
 */
export async function settled(h: Harness, after: number, quiet = SETTLE_QUIET_MS, timeout = 8000): Promise<Answer[]> {
  const start = Date.now();
  for (;;) {
    const all = await answers(h);
    const fresh = all.slice(after);
    const last = fresh.at(-1);
    if (last && Date.now() - Math.max(last.at, start) >= quiet) return fresh;
    if (!last && Date.now() - start > timeout) return fresh;
    if (Date.now() - start > timeout + 4000) return fresh;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A page's facts in a comparable form: subjects sorted, undefined fields gone; a page with no facts is `{}`. */
export function norm(facts: PageFactsLike | null | undefined): string {
  const f = facts ?? { version: 1 };
  const sortKeys = (o: unknown): unknown =>
    Array.isArray(o) ? o.map(sortKeys) : o && typeof o === 'object' ? Object.fromEntries(Object.keys(o).sort().filter((k) => (o as Record<string, unknown>)[k] !== undefined).map((k) => [k, sortKeys((o as Record<string, unknown>)[k])])) : o;
  const by = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[key]).localeCompare(String(b[key]));
  const out: Record<string, unknown> = {};
  if (f.entity) out.entity = f.entity;
  if (f.websites?.length) out.websites = [...f.websites].sort(by('name'));
  if (f.domains?.length) out.domains = [...f.domains].sort(by('domain'));
  if (f.servers?.length) out.servers = [...f.servers].sort(by('id'));
  return JSON.stringify(sortKeys(out));
}

/** Every subject the steps so far have shown, each with the facts of the last step that showed it. */
export function foldStored(states: PageFactsLike[]): PageFactsLike {
  const servers = new Map<string, Record<string, unknown>>();
  const domains = new Map<string, Record<string, unknown>>();
  const websites = new Map<string, Record<string, unknown>>();
  let entity: Record<string, unknown> | undefined;
  for (const s of states) {
    for (const x of s.servers ?? []) servers.set(String(x.id), x);
    for (const x of s.domains ?? []) domains.set(String(x.domain), x);
    for (const x of s.websites ?? []) websites.set(String(x.name), x);
    if (s.entity) entity = s.entity;
  }
  return { version: 1, ...(entity ? { entity } : {}), websites: [...websites.values()], domains: [...domains.values()], servers: [...servers.values()] };
}

/** What the background stored: each subject's newest sighting's facts (the flows show each subject through one reader). */
export async function stored(h: Harness): Promise<PageFactsLike> {
  const all = (await storedLocal(h)) as { facts?: { entity?: Sighting[]; websites?: Record<string, Sighting[]>; domains?: Record<string, Sighting[]>; servers?: Record<string, Sighting[]> } };
  type Sighting = { seenAt: string; facts: Record<string, unknown> };
  const newest = (list: Sighting[]) => [...list].sort((a, b) => a.seenAt.localeCompare(b.seenAt)).at(-1)?.facts;
  const f = all.facts ?? {};
  const of = (rec: Record<string, Sighting[]> | undefined) => Object.values(rec ?? {}).map(newest).filter((x): x is Record<string, unknown> => !!x);
  const entity = f.entity?.length ? newest(f.entity) : undefined;
  return { version: 1, ...(entity ? { entity } : {}), websites: of(f.websites), domains: of(f.domains), servers: of(f.servers) };
}

/** The page's markup now, as a saved page would have it: the extension's hosts left out, controls' state and CSSOM rules written in. */
export const finalMarkup = (page: Page) =>
  page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('icp-preflight-warning').forEach((e) => e.remove());
    const live = document.querySelectorAll('input, textarea, select');
    const copies = clone.querySelectorAll('input, textarea, select');
    live.forEach((el, i) => {
      const c = copies[i]!;
      if (el instanceof HTMLInputElement) {
        if (el.type === 'checkbox' || el.type === 'radio') el.checked ? c.setAttribute('checked', '') : c.removeAttribute('checked');
        else c.setAttribute('value', el.value);
      } else if (el instanceof HTMLTextAreaElement) c.textContent = el.value;
      else if (el instanceof HTMLSelectElement) [...(c as HTMLSelectElement).options].forEach((o, k) => (el.options[k]!.selected ? o.setAttribute('selected', '') : o.removeAttribute('selected')));
    });
    const styles = document.querySelectorAll('style');
    const styleCopies = clone.querySelectorAll('style');
    styles.forEach((s, i) => {
      const rules = s.sheet ? [...s.sheet.cssRules].map((r) => r.cssText).join('\n') : null;
      if (rules !== null) styleCopies[i]!.textContent = rules;
    });
    return '<!DOCTYPE html>\n' + clone.outerHTML;
  });

/**
 * Where the page is scrolled: the window, and each element scrolled (its path of child indices from `<html>`, the
 * extension's hosts not counted) — markup does not carry it, and a virtual list's rows translated down its scroll box
 * show only where the box is scrolled to them (round 84: a fresh tab of a list scrolled to its end showed no row).
 */
interface Scrolled {
  path: number[];
  top: number;
  left: number;
}
const scrolled = (page: Page) =>
  page.evaluate(() => {
    const out: Array<{ path: number[]; top: number; left: number }> = [{ path: [], top: window.scrollY, left: window.scrollX }];
    const walk = (el: Element, path: number[]) => {
      if (path.length && (el.scrollTop || el.scrollLeft)) out.push({ path, top: el.scrollTop, left: el.scrollLeft });
      [...el.children].filter((c) => c.localName !== 'icp-preflight-warning').forEach((c, i) => walk(c, [...path, i]));
    };
    walk(document.documentElement, []);
    return out;
  });
const scrollAs = (page: Page, state: Scrolled[]) =>
  page.evaluate((state) => {
    for (const { path, top, left } of state) {
      if (!path.length) {
        window.scrollTo(left, top);
        continue;
      }
      let el: Element | undefined = document.documentElement;
      for (const i of path) el = el && [...el.children].filter((c) => c.localName !== 'icp-preflight-warning')[i];
      if (el) el.scrollTo(left, top);
    }
  }, state);

/** A new tab showing the page as it is now: its markup (`finalMarkup`), scrolled where the page is. */
async function freshTab(h: Harness, page: Page): Promise<Page> {
  const state = await scrolled(page);
  const fresh = await visit(h, page.url(), await finalMarkup(page));
  await scrollAs(fresh, state);
  return fresh;
}

export const visibleMarkers = async (page: Page) => (await ours(page, '.mk')).filter((m) => m.visible).length;
/** The visible markers' places, `x,y` in px, by y then x: two tabs of the same page, viewport and scroll show them alike. */
const markerPlaces = async (page: Page) =>
  (await ours(page, '.mk'))
    .filter((m) => m.visible)
    .map((m) => `${Math.round(m.x)},${Math.round(m.y)}`)
    .sort((a, b) => Number(a.split(',')[1]) - Number(b.split(',')[1]) || Number(a.split(',')[0]) - Number(b.split(',')[0]))
    .join(' ');
const howMany = (places: string) => (places === '' ? 0 : places.split(' ').length);
/** The same places within 2 px (a layout's sub-pixel rounding). */
function samePlaces(a: string, b: string): boolean {
  const pa = a === '' ? [] : a.split(' ').map((p) => p.split(',').map(Number));
  const pb = b === '' ? [] : b.split(' ').map((p) => p.split(',').map(Number));
  return pa.length === pb.length && pa.every((p, i) => Math.abs(p[0]! - pb[i]![0]!) <= 2 && Math.abs(p[1]! - pb[i]![1]!) <= 2);
}

/**
 * Runs one flow in a fresh tab: its first state, each step, the final markup read fresh. Each line of `log` is
 * `flow | step | read | stored | markers` (a round's first-try count is made from them); `failures` gets what differs.
 */
export async function runFlow(h: Harness, flow: Flow, log: string[], failures: string[]): Promise<void> {
  await resetExtension(h, { lang: flow.name.includes('/en-') ? 'en' : 'zh' });
  await watchAnswers(h);
  const page = await visit(h, flow.url, flow.html);
  let seen = await settled(h, 0);
  const from = seen[0]?.from ?? '';
  let count = seen.length;
  const states: PageFactsLike[] = [];
  // a step that changes no markup (rows re-created as they were) gets no read: the tab's last answer stands
  let standing: Answer | undefined;
  const check = async (label: string, expected: PageFactsLike, got: Answer[]) => {
    const mine = got.filter((a) => a.from === from);
    const last = mine.at(-1) ?? standing;
    standing = last;
    const readOk = last !== undefined && norm(last.facts) === norm(expected);
    states.push(expected);
    const store = await stored(h);
    const storeOk = norm(store) === norm(foldStored(states));
    const how = mine.map((a) => `${a.type.replace('reader-document-', '')}:${a.kind}`).join(',') || 'no read';
    await page.waitForTimeout(300);
    log.push(`${flow.name} | ${label} | read ${readOk ? 'ok' : 'WRONG'} (${how}) | stored ${storeOk ? 'ok' : 'WRONG'} | markers ${await visibleMarkers(page)}`);
    if (!readOk) failures.push(`${flow.name} ${label}: read ${norm(last?.facts)}\n  expected ${norm(expected)}`);
    if (!storeOk) failures.push(`${flow.name} ${label}: stored ${norm(store)}\n  expected ${norm(foldStored(states))}`);
    return last;
  };
  const firstRead = await check('first state', flow.facts, seen);
  // the first state's reader too, as unseen-fixtures checks it (round 84: the empty website step was the entity reader's)
  if (firstRead && firstRead.reader !== flow.reader) failures.push(`${flow.name} first state: read by ${firstRead.reader}, expected ${flow.reader}`);
  let lastRead: Answer | undefined;
  for (const [i, step] of flow.steps.entries()) {
    await page.evaluate(`(async () => {\n${step.script}\n})()`);
    seen = await settled(h, count);
    count += seen.length;
    lastRead = await check(`step ${i + 1}: ${step.name}`, step.facts, seen);
    // FLOWS_FRESH_EACH (a probe, slower): every step's markup read fresh too, its markers compared
    if (process.env.FLOWS_FRESH_EACH && i < flow.steps.length - 1) {
      const other = await freshTab(h, page);
      const got = (await settled(h, count)).filter((a) => a.from !== from);
      count = (await answers(h)).length;
      let marks = [await markerPlaces(page), await markerPlaces(other)];
      for (let t = 0; t < 20 && !samePlaces(marks[0]!, marks[1]!); t++) {
        await page.waitForTimeout(250);
        marks = [await markerPlaces(page), await markerPlaces(other)];
      }
      const same = norm(got.at(-1)?.facts) === norm(lastRead?.facts);
      log.push(`${flow.name} | step ${i + 1} read fresh | ${same ? 'same facts' : 'DIFFERENT facts'} | markers ${howMany(marks[0]!)} / fresh ${howMany(marks[1]!)}${samePlaces(marks[0]!, marks[1]!) ? '' : ' PLACED DIFFERENTLY'}`);
      if (!same || !samePlaces(marks[0]!, marks[1]!)) failures.push(`${flow.name} step ${i + 1} fresh: ${norm(got.at(-1)?.facts)}\n  patched ${norm(lastRead?.facts)} markers at ${marks.join(' / fresh at ')}`);
      await other.close();
    }
  }
  // the final markup in a new tab, read whole: the same facts, as many warnings shown
  const fresh = await freshTab(h, page);
  const freshSeen = (await settled(h, count)).filter((a) => a.from !== from);
  count = (await answers(h)).length;
  const freshFacts = freshSeen.at(-1)?.facts;
  const same = norm(freshFacts) === norm(lastRead?.facts);
  // as many warnings, in the same places (both tabs have the same viewport and scroll: a marker beside another row than
  // the fresh tab's — rows moved by a sort, recycled by a virtual window — counts as many but is wrong)
  let marks = [await markerPlaces(page), await markerPlaces(fresh)];
  for (let t = 0; t < 20 && !samePlaces(marks[0]!, marks[1]!); t++) {
    await page.waitForTimeout(250);
    marks = [await markerPlaces(page), await markerPlaces(fresh)];
  }
  log.push(`${flow.name} | fresh read of the final markup | ${same ? 'same facts' : 'DIFFERENT facts'} | markers ${howMany(marks[0]!)} / fresh ${howMany(marks[1]!)}${samePlaces(marks[0]!, marks[1]!) ? '' : ' PLACED DIFFERENTLY'}`);
  if (!same) failures.push(`${flow.name} fresh read: ${norm(freshFacts)}\n  patched ${norm(lastRead?.facts)}`);
  if (!samePlaces(marks[0]!, marks[1]!)) failures.push(`${flow.name} markers: at ${marks[0]} after the flow, at ${marks[1]} in a fresh tab`);
  await fresh.close();
  await page.close();
}
