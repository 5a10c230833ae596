import { htmlToDocument } from '../src/cli/html-document';
import { lint, loadRuleSet } from '../src/engine/index';
import { readPage } from '../src/readers/index';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
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
  return [
    { name: 'read-tencent-cvm-list-500-rows', median_ms: median(tReads), budget_ms: 60, servers: cvm, runs: RUNS },
    { name: 'read-and-lint-ecs-list-500-rows', median_ms: median(both), budget_ms: 60, servers, runs: RUNS },
    { name: 'read-ecs-list-500-rows', median_ms: median(reads), servers, runs: RUNS },
    { name: 'lint-ecs-list-500-servers', median_ms: median(lints), servers, runs: RUNS },
  ];
}
