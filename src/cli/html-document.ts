import { Window } from 'happy-dom';

/**
 * Parses saved page HTML into a Document at `url`, the way a reader sees it in the browser:
 * no script runs and nothing is fetched, but <style> rules apply, so getComputedStyle works.
 * Declarative shadow roots (`<template shadowrootmode="open">`, as a browser parses them and as page
 * savers such as SingleFile store a micro-frontend's shadow DOM) are attached to their host.
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
  const document = window.document as unknown as Document;
  attachShadowRoots(document);
  return document;
}

function attachShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    const mode = t.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const shadow = host.attachShadow({ mode });
    shadow.appendChild((t as HTMLTemplateElement).content);
    t.remove();
    attachShadowRoots(shadow);
  }
}
