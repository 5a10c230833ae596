import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * A help panel's sample table (a caption or heading saying 示例 / Example) is no list of records, wherever it
 * stands: above the real list it was read as the list (an invented server with the sample's expiry), found by
 * probing after held-out round eleven (test/fixtures-unseen/README.md, Tencent Cloud).
 */
const doc = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
const ids = (body: string, url: string) => readPage(doc(body, url), new URL(url))?.facts.servers?.map((s) => [s.id, s.expiresAt]);

describe('Tencent Cloud CVM list with a sample table in a help panel', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const head = '<thead><tr><th>ID/名称</th><th>可用区</th><th>实例计费模式</th><th>到期时间</th></tr></thead>';
  const sample = (title: string) => `<aside class="help-panel"><h3>帮助</h3><table>${title}${head}<tbody><tr><td>ins-a1b2c3d4</td><td>广州三区</td><td>包年包月</td><td>2099-01-01</td></tr></tbody></table></aside>`;
  const list = `<div class="tea-table"><table>${head}<tbody><tr><td>ins-4q8w2e6r</td><td>上海五区</td><td>包年包月</td><td>2027-03-01</td></tr><tr><td>ins-7t3y5u1i</td><td>上海四区</td><td>按量计费</td><td>-</td></tr></tbody></table></div>`;
  const want = [['ins-4q8w2e6r', '2027-03-01'], ['ins-7t3y5u1i', undefined]];

  it.each([
    ['a caption 示例', '<caption>示例</caption>'],
    ['a caption 填写示例', '<caption>填写示例</caption>'],
  ])('above the list, with %s: the list is read, not the sample', (_, title) => {
    expect(ids(`<h2>实例</h2>${sample(title)}${list}`, url)).toEqual(want);
  });

  it('a heading 示例 right before the sample table', () => {
    const body = `<h2>实例</h2><aside class="help-panel"><h4>实例列表示例</h4><table>${head}<tbody><tr><td>ins-a1b2c3d4</td><td>广州三区</td><td>包年包月</td><td>2099-01-01</td></tr></tbody></table></aside>${list}`;
    expect(ids(body, url)).toEqual(want);
  });

  it('a sample alone on the page is no list', () => {
    expect(ids(`<h2>实例</h2>${sample('<caption>示例</caption>')}`, url) ?? []).toEqual([]);
  });

  it('a list titled 实例 (instances, not 示例) is read', () => {
    expect(ids(`<h2>实例</h2><table><caption>实例列表</caption>${head}<tbody><tr><td>ins-4q8w2e6r</td><td>上海五区</td><td>包年包月</td><td>2027-03-01</td></tr></tbody></table>`, url)).toEqual([['ins-4q8w2e6r', '2027-03-01']]);
  });
});

describe('Alibaba Cloud ECS list with an English sample table above it', () => {
  const url = 'https://ecs.console.alibabacloud.com/server/region/cn-hangzhou';
  const head = '<thead><tr><th>Instance ID/Name</th><th>Zone</th><th>Billing Method</th></tr></thead>';
  it('a table labelled "Example" (aria-label) is skipped', () => {
    const body = `<h1>Instances</h1><div class="help"><table aria-label="Example">${head}<tbody><tr><td>i-bp1example0000000</td><td>Hangzhou Zone I</td><td>Pay-As-You-Go</td></tr></tbody></table></div><table>${head}<tbody><tr><td>i-bp1realinstance000</td><td>Hangzhou Zone I</td><td>Subscription</td></tr></tbody></table>`;
    expect(readPage(doc(body, url), new URL(url))?.facts.servers?.map((s) => [s.id, s.billing])).toEqual([['i-bp1realinstance000', 'subscription']]);
  });
});
