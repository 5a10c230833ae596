import { describe, expect, it } from 'vitest';
import { aliyunLabels } from '../../src/readers/aliyun/labels';
import { registerUnitWords } from '../../src/readers/dom/units';
import { registrantNameOf } from '../../src/readers/shared/text-values';
import { tencentLabels } from '../../src/readers/tencent/labels';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Reader items reported but not fixed in session 35 (/work/notes/gaps36.md), each as a small console page
 * that failed before its fix (or a guard that held before and must stay so, said where it is one).
 */

const cvmListUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
const cvmList = (cells: { id?: string; bandwidth?: string; billing?: string }) =>
  `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>公网带宽</th><th>实例计费模式</th></tr></thead>` +
  `<tbody><tr><td><a>${cells.id ?? 'ins-5v8b2n4m'}</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>标准型S5 2核 4GB</td><td>119.29.18.40(公)</td>` +
  `<td>${cells.bandwidth ?? '5Mbps'}</td><td>${cells.billing ?? '按量计费'}</td></tr></tbody></table>`;
const ecsListUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const ecsList = (cells: { id?: string; bandwidth?: string; billing?: string }) =>
  `<table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>IP地址</th><th>带宽</th><th>付费方式</th></tr></thead>` +
  `<tbody><tr><td>${cells.id ?? 'i-bp1gapss36list0001'}</td><td>杭州 可用区I</td><td>47.98.1.2(公)<br>172.16.0.8(私有)</td><td>${cells.bandwidth ?? '5M'}</td><td>${cells.billing ?? '包年包月'}</td></tr></tbody></table>`;
const cvmServer = (extra: string) => read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + extra), cvmUrl)?.facts.servers?.[0];
const ecsServer = (extra: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + extra), ecsUrl)?.facts.servers?.[0];
const cvmListServer = (cells: Parameters<typeof cvmList>[0], style = '') => read(cvmList(cells), cvmListUrl, '', style)?.facts.servers?.[0];
const ecsListServer = (cells: Parameters<typeof ecsList>[0], style = '') => read(ecsList(cells), ecsListUrl, '', style)?.facts.servers?.[0];

describe('a value cut short with an ellipsis written into its text, and no whole on the page, is no value (dom/truncated.ts isCut)', () => {
  const tcBeianUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261204000214/confirm';
  const tcItem = (l: string, v: string) => `<div class="tea-form__item"><label class="tea-form__label">${l}</label><div class="tea-form__controls">${v}</div></div>`;
  const tcBeian = (entity: string, site: string, domain: string, style = '') =>
    read(
      `<form class="tea-form"><fieldset class="tea-form-section"><legend>备案主体信息</legend>${tcItem('主办单位名称', entity)}</fieldset>` +
        `<fieldset class="tea-form-section"><legend>网站信息</legend>${tcItem('网站名称', site)}${tcItem('网站域名', domain)}</fieldset></form>`,
      tcBeianUrl,
      '',
      style,
    )?.facts;
  const tcDomainListUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const tcDomains = (d: string) =>
    read(
      `<div class="tea-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>` +
        `<tr><td><a>${d}</a></td><td><span class="tea-tag">正常</span></td><td>陈青山</td><td>2027-08-15 10:00:00</td></tr></tbody></table></div>`,
      tcDomainListUrl,
    )?.facts.domains?.map((x) => x.domain) ?? [];

  it('an entity (主办单位) name and a website name cut at the end or in the middle are none (had given 杭州青山茶业有...)', () => {
    for (const [entity, site] of [['杭州青山茶业有…', '青山茶业官…'], ['杭州青山茶业有...', '青山茶业官...'], ['杭州青山…有限公司', '青山…官网'], ['杭州青山茶业有⋯', '青山茶业官⋯']]) {
      const facts = tcBeian(entity!, site!, 'qingshan-tea.com.cn');
      expect(facts?.entity?.name, entity).toBeUndefined();
      expect(facts?.websites?.[0]?.name, site).toBeUndefined();
      expect(facts?.websites?.[0]?.domains, site).toEqual(['qingshan-tea.com.cn']);
    }
  });

  it('a domain cut with its first labels whole is no domain: qingshan-tea.co… and qingshan-tea.com.c… (had given qingshan-tea.co, qingshan-tea.com)', () => {
    for (const d of ['qingshan-tea.co…', 'qingshan-tea.co...', 'qingshan-tea.com.c…', 'qingshan⋯tea.com.cn', 'qingshan-tea.co⋯']) {
      expect(tcDomains(d), d).toEqual([]);
      expect(tcBeian('杭州青山茶业有限公司', '青山茶业官网', d)?.websites?.[0]?.domains, d).toEqual([]);
    }
  });

  it('an ECS instance id cut in a list cell and in a detail field is no id (had given i-bp1a2b3c)', () => {
    for (const id of ['i-bp1a2b3c…', 'i-bp1a2b3c...', 'i-bp1a2b3c⋯']) {
      expect(ecsListServer({ id })?.id, id).toBeUndefined();
      expect(read(ecsDetail(infoRow('公网IP', '47.98.1.2')).replace('i-bp1gapss34000001', id), ecsUrl.replace('i-bp1gapss34000001', 'i-bp1a2b3c'))?.facts.servers?.[0]?.id, id).toBeUndefined();
    }
  });

  // guards: held before, stay so — a whole in a title is the whole; text cut by CSS only holds its whole in the DOM
  it('the whole in a title, and a value cut by text-overflow: ellipsis only (the DOM holds it whole), are read whole', () => {
    const facts = tcBeian('<span title="杭州青山茶业有限公司">杭州青山茶业有…</span>', '<span title="青山茶业官网">青山茶业官…</span>', '<span title="qingshan-tea.com.cn">qingshan-tea.co…</span>');
    expect(facts?.entity?.name).toBe('杭州青山茶业有限公司');
    expect(facts?.websites?.[0]).toMatchObject({ name: '青山茶业官网', domains: ['qingshan-tea.com.cn'] });
    const css = '.cut { display: inline-block; max-width: 60px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis }';
    const cssFacts = tcBeian('<span class="cut">杭州青山茶业有限公司</span>', '<span class="cut">青山茶业官网</span>', '<span class="cut">qingshan-tea.com.cn</span>', css);
    expect(cssFacts?.entity?.name).toBe('杭州青山茶业有限公司');
    expect(cssFacts?.websites?.[0]).toMatchObject({ name: '青山茶业官网', domains: ['qingshan-tea.com.cn'] });
    expect(ecsListServer({ id: '<span class="cut">i-bp1gapss36list0001</span>' }, css)?.id).toBe('i-bp1gapss36list0001');
    expect(ecsListServer({ id: '<span title="i-bp1gapss36list0001">i-bp1gapss…</span>' })?.id).toBe('i-bp1gapss36list0001');
    // a name that merely holds dots, and a domain at the end of a sentence, are whole
    expect(tcBeian('杭州青山茶业有限公司', 'Q.S. Tea', 'qingshan-tea.com.cn.')?.websites?.[0]).toMatchObject({ name: 'Q.S. Tea', domains: ['qingshan-tea.com.cn'] });
  });
});

describe('two bandwidth figures of one kind side by side, without direction words, are no one bandwidth (dom/parse-bandwidth.ts pairedDirection)', () => {
  const readers: Array<[string, (v: string) => number | undefined]> = [
    ['CVM detail 带宽上限', (v) => cvmServer(teaItem('带宽上限', v))?.publicBandwidthMbps],
    ['CVM list 公网带宽', (v) => cvmListServer({ bandwidth: v })?.publicBandwidthMbps],
    ['ECS detail 公网带宽', (v) => ecsServer(infoRow('公网带宽', v))?.publicBandwidthMbps],
    ['ECS list 带宽', (v) => ecsListServer({ bandwidth: v })?.publicBandwidthMbps],
  ];

  it('5M<br>10Mbps (a bare M figure that is no memory size beside a figure in Mbps) gives none (had given 10)', () => {
    for (const [name, bw] of readers) {
      for (const v of ['5M<br>10Mbps', '5M 10Mbps', '10Mbps<br>5M', '100M<div>10 Mbps</div>']) expect(bw(v), `${name}: ${v}`).toBeUndefined();
    }
  });

  it('5 Mbps 峰值 100 Mbps (the second labelled a peak, the first not) gives none (had given 5)', () => {
    for (const [name, bw] of readers) {
      for (const v of ['5 Mbps 峰值 100 Mbps', '5 Mbps<br>峰值 100 Mbps', '5Mbps 峰值带宽：100Mbps', '5 Mbps Peak 100 Mbps', '5 Mbps 突发 100 Mbps']) expect(bw(v), `${name}: ${v}`).toBeUndefined();
    }
  });

  // guards (held before, stay so): a memory size before the bandwidth, a bracketed note, a hint, a peak alone
  it('512M 1Mbps, 1核 512M 1Mbps, 5 Mbps（峰值 100 Mbps）, 5 Mbps<br>最高可调至 200 Mbps and 峰值带宽 30 Mbps keep their one bandwidth', () => {
    for (const [name, bw] of readers) {
      for (const [v, want] of [['512M 1Mbps', 1], ['1核 512M 1Mbps', 1], ['1024M<br>2Mbps', 2], ['5 Mbps（峰值 100 Mbps）', 5], ['5 Mbps<br>最高可调至 200 Mbps', 5], ['峰值带宽 30 Mbps', 30], ['30Mbps 峰值带宽', 30]] as const) {
        expect(bw(v), `${name}: ${v}`).toBe(want);
      }
    }
  });
});

describe('a bar chart drawn in HTML (bars sized by their style in per cent, figures as text) is a chart, as an SVG one is (dom/units.ts drawsBars)', () => {
  const bars = (rows: Array<[string, string, number]>, fill = (w: number) => `<div class="bar-track"><div class="bar-fill" style="width: ${w}%"></div></div>`) =>
    `<div class="bar-chart">${rows.map(([d, v, w]) => `<div class="bar-row"><span class="bar-date">${d}</span>${fill(w)}<span class="bar-value">${v}</span></div>`).join('')}</div>`;
  const chart = bars([['12-03', '5 Mbps', 50], ['12-04', '10 Mbps', 100], ['12-05', '8 Mbps', 80]]);
  const columns = bars([['12-03', '10 Mbps', 100], ['12-04', '5 Mbps', 50]], (h) => `<i style="display:inline-block;height:${h}%;background:#006eff"></i>`);
  const card = (title: string, body: string) => `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body">${body}</div></div>`;

  it('bars as the value of a bandwidth field give none (had given the first bar\'s figure, 5 or 10)', () => {
    for (const c of [chart, columns]) {
      expect(cvmServer(teaItem('带宽上限', c))?.publicBandwidthMbps).toBeUndefined();
      expect(ecsServer(infoRow('公网带宽', c))?.publicBandwidthMbps).toBeUndefined();
    }
  });

  // guards (held before, stay so): a monitoring card of bars beside the fields gives nothing, the field its own
  // figure; one progress bar beside its figure is no chart
  it('a monitoring card 公网出带宽 of bars beside the fields: the field\'s 5, none without it; a progress bar\'s row is read', () => {
    expect(read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + teaItem('带宽上限', '1 Mbps')) + card('公网出带宽', chart), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(1);
    expect(read(cvmDetail(teaItem('公网 IP', '119.29.1.1')) + card('带宽上限', chart), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
    expect(read(ecsDetail(infoRow('公网IP', '47.98.1.2')) + card('公网带宽', columns), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
    expect(cvmServer(teaItem('带宽上限', '<div>5 Mbps</div><div class="usage"><div style="width: 40%"></div></div>'))?.publicBandwidthMbps).toBe(5);
  });
});

describe('an editable box beside words naming the saved value, with no confirm / cancel beside it: the saved value (dom/inline-editor.ts showsSaved)', () => {
  const save = '<div class="form-footer"><button class="tea-btn tea-btn--primary">保存</button></div>';
  const cvmBw = (v: string) => read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + teaItem('带宽上限', v)) + save, cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps;
  const ecsBw = (v: string) => read(ecsDetail(infoRow('公网IP', '47.98.1.2') + infoRow('公网带宽', v)) + save, ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps;

  it('带宽 [50] Mbps 当前：5 Mbps with only a 保存 at the form\'s end is 5 (had given 50, what is typed)', () => {
    for (const v of ['<input value="50"> Mbps 当前：5 Mbps', '<input class="tea-input" value="50"> Mbps <span class="tea-text-weak">当前带宽：5 Mbps</span>', '<span class="next-input"><input value="50"></span> Mbps <div>Current: 5 Mbps</div>']) {
      expect(cvmBw(v), v).toBe(5);
      expect(ecsBw(v), v).toBe(5);
    }
  });

  // guards (held before, stay so): a bare box is read; a label saying 当前 is no note of the saved value; 原 (the
  // former value of a change) is not the saved one
  it('a bare box, one whose label says 当前带宽：, and one beside （原 5 Mbps） are still read', () => {
    expect(cvmBw('<input value="50"> Mbps')).toBe(50);
    expect(read(cvmDetail(teaItem('公网 IP', '119.29.1.1') + teaItem('当前带宽：', '<input value="50"> Mbps')), cvmUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(50);
    expect(ecsBw('<input value="50"> Mbps（原 5 Mbps）')).toBe(50);
  });
});

describe('a CVM list\'s "… GMT 前续费" (renew before): judged, no fix — a date is the expiry only where a word or column says so (tencent/values.ts dateNextTo)', () => {
  const cvmListExpiry = (billing: string, column?: string) =>
    read(
      `<h2>实例</h2><table class="tea-table"><thead><tr><th>ID/实例名</th><th>状态</th><th>可用区</th><th>实例计费模式</th>${column === undefined ? '' : '<th>到期时间</th>'}</tr></thead>` +
        `<tbody><tr><td><a>ins-5v8b2n4m</a><div>web-01</div></td><td>运行中</td><td>广州三区</td><td>${billing}</td>${column === undefined ? '' : `<td>${column}</td>`}</tr></tbody></table>`,
      cvmListUrl,
    )?.facts.servers?.[0]?.expiresAt;

  // guards (held before): "前续费" names a deadline to renew — an isolated instance's is its destruction date, after
  // its expiry — so a billing cell's date with only it is none; under 到期时间, or with 到期 beside it, it is the expiry
  it('2027-03-01 16:30 GMT 前续费 in the 到期时间 column or after 到期 is 2027-03-02 (Beijing); alone in the billing cell none', () => {
    expect(cvmListExpiry('包年包月', '2027-03-01 16:30 GMT 前续费')).toBe('2027-03-02');
    expect(cvmListExpiry('包年包月<div>到期 2027-03-01 16:30 GMT 前续费</div>')).toBe('2027-03-02');
    expect(cvmListExpiry('包年包月<div>2027-03-01 16:30 GMT 前续费</div>')).toBeUndefined();
  });
});

describe('a tag offering the other billing mode ("可转包年包月") beside 按量付费 is no mode of the instance (aliyun/server-values.ts CONVERSION)', () => {
  const ecsDetailBilling = (v: string) => read(ecsDetail('').replace('包年包月', v), ecsUrl)?.facts.servers?.[0]?.billing;

  it('an ECS list cell and detail field 按量付费 with a tag 可转包年包月 / Convertible to Subscription are pay-as-you-go (had given none)', () => {
    for (const v of ['按量付费 <span class="next-tag">可转包年包月</span>', '按量付费<br><span class="tag">可转包年包月</span>', 'Pay-As-You-Go <span class="next-tag">Convertible to Subscription</span>']) {
      expect(ecsListServer({ billing: v })?.billing, v).toBe('payg');
    }
    expect(ecsDetailBilling('按量付费 可转包年包月')).toBe('payg');
    expect(ecsDetailBilling('包年包月 （到期转按量）')).toBe('subscription');
  });

  // guards (held before, stay so): both modes named as modes are none; the CVM list's conversion words as before
  it('包年包月 / 按量付费 in one cell is none; a CVM 按量计费 cell with 可转包年包月 is pay-as-you-go', () => {
    expect(ecsListServer({ billing: '包年包月<br>按量付费' })?.billing).toBeUndefined();
    expect(cvmListServer({ billing: '按量计费 <span class="tea-tag">可转包年包月</span>' })?.billing).toBe('payg');
  });
});

describe('a pending note after a value in the same run, set apart by a space only, is no part of the value (dom/units.ts inlinePendingNote)', () => {
  const domainUrl = 'https://console.cloud.tencent.com/domain/info/wanghw.net';
  const registrant = (owner: string) =>
    read(`<div class="tea-card"><div class="tea-card__body"><div class="tea-form">${teaItem('域名', 'wanghw.net')}${teaItem('域名所有者', owner)}${teaItem('证件类型', '身份证')}</div></div></div>`, domainUrl)?.facts.domains?.[0]?.registrantName;
  const beianUrl = 'https://console.cloud.tencent.com/beian/manage/process/20261204000214/confirm';
  const entity = (name: string) =>
    read(`<form class="tea-form"><fieldset class="tea-form-section"><legend>备案主体信息</legend><div class="tea-form__item"><label class="tea-form__label">主办单位名称</label><div class="tea-form__controls">${name}</div></div></fieldset></form>`, beianUrl)?.facts.entity?.name;

  it('王宏伟 修改审核中 杭州… and 王宏伟 修改审核中：杭州… are 王宏伟 (had given the name with the note)', () => {
    for (const v of ['王宏伟 修改审核中 杭州宏伟网络科技有限公司', '王宏伟 修改审核中：杭州宏伟网络科技有限公司', '王宏伟 变更审核中 Hangzhou Hongwei Co., Ltd.']) expect(registrant(v), v).toBe('王宏伟');
    expect(entity('杭州青山茶业有限公司 变更审核中 杭州青山茶叶有限公司')).toBe('杭州青山茶业有限公司');
  });

  // guards (held before, stay so): a longer word the pending word begins, a word alone at either end, a Latin word
  // among Latin words with no colon, and a bandwidth's and a date's first figure
  it('王宏伟 原信息科技, 审核中 王宏伟, 王宏伟 审核中 and Meadow Labs Original Ltd stay whole; 5 Mbps 待生效 100 Mbps is 5', () => {
    for (const v of ['王宏伟 原信息科技', '审核中 王宏伟', '王宏伟 审核中', 'Meadow Labs Original Ltd']) expect(registrant(v), v).toBe(v);
    expect(cvmServer(teaItem('带宽上限', '5 Mbps 待生效 100 Mbps'))?.publicBandwidthMbps).toBe(5);
    expect(ecsServer(infoRow('公网带宽', '5Mbps 待生效100Mbps'))?.publicBandwidthMbps).toBe(5);
    expect(read(cvmDetail(teaItem('到期时间', '2026-12-15 待生效 2027-12-15')), cvmUrl)?.facts.servers?.[0]?.expiresAt).toBe('2026-12-15');
  });
});

describe('the words a registrar writes in place of a withheld name are data in rules/labels (withheldNames), read by shared/text-values.ts registrantNameOf', () => {
  it('both providers\' files hold the words the expression had; they still give no registrant, a name holding one still does', () => {
    const had = ['隐私保护', '隐私保护中', '隐私保护已开启', '已开启隐私保护', '信息已隐藏', '未公开', '不公开', 'Redacted', 'Withheld', 'Redacted for Privacy', 'Withheld for Privacy', 'Data Redacted', 'Privacy Protected', 'Privacy Protection', 'Privacy Service', 'Privacy Inc.', 'Contact Privacy Inc.', 'Not Disclosed', 'Data Protected'];
    for (const v of [aliyunLabels, tencentLabels]) expect(v.withheldNames).toEqual(expect.arrayContaining(had));
    for (const w of ['WHOIS 隐私保护中', 'REDACTED FOR PRIVACY', 'privacy  protected.', 'Contact Privacy Inc', 'Whois Not Disclosed']) expect(registrantNameOf(w), w).toBeUndefined();
    for (const w of ['杭州隐私保护科技有限公司', 'Redacted Studio Ltd', '未公开课堂工作室']) expect(registrantNameOf(w), w).toBe(w);
  });

  it('a word registered as data withholds a name (Identity Protected only once registered)', () => {
    expect(registrantNameOf('Identity Protected')).toBe('Identity Protected');
    registerUnitWords({ actions: [], statuses: [], help: [], withheldNames: ['Identity Protected'] });
    expect(registrantNameOf('Identity Protected')).toBeUndefined();
    expect(registrantNameOf('IDENTITY PROTECTED.')).toBeUndefined();
  });
});
