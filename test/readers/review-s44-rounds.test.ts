import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { parseDate, rangeEnd } from '../../src/readers/dom/parse-date';
import { readPage } from '../../src/readers';

/**
 * Second review of session 43's round fixes (rounds forty-one: dates, forty-two: batch operations, forty-three: partial
 * failures): small console pages, both providers where the code is shared, that the fixes were not written for
 * (test/fixtures-unseen/README.md "Second review of session 43's round fixes, session 44"). Each break's case failed before
 * its fix; guards say so.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

const teaItem = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label">${label}</div><div class="tea-form__controls">${value}</div></div>`;
const teaCard = (title: string, items: string) =>
  `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><div class="tea-form">${items}</div></div></div>`;
const nextItem = (label: string, value: string) =>
  `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label></div><div class="next-form-item-control">${value}</div></div>`;
const nextCard = (title: string, items: string) =>
  `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body"><div class="next-form next-form-preview">${items}</div></div></div>`;
const fusionTable = (headers: string[], rows: string[][]) =>
  '<div class="next-table"><div class="next-table-inner">' +
  `<div class="next-table-header"><table><thead><tr>${headers.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="next-table-body"><table><tbody>${rows.map((r) => `<tr class="next-table-row">${r.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div>` +
  '</div></div>';
const teaTable = (headers: string[], rows: string[][]) =>
  '<div class="tea-table">' +
  `<div class="tea-table__header"><table class="tea-table__box"><thead><tr>${headers.map((h) => `<th><div><span class="tea-text-overflow">${h}</span></div></th>`).join('')}</tr></thead></table></div>` +
  `<div class="tea-table__body"><table class="tea-table__box"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;

const lhUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=1&id=lhins-r44abcd1';
const lhDetail = (expiry: string) => teaCard('实例信息', teaItem('实例ID', 'lhins-r44abcd1') + teaItem('实例计费模式', '包年包月') + teaItem('到期时间', expiry));
const swasUrl = 'https://swas.console.aliyun.com/#/server/a44f0c2e8b7d4e5f9a1b3c5d7e9f0a2b/cn-shanghai/dashboard';
const swasDetail = (label: string, value: string, more = '') =>
  nextCard('服务器信息', nextItem('实例ID', 'a44f0c2e8b7d4e5f9a1b3c5d7e9f0a2b') + nextItem('地域', '华东2（上海）') + nextItem(label, value)) + more;
const expiryOf = (body: string, url: string) => read(body, url)?.facts.servers?.[0]?.expiresAt;

describe('中午 before a time spans noon: 中午 11:45 is before noon (a90ac2d, dom/parse-date chinaDateAt)', () => {
  it('"2027/01/02 中午 11:45 (UTC+00:00)" is 2027-01-02 in China, parsed and on a Lighthouse detail (gave 2027-01-03: 23:45 UTC, a wrong date)', () => {
    expect(parseDate('2027/01/02 中午 11:45 (UTC+00:00)')).toBe('2027-01-02');
    expect(expiryOf(lhDetail('2027/01/02 中午 11:45 (UTC+00:00)'), lhUrl)).toBe('2027-01-02');
  });
  it('guards: 中午 12:10 is noon, 中午 1:00 is 13:00, 下午 12:30 is 12:30, 上午 12:30 is 00:30 (so before too)', () => {
    expect(parseDate('2027/01/02 中午 12:10 (UTC-08:00)')).toBe('2027-01-03');
    expect(parseDate('2027/01/02 中午 1:00 (UTC-03:00)')).toBe('2027-01-03');
    expect(parseDate('2027/01/02 下午 12:30 (UTC+00:00)')).toBe('2027-01-02');
    expect(parseDate('2027/01/02 上午 12:30 (UTC-08:00)')).toBe('2027-01-02');
    expect(parseDate('2027/01/02 晚上 11:30 (UTC+00:00)')).toBe('2027-01-03');
  });
});

describe('a range whose times are written in words after 年月日 (下午3点00分) is a range (a90ac2d, dom/parse-date TIME_AFTER_DATE)', () => {
  const range = '2026年1月3日下午3点00分 至 2027年1月3日下午3点00分';
  it('parseDate gives none and rangeEnd the end (gave the start 2026-01-03, invented; rangeEnd none, missing)', () => {
    expect(parseDate(range)).toBeUndefined();
    expect(parseDate('2026-01-03 下午 至 2027-01-03 下午')).toBeUndefined();
    expect(rangeEnd(range)).toBe('2027-01-03');
    expect(rangeEnd('2026年1月3日 15时30分 至 2027年1月3日 15时30分')).toBe('2027-01-03');
  });
  it('a 到期时间 showing that range gives no expiry, Lighthouse and SWAS (gave the start 2026-01-03: invented)', () => {
    expect(expiryOf(lhDetail(range), lhUrl)).toBeUndefined();
    expect(expiryOf(swasDetail('到期时间', range), swasUrl)).toBeUndefined();
  });
  it('a SWAS 有效期 showing it gives the end (gave none: missing)', () => {
    expect(expiryOf(swasDetail('有效期', range), swasUrl)).toBe('2027-01-03');
  });
  it('guards: one date with its time in words is read; 12点到期 after it is an expiry (so before too)', () => {
    expect(parseDate('2027年1月2日下午4点00分')).toBe('2027-01-02');
    expect(parseDate('2027年1月2日 12点到期')).toBe('2027-01-02');
    expect(expiryOf(lhDetail('2027年1月3日下午3点00分'), lhUrl)).toBe('2027-01-03');
  });
});

describe('a whole list\'s failure naming a region or features is no part\'s (b3b6df4 / 13a5d3d PART_ONLY, dom/page-state partFailed)', () => {
  const ecsList = 'https://ecs.console.aliyun.com/server/region/cn-shanghai#/';
  const staleEcs = fusionTable(['实例ID/名称', '所在可用区', '状态', '付费方式'], [['i-bp1r44stale000001a<div>web-01</div>', '杭州 可用区K', '运行中', '包年包月<div>2027-03-01 23:59 到期</div>']]);
  const nextAlert = (msg: string) => `<div class="next-message next-message-error" role="alert"><div class="next-message-content">${msg}</div></div>`;
  const tencentDomains = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const staleDomains = teaTable(['域名', '状态', '到期时间'], [['<a>r44-stale.com</a>', '正常', '2027-01-01']]);
  const teaAlert = (msg: string) => `<div class="tea-alert tea-alert--error" role="alert">${msg}</div>`;

  it('an ECS list under "获取实例列表失败：该区域服务暂时不可用" or a 本区域 line reads none of its stale rows (gave them: invented)', () => {
    expect(read(nextAlert('获取实例列表失败：该区域服务暂时不可用，请稍后重试') + staleEcs, ecsList)).toBeNull();
    expect(read(nextAlert('<strong>实例列表加载失败</strong><p>本区域的实例暂时无法查询，请切换地域</p>') + staleEcs, ecsList)).toBeNull();
  });
  it('nor under a maintenance line "系统维护中，部分功能不可用" beside the failure (gave them: invented)', () => {
    expect(read(nextAlert('<strong>实例列表加载失败</strong><p>系统维护中，部分功能不可用</p>') + staleEcs, ecsList)).toBeNull();
    expect(read(nextAlert('实例列表加载失败。系统维护中，部分功能不可用') + staleEcs, ecsList)).toBeNull();
  });
  it('a Tencent domain list under "域名列表获取失败：该区域服务繁忙" reads none (gave its stale row: invented)', () => {
    expect(read(teaAlert('域名列表获取失败：该区域服务繁忙，请稍后重试') + staleDomains, tencentDomains)).toBeNull();
  });
  it('guards: a failure naming its own module, or part of the data, stays a part\'s; the plain failure is the page\'s (so before too)', () => {
    expect(read(nextAlert('<strong>页面出错了</strong><p>该模块暂时无法显示</p>') + staleEcs, ecsList)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r44stale000001a']);
    expect(read(nextAlert('部分数据加载失败，请刷新重试') + staleEcs, ecsList)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r44stale000001a']);
    expect(read(teaAlert('部分信息加载失败，显示的可能不是最新数据') + staleDomains, tencentDomains)?.facts.domains?.map((d) => d.domain)).toEqual(['r44-stale.com']);
    expect(read(nextAlert('获取实例列表失败，请稍后重试') + staleEcs, ecsList)).toBeNull();
  });
});

describe('a validity field in the box of the server\'s billing is the server\'s (56480a0 validityText, aliyun/server-detail)', () => {
  const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1r44valid0000001/detail?regionId=cn-hangzhou';
  const ecsBasic = nextCard('基本信息', nextItem('实例ID', 'i-bp1r44valid0000001') + nextItem('地域', '华东1（杭州）'));
  const swasServer = nextCard('服务器信息', nextItem('实例ID', 'a44f0c2e8b7d4e5f9a1b3c5d7e9f0a2b') + nextItem('地域', '华东2（上海）'));

  it('ECS: 服务期限 under 付费信息, the id under 基本信息, gives its end (gave none since 56480a0: missing; 8025ad5 read it)', () => {
    expect(expiryOf(ecsBasic + nextCard('付费信息', nextItem('付费类型', '包年包月') + nextItem('服务期限', '2026-01-03 至 2027-01-03')), ecsUrl)).toBe('2027-01-03');
    expect(expiryOf(ecsBasic + nextCard('Billing Information', nextItem('付费类型', '包年包月') + nextItem('Validity Period', '2026-01-03 ~ 2027-01-03')), ecsUrl)).toBe('2027-01-03');
  });
  it('SWAS: 有效期 under 计费信息 gives its end (gave none: missing)', () => {
    expect(expiryOf(swasServer + nextCard('计费信息', nextItem('有效期', '2026-01-03 至 2027-01-03')), swasUrl)).toBe('2027-01-03');
  });
  it('guards: a 自动续费 / 镜像授权 / 优惠券 card showing a 付费方式 beside its 有效期 gives none, ECS and SWAS (so before too)', () => {
    expect(expiryOf(swasServer + nextCard('自动续费', nextItem('付费方式', '包年包月') + nextItem('续费时长', '3 个月') + nextItem('有效期', '2027-01-04 至 2027-04-03')), swasUrl)).toBeUndefined();
    expect(expiryOf(swasServer + nextCard('镜像授权', nextItem('付费方式', '包年包月') + nextItem('有效期', '2025-12-31 至 2026-12-31')), swasUrl)).toBeUndefined();
    expect(expiryOf(ecsBasic + nextCard('自动续费', nextItem('付费类型', '包年包月') + nextItem('有效期', '2027-01-04 至 2027-04-03')), ecsUrl)).toBeUndefined();
    expect(expiryOf(ecsBasic + nextCard('优惠券', nextItem('有效期', '2026-01-03 至 2027-01-03')), ecsUrl)).toBeUndefined();
  });
});

describe('a one-row task table naming the page\'s own instance gives the detail none of its values (7223ef1 taskColumns, dom/field valueBelowHeader)', () => {
  const task = (idCell: string) =>
    '<div class="task-center"><h4>任务中心</h4><table><thead><tr><th>任务</th><th>实例ID</th><th>状态</th><th>到期时间</th><th>带宽</th></tr></thead>' +
    `<tbody><tr><td>续费</td><td>${idCell}</td><td>成功</td><td>2028-01-01</td><td>100Mbps</td></tr></tbody></table></div>`;
  const lhOwn = teaCard('实例信息', teaItem('实例ID', 'lhins-r44abcd1') + teaItem('地域', '华南地区（广州）') + teaItem('实例计费模式', '包年包月'));
  const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1r44valid0000001/detail?regionId=cn-hangzhou';
  const ecsOwn = nextCard('基本信息', nextItem('实例ID', 'i-bp1r44valid0000001') + nextItem('付费类型', '包年包月'));

  it('Lighthouse: the task\'s 到期时间 and 带宽 are not the server\'s (gave 2028-01-01 and 100: invented)', () => {
    expect(read(lhOwn + task('lhins-r44abcd1'), lhUrl)?.facts.servers).toEqual([{ id: 'lhins-r44abcd1', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', billing: 'subscription' }]);
  });
  it('ECS: the same (gave 2028-01-01 and 100: invented)', () => {
    expect(read(ecsOwn + task('i-bp1r44valid0000001'), ecsUrl)?.facts.servers).toEqual([{ id: 'i-bp1r44valid0000001', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription' }]);
  });
  it('Tencent domain info: a task table\'s 到期时间 is not the domain\'s (gave 2030-01-01: invented)', () => {
    const url = 'https://console.cloud.tencent.com/domain/info/r44-task.com';
    const body = teaCard('基本信息', teaItem('域名', 'r44-task.com') + teaItem('域名状态', '正常')) +
      '<table><thead><tr><th>任务</th><th>域名</th><th>状态</th><th>到期时间</th></tr></thead><tbody><tr><td>续费</td><td>r44-task.com</td><td>成功</td><td>2030-01-01</td></tr></tbody></table>';
    expect(read(body, url)?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });
  it('guards: the server\'s own one-row table (实例ID | 到期时间 | 带宽) is still read, both providers (so before too)', () => {
    const own = (id: string) => `<table><thead><tr><th>实例ID</th><th>到期时间</th><th>带宽</th></tr></thead><tbody><tr><td>${id}</td><td>2028-01-01</td><td>100Mbps</td></tr></tbody></table>`;
    expect(read(lhOwn + own('lhins-r44abcd1'), lhUrl)?.facts.servers?.[0]).toMatchObject({ expiresAt: '2028-01-01', publicBandwidthMbps: 100 });
    expect(read(ecsOwn + own('i-bp1r44valid0000001'), ecsUrl)?.facts.servers?.[0]).toMatchObject({ expiresAt: '2028-01-01', publicBandwidthMbps: 100 });
  });
});

describe('a list of records showing a task\'s status per row (任务状态) is still a list (7223ef1 taskColumns, rules/labels)', () => {
  const ecsList = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const ecsRow = ['i-bp1r44task0000001a<div>web-01</div>', '杭州 可用区K', '运行中', '包年包月<div>2027-03-01 23:59 到期</div>'];
  const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const cvm = (head: string, cell: string) =>
    `<table><thead><tr><th>ID/名称</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th><th>${head}</th></tr></thead><tbody>` +
    `<tr><td><a>ins-gz7v2r9m</a></td><td>广州三区</td><td>2核 4GB 10Mbps</td><td>119.29.40.18(公)</td><td>包年包月<p>2027-12-05 23:59:59 到期</p></td><td>${cell}</td></tr></tbody></table>`;

  it('an ECS list with a 任务状态 column gives its instance (gave none: missing)', () => {
    const got = read(fusionTable(['实例ID/名称', '所在可用区', '状态', '付费方式', '任务状态', '操作'], [[...ecsRow, '批量续费中', '<a>管理</a>']]), ecsList);
    expect(got?.facts.servers).toEqual([{ id: 'i-bp1r44task0000001a', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-03-01' }]);
  });
  it('a CVM list with a 任务状态 / Task Status column gives its instance (gave none: missing)', () => {
    for (const head of ['任务状态', 'Task Status']) expect([head, read(cvm(head, '-'), cvmUrl)?.facts.servers?.map((s) => s.id)]).toEqual([head, ['ins-gz7v2r9m']]);
  });
  it('guards: a task table naming its task (任务ID | 实例ID | 任务状态, 任务类型 | 实例ID | 状态) gives no servers (so before too)', () => {
    const t = (heads: string[]) => `<main><h1>实例</h1><p>暂无数据</p><table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr><td>t-20261205001</td><td>i-bp1r44batch000003c</td><td>执行成功</td></tr></tbody></table></main>`;
    expect(read(t(['任务ID', '实例ID', '任务状态']), ecsList)?.facts.servers ?? []).toEqual([]);
    expect(read(t(['任务类型', '实例ID', '状态']), ecsList)?.facts.servers ?? []).toEqual([]);
  });
});

describe('a term written 起至…止 is a range (8025ad5 rangeEnd, dom/parse-date PAIR_JOIN / RANGE_JOIN)', () => {
  it('rangeEnd gives its end, parseDate none (rangeEnd gave none: missing; parseDate the start: invented)', () => {
    expect(rangeEnd('2026-01-03 起 至 2027-01-03 止')).toBe('2027-01-03');
    expect(rangeEnd('自2026年1月3日起至2027年1月3日止')).toBe('2027-01-03');
    expect(parseDate('2026-01-03 起至 2027-01-03 止')).toBeUndefined();
  });
  it('a SWAS 有效期 so written gives the end; a Lighthouse 到期时间 so written none (gave none / the start 2026-01-03)', () => {
    expect(expiryOf(swasDetail('有效期', '2026-01-03 起至 2027-01-03 止'), swasUrl)).toBe('2027-01-03');
    expect(expiryOf(lhDetail('2026-01-03 起至 2027-01-03 止'), lhUrl)).toBeUndefined();
  });
  it('guards: a start alone (2026-01-03 起) under 有效期 gives none; 2027-01-03 止 alone is a date (so before too)', () => {
    expect(expiryOf(swasDetail('有效期', '2026-01-03 起'), swasUrl)).toBeUndefined();
    expect(rangeEnd('2026-01-03 起')).toBeUndefined();
    expect(parseDate('2027-01-03 止')).toBe('2027-01-03');
  });
});

describe('a domain page whose own card failed beside a card of other domains reads none of them (b3b6df4 cardBesideLoaded, tencent/domain-info)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/r44-main.com';
  const failed = '<div class="tea-card"><div class="tea-card__body">域名信息获取失败，请刷新重试</div></div>';
  const own = teaCard('基本信息', teaItem('域名', 'r44-main.com') + teaItem('域名状态', '正常') + teaItem('到期时间', '2027-03-01'));
  const suggested = teaCard('推荐域名', teaItem('域名', 'r44-main.cn') + teaItem('到期时间', '2027-05-01') + teaItem('价格', '¥29/年'));
  const recent = teaCard('最近操作', teaItem('域名', 'r44-other.com') + teaItem('域名状态', '正常') + teaItem('到期时间', '2027-05-01'));

  it('a 推荐域名 / 最近操作 card beside the failed card gives no domain (gave r44-main.cn / r44-other.com with 2027-05-01: invented)', () => {
    expect(read(failed + suggested, url)).toBeNull();
    expect(read(failed + recent, url)).toBeNull();
  });
  it('guards: the page\'s own card read beside them; a URL naming no domain reads the first 域名 (so before too)', () => {
    expect(read(own + suggested, url)?.facts.domains).toEqual([{ domain: 'r44-main.com', status: ['正常'], expiresAt: '2027-03-01' }]);
    expect(read(own, 'https://console.cloud.tencent.com/domain/info')?.facts.domains?.[0]?.domain).toBe('r44-main.com');
  });
});

describe('a list\'s card showing its rows and their failure beside a summary card that loaded is the page\'s failure (b3b6df4 cardBesideLoaded, dom/page-state)', () => {
  const ecsList = 'https://ecs.console.aliyun.com/server/region/cn-shanghai#/';
  const ecsRows = fusionTable(['实例ID/名称', '所在可用区', '状态', '付费方式'], [['i-bp1r44stale000001a<div>web-01</div>', '杭州 可用区K', '运行中', '包年包月<div>2027-03-01 23:59 到期</div>']]);
  const ecsSummary = nextCard('资源概览', nextItem('实例总数', '3') + nextItem('即将过期', '1'));
  const ecsCard = (alert: string) =>
    `<div class="next-card"><div class="next-card-head"><div class="next-card-title">实例列表</div></div><div class="next-card-body">${alert}${ecsRows}</div></div>`;
  const tencentDomains = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const teaRows = teaTable(['域名', '状态', '到期时间'], [['<a>r44-stale.com</a>', '正常', '2027-01-01']]);
  const teaSummary = teaCard('域名概览', teaItem('域名总数', '3') + teaItem('即将到期', '1'));
  const teaListCard = (alert: string) =>
    `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">我的域名</h3></div><div class="tea-card__body">${alert}${teaRows}</div></div>`;

  it('ECS: 获取实例列表失败 in the list\'s card beside 资源概览 reads none of its stale rows (gave them: invented)', () => {
    expect(read(ecsSummary + ecsCard('<div class="next-message next-message-error" role="alert">获取实例列表失败，请稍后重试</div>'), ecsList)).toBeNull();
  });
  it('Tencent: 域名列表获取失败 in the list\'s card beside 域名概览 reads none (gave the stale row: invented)', () => {
    expect(read(teaSummary + teaListCard('<div class="tea-alert tea-alert--error" role="alert">域名列表获取失败，请稍后重试</div>'), tencentDomains)).toBeNull();
  });
  it('guards: the list read when its card says nothing; a detail card\'s failure beside loaded cards stays a part\'s (so before too)', () => {
    expect(read(ecsSummary + ecsCard(''), ecsList)?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r44stale000001a']);
    expect(read(teaSummary + teaListCard(''), tencentDomains)?.facts.domains?.map((d) => d.domain)).toEqual(['r44-stale.com']);
    const failedCard = '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网络信息</h3></div><div class="tea-card__body"><div role="alert">数据获取异常，请重试</div></div></div>';
    expect(read(teaCard('实例信息', teaItem('实例ID', 'lhins-r44abcd1') + teaItem('实例计费模式', '包年包月') + teaItem('到期时间', '2027-05-01')) + failedCard, lhUrl)?.facts.servers?.[0]?.expiresAt).toBe('2027-05-01');
  });
});
