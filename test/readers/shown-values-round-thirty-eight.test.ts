import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirty-eighth round of held-out pages (both providers; the server's and the domain's neighbours —
 * an EIP, a shared bandwidth package, a load balancer, cloud disks, an SSL certificate, a DNS plan, a transfer order —
 * each with billing, expiry and bandwidth words of its own: test/fixtures-unseen/README.md "Thirty-eighth round"), each
 * narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a table inside a list row is no copy of the list\'s columns (dom/table.ts)', () => {
  const url = 'https://swas.console.aliyun.com/#/servers';
  const id = (n: number) => `3a9f1c2e5b7d4e8fa0c1d2e3f4a5b6c${n}`;
  const row = (n: number, region: string) =>
    `<tr><td><a href="#">${id(n)}</a></td><td>运行中</td><td>${region}</td><td>2核2GB<br>峰值带宽 30Mbps</td><td>47.110.31.2${n}</td></tr>`;
  const related = (dates: string[]) =>
    `<tr class="next-table-expanded-row"><td colspan="5"><div class="related-title">关联资源</div><table class="related-table">` +
    `<thead><tr><th>资源类型</th><th>资源ID</th><th>到期时间</th></tr></thead><tbody>` +
    dates.map((d, i) => `<tr><td>数据盘</td><td>d-swas-r38data000${i}</td><td>${d}</td></tr>`).join('') +
    `</tbody></table></td></tr>`;
  const list = (expanded: string) =>
    `<div class="next-table"><table><thead><tr><th>服务器ID/名称</th><th>状态</th><th>地域</th><th>套餐配置</th><th>公网IP</th></tr></thead><tbody>` +
    `${row(1, '华东1（杭州）')}${expanded}${row(2, '华北2（北京）')}${row(3, '华东2（上海）')}</tbody></table></div>`;

  it('a SWAS list with no 到期时间 column gives no expiry from an expanded row\'s table of as many disks (it gave each server a disk\'s 到期时间, invented)', () => {
    const got = read(list(related(['2027-01-20 23:59:59', '-', '2026-12-28'])), url);
    expect(got?.facts.servers?.map((s) => [s.id, s.expiresAt, s.publicBandwidthMbps])).toEqual([
      [id(1), undefined, 30],
      [id(2), undefined, 30],
      [id(3), undefined, 30],
    ]);
  });

  it('a nested table of another count gives nothing either (a guard; nothing before too)', () => {
    const got = read(list(related(['2027-01-20 23:59:59', '2026-12-28'])), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual([undefined, undefined, undefined]);
  });

  it('a one-disk table in an expanded row gives no expiry: its 到期时间 heads a column of disks (it gave the disk\'s, invented)', () => {
    const got = read(list(related(['2027-01-20 23:59:59'])), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual([undefined, undefined, undefined]);
  });

  it('label / value pairs in an expanded row are still read (a guard)', () => {
    const got = read(list('<tr class="next-table-expanded-row"><td colspan="5"><dl><dt>到期时间</dt><dd>2027-04-01 23:59:59</dd></dl></td></tr>'), url);
    expect(got?.facts.servers?.map((s) => s.expiresAt)).toEqual(['2027-04-01', undefined, undefined]);
  });
});
