import { describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { drawnText } from '../../src/readers/dom/drawn-text';

/**
 * Computed values Firefox writes another way than Chromium (the Firefox build reads pages in its background page, on
 * Firefox's CSS engine: test/e2e/snapshot-read-in-firefox.test.ts). Here happy-dom's computed style is replaced by the
 * value each browser gives, and the readers' parsing must take both.
 */

/** A page whose sheet is another origin's (its rules unreadable), each pseudo-element's computed style being `style`. */
function cdnPage(body: string, style: Record<string, string>) {
  const doc = htmlToDocument(`<!DOCTYPE html><html><head><style>.x{}</style></head><body>${body}</body></html>`, 'https://ecs.console.aliyun.com/');
  const sheet = (doc.querySelector('style') as HTMLStyleElement).sheet!;
  Object.defineProperty(sheet, 'cssRules', { get: () => { throw new Error('SecurityError: another origin'); } });
  const view = doc.defaultView!;
  const real = view.getComputedStyle.bind(view);
  vi.spyOn(view, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) =>
    pseudo ? ({ display: 'inline', visibility: 'visible', opacity: '1', fontSize: '14px', transform: 'none', clip: 'auto', clipPath: 'none', ...style } as unknown as CSSStyleDeclaration) : real(el, pseudo),
  );
  return doc;
}

describe("a pseudo-element's computed content (dom/drawn-text.ts computedDrawn)", () => {
  it('Chromium: attr() resolved, " Mbps"', () => {
    const doc = cdnPage('<span class="n" data-unit="Mbps">10</span>', { content: '" Mbps"' });
    expect(drawnText(doc.querySelector('.n')!, 'after', undefined)).toBe(' Mbps');
  });

  it('Firefox: the declared pieces kept, `" " attr(data-unit)`, read as " Mbps"', () => {
    const doc = cdnPage('<span class="n" data-unit="Mbps">10</span>', { content: '" " attr(data-unit)' });
    expect(drawnText(doc.querySelector('.n')!, 'after', undefined)).toBe(' Mbps');
  });

  it('Firefox: `attr(data-status)` alone', () => {
    const doc = cdnPage('<span class="s" data-status="已使用"></span>', { content: 'attr(data-status)' });
    expect(drawnText(doc.querySelector('.s')!, 'after', undefined)).toBe('已使用');
  });

  it('Firefox: still nothing where the drawn text holds none of the element\'s values, or is hidden', () => {
    const doc = cdnPage('<span class="n" data-unit="Mbps" data-x="y">10</span>', { content: '"*" attr(data-other)' });
    expect(drawnText(doc.querySelector('.n')!, 'after', undefined)).toBe('');
    const hidden = cdnPage('<span class="n" data-unit="Mbps">10</span>', { content: '" " attr(data-unit)', visibility: 'hidden' });
    expect(hidden.querySelector('.n') && drawnText(hidden.querySelector('.n')!, 'after', undefined)).toBe('');
  });
});
