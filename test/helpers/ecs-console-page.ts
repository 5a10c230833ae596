import { inPageReading } from '../../src/ui/page/in-page-reading';
import { fakePageContext } from './fake-page-context';
import type { PageFacts } from '../../src/facts/schema';
import { applyPageDelta } from '../../src/messaging/page-delta';
import { familyReadPage } from '../../src/ui/page/family-reader';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { runConsolePage } from '../../src/ui/page/run-console-page';

const ecsUrl = new URL('https://ecs.console.aliyun.com/server/region/cn-hangzhou');

/**
 * The ECS content script's page loop (runConsolePage, 10 ms debounce, no in-page UI) on `html` put into the
 * current document: the messages it sent, the facts the background holds from them (the first full message
 * and each delta since; undefined before the first), how many reads it made, and `stop` (the context invalidated).
 */
export function startEcsConsolePage(html: string) {
  document.body.innerHTML = html;
  const { ctx, invalidate } = fakePageContext();
  const read = familyReadPage(ecsReaders);
  let reads = 0;
  const sent: Array<Record<string, any>> = [];
  runConsolePage(ctx, {
    reading: inPageReading((doc) => (reads++, read(doc, ecsUrl))),
    send: async (m) => {
      sent.push(m as unknown as Record<string, any>);
      return { type: 'results', lang: 'en', results: [] };
    },
    onPush: () => undefined,
    loadUi: async () => {
      throw new Error('no ui');
    },
    debounceMs: 10,
  });
  const facts = (): PageFacts | undefined => (sent.length === 0 ? undefined : sent.slice(1).reduce<PageFacts>((f, d) => applyPageDelta(f, d as never), sent[0]!.facts as PageFacts));
  return { sent, facts, reads: () => reads, stop: invalidate };
}
