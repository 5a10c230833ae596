import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { detectPageState } from '../../src/readers/dom/page-state';
import { createReadSession, withReadSession } from '../../src/readers/dom/read-session';
import { readTableDetailed } from '../../src/readers/dom/table';
import type { VisibilityCache } from '../../src/readers/dom/visibility';

/**
 * The page-state scan steps through every table row's children (to stay out of its cells); the table
 * read of the same read takes the rows' cells it recorded (src/readers/dom/row-cells.ts) instead of
 * stepping through them again — and must find exactly the cells it would have found itself.
 */
const COLUMNS = { id: ['ID'], zone: ['可用区'], billing: ['计费模式'] };

function page(rows: number): Document {
  const row = (i: number) =>
    `<tr>\n <td><input type="checkbox"></td>\n <td><a>ins-${String(i).padStart(8, '0')}</a></td>\n <th scope="row">广州${(i % 7) + 1}区</th>\n <td><p>包年包月</p><p>2027-03-01 到期</p></td>\n</tr>\n`;
  const body = Array.from({ length: rows }, (_, i) => row(i)).join('');
  return htmlToDocument(
    `<!doctype html><html><body><div class="t"><table><thead><tr>\n <th></th>\n <th>ID</th>\n <th>可用区</th>\n <th>计费模式</th>\n</tr></thead><tbody>\n${body}</tbody></table></div></body></html>`,
    'https://console.cloud.tencent.com/cvm/instance/index',
  );
}

/**
 * Counts steps from a cell to its next sibling (what a table read does to list a row's cells), in the
 * body rows after the first few (a header search looks at those: ./table headerCandidates).
 */
function countCellSteps(d: Document): { count: number } {
  const counter = { count: 0 };
  for (const cell of Array.from(d.querySelectorAll('tbody tr:nth-child(n+5) > td, tbody tr:nth-child(n+5) > th'))) {
    for (const name of ['nextElementSibling', 'nextSibling'] as const) {
      let proto: object | null = cell;
      let desc: PropertyDescriptor | undefined;
      while (proto && !desc) {
        desc = Object.getOwnPropertyDescriptor(proto, name);
        proto = Object.getPrototypeOf(proto);
      }
      const get = desc?.get;
      if (!get) continue;
      Object.defineProperty(cell, name, {
        configurable: true,
        get() {
          counter.count++;
          return get.call(this);
        },
      });
    }
  }
  return counter;
}

const shape = (t: ReturnType<typeof readTableDetailed<keyof typeof COLUMNS>>) =>
  t && { columns: t.columns, rows: t.rows.map((r) => ({ row: r.row, cells: { ...r.cells } })) };

describe('row cells recorded by the page-state scan', () => {
  it('the table read of the same read does not step through its rows again, and finds the same cells', () => {
    const d = page(30);
    const alone = shape(readTableDetailed(d, COLUMNS, new WeakMap()));
    expect(alone?.rows).toHaveLength(30);
    const counter = countCellSteps(d);
    const cache: VisibilityCache = new WeakMap();
    expect(detectPageState(d.body, cache)).toBe('ready');
    counter.count = 0;
    const after = shape(readTableDetailed(d, COLUMNS, cache));
    expect(counter.count).toBe(0);
    expect(after).toEqual(alone);
    // the <th> row header is a cell of its row, in place
    expect(after?.rows[3]?.cells.zone?.textContent).toBe('广州4区');
  });

  it('a table read with a cache no scan used steps through the rows itself (the check above can fail)', () => {
    const d = page(5);
    const counter = countCellSteps(d);
    readTableDetailed(d, COLUMNS, new WeakMap());
    expect(counter.count).toBeGreaterThan(0);
  });

  it('in a read session (rows may change between reads) the recorded cells are not taken', () => {
    const d = page(5);
    const session = createReadSession();
    withReadSession(session, d, () => detectPageState(d.body, session.visibility));
    // a row's cells change after the scan: the session's table read sees the new ones
    const tr = d.querySelectorAll('tbody tr')[2]!;
    tr.insertBefore(d.createElement('td'), tr.firstElementChild);
    const t = withReadSession(session, d, () => readTableDetailed(d, COLUMNS, session.visibility));
    expect(t?.rows.find((r) => r.row === tr)?.cells.id?.textContent).toBe('');
  });
});
