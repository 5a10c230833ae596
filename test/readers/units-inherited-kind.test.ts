import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { createReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { textUnits } from '../../src/readers/dom/units';

/**
 * A cell inherits the kind of the nearest action / status / help element among its parent and the
 * parent's five ancestors (units.ts inheritedKind). The answer is memoised per element with the
 * distance it was found at; these pages put the status element just inside and just outside that
 * window, with several rows, so a memo that loses or miscounts the distance shows.
 */
function page(wrappers: number): Document {
  const rows = Array.from({ length: 4 }, (_, i) => `<tr><td id="c${i}">运行中 ${i}</td><td>x</td></tr>`).join('');
  const open = '<div>'.repeat(wrappers);
  const close = '</div>'.repeat(wrappers);
  return htmlToDocument(`<html><body><div class="ant-tag">${open}<table><tbody>${rows}</tbody></table>${close}</div></body></html>`, 'https://example.com/');
}

const kinds = (doc: Document, cache?: WeakMap<Element, boolean | string>) => [0, 1, 2, 3].map((i) => textUnits(doc.getElementById(`c${i}`), cache)[0]?.kind);

describe('text units: the kind a cell inherits', () => {
  // tr 0, tbody 1, table 2, then `wrappers` divs, then the tag
  for (const [wrappers, kind] of [
    [0, 'status'],
    [2, 'status'],
    [3, 'data'],
    [4, 'data'],
  ] as const) {
    it(`tag ${wrappers + 3} levels above the cell's parent: ${kind}`, () => {
      expect(kinds(page(wrappers))).toEqual([kind, kind, kind, kind]);
      expect(kinds(page(wrappers), new WeakMap())).toEqual([kind, kind, kind, kind]);
      const doc = page(wrappers);
      const session = createReadSession();
      expect(withReadSession(session, doc, () => kinds(doc, session.visibility))).toEqual([kind, kind, kind, kind]);
      // a second read of the session answers from its memo
      expect(withReadSession(session, doc, () => kinds(doc, session.visibility))).toEqual([kind, kind, kind, kind]);
    });
  }

  it('a nearer action wins over a status further up', () => {
    const doc = htmlToDocument('<html><body><div class="ant-tag"><div role="button"><table><tbody><tr><td id="c0">a</td></tr><tr><td id="c1">b</td></tr></tbody></table></div></div></body></html>', 'https://example.com/');
    const cache = new WeakMap<Element, boolean>();
    expect([0, 1].map((i) => textUnits(doc.getElementById(`c${i}`), cache)[0]?.kind)).toEqual(['action', 'action']);
  });
});
