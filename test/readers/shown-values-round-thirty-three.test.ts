import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-third round of held-out pages (both providers; structure at the edges of tables and
 * records: test/fixtures-unseen/README.md "Thirty-third round"), each narrowed in a scratch copy of its page to the
 * smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('Alibaba virtual host list (aliyun/virtual-host-list.ts)', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const head = '<h2>云虚拟主机</h2><table><thead><tr><th>实例ID/主机名</th><th>地域</th><th>到期时间</th><th>操作</th></tr></thead><tbody>';

  it('a host pinned to the top (置顶) and shown again in its place is one host (it was two)', () => {
    const body =
      head +
      '<tr class="is-pinned"><td>bdm830115002 <span class="tag">置顶</span></td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>取消置顶</a></td></tr>' +
      '<tr><td>bdm830114520</td><td>华东1（杭州）</td><td>2027-05-18 23:59:59</td><td><a>续费</a></td></tr>' +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>续费</a></td></tr></tbody></table>';
    expect(read(body, url)?.facts.servers).toEqual([
      { id: 'bdm830115002', provider: 'aliyun', product: 'virtual-host', region: 'cn-beijing', expiresAt: '2027-09-09' },
      { id: 'bdm830114520', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-05-18' },
    ]);
  });

  it('two rows of one host that disagree on a value give neither value (one of them is stale)', () => {
    const body =
      head +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2026-09-09 23:59:59</td><td><a>续费</a></td></tr>' +
      '<tr><td>bdm830115002</td><td>华北2（北京）</td><td>2027-09-09 23:59:59</td><td><a>续费</a></td></tr></tbody></table>';
    expect(read(body, url)?.facts.servers).toEqual([{ id: 'bdm830115002', provider: 'aliyun', product: 'virtual-host', region: 'cn-beijing' }]);
  });
});
