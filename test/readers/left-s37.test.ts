import { describe, expect, it } from 'vitest';
import { cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';
import { parseBandwidth } from '../../src/readers/dom/parse-bandwidth';

/**
 * Values session 37's helpers left open (/work/notes/left37.md), each as a small console page that lost a value or
 * gave a wrong one before its fix, said where.
 */

describe('Taiwan words for 实例, 服务器 and 按量付费 (執行個體, 伺服器, 隨用隨付) are the same label and value words (rules/regional-words.json)', () => {
  it('an ECS detail in Taiwan words gives its billing (had given none)', () => {
    const page = `<h2>執行個體詳情</h2><div class="info">${infoRow('執行個體ID', 'i-bp1gapss34000001')}${infoRow('地域', '華東1（杭州）')}${infoRow('付費方式', '隨用隨付')}</div>`;
    expect(read(page, ecsUrl)?.facts.servers?.[0]).toMatchObject({ id: 'i-bp1gapss34000001', billing: 'payg' });
  });

  it('a CVM detail whose billing label says 執行個體 gives its billing (had given none)', () => {
    const page = `<h2>執行個體詳情</h2><div class="tea-form">${teaItem('執行個體ID', 'ins-4w6y8a0c')}${teaItem('執行個體計費模式', '包年包月')}${teaItem('地域', '廣州')}</div>`;
    expect(read(page, cvmUrl)?.facts.servers?.[0]).toMatchObject({ id: 'ins-4w6y8a0c', billing: 'subscription' });
  });
});

describe('Taiwan words compare as their mainland words wherever labels are keyed (dom/hant-fold.ts)', () => {
  it('DNS 伺服器, 執行個體 ID and 隨用隨付 key as DNS 服务器, 实例 ID and 按量付费; text without them is left as it is', async () => {
    const { labelKey } = await import('../../src/readers/dom/normalize-label');
    expect(labelKey('DNS 伺服器')).toBe(labelKey('DNS 服务器'));
    expect(labelKey('執行個體 ID')).toBe(labelKey('实例 ID'));
    expect(labelKey('执行個體ID')).toBe(labelKey('实例ID'));
    expect(labelKey('隨用隨付')).toBe(labelKey('按量付费'));
    expect(labelKey('执行计划')).toBe('执行计划');
  });
});

describe('translators\' words for a service-number grid, an authcode status and a real-name status (rules/labels, shared/text-values.ts)', () => {
  const snUrl = 'https://beian.console.aliyun.com/#/serviceCode';
  const grid = (head: string[], rows: string[][]) =>
    `<h2>Filing service number management</h2><table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table><div class="next-pagination">Total 3 items</div>`;
  const head = ['Filing service number', 'Product type', 'Instance ID/Name', 'Region', 'Usage status', 'Application time'];
  const row = (n: string, status: string) => [n, 'Cloud Server ECS', 'i-bp1imtr0000000000a shop-prod', 'East China 1 (Hangzhou)', status, '2026-03-01 10:00:00'];

  it('a service-number grid translated only (备案服务号 as "Filing service number", "Used" / "Not used" alone) gives its count (had given no server)', () => {
    const servers = read(grid(head, [row('3502024401', 'Used'), row('3502024402', 'Used'), row('3502024403', 'Not used')]), snUrl)?.facts.servers;
    expect(servers).toEqual([expect.objectContaining({ id: 'i-bp1imtr0000000000a', product: 'ecs', serviceNumbersUsed: 2 })]);
  });
});

describe('translators\' words for statuses: "Using" (使用中), 未经验证 (Google\'s "Unverified")', () => {
  it('"Using" is an authcode in use; "Not using" is no status (tencent/values.ts codeStatusFromText, rules/labels/tencent.json)', async () => {
    const { codeStatusFromText } = await import('../../src/readers/tencent/values');
    expect(codeStatusFromText('Using')).toBe('in-use');
    expect(codeStatusFromText('使用中 Using')).toBe('in-use');
    expect(codeStatusFromText('Not using')).toBeUndefined();
  });

  it('未经验证 / 未经认证 is a real-name verification not passed (shared/text-values.ts realNameFromText)', async () => {
    const { realNameFromText } = await import('../../src/readers/shared/text-values');
    expect(realNameFromText('未经验证')).toBe(false);
    expect(realNameFromText('未经认证')).toBe(false);
    expect(realNameFromText('未經驗證')).toBe(false);
  });
});

describe('a bandwidth figure whose point is followed by exactly three digits (a de-DE browser\'s thousands point, "1.024 Mbps" for 1024) gives no figure (dom/parse-bandwidth.ts)', () => {
  it('an ECS detail showing 1.024 Mbps or 2.000 Mbps gives no bandwidth (had given 1.024, 2)', () => {
    for (const v of ['1.024 Mbps', '2.000 Mbps', '1.000 Mbit/s', '按固定带宽 1.024Mbps', '1.048.576 Kbps'])
      expect(read(ecsDetail(infoRow('公网带宽', v)), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps, v).toBeUndefined();
  });

  // guards: held before, stay so — a decimal of one, two or four digits, a fraction under one, a comma-grouped figure
  it('1.5 Mbps, 10.24 Mbps, 0.512 Mbps, 1,024 Mbps and 5 Mbps are read', () => {
    expect(read(ecsDetail(infoRow('公网带宽', '1.5 Mbps')), ecsUrl)?.facts.servers?.[0]?.publicBandwidthMbps).toBe(1.5);
    expect(parseBandwidth('10.24 Mbps')).toBe(10.24);
    expect(parseBandwidth('0.512 Mbps')).toBe(0.512);
    expect(parseBandwidth('1,024 Mbps')).toBe(1024);
    expect(parseBandwidth('5 Mbps')).toBe(5);
  });
});

describe('an id in a notice (role=alert / status) naming another instance makes no record of it (aliyun/server-detail.ts inNotice, dom/id-containers.ts)', () => {
  const header = '<div class="x1"><h2>i-bp1gapss34000001 / shop-prod</h2></div>';
  const card = `<div class="x2"><h3>配置信息</h3>${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', '包年包月')}${infoRow('公网带宽', '5 Mbps')}${infoRow('到期时间', '2027-01-01 23:59:59')}</div>`;
  const notice = (role: string) => `<div class="x3" role="${role}"><div>实例 i-bp1zzzzz99990000 将于 3 天后到期，请及时续费。</div></div>`;
  const expected = { id: 'i-bp1gapss34000001', billing: 'subscription', expiresAt: '2027-01-01', publicBandwidthMbps: 5 };

  it('an ECS detail whose content box holds a notice naming another instance above its card gives its server (had given none)', () => {
    for (const role of ['alert', 'status']) expect(read(`${header}<div class="x4">${notice(role)}${card}</div>`, ecsUrl)?.facts.servers?.[0], role).toMatchObject(expected);
  });
});

describe('an antd 5 Descriptions of span labels under hashed class names: a label box holding the label and a help icon (class-names-hashed)', () => {
  const item = (label: string, value: string) =>
    `<td class="c1a" colspan="1"><div class="c2b"><span class="c3c">${label}</span><span class="c4d">${value}</span></div></td>`;
  const help = '<span role="img" aria-label="question-circle" class="c5e"><svg viewBox="64 64 896 896" width="1em" height="1em" aria-hidden="true"><path d="M512 64"></path></svg></span>';
  const page = (billingLabel: string) =>
    `<h2 class="c0">实例详情</h2><div class="c6"><div class="c7">付费信息</div><table><tbody><tr class="c8">` +
    item(billingLabel, '包年包月 <a>转按量付费</a><br><span class="c9">到期时间：2026/12/01 23:59:59</span>') +
    item('<span>公网带宽</span>', '<span>10</span> <span>Mbps</span>') +
    `</tr><tr class="c8">${item('<span>实例ID</span>', 'i-bp1gapss34000001')}${item('<span>地域</span>', '华东1（杭州）')}</tr></tbody></table></div>`;

  it('付费类型 with a help icon beside it in its label box gives the billing and expiry', () => {
    expect(read(page(`<span>付费类型</span>${help}`), ecsUrl)?.facts.servers?.[0]).toMatchObject({ billing: 'subscription', expiresAt: '2026-12-01' });
  });
});

describe('an open Product Verification dialog under hashed class names: its product radio group is a question of the form, no record picked (aliyun/filing-dialogs.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/base';
  const item = (label: string, control: string) => `<div class="h1"><div class="h2"><label>${label}</label></div><div class="h3">${control}</div></div>`;
  const radio = (word: string, checked: boolean) =>
    `<label class="h4" role="radio" aria-checked="${checked}"><input type="radio"${checked ? ' checked' : ''}><span>${word}</span></label>`;
  const step = `<div class="s0">${['Basic Information', 'Entity Information', 'Website Information', 'Upload Materials'].map((t) => `<div class="s1"><div class="s2">${t}</div></div>`).join('')}</div>`;
  const page =
    step +
    `<form class="f0">${item('Entity Type', '<span class="h5"><span class="h6"><em>Enterprise</em></span></span>')}${item('Domain Name', '<span class="h7"><input value="orchid-press.com"></span>')}${item('Server', '<button type="button">Verify Product</button>')}</form>`;
  const dialog = (group: string) =>
    `<div role="dialog" aria-modal="true" class="d0"><div class="d1">Product Verification</div><form class="f0">` +
    item('Product Type', `<div ${group}>${radio('ECS', true)}${radio('Simple Application Server', false)}</div>`) +
    item('Instance ID', '<span class="h5"><span class="h6"><em>i-bp1orchid0000000007</em></span><i class="h8"></i></span>') +
    item('Service Identification Number', '<p class="h9">3502027788</p>') +
    `</form><a role="button" aria-label="Close" class="d2"><i class="d3"></i></a></div>`;

  it('the dialog gives the server id, its service number and the server (had given none)', () => {
    const facts = read(page, url, dialog('role="radiogroup"'))?.facts;
    expect(facts?.websites?.[0]).toMatchObject({ serverId: 'i-bp1orchid0000000007', serviceNumber: '3502027788' });
    expect(facts?.servers?.[0]).toMatchObject({ id: 'i-bp1orchid0000000007', product: 'ecs' });
  });

  // guard: held before, stays so — radios in no group around the fields are a picker's: its record is not the step's
  it('radios with no radio group around them still make the values a picked record', () => {
    expect(read(page, url, dialog('class="g0"'))?.facts.websites?.[0]?.serverId).toBeUndefined();
  });
});
