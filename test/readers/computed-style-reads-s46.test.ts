import { describe, expect, it, vi } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { drawnText } from '../../src/readers/dom/drawn-text';
import { createReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { textUnits, valueWithTagsText } from '../../src/readers/dom/units';
import { createVisibilityCache, isSelfHidden } from '../../src/readers/dom/visibility';
import { withholdsValue } from '../../src/readers/dom/withheld-box';
import { tencentLabels } from '../../src/readers/tencent/labels';

/**
 * Session 46: what the first read of the 500-row Tencent CVM list in Chromium spent on computed styles (the consoles'
 * style sheets are on a CDN, their rules unreadable, so every element is asked). These pin how many properties are
 * read, not what is answered (the reader tests pin that): each computed-style property read costs ~0.3–0.8 µs in
 * Chromium, a pseudo-element's ~2.3 µs.
 */
function cdnPage(body: string) {
  const doc = htmlToDocument(`<!DOCTYPE html><html><head><style>.x{}</style></head><body>${body}</body></html>`, 'https://console.cloud.tencent.com/cvm/instance/index?rid=1');
  const sheet = (doc.querySelector('style') as HTMLStyleElement).sheet!;
  const rules = sheet.cssRules;
  // unreadable to the readers; happy-dom's own cascade (its getComputedStyle) still reads it
  Object.defineProperty(sheet, 'cssRules', {
    get: () => {
      if (new Error().stack?.includes('happy-dom')) return rules;
      throw new Error('SecurityError: another origin');
    },
  });
  const view = doc.defaultView!;
  const real = view.getComputedStyle.bind(view);
  /** element → property → reads (pseudo-elements under `::before` / `::after` keys of their own). */
  const reads = new Map<string, Map<string, number>>();
  vi.spyOn(view, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) => {
    const style = real(el, pseudo);
    const key = `${el.id}${pseudo ?? ''}`;
    return new Proxy(style, {
      get(target, prop, receiver) {
        if (typeof prop === 'string') {
          const m = reads.get(key) ?? new Map<string, number>();
          m.set(prop, (m.get(prop) ?? 0) + 1);
          reads.set(key, m);
        }
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as unknown as CSSStyleDeclaration;
  });
  return { doc, reads };
}

describe('computed-style reads on a page whose style sheets cannot be read (session 46)', () => {
  it('reads an element\'s display once when judging it (dom/visibility.ts computedHidden passes it on)', () => {
    const { doc, reads } = cdnPage('<div id="a" class="cell">10 Mbps</div>');
    const cache = createVisibilityCache();
    expect(isSelfHidden(doc.getElementById('a')!, cache)).toBe(false);
    const props = reads.get("a")!;
    expect(props.get('display')).toBe(1);
    expect(props.get('opacity')).toBe(1);
  });

  it('judges an element once per read of a session, whatever word lists walk it (dom/visibility.ts computedHiddenInRead)', () => {
    const { doc, reads } = cdnPage('<table><tbody><tr><td id="ip"><p id="p1">10.0.0.8<span id="t1">(内)</span></p><p id="p2">1.2.3.4<span id="t2">(公)</span></p></td></tr></tbody></table>');
    const cell = doc.getElementById('ip')!;
    let text = '';
    let withheld = true;
    withReadSession(createReadSession(), doc, () => {
      const cache = createVisibilityCache();
      // as ../tencent/common shownIp: the cell's units with the registered words, then with the Tencent ones
      withheld = withholdsValue(cell, cache);
      text = valueWithTagsText(cell, cache, tencentLabels);
    });
    expect(withheld).toBe(false);
    expect(text).toContain('10.0.0.8');
    for (const id of ['p1', 'p2', 't1', 't2']) expect(reads.get(id)?.get('opacity'), id).toBe(1);
    // a new read asks again (the DOM may have changed in between)
    withReadSession(createReadSession(), doc, () => void textUnits(cell, createVisibilityCache()));
    expect(reads.get('p1')?.get('opacity')).toBe(2);
  });

  it('reads a pseudo-element\'s content first and its look only when it draws one of the element\'s values (dom/drawn-text.ts computedDrawn)', () => {
    const { doc, reads } = cdnPage('<i id="copy" class="tea-icon tea-icon-copy" title="复制" role="button"></i>');
    const icon = doc.getElementById('copy')!;
    expect(drawnText(icon, 'before', undefined)).toBe('');
    expect(drawnText(icon, 'after', undefined)).toBe('');
    for (const key of ['copy::before', 'copy::after']) {
      const props = reads.get(key)!;
      expect(props.get('content'), key).toBe(1);
      expect([...props.keys()].filter((p) => p !== 'content'), key).toEqual([]);
    }
  });
});
