import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { createReadSession, invalidate, withReadSession } from '../../src/readers/dom/read-session';
import { page } from '../helpers/console-pages';

/**
 * The label rows of a vertical description list known by its rows taking turns (dom/turn-rows.ts, session 37) are
 * found again when the table's rows change: a console renders the card's rows after a first read (a skeleton, then
 * the pairs). They had been kept for good per table element, so a table first read with too few rows stayed "no
 * description list" for the page's life, in the content script's read session and outside one.
 */
describe('a description list of rows taking turns, its rows rendered after a first read', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh2a4c6e&tab=overview';
  const pair = (l: string, v: string) => `<tr><td class="css-k3j9q1">${l}</td></tr><tr><td class="css-p0v7d2">${v}</td></tr>`;
  const html = `<h1 class="css-4f0e1a">blog-sh</h1><div class="css-77aa01"><div class="css-0d9e3f">计费信息</div><table class="css-9ab1c2"><tbody id="b">${pair('名称/ID', 'blog-sh<br>lhins-sh2a4c6e')}</tbody></table></div>`;
  const more: Array<[string, string]> = [['计费模式', '包年包月'], ['到期时间', '2027-03-15 00:30:00']];
  /** The pairs' rows appended to the table's body (built as elements: happy-dom parses no <tr> in insertAdjacentHTML). */
  const addRows = (doc: Document): Element[] => {
    const body = doc.getElementById('b')!;
    const added: Element[] = [];
    for (const [l, v] of more) {
      for (const [cls, text] of [['css-k3j9q1', l], ['css-p0v7d2', v]] as const) {
        const tr = doc.createElement('tr');
        const td = doc.createElement('td');
        td.className = cls;
        td.textContent = text;
        tr.append(td);
        body.append(tr);
        added.push(tr);
      }
    }
    return added;
  };

  it('in a read session: the rows added, the billing and the expiry are read', () => {
    const doc = page(html, url);
    const session = createReadSession();
    const server = () => withReadSession(session, doc, () => readPage(doc, new URL(url)))?.facts.servers?.[0];
    expect(server()?.billing).toBeUndefined();
    const added = addRows(doc);
    invalidate(session, [{ type: 'childList', target: doc.getElementById('b'), addedNodes: added, removedNodes: [], attributeName: null }] as unknown as MutationRecord[]);
    const s = server();
    expect(s?.billing).toBe('subscription');
    expect(s?.expiresAt).toBe('2027-03-15');
  });

  it('outside a session (a second read of a changed document): the same', () => {
    const doc = page(html, url);
    expect(readPage(doc, new URL(url))?.facts.servers?.[0]?.billing).toBeUndefined();
    addRows(doc);
    expect(readPage(doc, new URL(url))?.facts.servers?.[0]?.billing).toBe('subscription');
  });
});
