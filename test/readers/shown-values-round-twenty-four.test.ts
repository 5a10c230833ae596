import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

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
