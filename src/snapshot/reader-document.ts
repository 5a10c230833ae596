/**
 * Chrome: the offscreen document the pages are read in (entrypoints/reader), opened once and kept (an
 * offscreen document of reason DOM_PARSER stays until closed; a restarted service worker finds it open).
 * Entry-point glue over chrome.offscreen, which webextension-polyfill does not wrap.
 */
interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

export const READER_DOCUMENT = 'reader.html';
let opening: Promise<void> | undefined;

export async function ensureReaderDocument(chromeApi: { offscreen?: OffscreenApi; runtime?: RuntimeContexts }): Promise<void> {
  const offscreen = chromeApi.offscreen;
  if (!offscreen) throw new Error('no offscreen documents in this browser');
  const open = await chromeApi.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open && open.length > 0) return;
  opening ??= offscreen
    .createDocument({ url: READER_DOCUMENT, reasons: ['DOM_PARSER'], justification: 'Reads console pages for ICP filing facts off the pages’ main thread.' })
    .catch((err: unknown) => {
      // opened meanwhile (another request, or before this worker restarted)
      if (!/single offscreen|already/i.test(String(err))) throw err;
    })
    .finally(() => (opening = undefined));
  await opening;
}
