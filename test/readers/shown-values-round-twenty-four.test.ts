import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { valueText } from '../../src/readers/dom/units';
import { visibleText } from '../../src/readers/dom/visible-text';

/**
 * Faults found by the twenty-fourth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Twenty-fourth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (body: string, url: string, head = '') => htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
const read = (body: string, url: string, head = '') => readPage(page(body, url, head), new URL(url))?.facts;

describe('a Tencent CVM list drawn as cards (card view, narrow window): one server per card, read from its labelled lines (tencent/cvm-instance-list.ts fromCards)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/index?rid=1';
  const line = (label: string, value: string) => `<div class="row"><span class="label">${label}</span><span class="value">${value}</span></div>`;
  const card = (id: string, lines: string, more = '') => `<div class="ins-card"><div class="head"><a>web</a> <span>运行中</span></div>${line('ID', id)}${lines}${more}<div class="ops"><a>登录</a> <a>续费</a> <a>更多</a></div></div>`;
  const a = card('ins-gz3k5m7p', line('可用区', '广州三区') + line('实例配置', '2核 4GB 5Mbps') + line('主IPv4地址', '119.29.36.18（公）<br>10.0.0.8（内）') + line('计费模式', '包年包月<br>2027-03-01 23:59:59到期'));
  const b = card('ins-gz8q0s2u', line('可用区', '广州六区') + line('实例配置', '4核 8GB 100Mbps') + line('主IPv4地址', '81.71.40.122（公）') + line('计费模式', '按量计费<br>2026-11-20 10:00:00创建'));
  const c = card('ins-gzd4f6h8', line('可用区', '广州三区') + line('实例配置', '4核 16GB 0Mbps') + line('主IPv4地址', '10.0.1.30（内）') + line('计费模式', '包年包月<br>2027-09-15 23:59:59到期'),
    '<div class="more" style="display:none">' + line('计费模式', '按量计费') + line('实例配置', '1核 1GB 1Mbps') + '</div>');

  it('each card gives its server: region, billing, expiry or creation, bandwidth (0 with only a private address); a hidden 更多信息 gives nothing', () => {
    expect(read(`<div class="cards">${a}${b}${c}</div>`, url)?.servers).toEqual([
      { id: 'ins-gz3k5m7p', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-03-01', publicBandwidthMbps: 5 },
      { id: 'ins-gz8q0s2u', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'payg', createdAt: '2026-11-20', publicBandwidthMbps: 100 },
      { id: 'ins-gzd4f6h8', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-09-15', publicBandwidthMbps: 0 },
    ]);
  });

  it('one id on the page is no list of cards; ids with no labelled value of their own give nothing', () => {
    expect(read(`<div class="cards">${a}</div>`, url)).toBeUndefined();
    expect(read('<p>最近访问：ins-gz3k5m7p</p><p>最近访问：ins-gz8q0s2u</p>', url)).toBeUndefined();
  });
});

describe('text a style rule draws from the element\'s attributes is shown text (dom/drawn-text.ts, in units.ts and visible-text.ts)', () => {
  const ecs = 'https://ecs.console.aliyun.com/server/i-bp1q3s5u7w9y1a3c5e7g/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) => `<div class="ov-item"><span class="ov-item__label">${label}</span><span class="ov-item__value">${value}</span></div>`;
  const detail = (bandwidth: string) =>
    `<h3>实例概览</h3><div class="ov">${item('实例ID', 'i-bp1q3s5u7w9y1a3c5e7g')}${item('付费类型', '包年包月')}${item('到期时间', '2027-04-01 23:59:59')}${item('公网带宽', bandwidth)}</div>`;
  const unitAfter = '<style>.num::after { content: " " attr(data-unit); }</style>';

  it('a figure whose unit is drawn after it ("10" + ::after " " attr(data-unit) → 10 Mbps) is the bandwidth', () => {
    const facts = read(detail('<span class="num" data-unit="Mbps">10</span> <a href="#">更改带宽</a>'), ecs, unitAfter);
    expect(facts?.servers?.[0]?.publicBandwidthMbps).toBe(10);
  });

  it('the unit is not drawn for a passing state (:hover), when the rule hides what it draws, or for a string alone', () => {
    const span = '<span class="num" data-unit="Mbps">10</span>';
    for (const head of [
      '<style>.num:hover::after { content: " " attr(data-unit); }</style>',
      '<style>.num::after { content: " " attr(data-unit); display: none; }</style>',
      '<style>.num::after { content: " " attr(data-unit); opacity: 0; }</style>',
    ]) {
      expect(read(detail(span), ecs, head)?.servers?.[0]?.publicBandwidthMbps, head).toBeUndefined();
    }
  });

  it('a Tencent authorization code\'s status drawn after its icon (::after attr(data-status-text)) is its status', () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const row = (code: string, status: string) =>
      `<tr><td>${code}</td><td>云服务器 <a>ins-hz5k7m9p</a></td><td>100077665544</td><td><span class="code-status" data-status-text="${status}"><i class="tea-icon tea-icon-success"></i></span></td><td>2026-08-12 09:30:11</td></tr>`;
    const table = `<table><thead><tr><th>授权码</th><th>关联的云服务</th><th>授权使用账户</th><th>状态</th><th>创建时间</th></tr></thead><tbody>${row('BA7C9E1G3J5L7N9Q', '已使用')}${row('BA8F0H2K4M6P8R0T', '未使用')}</tbody></table>`;
    const codes = read(table, url, '<style>.code-status::after { content: attr(data-status-text); margin-left: 4px; }</style>')?.servers?.[0]?.authorizationCodes;
    expect(codes?.map((c) => c.status)).toEqual(['used', 'unused']);
  });

  it('a stacked table\'s column label drawn by ::before attr(data-label) stays its label, not part of the cell\'s value', () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const cell = (label: string, v: string) => `<td data-label="${label}">${v}</td>`;
    const table = `<table><tbody><tr>${cell('授权码', 'BA7C9E1G3J5L7N9Q')}${cell('关联的云服务', '云服务器 ins-hz5k7m9p')}${cell('授权使用账户', '100077665544')}${cell('状态', '已使用')}</tr><tr>${cell('授权码', 'BA8F0H2K4M6P8R0T')}${cell('关联的云服务', '云服务器 ins-hz5k7m9p')}${cell('授权使用账户', '100033221100')}${cell('状态', '未使用')}</tr></tbody></table>`;
    const codes = read(table, url, '<style>td::before { content: attr(data-label) "："; font-weight: bold; }</style>')?.servers?.[0]?.authorizationCodes;
    expect(codes).toEqual([
      { code: 'BA7C9E1G3J5L7N9Q', targetAccount: '100077665544', status: 'used' },
      { code: 'BA8F0H2K4M6P8R0T', targetAccount: '100033221100', status: 'unused' },
    ]);
  });
});

describe('a Tencent domain\'s verification time written inline in its real-name value ("已认证（认证时间：2025-06-03 11:20:45）") (tencent/domain-info.ts labelledTime)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/songhe-tea.cn';
  const li = (label: string, value: string) => `<li class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></li>`;
  const form = (realName: string) => `<ul class="tea-form">${li('域名', 'songhe-tea.cn')}${li('域名持有者', '杭州松禾茶业有限公司')}${li('实名认证', realName)}${li('到期时间', '2027-05-20 14:08:32')}</ul>`;

  it('gives the date the 认证时间 words label', () => {
    const d = read(form('<span class="tea-text-success">已认证</span>（认证时间：2025-06-03 11:20:45）'), url)?.domains?.[0];
    expect(d?.realNameVerified).toBe(true);
    expect(d?.realNameVerifiedAt).toBe('2025-06-03');
  });

  it('no date without the words, and none when the value is not verified', () => {
    expect(read(form('<span>已认证</span>（2025-06-03 11:20:45）'), url)?.domains?.[0]?.realNameVerifiedAt).toBeUndefined();
    expect(read(form('<span>未认证</span>（认证时间：2025-06-03 11:20:45）'), url)?.domains?.[0]?.realNameVerifiedAt).toBeUndefined();
  });
});

describe('an aria-hidden box drawing the choice of a visually hidden native <select> beside it is shown (dom/visibility.ts drawsHiddenSelect)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const head = '<style>.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: -1px; } .menu { display: none; }</style>';
  const row = (label: string, control: string) => `<div class="row"><div class="lbl">${label}</div><div class="ctl">${control}</div></div>`;
  const form = (box: string, chosen = 'ecs') =>
    row('<label for="dom">网站域名</label>', '<input id="dom" value="songhe-tea.com">') +
    row('<span id="pl">产品类型</span>', `<div class="fake"><select id="product" class="sr" aria-labelledby="pl"><option value="ecs"${chosen === 'ecs' ? ' selected' : ''}>云服务器ECS</option><option value="swas"${chosen === 'swas' ? ' selected' : ''}>轻量应用服务器</option></select>${box}<ul class="menu" aria-hidden="true"><li>云服务器ECS</li><li>轻量应用服务器</li></ul></div>`) +
    row('<label for="inst">实例ID</label>', '<select id="inst"><option selected>i-wz9t1v3x5z7b9d1f3h5k（songhe-web）</option></select>');

  it('the product the box shows (the select\'s choice) gives the server', () => {
    const facts = read(form('<div class="box" aria-hidden="true"><span>云服务器ECS</span><i class="arrow"></i></div>'), url, head);
    expect(facts?.servers).toEqual([{ id: 'i-wz9t1v3x5z7b9d1f3h5k', provider: 'aliyun', product: 'ecs' }]);
  });

  it('an aria-hidden box showing anything but the select\'s choice stays hidden (no product)', () => {
    expect(read(form('<div class="box" aria-hidden="true"><span>轻量应用服务器</span></div>'), url, head)?.servers).toBeUndefined();
  });
});

describe('drawn text: a tooltip drawn from an attribute and hidden by another rule (hint.css) stays hidden (dom/drawn-text.ts)', () => {
  const ecs = 'https://ecs.console.aliyun.com/server/i-bp1q3s5u7w9y1a3c5e7g/detail?regionId=cn-hangzhou';
  const item = (label: string, value: string) => `<div class="ov-item"><span class="ov-item__label">${label}</span><span class="ov-item__value">${value}</span></div>`;
  it('an icon whose ::after draws its aria-label, hidden by a separate rule, adds nothing to the value', () => {
    const head = '<style>[class*="hint--"]::before, [class*="hint--"]::after { position: absolute; visibility: hidden; opacity: 0; } [class*="hint--"]::after { content: attr(aria-label); } [class*="hint--"]:hover::after { visibility: visible; opacity: 1; }</style>';
    const body = `<h3>实例概览</h3><div>${item('实例ID', 'i-bp1q3s5u7w9y1a3c5e7g')}${item('付费类型', '包年包月')}${item('到期时间', '2027-04-01 23:59:59 <span class="hint--top" aria-label="到期后 2026-04-08 释放"><i class="icon"></i></span>')}${item('公网带宽', '5 Mbps <span class="hint--top" aria-label="最高 100 Mbps"><i class="icon"></i></span>')}</div>`;
    const s = read(body, ecs, head)?.servers?.[0];
    expect(s?.expiresAt).toBe('2027-04-01');
    expect(s?.publicBandwidthMbps).toBe(5);
    const doc = page(body, ecs, head);
    const values = Array.from(doc.querySelectorAll('.ov-item__value'));
    expect(values.map((v) => visibleText(v))).toEqual(['i-bp1q3s5u7w9y1a3c5e7g', '包年包月', '2027-04-01 23:59:59', '5 Mbps']);
    expect(values.map((v) => valueText(v))).toEqual(['i-bp1q3s5u7w9y1a3c5e7g', '包年包月', '2027-04-01 23:59:59', '5 Mbps']);
  });
});

describe('a bandwidth change written with an arrow (an operation log\'s "5 Mbps → 10 Mbps") is no bandwidth (dom/parse-bandwidth.ts RANGE_JOIN)', () => {
  it('neither end of the change is read', async () => {
    const { parseBandwidth } = await import('../../src/readers/dom/parse-bandwidth');
    for (const t of ['5 Mbps → 10 Mbps', '公网带宽：5 Mbps → 10 Mbps', '5M->10M', '1 Mbps ⇒ 5 Mbps']) expect(parseBandwidth(t), t).toBeUndefined();
    expect(parseBandwidth('10 Mbps')).toBe(10);
  });

  it('an ECS detail without its bandwidth field takes none from its operation log', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1q3s5u7w9y1a3c5e7g/detail?regionId=cn-hangzhou';
    const item = (label: string, value: string) => `<div class="ov-item"><span class="ov-item__label">${label}</span><span class="ov-item__value">${value}</span></div>`;
    const log = '<table><thead><tr><th>操作时间</th><th>操作名称</th><th>详情</th></tr></thead><tbody><tr><td>2026-11-28 14:02:11</td><td>修改带宽</td><td>公网带宽：5 Mbps → 10 Mbps</td></tr></tbody></table>';
    const facts = read(`<h3>实例概览</h3><div>${item('实例ID', 'i-bp1q3s5u7w9y1a3c5e7g')}${item('付费类型', '包年包月')}${item('到期时间', '2027-04-01 23:59:59')}</div><h3>操作记录</h3>${log}`, url);
    expect(facts?.servers?.[0]?.expiresAt).toBe('2027-04-01');
    expect(facts?.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});
