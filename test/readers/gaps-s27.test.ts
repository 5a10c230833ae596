import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Reader gaps left open by earlier rounds (test/fixtures-unseen/README.md: rounds eleven, twelve and the
 * library-rendered pages, "Left as it is" / "Found after the fixes"), each as the smallest markup that shows it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

describe('gap 1: a one-row instance list is no filing form step with a website (aliyun/beian-form.ts)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode';
  // the service-number list with a count column the readers do not know (服务号配额): one instance
  const list = `<h1>备案服务号管理</h1><table><thead><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>服务号配额</th><th>操作</th></tr></thead>` +
    `<tbody><tr><td>i-bp1quota0000000031</td><td>云服务器ECS</td><td>华东1（杭州）</td><td>1 / 5</td><td><a>申请服务号</a></td></tr></tbody></table><div>共 1 条</div>`;

  it('gives no website (the page shows none); the server it shows may stand', () => {
    const got = read(list, url);
    expect(got?.facts.websites).toBeUndefined();
    for (const s of got?.facts.servers ?? []) expect(s).toEqual({ id: 'i-bp1quota0000000031', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' });
  });

  it('the filing form\'s server step still ties its picked server to the filing\'s website', () => {
    const step = `<h3>服务器信息</h3><p>请选择用于备案的实例</p><table><thead><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th></tr></thead>` +
      `<tbody><tr><td>i-bp1quota0000000031</td><td>云服务器ECS</td><td>华东1（杭州）</td></tr></tbody></table>`;
    const got = read(step, 'https://beian.aliyun.com/pcContainer/formpage');
    expect(got?.facts.websites).toEqual([{ domains: [], serverId: 'i-bp1quota0000000031' }]);
  });
});
