import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the ninth round of held-out pages (Alibaba Cloud, test/fixtures-unseen/README.md),
 * each narrowed down to the smallest markup that showed it.
 */

const page = (body: string, url: string, head = '') => {
  const u = new URL(url);
  return readPage(htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url), u);
};

describe('a one-row table of text fields under a <thead> is a form record (table.ts isOneRecordAcross)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const form = (cells: string) => `<h3>基础信息</h3>
    <div class="next-form-item"><label class="next-form-item-label">主办单位性质</label><div class="next-form-item-control"><span class="next-select-values"><em>企业</em></span></div></div>
    <div class="next-form-item"><label class="next-form-item-label" for="d">网站域名</label><div class="next-form-item-control"><input id="d" readonly value="lujiang-design.cn"></div></div>
    <h3>产品验证</h3>
    <table><thead><tr><th>产品类型</th><th>实例ID</th><th>地域</th><th>备案服务号</th></tr></thead><tbody><tr>${cells}</tr></tbody></table>`;

  it('readonly inputs in the row: the filing form reads them, the service-number list stands aside', () => {
    const input = (v: string) => `<td><input readonly value="${v}"></td>`;
    const got = page(form(['云服务器ECS', 'i-2zelujiang00000001', '华北2（北京）', '3502021357'].map(input).join('')), url);
    expect(got?.reader).toBe('aliyun-beian-server');
    expect(got?.facts.websites).toEqual([{ domains: ['lujiang-design.cn'], serverId: 'i-2zelujiang00000001', serviceNumber: '3502021357' }]);
    expect(got?.facts.servers).toEqual([{ id: 'i-2zelujiang00000001', provider: 'aliyun', product: 'ecs', region: 'cn-beijing' }]);
  });

  // (a guard: a one-row list of plain cells under a <thead> is still the list)
  it('plain text in the row: still a one-row service-number list', () => {
    const got = page(form(['云服务器ECS', 'i-2zelujiang00000001', '华北2（北京）', '3502021357'].map((v) => `<td>${v}</td>`).join('')), url);
    expect(got?.reader).toBe('aliyun-beian-service-numbers');
  });
});

describe('a decorated website title naming the site after a colon (beian-form.ts titleKind)', () => {
  it('网站信息（网站 2）：云栖茶话 starts the second website', () => {
    const site = (n: number, name: string, domain: string) => `<details open><summary>网站信息（网站 ${n}）：${name}</summary>
      <div class="next-form-item"><label class="next-form-item-label">网站名称：</label><div class="next-form-item-control"><p class="next-form-preview">${name}</p></div></div>
      <div class="next-form-item"><label class="next-form-item-label">网站域名：</label><div class="next-form-item-control"><p class="next-form-preview">${domain}</p></div></div></details>`;
    const got = page(site(1, '云栖茶舍官网', 'yunqi-tea.com') + site(2, '云栖茶话', 'yunqi-tea.net'), 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website');
    expect(got?.facts.websites).toEqual([
      { name: '云栖茶舍官网', domains: ['yunqi-tea.com'] },
      { name: '云栖茶话', domains: ['yunqi-tea.net'] },
    ]);
  });
});

describe('the virtual host page says what it lists in a title-classed element (virtual-host-list.ts)', () => {
  it('antd page header title 云虚拟主机 (a span) over a table without a product column', () => {
    const got = page(
      `<div class="ant-page-header"><span class="ant-page-header-heading-title">云虚拟主机</span></div>
       <table><thead><tr><th>实例ID</th><th>地域</th><th>到期时间</th></tr></thead>
       <tbody><tr><td>bdm273849560</td><td>华东1（杭州）</td><td>2027-02-01 00:00:00</td></tr><tr><td>bdm594817263</td><td>华北2（北京）</td><td>2026-12-25 00:00:00</td></tr></tbody></table>`,
      'https://netcn.console.aliyun.com/core/host/list2',
    );
    expect(got?.facts.servers?.map((s) => s.id)).toEqual(['bdm273849560', 'bdm594817263']);
  });
});

describe('a visually hidden <thead> still names its own table columns (table.ts headerKey)', () => {
  const hidden = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';
  const table = (theadStyle: string, tableStyle = '') => `<table style="${tableStyle}"><thead style="${theadStyle}"><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>已使用/总数</th></tr></thead><tbody>
    <tr><td><span class="label" aria-hidden="true">实例ID/名称</span><span>i-bp1stack0000000001</span></td><td><span class="label" aria-hidden="true">产品类型</span><span>云服务器ECS</span></td><td><span class="label" aria-hidden="true">地域</span><span>华东1（杭州）</span></td><td><span class="label" aria-hidden="true">已使用/总数</span><span>2 / 5</span></td></tr></tbody></table>`;
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';

  it('a stacked table: counts read under the screen-reader-only header', () => {
    expect(page(table(hidden), url)?.facts.servers).toEqual([{ id: 'i-bp1stack0000000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 2 }]);
  });

  // (a guard: a hidden table's header names nothing)
  it('nothing when the whole table is hidden', () => {
    expect(page(table(hidden, 'display:none'), url)).toBeNull();
  });
});

describe('aria-hidden with inert is a modal background: shown, not hidden (visibility.ts)', () => {
  it('inert + aria-hidden leaves the element visible; aria-hidden alone still hides', () => {
    const d = htmlToDocument('<!DOCTYPE html><html><body><div id="a" inert aria-hidden="true"><span id="x">x</span></div><div id="b" aria-hidden="true"><span id="y">y</span></div></body></html>', 'https://swas.console.aliyun.com/');
    expect(isVisible(d.getElementById('x'))).toBe(true);
    expect(isVisible(d.getElementById('y'))).toBe(false);
  });

  it('a server list behind an open dialog is read', () => {
    const got = page(
      `<div inert aria-hidden="true"><table><thead><tr><th>Instance ID/Name</th><th>Region</th><th>Plan</th><th>Expiration Time</th></tr></thead><tbody>
        <tr><td>1f3b5d7f9a1c43e5b7d9f1a3c5e7b9d1</td><td>China (Shanghai)</td><td>2 vCPUs | 4 GiB | Peak bandwidth 30 Mbps</td><td>Mar 15, 2027, 23:59:59</td></tr>
        <tr><td>7c9e1a3b5d7f49b1d3f5a7c9e1b3d5f7</td><td>Singapore</td><td>2 vCPUs | 2 GiB | Peak bandwidth 100 Mbps</td><td>Dec 28, 2026, 23:59:59</td></tr></tbody></table></div>
       <div role="dialog" aria-modal="true"><div class="ant-modal-title">Renew Server</div></div>`,
      'https://swas.console.alibabacloud.com/#/servers',
    );
    expect(got?.facts.servers?.map((s) => [s.id, s.region, s.expiresAt, s.publicBandwidthMbps])).toEqual([
      ['1f3b5d7f9a1c43e5b7d9f1a3c5e7b9d1', 'cn-shanghai', '2027-03-15', 30],
      ['7c9e1a3b5d7f49b1d3f5a7c9e1b3d5f7', 'ap-southeast-1', '2026-12-28', 100],
    ]);
  });
});

describe('content in an open shadow root is read (dom/shadow-copy.ts, read-with.ts; html-document.ts attaches it)', () => {
  const url = 'https://swas.console.aliyun.com/#/server/4d6f8a0c2e4b46d8f0a2c4e6b8d0f2a4/cn-hangzhou/dashboard';
  const fields = `<style>.tip-hidden{display:none}</style><h2>服务器信息</h2><dl>
    <dt>实例ID</dt><dd>4d6f8a0c2e4b46d8f0a2c4e6b8d0f2a4</dd><dt>地域</dt><dd>华东1（杭州）</dd>
    <dt>峰值带宽</dt><dd>30Mbps</dd><dt>到期时间</dt><dd><time datetime="2027-06-30T16:00:00.000Z">2027-07-01 00:00:00</time></dd></dl>
    <div class="tip-hidden"><dl><dt>到期时间</dt><dd>2028-07-01</dd></dl></div>`;

  it('a qiankun wrapper with an open declarative shadow root: the fields inside, not the hidden decoy', () => {
    const got = page(`<div id="__qiankun_microapp_wrapper_for_swas__"><template shadowrootmode="open">${fields}</template></div>`, url);
    expect(got?.reader).toBe('aliyun-swas-instance-detail');
    expect(got?.facts.servers).toEqual([{ id: '4d6f8a0c2e4b46d8f0a2c4e6b8d0f2a4', provider: 'aliyun', product: 'swas', billing: 'subscription', region: 'cn-hangzhou', expiresAt: '2027-07-01', publicBandwidthMbps: 30 }]);
  });

  // (a guard: a closed shadow root cannot be read — its content stays unknown)
  it('a closed shadow root gives nothing', () => {
    expect(page(`<div><template shadowrootmode="closed">${fields}</template></div>`, url)).toBeNull();
  });
});
