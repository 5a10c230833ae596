import WebSocket from 'ws';

/** A trace event (the fields the tests read). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, any>;
}

/**
 * A trace of the whole browser — every process, the extension's offscreen document's included, which a page's DevTools
 * session does not see — over DevTools' port (`port`: the harness's launch with CDP_PORT set), while `run` runs.
 */
export async function traceBrowser(port: string, categories: string, run: () => Promise<void>): Promise<TraceEvent[]> {
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const ws = new WebSocket(version.webSocketDebuggerUrl, { maxPayload: 1 << 30 });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const events: TraceEvent[] = [];
  let complete!: () => void;
  const done = new Promise<void>((resolve) => (complete = resolve));
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { method?: string; params?: { value?: TraceEvent[] } };
    if (m.method === 'Tracing.dataCollected') events.push(...(m.params?.value ?? []));
    if (m.method === 'Tracing.tracingComplete') complete();
  });
  let id = 0;
  const send = (method: string, params: object = {}) => ws.send(JSON.stringify({ id: ++id, method, params }));
  try {
    send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    // (the trace starts asynchronously)
    await new Promise((resolve) => setTimeout(resolve, 300));
    await run();
    send('Tracing.end');
    await done;
  } finally {
    ws.close();
  }
  return events;
}

/** The process whose events name a URL `url` matches (a frame's or a script's, in frame and script events). */
export function processOf(events: readonly TraceEvent[], url: RegExp): number | undefined {
  return events.find((e) => e.args !== undefined && url.test(JSON.stringify(e.args)))?.pid;
}
