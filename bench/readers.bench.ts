import { htmlToDocument } from '../src/cli/html-document';
import { lint, loadRuleSet } from '../src/engine/index';
import { readPage } from '../src/readers/index';
import { ecsList500Html, ecsList500Url } from '../test/helpers/ecs-list-500';
import { medianMs, type BenchLine } from './measure';

/** Read + lint of a 500-row ECS instance list (happy-dom; the real-browser figure is in extension.bench). */
export default async function readersBench(): Promise<BenchLine[]> {
  const rules = loadRuleSet();
  const url = new URL(ecsList500Url);
  const html = ecsList500Html();
  const now = new Date('2026-11-24');
  let servers = 0;
  // A fresh document each run, so no computed-style cache carries over between runs.
  const docs = Array.from({ length: 14 }, () => htmlToDocument(html, url.href));
  let next = 0;
  const ms = medianMs(() => {
    const found = readPage(docs[next++ % docs.length]!, url);
    servers = found?.facts.servers?.length ?? 0;
    return lint({ version: 1, ...found?.facts }, rules, now);
  }, 11, 3);
  return [{ name: 'read-and-lint-ecs-list-500-rows', median_ms: ms, budget_ms: 10, servers }];
}
