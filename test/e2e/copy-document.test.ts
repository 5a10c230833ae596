import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReaderPair, pageBundle, READER_HOST, type ReaderPair } from './reader-pages';

/**
 * The document a page's copy is opened in (src/snapshot/open-copy): its first, empty document opened for writing and
 * never closed. Chrome's autofill looks for forms in a frame's document once it has loaded, and again 100 ms after a form
 * control is added to it, and that look lays the whole document out — on the 500-row Tencent CVM list's copy ~210 ms of
 * the reader document's CPU after every read (bench/profile-reader.mts). A copy's document never loads: no such look.
 * The control case (a frame loaded from `srcdoc`, the copy's body moved in, as the copy was made until session 56) shows
 * the trace sees autofill's look where it happens. And what the copy's own head says still holds: nothing but style
 * sheets loads.
 */
let pair: ReaderPair;
const requested: string[] = [];
/** Requests the page's policy stopped (Chromium reports them, then fails them with `csp`). */
const stopped: string[] = [];

const ROWS = Array.from({ length: 200 }, (_, i) => `<tr><td><input type="checkbox"></td><td>ins-${i}</td><td>运行中</td></tr>`).join('');
const PAGE = `<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.example-static.test/copy-doc.css"></head><body>
<div class="toolbar"><input type="text" placeholder="搜索实例"><select><option>全部</option></select><textarea></textarea></div>
<img src="https://img.example-static.test/logo.png" alt="">
<table><tbody>${ROWS}</tbody></table></body></html>`;
const PAGE_URL = 'https://console.example-page.test/list';

beforeAll(async () => {
  const bundle = await pageBundle(`export { takeSnapshot } from './src/snapshot/take-snapshot';\nexport { openCopy } from './src/snapshot/open-copy';`, 'icpCopy');
  pair = await openReaderPair(bundle, bundle, true);
  pair.served.set(PAGE_URL, PAGE);
  pair.servedCss.set('https://cdn.example-static.test/copy-doc.css', '.toolbar { display: flex }');
  pair.reader.on('request', (r) => void requested.push(r.url()));
  pair.reader.on('requestfailed', (r) => {
    if (/csp/i.test(r.failure()?.errorText ?? '')) stopped.push(r.url());
  });
}, 60_000);

afterAll(async () => {
  await pair?.browser.close();
});

/** The reader page's tasks in a trace of `run` (and the 400 ms after it) that Chrome's autofill ran to look for forms. */
async function autofillLooks(cdp: CDPSession, run: string): Promise<number> {
  const events: Array<{ name: string; ph: string; args?: Record<string, unknown> }> = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as typeof events)));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  await pair.reader.evaluate(run);
  await pair.reader.waitForTimeout(400);
  await cdp.send('Tracing.end');
  await done;
  return events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && /ExtractForms/.test(JSON.stringify(e.args ?? {}))).length;
}

describe('the copy’s document (Chromium)', () => {
  it('is never looked at by autofill (and so not laid out by it); a frame loaded first and filled after is', async () => {
    await pair.page.goto(PAGE_URL);
    const snap = await pair.page.evaluate('icpCopy.takeSnapshot(document, [])');
    await pair.reader.goto(READER_HOST);
    const cdp = await pair.reader.context().newCDPSession(pair.reader);
    const copied = await autofillLooks(
      cdp,
      `(async () => { const copy = await icpCopy.openCopy(document, ${JSON.stringify(snap)}); window.copy = copy; return copy.doc.querySelectorAll('input').length; })()`,
    );
    expect(await pair.reader.evaluate('window.copy.doc.querySelectorAll("input, select, textarea").length')).toBe(203);
    expect(copied).toBe(0);
    // the control: the same body (without its image) moved into a frame that loaded first
    const loadedFirst = await autofillLooks(
      cdp,
      `(async () => {
        const frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-same-origin');
        frame.srcdoc = '<!DOCTYPE html><html><head></head><body></body></html>';
        await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); document.body.append(frame); });
        const parsed = Document.parseHTMLUnsafe(${JSON.stringify(PAGE.replace(/<img[^>]*>/, ''))});
        frame.contentDocument.body.replaceWith(frame.contentDocument.adoptNode(parsed.body));
      })()`,
    );
    expect(loadedFirst).toBeGreaterThan(0);
  });

  it('its own head holds: the page’s style sheet loads and applies, its image does not load; standards mode as the page', async () => {
    const shown = await pair.reader.evaluate(`(() => {
      const d = window.copy.doc;
      return { display: d.defaultView.getComputedStyle(d.querySelector('.toolbar')).display, mode: d.compatMode, base: d.baseURI };
    })()`);
    expect(shown).toEqual({ display: 'flex', mode: 'CSS1Compat', base: PAGE_URL });
    expect(requested).toContain('https://cdn.example-static.test/copy-doc.css');
    expect(stopped).not.toContain('https://cdn.example-static.test/copy-doc.css');
    // (asked for by the copy and stopped by its policy before it left the browser)
    const images = requested.filter((u) => u.startsWith('https://img.example-static.test/'));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((u) => !stopped.includes(u))).toEqual([]);
  });
});
