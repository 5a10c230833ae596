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
  const doc = window.document as unknown as Document;
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/**
 * A saved page keeps shadow roots as `<template shadowrootmode="open|closed">` inside their host (how
 * browsers serialise them and parse them back); happy-dom's document.write leaves the template in
 * place, so each is attached here as a browser's parser does.
 */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(t.content);
    t.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
