import { normalizeText } from './normalize-label';
import { labelledAsUserText } from './typed-text';
import type { TextUnit, UnitKind } from './units';

/**
 * A CELL'S TEXT WITHOUT THE USER'S REMARK LINES. A list's billing or address cell may carry a line the account's owner
 * wrote, opened by its label and a colon ("备注：旧机 2026-06-30 到期", "Remark: old IP 8.8.8.8, 100 Mbps"; the `userText`
 * words of rules/labels, not a label naming an id: ./typed-text labelledAsUserText): what it says is the user's, no
 * date, mode or bandwidth of the instance. A line is an element of the cell whose text opens so (with the boxes around
 * it that open with the same text, below the cell), or a run of the cell's own text between `<br>`s. Pure; never throws.
 */

const SHOWN = new Set<UnitKind>(['data', 'control', 'status']);
const DATA = new Set<UnitKind>(['data', 'control']);

/**
 * A colon as NFKC gives it (./normalize-label normalizeText): a text none of these are in opens with no label and a colon
 * (./typed-text labelledAsUserText), nor does any text inside it.
 */
const COLON_ANY = /[:\uff1a\ufe55\ufe13\u2a74]/;

/** The elements under `cell` in document order whose text holds a colon (COLON_ANY): no box without one is a remark line. */
function elementsWithColon(cell: Element, out: Element[] = []): Element[] {
  for (let c = cell.firstElementChild; c; c = c.nextElementSibling) {
    if (!COLON_ANY.test(c.textContent ?? '')) continue;
    out.push(c);
    elementsWithColon(c, out);
  }
  return out;
}

function remarkBoxes(cell: Element): Element[] {
  const boxes: Element[] = [];
  // (every element of a 500-row list's cells was asked for its text: those with no colon are skipped, with what they hold)
  for (const el of elementsWithColon(cell)) {
    if (boxes.some((b) => b.contains(el))) continue;
    // (a box of several lines opening with the remark is no line: the remark is the line in it)
    if (Array.from(el.children).some((c) => LINE_TAG.test(c.tagName))) continue;
    const text = normalizeText(el.textContent);
    if (!labelledAsUserText(text)) continue;
    // (the label in a span of its own, the remark in the line around it: the line whose text opens with it)
    let box = el;
    // (not past a box whose other lines are the cell's own — a <br> or a block beside it: "<div><div>备注：旧机</div>
    // <div>包年包月</div><div>2027-01-05 到期</div></div>", "<span>备注：旧机</span><br>包年包月" — the remark opening the
    // cell took its mode, date and public address with it: missing, and 0 Mbps for an IP cell; session 44's review)
    while (box.parentElement && box.parentElement !== cell && normalizeText(box.parentElement.textContent).startsWith(text) && !otherLines(box.parentElement, box)) box = box.parentElement;
    boxes.push(box);
  }
  return boxes;
}

/** `parent` holds a line apart from `box`: a `<br>`, or a block (div, p, li, …) beside it. */
function otherLines(parent: Element, box: Element): boolean {
  for (const c of Array.from(parent.children)) if (c !== box && LINE_TAG.test(c.tagName)) return true;
  return false;
}
const LINE_TAG = /^(?:BR|DIV|P|LI|UL|OL|DL|DT|DD|TABLE|SECTION|HR)$/i;

/** The nearest block around `el` inside `cell` (the cell when none). */
function blockOf(el: Element, cell: Element): Element {
  for (let e: Element | null = el; e && e !== cell; e = e.parentElement) if (LINE_TAG.test(e.tagName)) return e;
  return cell;
}

/** The units of `cell` outside its remark lines. */
function unitsOutsideRemarks(units: TextUnit[], cell: Element): TextUnit[] {
  const boxes = remarkBoxes(cell);
  const kept = boxes.length === 0 ? units : units.filter((u) => !boxes.some((b) => b.contains(u.el)));
  // (a line of the cell's own text, between <br>s, opening with such a label)
  // (a line is one block's: the blocks of a cell, <div>包年包月</div><div>2027-01-05 到期</div>, are lines of their own
  // though no <br> parts them)
  // (a line's units are joined and asked for a label and a colon: with no colon in any unit, none is a remark line)
  if (!kept.some((u) => COLON_ANY.test(u.text))) return kept;
  // (each block by the order it is first met in: a line is its <br> count in its block)
  const blocks = new Map<Element, number>();
  const blockIndex = (b: Element) => {
    let i = blocks.get(b);
    if (i === undefined) blocks.set(b, (i = blocks.size));
    return i;
  };
  // (each unit's line once: a 500-row list's date cells, 23:59 in each, had built every key twice and copied the line's units
  // for each unit added)
  const lineOf = kept.map((u) => `${u.line ?? 0}@${blockIndex(blockOf(u.el, cell))}`);
  const lines = new Map<string, string[]>();
  kept.forEach((u, i) => {
    const line = lines.get(lineOf[i]!);
    if (line) line.push(u.text);
    else lines.set(lineOf[i]!, [u.text]);
  });
  const dropped = new Set<string>();
  for (const [n, texts] of lines) if (labelledAsUserText(texts.join(' '))) dropped.add(n);
  return dropped.size === 0 ? kept : kept.filter((_, i) => !dropped.has(lineOf[i]!));
}

/**
 * The text of `cell` outside its remark lines, from its `units` (./units textUnits, with the page's words): its data and
 * control units, with its tags too when `withTags` (as ./units valueWithTagsText / valueText) — or undefined when it
 * holds no remark line (its value as the units module gives it).
 */
export function textOutsideRemarks(cell: Element | null | undefined, units: (el: Element) => TextUnit[], withTags = false): string | undefined {
  if (!cell || !/[:：]/.test(cell.textContent ?? '')) return undefined;
  try {
    const all = units(cell);
    const kept = unitsOutsideRemarks(all, cell);
    if (kept.length === all.length) return undefined;
    const kinds = withTags ? SHOWN : DATA;
    return kept
      .filter((u) => kinds.has(u.kind))
      .map((u) => u.text)
      .join(' ');
  } catch {
    return undefined;
  }
}
