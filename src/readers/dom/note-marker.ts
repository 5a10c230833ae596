/** The end of a word nothing raises to a power: a CJK character, a closing bracket. */
const AFTER_WORDS = /[\u3400-\u9fff\uf900-\ufaff）)】」』]$/u;
/** The end of a date or a time of day (2027-03-01, 2027/3/1, 23:59:59): nothing raises a date to a power either. */
const AFTER_DATE = /(?:(?<![\d.])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?)$/;

/** The text just before `el` in its parent (its previous sibling's, trimmed at the end). */
function textBefore(el: Element): string {
  const prev = el.previousSibling;
  return (prev?.textContent ?? '').trimEnd();
}

/**
 * The text a superscript draws: its text nodes apart from an SVG icon's <title> / <desc> (an icon's accessible
 * name, never drawn: <sup>※<svg role="img"><title>复制</title>…</svg></sup> draws ※ and an icon).
 */
function drawnText(sup: Element): string {
  if (sup.getElementsByTagName('svg').length === 0) return (sup.textContent ?? '').trim();
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).localName.toLowerCase();
        if ((tag === 'title' || tag === 'desc') && (c as Element).closest('svg')) continue;
        walk(c);
      }
    }
  };
  walk(sup);
  return out.trim();
}

const MARKS_ONLY = /^(?:[※*＊†‡§#⁰¹²³⁴⁵⁶⁷⁸⁹,，\s]+|[[［(（]\s*\d{1,2}\s*[\]］)）])$/u;

/**
 * A footnote reference after a value (宋禾<sup>²</sup>, 已使用<sup>※</sup>, 2027-03-01<sup><a href="#fn1">1</a></sup>):
 * a superscript that is only note marks (※ * † ‡ § #, superscript digits, a bracketed number [1]) or that links to
 * a place on the same page (`href="#…"`, where the notes are). It points at a note; it is no part of the value (a
 * superscript "²" would read as a digit 2 after the value's text is normalised). A plain superscript number with
 * no link after a figure or a Latin letter (m<sup>2</sup>, 10<sup>6</sup>) may be an exponent and is left alone; after
 * a CJK word or a closing bracket (宋禾<sup>2</sup>), or after a date or a time (2027-03-01<sup>1</sup>), nothing has an
 * exponent: a note mark. Pure.
 */
export function isNoteReference(sup: Element): boolean {
  const text = drawnText(sup);
  if (text === '' || text.length > 6) return false;
  if (MARKS_ONLY.test(text)) return true;
  const links = sup.getElementsByTagName('a');
  if (links.length === 0) return /^\d{1,2}$/.test(text) && (AFTER_WORDS.test(textBefore(sup)) || AFTER_DATE.test(textBefore(sup)));
  for (const a of Array.from(links)) if (!(a.getAttribute('href') ?? '').startsWith('#')) return false;
  return /^[\d\s,，*※†‡§a-z]+$/iu.test(text);
}
