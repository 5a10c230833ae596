import { readFileSync } from 'node:fs';
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

describe('gap 2: a stacked table with no <thead>, its cells labelled by `td::before { content: attr(data-label) }` (dom/table.ts)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const style = (rule: string) => `<style>.tea-table--stacked tr { display: block } .tea-table--stacked td { display: flex } ${rule}</style>`;
  const drawn = '.tea-table--stacked td::before { content: attr(data-label); color: #00000066 } .tea-table--stacked td.tea-table__actions::before { content: none }';
  const row = (id: string, zone: string, billing: string, expiry: string) =>
    `<tr><td data-label="ID/实例名"><a>${id}</a><div>web-01</div></td><td data-label="状态">运行中</td><td data-label="可用区">${zone}</td>` +
    `<td data-label="实例计费模式">${billing}<div>${expiry}</div></td><td class="tea-table__actions"><a>登录</a> <a>更多</a></td></tr>`;
  const table = (head = '') =>
    `<h2>实例</h2><table class="tea-table tea-table--stacked">${head}<tbody>${row('ins-5v8b2n4m', '广州三区', '包年包月', '2027-01-15 23:59:59到期')}${row('ins-9c1x3z5a', '广州六区', '按量计费', '2026-10-02 12:00:00创建')}</tbody></table>`;

  it('the labels the CSS draws from data-label name the columns: both rows read', () => {
    const servers = read(style(drawn) + table(), url)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.region, s.billing, s.expiresAt])).toEqual([
      ['ins-5v8b2n4m', 'ap-guangzhou', 'subscription', '2027-01-15'],
      ['ins-9c1x3z5a', 'ap-guangzhou', 'payg', undefined],
    ]);
  });

  it('the twelfth round\'s stacked CVM list with its hidden header row removed reads as with it', () => {
    const file = 'test/fixtures-unseen/tencent/cvm-instance-list/zh-tea-stacked-rows-data-label-before-hidden-thead-countdown-overdue';
    const html = readFileSync(`${file}.html`, 'utf8');
    const expected = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { url: string; facts: unknown };
    const noHead = html.replace(/<thead>[\s\S]*?<\/thead>/, '');
    expect(noHead).not.toContain('<thead>');
    expect(readPage(htmlToDocument(noHead, expected.url), new URL(expected.url))?.facts).toEqual(expected.facts);
  });

  it('a data-label the page does not draw is no label (nothing read)', () => {
    expect(read(style('') + table(), url)).toBeNull();
    expect(read(style('.tea-table--stacked td::before { content: none }') + table(), url)).toBeNull();
  });

  it('with a <thead>, its header cells name the columns as before (data-labels that disagree are not read)', () => {
    const head = '<thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例计费模式</th><th>操作</th></tr></thead>';
    const servers = read(style(drawn) + table(head).replace(/data-label="实例计费模式"/g, 'data-label="备注"'), url)?.facts.servers;
    expect(servers?.map((s) => s.billing)).toEqual(['subscription', 'payg']);
  });
});

describe('gap 3: a row header cell (<th> in a body row) under a split header table (dom/units.ts rowHeaderCell)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/serviceCode';
  const cols = '<colgroup><col><col><col><col><col></colgroup>';
  const head = `<table>${cols}<thead><tr><th>Instance ID/Name</th><th>Product Type</th><th>Region</th><th>Used/Total</th><th>Actions</th></tr></thead></table>`;
  const row = (id: string, used: string) => `<tr><th scope="row">${id}</th><td>ECS</td><td>China (Hangzhou)</td><td>${used}</td><td><a>Apply</a></td></tr>`;
  const body = `<table>${cols}<tbody>${row('i-bp1harbour00000021', '2 / 5')}${row('i-bp1harbour00000022', '0 / 5')}</tbody></table>`;

  it('Fusion: header and body tables in a common wrapper, the ids in <th scope="row"> cells, are read', () => {
    const html = `<h1>Service Identification Numbers</h1><div class="next-table"><div class="next-table-inner"><div class="next-table-header"><div class="next-table-header-inner">${head}</div></div><div class="next-table-body">${body}</div></div></div>`;
    expect(read(html, url)?.facts.servers?.map((s) => [s.id, s.serviceNumbersUsed])).toEqual([
      ['i-bp1harbour00000021', 2],
      ['i-bp1harbour00000022', 0],
    ]);
  });

  it('antd: the header table has one more cell (the scrollbar\'s) than a body row', () => {
    const antdHead = head.replace('<th>Actions</th>', '<th>Actions</th><th class="ant-table-cell ant-table-cell-scrollbar"></th>');
    const html = `<h1>Service Identification Numbers</h1><div class="ant-table"><div class="ant-table-container"><div class="ant-table-header">${antdHead}</div><div class="ant-table-body">${body}</div></div></div>`;
    expect(read(html, url)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1harbour00000021', 'i-bp1harbour00000022']);
  });

  it('a key/value table (th | td rows) after a list in the wrapper before it keeps its <th>s as labels', () => {
    const holder = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=mingxuan-studio.cn';
    const list = '<div class="tabs"><table><thead><tr><th>操作时间</th><th>操作</th><th>操作人</th></tr></thead><tbody><tr><td>2026-11-01</td><td>修改DNS</td><td>主账号</td></tr></tbody></table></div>';
    const kv = '<div class="card"><table><tbody><tr><th>域名</th><td>mingxuan-studio.cn</td></tr><tr><th>域名持有者</th><td>赵明轩</td></tr><tr><th>证件号码</th><td>4101**********1234</td></tr></tbody></table></div>';
    expect(read(list + kv, holder)?.facts.domains?.[0]?.registrantName).toBe('赵明轩');
  });
});

describe('gap 4: section titles in an accordion (antd Collapse: role=tablist around role=tabpanel panels) are titles (dom/reading-model.ts)', () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website';
  const item = (label: string, value: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><span>${value}</span></div></div>`;
  const panel = (title: string, body: string, headerRole = 'tab') =>
    `<div class="ant-collapse-item ant-collapse-item-active"><div class="ant-collapse-header" role="${headerRole}" aria-expanded="true"><span class="ant-collapse-header-text">${title}</span></div>` +
    `<div class="ant-collapse-content ant-collapse-content-active" role="tabpanel"><div class="ant-collapse-content-box">${body}</div></div></div>`;
  const entity = item('主办单位名称', '杭州墨岭设计工作室') + item('证件类型', '营业执照') + item('证件号码', '9133**********4R6T');
  const leader = item('负责人姓名', '林溪') + item('证件类型', '居民身份证') + item('证件号码', '3501**********2345');
  const site = item('网站名称', '墨岭设计') + item('网站域名', 'moling-design.cn');

  it('the website leader\'s ID (under 网站负责人信息 in a Collapse panel) is not the entity\'s', () => {
    const html = `<div class="ant-collapse ant-collapse-accordion" role="tablist">${panel('主办单位信息', entity)}${panel('网站信息', site)}${panel('网站负责人信息', leader)}</div>`;
    const facts = read(html, url)?.facts;
    expect(facts?.entity?.idNumber).toBe('9133**********4R6T');
    expect(facts?.entity?.idType).toBe('营业执照');
    // the leader's panel first: its ID is still not the entity's
    const first = `<div class="ant-collapse ant-collapse-accordion" role="tablist">${panel('网站负责人信息', leader)}${panel('网站信息', site)}</div>`;
    expect(read(first, url)?.facts.entity?.idNumber).toBeUndefined();
  });

  it('a tab bar\'s tab names (a tablist with no panels inside) are still no titles', () => {
    // tabs "主体负责人" / "网站负责人" over one shown panel outside the tablist: the panel shown is the entity's
    const tabs = `<div role="tablist"><div role="tab" aria-selected="true">主办单位信息</div><div role="tab" aria-selected="false">网站负责人信息</div></div>`;
    expect(read(tabs + `<div role="tabpanel">${entity}</div>`, url)?.facts.entity?.idNumber).toBe('9133**********4R6T');
  });
});

describe('gap 5: the CVM list takes an ambiguous NN/NN/YYYY date\'s order from its column and a region from group rows (tencent/cvm-instance-list.ts)', () => {
  const url = 'https://console.tencentcloud.com/cvm/instance/index?rid=1';
  const head = (cols: string[]) => `<thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;

  it('"07/04/2027" under "03/25/2027" in the Expiration Time column is 4 July (month first, as the column writes it)', () => {
    const row = (id: string, zone: string, exp: string) => `<tr><td>${id}</td><td>${zone}</td><td>Monthly Subscription</td><td>${exp}</td></tr>`;
    const html = `<h2>Instances</h2><table>${head(['ID/Name', 'Availability Zone', 'Instance Billing Mode', 'Expiration Time'])}<tbody>` +
      row('ins-5v8b2n4m', 'Guangzhou Zone 3', '03/25/2027 10:00:00') + row('ins-9c1x3z5a', 'Guangzhou Zone 6', '07/04/2027 10:00:00') + '</tbody></table>';
    expect(read(html, url)?.facts.servers?.map((s) => s.expiresAt)).toEqual(['2027-03-25', '2027-07-04']);
    // alone, "07/04/2027" tells no order: no date
    const alone = `<h2>Instances</h2><table>${head(['ID/Name', 'Availability Zone', 'Instance Billing Mode', 'Expiration Time'])}<tbody>${row('ins-9c1x3z5a', 'Guangzhou Zone 6', '07/04/2027 10:00:00')}</tbody></table>`;
    expect(read(alone, url)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });

  it('a tree table\'s region parent rows give their rows the region (no zone column)', () => {
    const parent = (name: string) => `<tr role="row" aria-level="1" aria-expanded="true"><th colspan="3" scope="rowgroup">${name} · 2 instances</th></tr>`;
    const row = (id: string) => `<tr role="row" aria-level="2"><td>${id}</td><td>Monthly Subscription</td><td>2027-03-25 10:00:00</td></tr>`;
    const html = `<h2>Instances</h2><table role="treegrid">${head(['ID/Name', 'Instance Billing Mode', 'Expiration Time'])}<tbody>` +
      parent('South China (Guangzhou)') + row('ins-5v8b2n4m') + row('ins-9c1x3z5a') + parent('East China (Shanghai)') + row('ins-2w4e6r8t') + '</tbody></table>';
    expect(read(html, url)?.facts.servers?.map((s) => [s.id, s.region])).toEqual([
      ['ins-5v8b2n4m', 'ap-guangzhou'],
      ['ins-9c1x3z5a', 'ap-guangzhou'],
      ['ins-2w4e6r8t', 'ap-shanghai'],
    ]);
  });
});

describe('gap 6: the registrant\'s real-name tag beside a read-only input is its own, not another field\'s (aliyun/domain-holder.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=mingxuan-studio.cn';
  const input = (id: string, value: string) => `<input id="${id}" class="ant-input" readonly value="${value}">`;
  const domain = '<div class="ant-form-item"><div class="ant-form-item-label"><label>域名</label></div><div class="ant-form-item-control"><span>mingxuan-studio.cn</span></div></div>';

  it('a parent holding several fields\' inputs and tags: the tag after another field\'s input is not the registrant\'s', () => {
    // one flat box of label / input pairs; the 已实名认证 tag belongs to the contact's e-mail (verified), not the holder
    const flat = `${domain}<div class="holder-form"><label for="f-owner">域名持有者</label>${input('f-owner', '赵明轩')}` +
      `<label for="f-id">证件号码</label>${input('f-id', '4101**********1234')}` +
      `<label for="f-mail">联系邮箱</label>${input('f-mail', 'zhao@example.com')}<span class="ant-tag ant-tag-success">已实名认证</span></div>`;
    const facts = read(flat, url)?.facts.domains?.[0];
    expect(facts?.registrantName).toBe('赵明轩');
    expect(facts?.realNameVerified).toBeUndefined();
  });

  it('the tag right beside the holder\'s input in the same flat box is still read', () => {
    const flat = `${domain}<div class="holder-form"><label for="f-owner">域名持有者</label>${input('f-owner', '赵明轩')}<span class="ant-tag ant-tag-success">已实名认证</span>` +
      `<label for="f-id">证件号码</label>${input('f-id', '4101**********1234')}<label for="f-mail">联系邮箱</label>${input('f-mail', 'zhao@example.com')}<span class="ant-tag">未实名认证</span></div>`;
    const facts = read(flat, url)?.facts.domains?.[0];
    expect(facts?.registrantName).toBe('赵明轩');
    expect(facts?.realNameVerified).toBe(true);
  });
});
