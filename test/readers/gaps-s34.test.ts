import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, filingInput, filingItem, filingSelect, filingSteps, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Reader items reported but not fixed in session 33 (/work/notes/gaps34.md), each as a small console page
 * that failed before its fix.
 */

const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cvmList = (bandwidth: string) =>
  `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>公网带宽</th><th>实例计费模式</th></tr></thead>` +
  `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>标准型S5 2核 4GB</td><td>119.29.18.40(公)</td><td>${bandwidth}</td><td>按量计费</td></tr></tbody></table>`;

const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const ecsList = (bandwidth: string) =>
  `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>带宽</th><th>付费方式</th></tr></thead>` +
  `<tbody><tr><td>i-bp1gapss34list0001</td><td>杭州 可用区I</td><td>47.98.1.2(公)<br>172.16.0.8(私有)</td><td>${bandwidth}</td><td>包年包月</td></tr></tbody></table>`;

describe('two bandwidth figures joined by a slash are no one bandwidth (dom/parse-bandwidth.ts)', () => {
  const readers: Array<[string, (v: string) => number | undefined]> = [
    ['CVM detail 带宽上限', (v) => read(cvmDetail(teaItem('带宽上限', v)), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps],
    ['CVM list 公网带宽', (v) => read(cvmList(v), cvmListUrl)?.facts.servers?.[0]?.publicBandwidthMbps],
    ['ECS detail 公网带宽', (v) => read(ecsDetail(infoRow('公网带宽', v)), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps],
    ['ECS list 带宽', (v) => read(ecsList(v), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps],
  ];

  it('5M/10M, 5Mbps / 10Mbps, 5/10 Mbps give no bandwidth (5M/10M had given 10)', () => {
    for (const [name, bw] of readers) {
      expect(bw('5Mbps'), name).toBe(5);
      for (const v of ['5M/10M', '5Mbps / 10Mbps', '5/10 Mbps', '5 Mbps／10 Mbps']) expect(bw(v), `${name}: ${v}`).toBeUndefined();
    }
  });

  it('an inbound / outbound pair, each labelled, gives the outbound figure (入 100 Mbps / 出 5 Mbps had given 100)', () => {
    for (const [name, bw] of readers) {
      for (const v of ['入 100 Mbps / 出 5 Mbps', '出 5 Mbps / 入 100 Mbps', '入方向 100Mbps / 出方向 5Mbps', 'In 100 Mbps / Out 5 Mbps', 'inbound: 100Mbps / outbound: 5Mbps', '100 Mbps（入）/ 5 Mbps（出）', '5Mbps (Out) / 100Mbps (In)']) {
        expect(bw(v), `${name}: ${v}`).toBe(5);
      }
      // one side labelled only, or both the same way: still no one figure
      for (const v of ['100 Mbps / 出 5 Mbps', '出 5 Mbps / 出 10 Mbps', '5 Mbps（峰值）/ 10 Mbps', '100 Mbps（入）/ 5 Mbps']) expect(bw(v), `${name}: ${v}`).toBeUndefined();
    }
  });

  it('one bandwidth beside a traffic figure or a memory size keeps the bandwidth: 峰值 30Mbps / 流量包 1024GB is 30, 1核/512M/1Mbps is 1', () => {
    for (const [name, bw] of readers) {
      expect(bw('峰值 30Mbps / 流量包 1024GB'), name).toBe(30);
      for (const v of ['1核/512M/1Mbps', '1Mbps / 内存 512M']) expect(bw(v), `${name}: ${v}`).toBe(1);
    }
  });
});

describe('a shared bandwidth package\'s figure is no instance\'s own bandwidth (rules/labels bandwidth not words; dom/parse-bandwidth.ts parsePublicBandwidth)', () => {
  // server.public-bandwidth passes on any figure above 0 but states it ("{server} has {mbps} Mbps of public bandwidth"),
  // and publicBandwidthMbps is the instance's own figure: a package's peak shared by many addresses is neither.
  const ecsBw = (label: string, value: string) =>
    read(ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow(label, value)), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
  const cvmBw = (label: string, value: string) =>
    read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + teaItem(label, value)), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;

  it('a field labelled 共享带宽 / Shared Bandwidth gives no bandwidth (had given the package\'s 200)', () => {
    for (const label of ['共享带宽', '共享带宽峰值', 'Shared Bandwidth']) {
      expect(ecsBw(label, '200Mbps'), label).toBeUndefined();
      expect(cvmBw(label, '200Mbps'), label).toBeUndefined();
    }
  });

  it('a bandwidth field or cell whose value names the shared package gives no bandwidth', () => {
    for (const v of ['共享带宽 200Mbps', '共享带宽包 cbwp-bp1abc 200Mbps', 'Shared bandwidth: 200 Mbps']) {
      expect(ecsBw('公网带宽', v), v).toBeUndefined();
      expect(cvmBw('带宽上限', v), v).toBeUndefined();
      expect(read(ecsList(v), ecsListUrl)?.facts.servers?.[0]?.publicBandwidthMbps, v).toBeUndefined();
    }
  });

  it('0 Mbps of its own beside the package it joined is no "no public bandwidth": unknown, not 0', () => {
    expect(ecsBw('公网带宽', '0Mbps（已加入共享带宽 200Mbps）')).toBeUndefined();
  });

  // guards: the instance's own figure beside a shared instance family or a billing field naming the package still reads
  it('a 共享型 (shared-core) instance family and a separate 网络计费模式 共享带宽包 leave the own 带宽上限 read', () => {
    expect(read(cvmDetail(teaItem('网络计费模式', '共享带宽包') + teaItem('公网 IP', '119.29.1.1') + teaItem('带宽上限', '10Mbps')), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(10);
    expect(read(ecsDetail(infoRow('实例规格', '共享标准型 s6 ecs.s6-c1m1.small') + infoRow('公网IP', '47.98.1.2') + infoRow('公网带宽', '5Mbps')), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(5);
  });
});

describe('a one-record picker with a filter that is no search box gives the filing step none of its values (aliyun/filing-dialogs.ts chosenRecord)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const [steps, item, input, select] = [filingSteps, filingItem, filingInput, filingSelect];
  const dialog = (title: string, body: string, buttons = ['确定', '取消']) =>
    `<div class="next-overlay-wrapper opened"><div class="next-overlay-backdrop"></div><div role="dialog" aria-modal="true" class="next-dialog next-overlay-inner">` +
    `<div class="next-dialog-header">${title}</div><div class="next-dialog-body">${body}</div>` +
    `<div class="next-dialog-footer">${buttons.map((b) => `<button class="next-btn">${b}</button>`).join(' ')}</div></div></div>`;
  const row = (l: string, v: string) => `<div class="info-row"><span class="info-label">${l}：</span><span class="info-value">${v}</span></div>`;
  const step = `${steps(0)}<h3>基础信息</h3><form class="next-form">${item('网站域名', input('qingshan-tea.cn'))}${item('服务器', '<button type="button" class="next-btn">选择实例</button>')}</form>`;
  const regionFilter = '<select class="region-filter"><option selected>华东1（杭州）</option><option>华北2（北京）</option></select>';
  const fusionFilter = `<div class="filter-bar"><span class="next-select"><span class="next-select-values"><em>华东1（杭州）</em></span></span></div>`;

  it('a 选择实例 picker with a region <select> and one instance card (its radio) adds no server to the step (had given its instance and number)', () => {
    const card = (choice: string) => `<div class="instance-card">${choice}${row('实例ID', 'i-bp1pickerone000001')}${row('备案服务号', '3502027788')}</div>`;
    for (const choice of ['<label class="next-radio-wrapper"><input type="radio" class="next-radio-input"></label>', '<span role="radio" aria-checked="false" class="radio"></span>']) {
      for (const filter of [regionFilter, fusionFilter]) {
        expect(read(step, url, dialog('选择实例', filter + card(choice)))?.facts.websites, choice + filter).toEqual([{ domains: ['qingshan-tea.cn'] }]);
      }
    }
  });

  // guard: a dialog that is the step's own form keeps its values though it has a radio group and an "I agree" box
  it('a 产品验证 form with a 产品类型 radio group and an agree checkbox is still read', () => {
    const radios = '<div role="radiogroup"><label><input type="radio" checked> 云服务器ECS</label><label><input type="radio"> 轻量应用服务器</label></div>';
    const verify = dialog(
      '产品验证',
      `<form class="next-form">${item('产品类型', radios)}${item('实例ID', select('i-bp1dialogform00007'))}${item('备案服务号', '<p>3502027788</p>')}` +
        `<label><input type="checkbox"> 我已阅读并同意</label></form>`,
      ['验证', '取消'],
    );
    expect(read(step, url, verify)?.facts.websites).toEqual([{ domains: ['qingshan-tea.cn'], serverId: 'i-bp1dialogform00007', serviceNumber: '3502027788' }]);
  });
});

describe('a toast about a record the page shows only truncated is about the page\'s record (dom/transient-notice.ts)', () => {
  const toastStyle = '.ant-message, .next-message-wrapper-v2, .tea-message { position: fixed; top: 16px; left: 0; right: 0; z-index: 1010 }';
  const toasts = (text: string) => [
    `<div class="ant-message"><div class="ant-message-notice"><div class="ant-message-notice-content" role="alert"><div class="ant-message-custom-content ant-message-error"><span>${text}</span></div></div></div></div>`,
    `<div class="next-message-wrapper-v2"><div class="next-message next-message-error next-toast" role="alert"><div class="next-message-content">${text}</div></div></div>`,
    `<div class="tea-message"><div class="tea-message__item tea-message--error" aria-live="assertive"><p>${text}</p></div></div>`,
  ];
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
  const ecsRow = (cell: string) =>
    `<tr class="next-table-row"><td class="next-table-cell">${cell}</td><td class="next-table-cell">杭州 可用区K</td>` +
    `<td class="next-table-cell">运行中</td><td class="next-table-cell">包年包月</td><td class="next-table-cell">2027-01-05 到期</td></tr>`;
  const ecs = (cell: string) =>
    `<main><h1>实例</h1><div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>状态</th><th>付费方式</th><th>到期时间</th></tr></thead>` +
    `<tbody>${ecsRow('<a href="#/server/i-bp1ecstoast0000001/detail">i-bp1ecstoast0000001</a>')}${ecsRow(cell)}</tbody></table></div></main>`;
  const failed = '实例 i-bp1abcdefgh0123456 的续费信息加载失败，请刷新重试';

  it('the id shown with a middle ellipsis (i-bp1abc…3456, i-bp1abc...3456) or only in a title: the page is an error, not read', () => {
    for (const cell of ['<span>i-bp1abc…3456</span>', '<span>i-bp1abcd...23456</span>', '<span title="i-bp1abcdefgh0123456">web-prod-02</span>', '<a aria-label="i-bp1abcdefgh0123456">web-prod-02</a>']) {
      for (const toast of toasts(failed)) expect(read(ecs(cell), url, toast, toastStyle), `${cell} ${toast}`).toBeNull();
    }
  });

  // guard: a truncated id of another record (its ends differ) keeps the toast about another record
  it('a truncated id whose ends differ from the toast\'s leaves the page read', () => {
    for (const toast of toasts(failed)) expect(read(ecs('<span>i-bp1xyz…7777</span>'), url, toast, toastStyle)?.facts.servers?.length, toast).toBeGreaterThan(0);
  });
});

describe('an expiry written with a time in another zone as text is its date in Beijing (dom/parse-date.ts; aliyun/server-values.ts expiryFromText; tencent/values.ts)', () => {
  // server.* expiry rules count days from the stored date: a UTC evening stored as its UTC date is a day early
  const cvmExpiry = (v: string) => read(cvmDetail(teaItem('到期时间', v)), cvmUrl)?.facts.servers?.[0]?.expiresAt;
  const ecsExpiry = (v: string) => read(ecsDetail(infoRow('到期时间', v)), ecsUrl)?.facts.servers?.[0]?.expiresAt;

  it('2027-03-01 23:59:59 UTC is 2027-03-02 on a CVM and an ECS detail (had given 2027-03-01)', () => {
    for (const v of ['2027-03-01 23:59:59 UTC', '2027-03-01 16:00 GMT', '2027-03-01 23:59:59 (UTC+00:00)', '2027-03-01 20:00:00 UTC-05:00', '2027-03-01 11:30 PM UTC', '2027-03-01T16:00:00 UTC', '2027-03-01T16:00:00Z']) {
      expect(cvmExpiry(v), v).toBe('2027-03-02');
      expect(ecsExpiry(v), v).toBe('2027-03-02');
    }
  });

  it('in a list\'s billing cell, the words beside the date still say it is the expiry', () => {
    const cvmList = (billing: string) =>
      `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例计费模式</th></tr></thead>` +
      `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>${billing}</td></tr></tbody></table>`;
    expect(read(cvmList('包年包月<div>2027-03-01 23:59:59 UTC到期</div>'), cvmListUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-03-02');
    const ecsBilling = (billing: string) =>
      `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>付费方式</th></tr></thead>` +
      `<tbody><tr><td>i-bp1gapss34list0001</td><td>杭州 可用区I</td><td>${billing}</td></tr></tbody></table>`;
    expect(read(ecsBilling('包年包月 2027-03-01 23:59 UTC 到期'), ecsListUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-03-02');
  });

  // guards: Beijing time written out, an early UTC time, no zone, and a zone with no time keep the date shown
  it('(UTC+08:00), 15:59:59 UTC, no zone and a zone without a time keep the date shown', () => {
    for (const v of ['2027-03-01 23:59:59 (UTC+08:00)', '2027-03-01 15:59:59 UTC', '2027-03-01 23:59:59', '2027-03-01 UTC', '2027-03-01T15:59:59Z']) {
      expect(cvmExpiry(v), v).toBe('2027-03-01');
      expect(ecsExpiry(v), v).toBe('2027-03-01');
    }
  });
});
