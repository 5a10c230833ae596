import { Window } from 'happy-dom';

/**
 * Parses saved page HTML into a Document at `url`, the way a reader sees it in the browser:
 * no script runs and nothing is fetched, but <style> rules apply, so getComputedStyle works.
 */
export function htmlToDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
