import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';

/**
 * What session 47's review left open (test/fixtures-unseen/README.md "Left open, closed in session 48"), the invented
 * cases first: each rebuilt as a small page in the consoles' markup, read by readPage in happy-dom. Every case failed
 * before its fix (checked by reverse-applying the fix's source); guards pass both ways.
 */

const doc = (body: string, url: string, style = '', lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><style>${style}</style></head><body>${body}</body></html>`, url);

// ---------------------------------------------------------------- withheld wordings (dom/permission-withheld)

describe('other wordings of a withheld value are no value (dom/permission-withheld saysNoPermission)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
  const basic =
    '<div class="next-card"><div class="next-card-head"><div class="next-card-title">基本信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
    '<tr><th>注册商</th><td>阿里云计算有限公司（万网）</td><th>到期日期</th><td>2027-08-19 15:02:44</td></tr>' +
    '<tr><th>域名状态</th><td>正常</td><th>资源组</th><td>默认资源组</td></tr></tbody></table></div></div></div>';
  const holder = (name: string) =>
    '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
    `<tr><th>域名持有者</th><td>${name}</td><th>持有者类型</th><td>个人</td></tr>` +
    '<tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>5101**********2517</td></tr>' +
    '<tr><th>实名认证状态</th><td>已实名认证</td><th>所在地区</th><td>四川省 成都市</td></tr></tbody></table></div></div></div>';
  const got = (name: string) => readPage(doc('<main><h2>xishan-wenhua.cn</h2>' + basic + holder(name) + '</main>', url), new URL(url))?.facts.domains?.[0];

  for (const t of ['Contact your administrator for access', 'Please contact your administrator to request access', '仅限授权用户', '仅限授权用户查看', '未开通权限', '您未开通查看权限']) {
    it(`域名持有者 "${t}" gives no registrantName (read as the name before: invented)`, () => {
      const d = got(t);
      expect(d?.registrantName).toBeUndefined();
      expect(d?.registrantIdType).toBe('身份证');
    });
  }
  it('guard: a holder\'s own name is read', () => {
    expect(got('李青禾')?.registrantName).toBe('李青禾');
  });
});

// ---------------------------------------------------------------- Tencent holder action words (rules/labels/tencent.json actions)

describe('an action beside a Tencent domain holder\'s name, its class hashed, in words not known before (rules/labels/tencent.json actions)', () => {
  const dir = 'test/fixtures-unseen/tencent/domain-info';
  const name = readdirSync(dir).find((f) => f.startsWith('en-intl-half-translated') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const link = '<a class="tea-btn--link">Change holder</a>';
  const holder = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.domains?.[0]?.registrantName;
  for (const action of ['<a class="x9f3k2">Transfer</a>', '<a class="x9f3k2">修改信息模板</a>', '<a class="x9f3k2">Change info template</a>']) {
    it(`"成都合川设计工作室 ${action}" gives the name alone (the words were glued to it: invented)`, () => {
      const h = html.replace(link, action);
      expect(h).not.toBe(html);
      expect(holder(h)).toBe('成都合川设计工作室');
    });
  }
  it('guard: a holder whose name holds such words is read whole', () => {
    expect(holder(html.replace(`成都合川设计工作室 ${link}`, 'Transfer Logistics Ltd'))).toBe('Transfer Logistics Ltd');
  });
});

// ---------------------------------------------------------------- a clone parked off-screen (dom/visibility movingTransform, calcLeast)

describe('a hydration clone parked off-screen by the translate property, -webkit-transform, a calc() or a % translate (dom/visibility)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/detail?rid=5&id=lhins-r52clone';
  const item = (label: string, value: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form__text">${value}</div></div></div>`;
  const form = (expiry: string, bw: string) => `<div class="tea-form">${item('Instance ID', 'lhins-r52clone')}${item('Peak Bandwidth', bw)}${item('Expiration Time', expiry)}</div>`;
  const own = `<div class="lh-app"><h2>quarry-docs</h2>${form('2027-10-22 10:15:00', '30 Mbps')}</div>`;
  const clone = form('2026-10-22 10:15:00', '20 Mbps');
  const values = (html: string) => {
    const s = readPage(htmlToDocument(html, url), new URL(url))?.facts.servers?.[0];
    return [s?.expiresAt, s?.publicBandwidthMbps];
  };
  const inline = (style: string) => `<!DOCTYPE html><html lang="en"><body><div style="${style}" data-ssr>${clone}</div>${own}</body></html>`;
  const byClass = (rule: string) => `<!DOCTYPE html><html lang="en"><head><style>.ssr-park { ${rule} }</style></head><body><div class="ssr-park">${clone}</div>${own}</body></html>`;
  const parked = [
    'position: absolute; translate: 0 -200vh;',
    'position: absolute; translate: -9999px;',
    'position: absolute; translate: -200vw 0;',
    'position: absolute; transform: translateX(calc(-100vw - 50px));',
    'position: absolute; transform: translateY(calc(-100vh - 50px));',
    'position: absolute; left: 0; transform: translateX(-150%);',
    'position: absolute; left: 0; top: 0; transform: translateY(-150%);',
  ];
  for (const style of [...parked, 'position: absolute; -webkit-transform: translateY(-200vh);', 'position: absolute; -webkit-transform: translateX(-9999px);']) {
    it(`inline "${style}": the page's own values (the clone's were read: invented)`, () => {
      expect(values(inline(style))).toEqual(['2027-10-22', 30]);
    });
  }
  for (const rule of parked) {
    it(`a class rule "${rule}": the page's own values (the clone's were read: invented)`, () => {
      expect(values(byClass(rule))).toEqual(['2027-10-22', 30]);
    });
  }
  for (const style of ['position: absolute; left: 50%; transform: translateX(-50%);', 'position: absolute; left: 50%; translate: -50% 0;', 'position: absolute; top: 1300px; translate: 0 -1200px;', 'position: absolute; left: 200px; transform: translateX(-150%);']) {
    it(`guard: a box at "${style}" is on screen: its values are read`, () => {
      const html = `<!DOCTYPE html><html lang="en"><head><style>.pop { ${style} }</style></head><body><div class="pop">${own}</div></body></html>`;
      expect(values(html)).toEqual(['2027-10-22', 30]);
    });
  }
});

// ---------------------------------------------------------------- the ECS card view's side panels (aliyun/ecs-instance-list readEcsCards)

describe('an ECS list\'s card view: cards under a plain div titled as recently visited or the recycle bin are no records of the page (rules/labels/aliyun/ecs.json ecs-cards-apart)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const line = (l: string, v: string) => `<div class="ln"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const card = (id: string, exp: string) => `<div class="c"><div class="hd">web</div>${line('实例ID', id)}${line('付费方式', '包年包月')}${line('到期时间', exp)}</div>`;
  const ids = (app: string) => read(app, url)?.facts.servers?.map((s) => s.id) ?? null;
  const panel = (title: string, ...cards: string[]) => `<div class="side-panel"><div class="panel-title">${title}</div><div class="panel-body">${cards.join('')}</div></div>`;
  const list = `<div class="list"><h2>实例列表</h2>${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</div>`;
  const others = [card('i-bp1aaaaaaaaaaaaaa08', '2026-01-01'), card('i-bp1aaaaaaaaaaaaaa09', '2026-02-02')];

  for (const title of ['最近访问', '最近访问的实例', '回收站', 'Recently visited', 'Recycle bin']) {
    it(`an empty list beside a div titled "${title}" of two instances as cards: no servers (read with the page's region before: invented)`, () => {
      expect(ids('<div class="list"><h2>实例列表</h2><div class="empty">暂无数据</div></div>' + panel(title, ...others))).toBeNull();
    });
    it(`the list's two cards and a div titled "${title}" of two more after them: the list's two (four before: invented)`, () => {
      expect(ids(list + panel(title, ...others))).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
    });
  }
  it('the panel before the list: the list\'s two (four before: invented)', () => {
    expect(ids(panel('最近访问', ...others) + list)).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
  });
  it('the panel before a list of cards under no title of its own (the panel\'s title the last before them): the list\'s two (four before: invented)', () => {
    expect(ids(panel('回收站', ...others) + `<div class="list">${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</div>`)).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
  });
  it('guard: a list titled 实例列表 with no panel: its two', () => {
    expect(ids(list)).toEqual(['i-bp1aaaaaaaaaaaaaa01', 'i-bp1aaaaaaaaaaaaaa02']);
  });
});

// ---------------------------------------------------------------- a holder-template picker titled with no template word (rules/labels/aliyun/domain.json notUnder)

describe('a holder-template picker titled as a choice of registrant, no template word, before the page\'s holder (rules/labels/aliyun/domain.json domain-holder notUnder)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=r53-a.com';
  const ownHolder =
    '<div class="next-descriptions"><div class="next-descriptions-title">域名持有者</div><table><tbody>' +
    '<tr><th>域名</th><td>r53-a.com</td><th>到期时间</th><td>2027-02-14</td></tr>' +
    '<tr><th>域名持有者</th><td>林和 <span class="next-tag"><span class="next-tag-body">已实名认证</span></span></td><th>证件类型</th><td>身份证</td></tr>' +
    '<tr><th>证件号码</th><td>3301**********2218</td><th>持有者类型</th><td>个人</td></tr></tbody></table></div>';
  const picker = (title: string) =>
    `<div class="tpl-picker"><div class="tpl-title">${title}</div><div class="tpl-card">` +
    '<div class="next-form-item"><label>域名持有者</label><span>杭州林和文化创意有限公司</span></div>' +
    '<div class="next-form-item"><label>证件类型</label><span>营业执照</span></div>' +
    '<div class="next-form-item"><label>证件号码</label><span>9133**********4X7Q</span></div>' +
    '<div class="next-form-item"><label>实名认证状态</label><span>未实名认证</span></div></div></div>';
  const own = { domain: 'r53-a.com', registrantName: '林和', registrantIdType: '身份证', registrantIdNumber: '3301**********2218', realNameVerified: true };
  for (const title of ['Select a registrant profile', 'Choose a registrant', '选择持有者', '批量修改持有者 — 选择域名持有者', '选择联系人']) {
    it(`a picker titled "${title}" before the holder: the page's own holder (the picker's was read: invented)`, () => {
      expect(read(picker(title) + ownHolder, url)?.facts.domains?.[0]).toMatchObject(own);
    });
  }
  it('guard: the holder page\'s own English title "Registrant Profile" over its holder: read', () => {
    const english = ownHolder.replace('<div class="next-descriptions-title">域名持有者</div>', '<div class="next-descriptions-title">Registrant Profile</div>');
    expect(read(english, url)?.facts.domains?.[0]).toMatchObject(own);
  });
});

// ---------------------------------------------------------------- a batch operation's report beside the list (dom/table pickBest)

describe('the list beside a batch operation\'s report naming more of its columns (dom/table pickBest, dom/operation-results inOperationReport)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list =
    '<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    '<tr><td><a>r53-a.com</a></td><td>正常</td><td><div>林和</div><div><span>已实名认证</span></div></td><td>2027-02-14</td></tr>' +
    '<tr><td><a>r53-b.shop</a></td><td>正常</td><td><div>林小雨</div><div><span>未实名认证</span></div></td><td>2027-06-30</td></tr>' +
    '</tbody></table></div>';
  const report =
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th><th>实名认证状态</th></tr></thead><tbody>' +
    '<tr><td>r53-a.com</td><td>正常</td><td>杭州林和文化创意有限公司</td><td>2028-02-14</td><td>已实名认证</td></tr>' +
    '<tr><td>r53-b.shop</td><td>正常</td><td>杭州林和文化创意有限公司</td><td>2028-06-30</td><td>已实名认证</td></tr></tbody></table>';
  const card = (title: string, inner: string) => `<div class="card"><div class="card-title">${title}</div><div class="card-body">${inner}</div></div>`;
  const rows = (body: string) => read(body, url)?.facts.domains?.map((d) => [d.domain, d.registrantName, d.expiresAt, d.realNameVerified]);
  const expected = [
    ['r53-a.com', '林和', '2027-02-14', true],
    ['r53-b.shop', '林小雨', '2027-06-30', false],
  ];
  for (const title of ['续费结果', '批量续费 任务结果', 'Renewal results']) {
    it(`a card titled "${title}" naming a column more than the list (实名认证状态), before it: the list is read (the report's was: invented)`, () => {
      expect(rows(card(title, report) + list)).toEqual(expected);
    });
    it(`the same card after the list: the list is read (invented before)`, () => {
      expect(rows(list + card(title, report))).toEqual(expected);
    });
  }
  it('guard: a short toast "批量续费：成功 2 / 失败 0" above the list and an order panel naming two of its columns under it: the list is read', () => {
    const order = card('续费订单', '<table><thead><tr><th>域名</th><th>到期日期</th></tr></thead><tbody><tr><td>r53-a.com</td><td>2028-02-14</td></tr><tr><td>r53-b.shop</td><td>2028-06-30</td></tr></tbody></table>');
    expect(rows('<div class="toast">批量续费：成功 2 / 失败 0</div>' + list + order)).toEqual(expected);
  });
});

describe('the list after a recently-visited table with its very headers (dom/table pickBest)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const table = (rows: Array<[string, string, string]>) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    rows.map(([d, h, e]) => `<tr><td><a>${d}</a></td><td>正常</td><td>${h}</td><td>${e}</td></tr>`).join('') +
    '</tbody></table>';
  const list = `<div class="next-table">${table([['r53-a.com', '林和', '2027-02-14'], ['r53-b.shop', '林小雨', '2027-06-30']])}</div>`;
  const recent = table([['old-c.cn', '王五', '2026-01-01'], ['old-d.net', '赵六', '2026-02-02']]);
  const card = (title: string, inner: string) => `<div class="card"><div class="card-title">${title}</div><div class="card-body">${inner}</div></div>`;
  const rows = (body: string) => read(body, url)?.facts.domains?.map((d) => [d.domain, d.registrantName, d.expiresAt]);
  for (const title of ['最近访问', '最近查看的域名', 'Recently visited']) {
    it(`a card titled "${title}" before the list with its very headers: the list is read (the recent domains were: invented)`, () => {
      expect(rows(card(title, recent) + list)).toEqual([
        ['r53-a.com', '林和', '2027-02-14'],
        ['r53-b.shop', '林小雨', '2027-06-30'],
      ]);
    });
  }
});

// ---------------------------------------------------------------- a bandwidth with a thousands space (dom/parse-bandwidth)

describe('a bandwidth written with a (no-break) space between its thousands gives no figure (dom/parse-bandwidth)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const detail = (bw: string) =>
    `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('地域', '广州')}${teaItem('公网带宽', bw)}</div>`;
  const bandwidth = (bw: string) => read(detail(bw), url)?.facts.servers?.[0]?.publicBandwidthMbps;
  for (const bw of ['1\u00a0200 Mbps', '1\u202f500 Mbps', '1 200 Mbps', '10\u00a0240 Mbps']) {
    it(`公网带宽 "${bw.replace(/[\u00a0\u202f]/g, '␣')}" gives none (its last group, 200 / 500 / 240, was read: invented)`, () => {
      expect(bandwidth(bw)).toBeUndefined();
    });
  }
  it('guard: 1,200 Mbps is 1200; 200 Mbps and "100 Mbps（2核 4G）" as before', () => {
    expect(bandwidth('1,200 Mbps')).toBe(1200);
    expect(bandwidth('200 Mbps')).toBe(200);
    expect(bandwidth('100 Mbps（2核 4G）')).toBe(100);
  });
});

// ---------------------------------------------------------------- missing: a countdown to a release after an expiry (dom/parse-date OTHER_EVENT_AFTER)

describe('"Released in one day" / "in 1 d" after an expiry is a countdown, not the date\'s event (dom/parse-date OTHER_EVENT_AFTER)', () => {
  const dir = 'test/fixtures-unseen/tencent/lighthouse-instance-list';
  const name = readdirSync(dir).find((f) => f.startsWith('en-intl-tea-table-month-name') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const cell = '<td>Nov 28, 2026, 10:00:00<span class="tea-text-weak">Released in 1 day</span></td>';
  const expiry = (note: string) => {
    const h = html.replace(cell, `<td>Nov 28, 2026, 10:00:00<span class="tea-text-weak">${note}</span></td>`);
    expect(h).not.toBe(html);
    return readPage(htmlToDocument(h, url), new URL(url))?.facts.servers?.find((s) => s.id === 'lhins-en51bj04')?.expiresAt;
  };
  for (const note of ['Released in one day', 'Released in 1 d', 'Will be released in a day', 'Released in two days', 'Released in 12 h']) {
    it(`"${note}" after the expiry: the expiry is read (lost before: missing)`, () => {
      expect(expiry(note)).toBe('2026-11-28');
    });
  }
  it('guard: "Released" right after the date makes it the release\'s: none', () => {
    expect(expiry('Released')).toBeUndefined();
  });
});

// ---------------------------------------------------------------- missing: another resource's release noted in a card (shared/text-values releasedUnitIn)

describe('a running card noting another resource released, the state its own span before "的数据盘" (shared/text-values releasedUnitIn)', () => {
  const dir = 'test/fixtures-unseen/aliyun/ecs-instance-list';
  const name = readdirSync(dir).find((f) => f.startsWith('zh-h5-narrow-fusion-stacked-cards') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const at = '<div class="ecs-m-line"><span class="ecs-m-line-label">付费方式</span>';
  const all = ['i-bp1a2k4m6p8r0t2v4x6z', 'i-bp1c3e5g7i9k1m3o5q7s', 'i-bp1d4f6h8j0l2n4p6r8t'];
  const ids = (extra: string) => {
    const h = html.replace(at, extra + at);
    expect(h).not.toBe(html);
    return (readPage(htmlToDocument(h, url), new URL(url))?.facts.servers ?? []).map((s) => s.id);
  };
  for (const note of ['<div class="ecs-m-note">注：<span>已释放</span> 的数据盘不再计费</div>', '<div class="ecs-m-note"><span>已释放</span>的数据盘保留 7 天</div>']) {
    it(`a note "${note.replace(/<[^>]+>/g, '')}" in the first card: its server is read (dropped before: missing)`, () => {
      expect(ids(note)).toEqual(all);
    });
  }
  it('guard: a note "<span>已释放</span>" alone, or before words naming no other resource, still makes the card no server', () => {
    expect(ids('<div class="ecs-m-note"><span>已释放</span></div>')).toEqual(all.slice(1));
    expect(ids('<div class="ecs-m-note"><span>已释放</span>的实例保留 7 天</div>')).toEqual(all.slice(1));
  });
});

describe('a known action word as a role-less <span> beside a Tencent domain holder\'s name (dom/units refine)', () => {
  const dir = 'test/fixtures-unseen/tencent/domain-info';
  const name = readdirSync(dir).find((f) => f.startsWith('en-intl-half-translated') && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  const link = '<a class="tea-btn--link">Change holder</a>';
  const holder = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.domains?.[0]?.registrantName;
  for (const words of ['Change holder', 'Transfer', '修改', '过户']) {
    it(`"成都合川设计工作室 <span class=hash>${words}</span>" gives the name alone (the words were glued to it: invented)`, () => {
      const h = html.replace(link, `<span class="x9f3k2">${words}</span>`);
      expect(h).not.toBe(html);
      expect(holder(h)).toBe('成都合川设计工作室');
    });
  }
  it('guard: a holder named by one such word alone in its own span is read', () => {
    expect(holder(html.replace(`成都合川设计工作室 ${link}`, '<span class="x9f3k2">Transfer Logistics Ltd</span>'))).toBe('Transfer Logistics Ltd');
  });
});
