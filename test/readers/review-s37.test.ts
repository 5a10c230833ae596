import { describe, expect, it } from 'vitest';
import { read } from '../helpers/console-pages';

/**
 * Second review of session 37's reader changes (/work/notes/review37.md): values a change now lost or invented
 * on console pages its author did not try, each failing before its fix.
 */

describe("a console's content box fixed under its header, holding a dismissible notice or tag, is the page, no panel over it (dom/overlay.ts floatingPanels)", () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead>';
  const list = '<div class="tea-table"><table>' + head + '<tbody><tr><td>qingshan-tea.com</td><td>正常</td><td>已实名认证</td><td>2027-05-18 23:59:59</td></tr></tbody></table></div>';
  const layout = (inside: string) =>
    `<div class="tea-layout__header">腾讯云 控制台</div><div style="position: fixed; top: 50px; left: 200px; right: 0; bottom: 0; overflow: auto"><div class="c"><h2>我的域名</h2>${inside}${list}</div></div>`;
  const closable = [
    // a notice with its close button (TEA's class, then one whose classes say nothing)
    '<div class="tea-alert"><div class="tea-alert__body">域名实名认证新规已生效</div><button aria-label="关闭" class="tea-btn--icon">×</button></div>',
    '<div class="k1"><div class="k2">域名实名认证新规已生效</div><button aria-label="关闭">×</button></div>',
    // a filter's tag with antd's close icon (aria-label="close")
    '<div class="k3"><span class="ant-tag">状态：正常<span role="img" aria-label="close" class="anticon anticon-close ant-tag-close-icon"></span></span></div>',
  ];

  it('the list is read (lost since 2b17273: the content box had become a panel over the header)', () => {
    for (const c of closable) expect(read(layout(c), url)?.facts.domains?.map((d) => d.domain), c).toEqual(['qingshan-tea.com']);
  });
  // guard: a fixed panel of its own beside that layout, with a close control, is still no part of the page
  it('a recently-viewed panel beside it is still none of the list', () => {
    const panel = `<div style="position: fixed; right: 0; top: 0; bottom: 0; width: 480px"><div><span>最近浏览</span><button aria-label="关闭">×</button></div><table>${head}<tbody><tr><td>青山茶业.公司</td><td>正常</td><td>已实名认证</td><td>2027-05-18</td></tr></tbody></table></div>`;
    expect(read(layout(closable[0]!), url, panel)?.facts.domains?.map((d) => d.domain)).toEqual(['qingshan-tea.com']);
  });
});
