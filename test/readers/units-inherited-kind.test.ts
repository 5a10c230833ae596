import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { createReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { textUnits } from '../../src/readers/dom/units';

/**
 * A cell inherits the kind of the nearest action / status / help element among its parent and the
 * parent's five ancestors (units.ts inheritedKind). The answer is memoised per element with the
 * distance it was found at; these pages put the status element just inside and just outside that
 * window, with several rows, so a memo that loses or miscounts the distance shows. The rows are
 * plain `div`s: a grid's rows and cells stop the climb (the last tests).
 */
function page(wrappers: number): Document {
  const rows = Array.from({ length: 4 }, (_, i) => `<div class="r"><span id="c${i}">运行中 ${i}</span><span>x</span></div>`).join('');
  const open = '<div>'.repeat(wrappers);
  const close = '</div>'.repeat(wrappers);
  return htmlToDocument(`<html><body><div class="ant-tag">${open}<div><div>${rows}</div></div>${close}</div></body></html>`, 'https://example.com/');
}

const kinds = (doc: Document, cache?: WeakMap<Element, boolean | string>) => [0, 1, 2, 3].map((i) => textUnits(doc.getElementById(`c${i}`), cache)[0]?.kind);

describe('text units: the kind a cell inherits', () => {
  // row 0, its two parents 1 and 2, then `wrappers` divs, then the tag
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
    const doc = htmlToDocument('<html><body><div class="ant-tag"><div role="button"><div><div><span id="c0">a</span></div><div><span id="c1">b</span></div></div></div></div></body></html>', 'https://example.com/');
    const cache = new WeakMap<Element, boolean>();
    expect([0, 1].map((i) => textUnits(doc.getElementById(`c${i}`), cache)[0]?.kind)).toEqual(['action', 'action']);
  });

  // A class on a wrapper around a whole grid (`<div class="tip">`, found by the domain list's
  // metamorphic property with a random wrapper class `tIp`) said every cell was help, and the reader
  // kept only the domain link. Rows and cells start afresh; a tag inside a cell is still status.
  for (const wrapper of ['tIp', 'ant-tag', 'page-tips', 'op-btn']) {
    it(`a grid inside <div class="${wrapper}">: its cells are data, a tag in a cell status`, () => {
      const grids = [
        '<table><tbody><tr><td id="c0">运行中</td><td id="c1"><span class="ant-tag">已实名认证</span></td></tr></tbody></table>',
        '<div role="grid"><div role="row"><div role="gridcell" id="c0">运行中</div><div role="gridcell" id="c1"><span class="ant-tag">已实名认证</span></div></div></div>',
      ];
      for (const grid of grids) {
        const html = `<html><body><div class="${wrapper}"><div>${grid}</div></div></body></html>`;
        for (const cache of [undefined, new WeakMap<Element, boolean>()]) {
          const doc = htmlToDocument(html, 'https://example.com/');
          expect([0, 1].map((i) => textUnits(doc.getElementById(`c${i}`), cache)[0]?.kind)).toEqual(['data', 'status']);
          // walked from above the grid, too
          const units = textUnits(doc.body.firstElementChild?.firstElementChild, cache);
          expect(units.map((u) => u.kind)).toEqual(['data', 'status']);
        }
      }
    });
  }
});
