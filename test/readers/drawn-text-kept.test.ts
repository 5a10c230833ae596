import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { drawnText } from '../../src/readers/dom/drawn-text';

/**
 * Drawn text's rules of a big `<style>` are kept by its text (dom/drawn-text.ts byText): each copy of a page the reader
 * document makes holds the console's fetched sheet anew (src/snapshot/inline-sheets). Which `@media` rules apply is still
 * decided per page, by its window: two pages of the same sheet in windows of different widths draw differently.
 */
const FILLER = '.pad{padding:0}'.repeat(4000);
const SHEET = `${FILLER}.w::after{content:" " attr(data-unit)}@media (max-width: 600px){.v::after{content:" " attr(data-unit)}}`;
const page = (width: number) =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${SHEET}</style></head><body><span class="w" data-unit="Mbps">5</span><span class="v" data-unit="GB">40</span></body></html>`, 'https://ecs.console.aliyun.com/', { width, height: 800 });

describe('drawn text of a big sheet kept by its text (dom/drawn-text.ts)', () => {
  it('a narrow window draws the @media rule, a wide one does not, whichever page of the same sheet came first', () => {
    for (const widths of [
      [1280, 400],
      [400, 1280],
    ]) {
      for (const width of widths) {
        const doc = page(width);
        expect(drawnText(doc.querySelector('.w')!, 'after', undefined), `width ${width}`).toBe(' Mbps');
        expect(drawnText(doc.querySelector('.v')!, 'after', undefined), `width ${width}`).toBe(width <= 600 ? ' GB' : '');
      }
    }
  });
});
