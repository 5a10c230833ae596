import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { createReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { textUnits, type UnitWords } from '../../src/readers/dom/units';
import { createVisibilityCache } from '../../src/readers/dom/visibility';

/**
 * Session 54: a run's kind is kept per distinct text where its words alone decide it (units refineKept: a list's columns
 * show the same texts row after row). A status word, an action word or an action's shape is decided by the run's element
 * (a status or an action drawn as an element of its own after a value's words, the value's words otherwise): the same
 * text, read first where it is a value and then where its element makes it a status or an action, is each.
 */
const WORDS: UnitWords = { actions: ['更换持有人'], statuses: ['已实名认证'], help: [], pending: [] };

function cells(html: string): Element[] {
  const doc = htmlToDocument(`<!DOCTYPE html><html><body><table><tbody><tr>${html}</tr></tbody></table></body></html>`, 'https://example.com/');
  return Array.from(doc.querySelectorAll('td'));
}
const kinds = (el: Element, cache = createVisibilityCache()) => textUnits(el, cache, WORDS).map((u) => `${u.kind}:${u.text}`);

describe('units kept by text (session 54)', () => {
  for (const session of [false, true]) {
    const read = <T>(doc: Document, f: () => T): T => (session ? withReadSession(createReadSession(), doc, f) : f());
    it(`a status word: a value alone, a status as an element of its own after the value's words${session ? ' (read session)' : ''}`, () => {
      const [alone, after] = cells('<td>已实名认证</td><td>李四 <span>已实名认证</span></td>');
      const cache = createVisibilityCache();
      read(alone!.ownerDocument, () => {
        expect(kinds(alone!, cache)).toEqual(['data:已实名认证']);
        expect(kinds(after!, cache)).toEqual(['data:李四', 'status:已实名认证']);
        expect(kinds(alone!, cache)).toEqual(['data:已实名认证']);
      });
    });
    it(`an action word and an action's shape: the value's words alone, an action after them${session ? ' (read session)' : ''}`, () => {
      const [alone, after, shapeAlone, shapeAfter] = cells('<td><span>更换持有人</span></td><td>李青禾 <span>更换持有人</span></td><td><span>去核验</span></td><td>李青禾 <span>去核验</span></td>');
      const cache = createVisibilityCache();
      read(alone!.ownerDocument, () => {
        expect(kinds(alone!, cache)).toEqual(['data:更换持有人']);
        expect(kinds(after!, cache)).toEqual(['data:李青禾', 'action:更换持有人']);
        expect(kinds(shapeAlone!, cache)).toEqual(['data:去核验']);
        expect(kinds(shapeAfter!, cache)).toEqual(['data:李青禾', 'action:去核验']);
      });
    });
    it(`an action word drawn as a tag: a status, an action in a focusable tag${session ? ' (read session)' : ''}`, () => {
      const [tag, focusable] = cells('<td><span class="ant-tag">更换持有人</span></td><td><div class="next-tag" role="button">更换持有人</div></td>');
      const cache = createVisibilityCache();
      read(tag!.ownerDocument, () => {
        expect(kinds(tag!, cache)).toEqual(['status:更换持有人']);
        expect(kinds(focusable!, cache)).toEqual(['action:更换持有人']);
      });
    });
  }
});
