import { describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { drawnText } from '../../src/readers/dom/drawn-text';

/**
 * With the page's style sheet on another origin (its rules unreadable, as on the consoles' CDN), drawn text is asked
 * of the browser's computed pseudo-element style (dom/drawn-text.ts computedDrawn): only for elements carrying an
 * attribute a page draws text from (data-*, title), not for the row keys, tracker ids, colspans and SVG geometry
 * every box of a console carries — each ask is two computed-style calls per element per read.
 */
function cdnPage(body: string) {
  const doc = htmlToDocument(`<!DOCTYPE html><html><head><style>.x{}</style></head><body>${body}</body></html>`, 'https://ecs.console.aliyun.com/');
  const sheet = (doc.querySelector('style') as HTMLStyleElement).sheet!;
  Object.defineProperty(sheet, 'cssRules', { get: () => { throw new Error('SecurityError: another origin'); } });
  const view = doc.defaultView!;
  const real = view.getComputedStyle.bind(view);
  const asked: Element[] = [];
  vi.spyOn(view, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) => {
    if (pseudo) asked.push(el);
    return real(el, pseudo);
  });
  return { doc, asked };
}

describe('drawn text with an unreadable style sheet (dom/drawn-text.ts computedDrawn)', () => {
  it('asks no computed style of boxes whose attributes are bookkeeping or look (data-row-key, data-spm, colspan, width, d)', () => {
    const { doc, asked } = cdnPage(
      '<table><tr data-row-key="i-1" data-spm="a2c4g"><td colspan="1">5</td><td width="80">x</td></tr></table><svg viewBox="0 0 1 1"><path d="M0 0" fill="none"></path></svg>',
    );
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      drawnText(el, 'before', undefined);
      drawnText(el, 'after', undefined);
    }
    expect(asked).toEqual([]);
  });

  it('still asks of a box with a data-* or title attribute a rule may draw (data-unit, data-status, title)', () => {
    const { doc, asked } = cdnPage('<span data-unit="Mbps">10</span><span data-status="已使用"></span><span title="全部">a</span>');
    for (const el of Array.from(doc.body.querySelectorAll('span'))) drawnText(el, 'after', undefined);
    expect(asked.length).toBe(3);
  });
});
