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

/** A main-thread task of a content script (see contentScriptTasks): wall and thread-CPU ms, what ran it. */
export interface ScriptTask {
  ts: number;
  ms: number;
  cpuMs: number;
  kind: 'evaluate' | 'timer' | 'idle' | 'microtasks' | 'other';
  /** Layout and style recalculation inside the task (forced by the script), ms. */
  layoutMs: number;
  /**
   * The browser's rendering inside the task, ms: style, layout, pre-paint, paint, layerize and commit,
   * forced by the script or of a frame the task is (an animation-frame callback runs inside its frame's
   * task). On the 20,000-row page the first frame after any element is added spends ~75 ms in pre-paint
   * alone, whoever added it (bench/insert-frame-cost.mts).
   */
  renderMs: number;
  /**
   * Chrome's page-text capture inside the task, ms (`ChromeRenderFrameObserver::CapturePageText`, trace
   * category `renderer`: the text of the whole page taken for translation's language detection, once
   * per load, in the first frame laid out after the load finished). The page pays it without the
   * extension too, in its own frame right after the load (bench/page-text-capture.mts: ~80–120 ms on the
   * 20,000-row page); with the extension the first frame after the load is often the one that shows the
   * markers, so it lands in that task. Not the extension's work.
   */
  pageTextCaptureMs: number;
  /** The same capture's thread CPU, ms. */
  pageTextCaptureCpuMs: number;
}

/** Chrome's page-text capture (trace category `renderer`): see ScriptTask.pageTextCaptureMs. */
export const PAGE_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

const isExtensionUrl = (e: Ev) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://');

/**
 * The content script's own tasks in a trace (categories `toplevel,devtools.timeline,v8.execute`), from
 * its first (the one that evaluates it, `EvaluateScript` of a chrome-extension:// URL) on, on that
 * thread: a task is the content script's when it runs a function of an extension script (its URL:
 * `FunctionCall`, `EvaluateScript`, `v8.compile`), fires an idle callback, or runs microtasks with no
 * script of the page in it (the content script's promise continuations: message replies, awaited idle
 * chunks). Meant for bench pages that run no script of their own after they are parsed (no timers, idle
 * callbacks or promises of their own): the page's layouts, frames and parse are not counted. undefined:
 * no content script ran.
 */
export function contentScriptTasks(events: Ev[]): ScriptTask[] | undefined {
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && isExtensionUrl(e));
  if (!evaluate) return undefined;
  const th = `${evaluate.pid}:${evaluate.tid}`;
  const main = events.filter((e) => `${e.pid}:${e.tid}` === th && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const out: ScriptTask[] = [];
  let task: Ev | undefined;
  let flags = { ext: false, page: false, idle: false, micro: false, timer: false, evaluate: false };
  let layout = 0;
  let render: Array<[number, number]> = [];
  let capture = 0;
  let captureCpu = 0;
  const close = () => {
    if (!task || task.ts + (task.dur ?? 0) < evaluate.ts) return;
    if (!(flags.ext || flags.idle || (flags.micro && !flags.page))) return;
    const kind = flags.evaluate ? 'evaluate' : flags.idle ? 'idle' : flags.timer ? 'timer' : flags.ext ? 'other' : 'microtasks';
    // nested rendering events (pre-paint inside a forced hit test) counted once: the union of their spans
    let renderUs = 0;
    let end = -Infinity;
    for (const [from, to] of render.sort((a, b) => a[0] - b[0])) {
      if (to <= end) continue;
      renderUs += to - Math.max(from, end);
      end = to;
    }
    out.push({ ts: task.ts, ms: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? 0) / 1000, kind, layoutMs: layout / 1000, renderMs: renderUs / 1000, pageTextCaptureMs: capture / 1000, pageTextCaptureCpuMs: captureCpu / 1000 });
  };
  for (const e of main) {
    if (e.name === 'ThreadControllerImpl::RunTask' && (!task || e.ts >= task.ts + (task.dur ?? 0))) {
      close();
      task = e;
      flags = { ext: false, page: false, idle: false, micro: false, timer: false, evaluate: false };
      layout = 0;
      render = [];
      capture = 0;
      captureCpu = 0;
      continue;
    }
    if (!task || e.ts > task.ts + (task.dur ?? 0)) continue;
    if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') {
      if (isExtensionUrl(e)) {
        flags.ext = true;
        if (e.name === 'EvaluateScript') flags.evaluate = true;
      } else if (e.args?.data?.url) flags.page = true;
    } else if (e.name === 'FireIdleCallback') flags.idle = true;
    else if (e.name === 'RunMicrotasks') flags.micro = true;
    else if (e.name === 'TimerFire') flags.timer = true;
    if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') layout += e.dur ?? 0;
    if (RENDERING.has(e.name)) render.push([e.ts, e.ts + (e.dur ?? 0)]);
    if (e.name === PAGE_TEXT_CAPTURE) {
      capture += e.dur ?? 0;
      captureCpu += e.tdur ?? 0;
    }
  }
  close();
  return out;
}
