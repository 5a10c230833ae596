// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultItem } from '../../src/messaging/tab-results';
import { HOST_TAG } from '../../src/ui/page/locate-subject';
import { placeOverlayHost, stashOverlayHost, takeOverlayHost } from '../../src/ui/page/overlay-host';
import { createPageView, type PageView } from '../../src/ui/page/page-view';
import { overlayCss, overlayHostCss } from '../../src/ui/page/warning-styles';

/**
 * The overlay's host placed at document start (entrypoints/overlay-host.content.ts): in `<html>` after
 * `<body>` once there is a body, taken by the page view, kept when a view goes (a later view draws in it
 * again, so no element is added to the page after its first layout). Chromium: test/e2e/overlay-host.test.ts.
 */
const fail = (subject: string): ResultItem => ({
  rule: 'server.subscription-billing', status: 'fail', severity: 'error', subject, subjectKind: 'server', message: `${subject} is pay-as-you-go`, fix: 'Convert it', title: 'Server is pay-as-you-go',
  sources: [{ publisher: '阿里云', title: 'ICP备案 产品简介', section: '限制说明 › 服务器', url: 'https://help.aliyun.com/zh/icp-filing/' }],
});
(globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
const settle = async (view: PageView) => {
  await view.settled();
  await new Promise((r) => setTimeout(r, 50));
};
let view: PageView | undefined;
afterEach(() => {
  view?.destroy();
  view = undefined;
  for (const h of document.querySelectorAll(HOST_TAG)) h.remove();
});

describe('the overlay host placed at document start', () => {
  it('waits for <body>, then goes after it in <html>, holding only its own rule', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.remove();
    const early = placeOverlayHost(doc);
    expect(early.host.isConnected).toBe(false);
    const body = doc.createElement('body');
    doc.documentElement.appendChild(body);
    await new Promise((r) => setTimeout(r, 0));
    expect(early.host.parentNode).toBe(doc.documentElement);
    expect(early.host.previousElementSibling).toBe(body);
    expect(early.host.shadowRoot).toBeNull(); // closed
    expect(early.style.textContent).toBe(overlayHostCss);
    expect(overlayCss.startsWith(overlayHostCss)).toBe(true);
  });

  it('with a body already there, at once', () => {
    const early = placeOverlayHost(document);
    expect(early.host.parentNode).toBe(document.documentElement);
  });

  it('the page view draws in it, and leaves it in place (empty) when it goes; the next view draws in it again', async () => {
    document.body.innerHTML = '<table><tbody><tr><td>i-bp1a</td><td>按量付费</td></tr></tbody></table>';
    const early = placeOverlayHost(document);
    view = createPageView(document, { overlay: early });
    view.update([fail('i-bp1a')], 'en');
    await settle(view);
    expect(view.root).toBe(early.root);
    expect(early.style.textContent).toBe(overlayCss);
    expect(early.root.querySelectorAll('.mk')).toHaveLength(1);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(document.body.querySelector(HOST_TAG)).toBeNull();
    view.destroy();
    expect(early.host.parentNode).toBe(document.documentElement);
    expect(early.root.querySelectorAll('.layer')).toHaveLength(1);
    expect(early.layer.childNodes).toHaveLength(0);
    expect(early.mount.childNodes).toHaveLength(0);
    view = createPageView(document, { overlay: early });
    view.update([fail('i-bp1a')], 'en');
    await settle(view);
    expect(early.root.querySelectorAll('.layer')).toHaveLength(1);
    expect(early.root.querySelectorAll('.mk')).toHaveLength(1);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('a console that drops it from <html>: put back where it was at the next update', async () => {
    document.body.innerHTML = '<table><tbody><tr><td>i-bp1a</td><td>按量付费</td></tr></tbody></table>';
    const early = placeOverlayHost(document);
    view = createPageView(document, { overlay: early });
    view.update([fail('i-bp1a')], 'en');
    await settle(view);
    early.host.remove();
    view.update([fail('i-bp1a'), fail('i-bp1b')], 'en');
    expect(early.host.parentNode).toBe(document.documentElement);
  });

  it('the console script takes the stashed host once', () => {
    stashOverlayHost(document);
    const taken = takeOverlayHost();
    expect(taken?.host.parentNode).toBe(document.documentElement);
    expect(takeOverlayHost()).toBeUndefined();
  });
});
