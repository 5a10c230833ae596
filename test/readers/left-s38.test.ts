import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { createReadSession, invalidate, withReadSession } from '../../src/readers/dom/read-session';
import { page } from '../helpers/console-pages';

/**
 * Items left open by session 37 (/work/notes/left38.md), each a small console page that read wrong or lost a value
 * before its fix (checked by putting the old file back).
 */

const mutation = (target: Node, added: Node[], removed: Node[]) =>
  [{ type: 'childList', target, addedNodes: added, removedNodes: removed, attributeName: null }] as unknown as MutationRecord[];

describe("a console's fixed content box holding its title, the title re-rendered during a read session (dom/overlay.ts pageTitle)", () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead>';
  const list = '<div class="tea-table"><table>' + head + '<tbody><tr><td>qingshan-tea.com</td><td>正常</td><td>已实名认证</td><td>2027-05-18 23:59:59</td></tr></tbody></table></div>';
  const notice = '<div class="k1"><div class="k2">域名实名认证新规已生效</div><button aria-label="关闭">×</button></div>';
  const app = `<div class="tea-layout__header">腾讯云 控制台</div><div style="position: fixed; top: 50px; left: 200px; right: 0; bottom: 0; overflow: auto"><div class="c" id="c"><h2 id="t">我的域名</h2>${notice}${list}</div></div>`;

  it('the list is still read after the title is drawn anew (the title had been kept for the whole session)', () => {
    const doc = page(app, url);
    const session = createReadSession();
    const domains = () => withReadSession(session, doc, () => readPage(doc, new URL(url)))?.facts.domains?.map((d) => d.domain);
    expect(domains()).toEqual(['qingshan-tea.com']);
    // the console renders the title again (a new element, the same words), as a framework does on a route change
    const old = doc.getElementById('t')!;
    const title = doc.createElement('h2');
    title.textContent = '我的域名';
    old.replaceWith(title);
    invalidate(session, mutation(doc.getElementById('c')!, [title], [old]));
    expect(domains()).toEqual(['qingshan-tea.com']);
  });
});
