// One Chromium page of the built extension (reset to zh) with a DevTools session collecting trace
// events: the set-up every bench/trace-*.mts script shares. Start tracing with
// `cdp.send('Tracing.start', …)`, end it with `cdp.send('Tracing.end')` and `await done`; `events`
// then holds the trace.
import type { CDPSession, Page } from 'playwright-core';
import { launch, resetExtension, type Harness } from '../test/e2e/harness';

/** A trace event (the fields the scripts read). */
export type Ev = { name: string; ph: string; dur?: number; tdur?: number; ts: number; tid: number; pid: number; args?: any; cat?: string };

export async function openTraced(): Promise<{ h: Harness; page: Page; cdp: CDPSession; events: Ev[]; done: Promise<void> }> {
  const h = await launch();
  await resetExtension(h, { lang: 'zh' });
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  return { h, page, cdp, events, done };
}

/**
 * The page's main thread in a trace: the thread of the `console.timeStamp` event (`stamp`), its complete
 * events in time order (`main`), and its tasks.
 */
export function mainThread(events: Ev[]): { stamp: Ev; main: Ev[]; tasks: Ev[] } {
  const stamp = events.find((e) => e.name === 'TimeStamp')!;
  const th = `${stamp.pid}:${stamp.tid}`;
  const main = events.filter((e) => `${e.pid}:${e.tid}` === th && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  return { stamp, main, tasks: main.filter((e) => e.name === 'ThreadControllerImpl::RunTask') };
}
