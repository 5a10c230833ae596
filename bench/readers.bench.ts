import { htmlToDocument } from '../src/cli/html-document';
import { lint, loadRuleSet } from '../src/engine/index';
import { readPage } from '../src/readers/index';
import { createReadSession, invalidate, withReadSession } from '../src/readers/dom/read-session';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { withConsoleCss } from './ecs-list-page';
import type { BenchLine } from './measure';

const RUNS = 11;
const WARMUP = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 1000) / 1000;
}

/**
 * Read + lint of a 500-row ECS instance list (happy-dom; the real-browser figure is in
 * extension.bench). Each run gets a fresh document, parsed outside the timed part and closed
 * right after it, so no computed-style or reader memo carries over and only one parsed page
 * (~33,000 elements) is alive at a time (14 live documents made GC dominate the figure).
 * Read and lint are timed separately; the combined line is their per-run sum.
 */
export default async function readersBench(): Promise<BenchLine[]> {
  const rules = loadRuleSet();
  const url = new URL(ecsList500Url);
  const html = ecsList500Html();
  const now = new Date('2026-11-24');
  let servers = 0;
  const reads: number[] = [];
  const lints: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const doc = htmlToDocument(html, url.href);
    const t0 = performance.now();
    const found = readPage(doc, url);
    const t1 = performance.now();
    lint({ version: 1, ...found?.facts }, rules, now);
    const t2 = performance.now();
    servers = found?.facts.servers?.length ?? 0;
    if (i >= WARMUP) {
      reads.push(t1 - t0);
      lints.push(t2 - t1);
      both.push(t2 - t0);
    }
    await (doc.defaultView as unknown as { happyDOM?: { close?: () => Promise<void> } } | null)?.happyDOM?.close?.();
  }
  // The Tencent CVM list (tea-table, split header/body) on the reading model: read only.
  const tUrl = new URL(tencentCvmList500Url);
  const tHtml = tencentCvmList500Html();
  const tReads: number[] = [];
  let cvm = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const doc = htmlToDocument(tHtml, tUrl.href);
    const t0 = performance.now();
    const found = readPage(doc, tUrl);
    const t1 = performance.now();
    cvm = found?.facts.servers?.length ?? 0;
    if (i >= WARMUP) tReads.push(t1 - t0);
    await (doc.defaultView as unknown as { happyDOM?: { close?: () => Promise<void> } } | null)?.happyDOM?.close?.();
  }
  // The same first read with a component library's style sheet of 8,000 rules on the page (CSS-in-JS
  // consoles, saved pages): what looking at the page's style rules adds to a first read.
  const cssHtml = withConsoleCss(html, 8000);
  const cssReads: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const doc = htmlToDocument(cssHtml, url.href);
    const t0 = performance.now();
    readPage(doc, url);
    if (i >= WARMUP) cssReads.push(performance.now() - t0);
    await (doc.defaultView as unknown as { happyDOM?: { close?: () => Promise<void> } } | null)?.happyDOM?.close?.();
  }
  // The read side of a re-read after one row changed (the content script's read session: only the
  // changed row is read again; the in-page view's update and the message are not in this figure).
  const rereads: number[] = [];
  {
    const doc = htmlToDocument(html, url.href);
    const session = createReadSession();
    const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const observer = new view.MutationObserver((records) => invalidate(session, records));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    withReadSession(session, doc, () => readPage(doc, url));
    const cells = Array.from(doc.querySelectorAll('td')).filter((td) => /包年包月|按量付费/.test(td.textContent ?? ''));
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const cell = cells[(i * 37) % cells.length];
      const leaf = cell?.querySelector('div') ?? cell;
      if (leaf) leaf.textContent = /按量/.test(leaf.textContent ?? '') ? '包年包月 2027-06-30 23:59 到期' : '按量付费 2026-10-01 10:00 创建';
      await new Promise((r) => setTimeout(r, 0)); // the observer's records
      const t0 = performance.now();
      withReadSession(session, doc, () => readPage(doc, url));
      if (i >= WARMUP) rereads.push(performance.now() - t0);
    }
    observer.disconnect();
    await (doc.defaultView as unknown as { happyDOM?: { close?: () => Promise<void> } } | null)?.happyDOM?.close?.();
  }
  return [
    { name: 'reread-ecs-list-500-rows-one-row-changed', median_ms: median(rereads), budget_ms: 5, runs: RUNS, note: 'read side only (happy-dom, read session)' },
    { name: 'read-tencent-cvm-list-500-rows', median_ms: median(tReads), budget_ms: 60, servers: cvm, runs: RUNS },
    { name: 'read-and-lint-ecs-list-500-rows', median_ms: median(both), budget_ms: 60, servers, runs: RUNS },
    { name: 'read-ecs-list-500-rows', median_ms: median(reads), servers, runs: RUNS },
    { name: 'read-ecs-list-500-rows-console-css', median_ms: median(cssReads), runs: RUNS, note: "the same first read, the page carrying a style sheet of 8,000 rules (bench/ecs-list-page.ts withConsoleCss); most of it happy-dom's parse of each rule's declarations (the CLI's cost, not a browser's)" },
    { name: 'lint-ecs-list-500-servers', median_ms: median(lints), servers, runs: RUNS },
  ];
}
