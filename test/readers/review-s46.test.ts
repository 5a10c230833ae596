import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';

/**
 * Second review of session 46's fixes (session 47: test/fixtures-unseen/README.md "Second review of session 46's fixes,
 * session 47"): where a fix answered its one page too narrowly (the same situation written a little differently still
 * invented) or too broadly (an ordinary page lost a fact). Each case narrowed in a scratch variant to its smallest markup.
 */

const unseen = (dir: string, prefix: string) => {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  return { html, url, read: (h: string) => readPage(htmlToDocument(h, url), new URL(url)) };
};

// ---------------------------------------------------------------- English billing words (d6ddb4e, de76642)

describe('an Alibaba ECS detail\'s network / internet / EIP billing field is no instance billing (rules/labels/aliyun/ecs.json ecs-detail billing not)', () => {
  const url = 'https://ecs.console.alibabacloud.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
  const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
  const detail = (extra: string) => `<h2>Instance Details</h2><div class="info">${row('Instance ID', 'i-bp1gapss34000001')}${row('Region', 'China (Hangzhou)')}${extra}</div>`;
  const cases: Array<[string, string]> = [
    ['Network Billing Method', 'Pay by quantity'],
    ['Internet Charge Type', 'Pay by quantity'],
    ['Internet Billing Method', 'Pay-As-You-Go'],
    ['Public IP billing method', 'Pay-As-You-Go'],
    ['EIP billing method', 'Pay by quantity'],
    ['网络计费方式', '按量付费'],
    ['公网计费方式', '按量付费'],
  ];
  for (const [label, value] of cases) {
    it(`"${label}: ${value}" as the only billing-like field gives no billing (payg before: invented)`, () => {
      expect(read(detail(row(label, value)), url)?.facts.servers?.[0]?.billing).toBeUndefined();
    });
  }
  it('guard: the instance\'s own Billing Method beside it is read', () => {
    expect(read(detail(row('Network Billing Method', 'Pay by quantity') + row('Billing Method', 'Subscription')), url)?.facts.servers?.[0]?.billing).toBe('subscription');
    expect(read(detail(row('Billing Method', 'Pay by quantity')), url)?.facts.servers?.[0]?.billing).toBe('payg');
  });
});

// ---------------------------------------------------------------- Tencent holder action words (f42c1b9)

describe('an action link beside a Tencent domain holder\'s name, its class hashed, in other words (rules/labels/tencent.json actions)', () => {
  const page = unseen('test/fixtures-unseen/tencent/domain-info', 'en-intl-half-translated');
  const link = '<a class="tea-btn--link">Change holder</a>';
  for (const words of ['Change owner', 'Modify owner', 'Edit holder', 'Update holder', 'Change registrant', '修改所有者', '变更所有者', '过户', '修改', 'Modify']) {
    it(`"成都合川设计工作室 <a class=hash>${words}</a>" gives the name alone (the words were glued to it: invented)`, () => {
      const html = page.html.replace(link, `<a class="x9f3k2">${words}</a>`);
      expect(html).not.toBe(page.html);
      expect(page.read(html)?.facts.domains?.[0]?.registrantName).toBe('成都合川设计工作室');
    });
  }
  it('guard: a holder whose name holds such words is read whole', () => {
    expect(page.read(page.html.replace(`成都合川设计工作室 ${link}`, 'Change Holder Trading Ltd'))?.facts.domains?.[0]?.registrantName).toBe('Change Holder Trading Ltd');
  });
});

// ---------------------------------------------------------------- a batch operation's report beside a list (c3590fc)

describe('the list over a batch operation\'s report naming its columns, written otherwise (dom/operation-results, dom/table pickBest)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list =
    '<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    '<tr><td><a>r53-a.com</a></td><td>正常</td><td><div>林和</div><div><span>已实名认证</span></div></td><td>2027-02-14</td></tr>' +
    '<tr><td><a>r53-b.shop</a></td><td>正常</td><td><div>林小雨</div><div><span>未实名认证</span></div></td><td>2027-06-30</td></tr>' +
    '</tbody></table></div>';
  const report = (dates: [string, string], more = false) =>
    `<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th>${more ? '<th>实名认证状态</th>' : ''}</tr></thead><tbody>` +
    `<tr><td>r53-a.com</td><td>正常</td><td>杭州林和文化创意有限公司</td><td>${dates[0]}</td>${more ? '<td>已实名认证</td>' : ''}</tr>` +
    `<tr><td>r53-b.shop</td><td>正常</td><td>杭州林和文化创意有限公司</td><td>${dates[1]}</td>${more ? '<td>已实名认证</td>' : ''}</tr></tbody></table>`;
  const renewed = report(['2028-02-14', '2028-06-30']);
  const card = (title: string, inner: string) => `<div class="card"><div class="card-title">${title}</div><div class="card-body">${inner}</div></div>`;
  const rows = (body: string) => read(body, url)?.facts.domains?.map((d) => [d.domain, d.registrantName, d.expiresAt, d.realNameVerified]);
  const expected = [
    ['r53-a.com', '林和', '2027-02-14', true],
    ['r53-b.shop', '林小雨', '2027-06-30', false],
  ];

  for (const title of ['续费结果', '过户结果', 'Renewal results', 'Transfer results']) {
    it(`a card titled "${title}" before the list: the list is read, not the report (the renewed dates were read: invented)`, () => {
      expect(rows(card(title, renewed) + list)).toEqual(expected);
    });
  }

  for (const tally of ['全部成功', 'All 2 succeeded']) {
    it(`a 批量续费 card saying "${tally}" over the renewed domains before the list: the list is read (invented before)`, () => {
      expect(rows(card('批量续费', `<div>${tally}</div>` + renewed) + list)).toEqual(expected);
    });
  }

  it('a Fusion card (its title five boxes up from the table) titled 批量续费 任务结果 before the list: the list is read (invented before)', () => {
    const fusion =
      '<div class="next-card"><div class="next-card-head"><div class="next-card-head-main"><div class="next-card-title">批量续费 任务结果</div></div></div>' +
      `<div class="next-card-body"><div class="next-card-content"><div class="next-table"><div class="next-table-inner"><div class="next-table-body">${renewed}</div></div></div></div></div></div>`;
    expect(rows(fusion + list)).toEqual(expected);
  });

  it('a report table in an alert box naming a column more than the list (实名认证状态): the list is read (invented before)', () => {
    expect(rows(`<div class="tea-alert" role="alert"><h4>续费完成</h4>${report(['2028-02-14', '2028-06-30'], true)}</div>${list}`)).toEqual(expected);
  });

  it('a toolbar\'s "查看任务结果" link over the list says no report is there: the list is read, not a table after it naming as many columns (read before)', () => {
    const other = card('最近访问', report(['2026-01-01', '2026-01-02']));
    expect(rows('<div class="toolbar"><button>批量续费</button><a>查看任务结果</a></div>' + list + other)).toEqual(expected);
  });

  it('guard: a search\'s 搜索结果 title over the list leaves it the page\'s', () => {
    expect(rows('<div class="card-title">搜索结果</div>' + list + card('最近访问', report(['2026-01-01', '2026-01-02'])))).toEqual(expected);
  });
});

// ---------------------------------------------------------------- a released card in a card view (9d700ce)

describe('a released server\'s card, written otherwise; another resource\'s released state in a running card (aliyun/server-values releasedCard)', () => {
  const page = unseen('test/fixtures-unseen/aliyun/ecs-instance-list', 'zh-h5-narrow-fusion-stacked-cards');
  const tag = '<span class="next-tag-body">运行中</span>';
  const ids = (html: string) => (page.read(html)?.facts.servers ?? []).map((s) => s.id);
  const all = ['i-bp1a2k4m6p8r0t2v4x6z', 'i-bp1c3e5g7i9k1m3o5q7s', 'i-bp1d4f6h8j0l2n4p6r8t'];
  const line = (label: string, value: string) =>
    page.html.replace(
      '<div class="ecs-m-line"><span class="ecs-m-line-label">付费方式</span>',
      `<div class="ecs-m-line"><span class="ecs-m-line-label">${label}</span><span class="ecs-m-line-value">${value}</span></div><div class="ecs-m-line"><span class="ecs-m-line-label">付费方式</span>`,
    );

  it('the first card badged 已释放（保留7天） is no server (read with its old expiry before: invented)', () => {
    expect(ids(page.html.replace(tag, '<span class="next-tag-body">已释放（保留7天）</span>'))).toEqual(all.slice(1));
  });

  for (const [label, value] of [['弹性公网IP', '已释放'], ['数据盘', '已释放'], ['快照', 'Released']] as const) {
    it(`a running card's line "${label} ${value}" says that resource is released, not the card's instance: its server is read (dropped before: missing)`, () => {
      expect(ids(line(label, value))).toEqual(all);
    });
  }

  it('guard: a line "状态 已释放" still makes the card no server', () => {
    expect(ids(line('状态', '已释放'))).toEqual(all.slice(1));
  });
});

// ---------------------------------------------------------------- a clone parked off-screen by a translate (f0485ee0, e668c39f)

describe('a hydration clone parked off-screen by a translate, written otherwise (dom/visibility OFF_VIEWPORT_TRANSFORM, movedOffViewport)', () => {
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

  for (const style of ['position:absolute;transform:translateY(-200vh)', 'position:absolute;transform:translate(0, -150vh)']) {
    it(`inline "${style}": the page's own values (the clone's were read: invented)`, () => {
      expect(values(inline(style))).toEqual(['2027-10-22', 30]);
    });
  }
  for (const rule of ['position: absolute; top: 0; transform: translateY(-300vh);', 'position: absolute; top: 0; transform: translateX(-9999px);', 'position: fixed; transform: translate(0, -5000px);']) {
    it(`a class rule "${rule}": the page's own values (the clone's were read: invented)`, () => {
      expect(values(byClass(rule))).toEqual(['2027-10-22', 30]);
    });
  }

  it('guard: a box a class rule puts at top 1300px and moves up 1200px is on screen: its values are read', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><style>.pop { position: absolute; top: 1300px; transform: translateY(-1200px); }</style></head><body><div class="pop">${own}</div></body></html>`;
    expect(values(html)).toEqual(['2027-10-22', 30]);
  });

  for (const [name, html] of [
    ['inline', `<div style="overflow:hidden"><div style="display:flex;transform:translateX(-100vw)"><div style="width:100vw"><h3>promo</h3></div><div style="width:100vw">${own}</div></div></div>`],
    ['by a class rule', `<div class="vp"><div class="track"><div class="sl"><h3>promo</h3></div><div class="sl">${own}</div></div></div>`],
  ] as const) {
    it(`an H5 carousel track of 100vw cards moved to its second by translateX(-100vw) ${name}: the shown card is read (lost before: missing)`, () => {
      const style = '.vp{overflow:hidden;position:relative}.track{position:absolute;display:flex;transform:translateX(-100vw)}.sl{width:100vw}';
      expect(values(`<!DOCTYPE html><html lang="en"><head><style>${style}</style></head><body>${html}</body></html>`)).toEqual(['2027-10-22', 30]);
    });
  }
});

// ---------------------------------------------------------------- one opening-word test for both filing readers (e5c8563)

describe('an organisation\'s name opening with a former word is a name (shared/text-values opensWithWord)', () => {
  const f = 'test/fixtures/beian-entity/zh-confirm-all-sections';
  const html = readFileSync(`${f}.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${f}.json`, 'utf8')) as { url: string };
  const entity = (h: string) => readPage(htmlToDocument(h, url), new URL(url))?.facts.entity;
  const headed = (name: string) =>
    html
      .replace('<h3>主体信息</h3><dl>', `<div class="card"><div class="hd">${name}</div><div class="bd"><dl>`)
      .replace('</dl>\n<h3>网站信息', '</dl></div></div>\n<h3>网站信息')
      .replace('杭州某某网络有限公司', name);

  for (const name of ['原野文化传媒有限公司', '旧街文化工作室', 'Original Studio Ltd']) {
    it(`a confirm page's entity card headed by its name ${name}: the entity is read (null before: missing)`, () => {
      const h = headed(name);
      expect(h).toContain(`<div class="hd">${name}</div>`);
      expect(entity(h)).toMatchObject({ type: 'organization', name, idNumber: '9133**********001X' });
    });
  }

  const words = ['原', '旧', '变更前', 'Original'];
  it('an organisation\'s name opens with no former word (it did)', async () => {
    const { opensWithWord } = await import('../../src/readers/shared/text-values');
    for (const t of ['原野文化传媒有限公司', '旧街文化工作室', 'Original Studio Ltd']) expect(opensWithWord(t, words), t).toBe(false);
  });
  it('guard: former titles and lines still open with their word, a company\'s name after them too', async () => {
    const { opensWithWord } = await import('../../src/readers/shared/text-values');
    for (const t of ['原备案信息（只读）', '原主办单位：杭州某某有限公司', '原备案主体 杭州某某有限公司', 'Original filing', '变更前 杭州某某有限公司']) expect(opensWithWord(t, words), t).toBe(true);
  });
});

// ---------------------------------------------------------------- the ECS list's card view (1d91e30)

describe('an ECS list\'s card view: cards in a side panel are no records of the page (aliyun/ecs-instance-list readEcsCards)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const line = (l: string, v: string) => `<div class="ln"><span class="l">${l}</span><span class="v">${v}</span></div>`;
  const card = (id: string, exp: string) => `<div class="c"><div class="hd">web</div>${line('实例ID', id)}${line('付费方式', '包年包月')}${line('到期时间', exp)}</div>`;
  const ids = (app: string) => read(app, url)?.facts.servers?.map((s) => s.id) ?? null;
  const recent = (...cards: string[]) => `<aside><h4>Recently visited</h4>${cards.join('')}</aside>`;

  it('an empty list beside an <aside> of recently visited instances as cards: no servers (both read with the page\'s region before: invented)', () => {
    expect(ids('<div class="list"><div class="empty">暂无数据</div></div>' + recent(card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01'), card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')))).toBeNull();
  });

  it('two cards of the list and a recent one in the <aside>: the list\'s two (the recent one was a third server: invented)', () => {
    expect(ids(card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01') + card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02') + recent(card('i-bp1aaaaaaaaaaaaaa09', '2026-02-02')))).toEqual([
      'i-bp1aaaaaaaaaaaaaa01',
      'i-bp1aaaaaaaaaaaaaa02',
    ]);
  });

  it('guard: cards in <main> beside a bottom <nav> tab bar are read', () => {
    expect(ids(`<main>${card('i-bp1aaaaaaaaaaaaaa01', '2027-01-01')}${card('i-bp1aaaaaaaaaaaaaa02', '2027-02-02')}</main><nav class="tabbar"><a>实例</a><a>我的</a></nav>`)).toHaveLength(2);
  });
});

// ---------------------------------------------------------------- a value cut with "…", the whole in its title (1883a5f, 0fae7d7)

describe('a date cut before its year, the whole with a month\'s name in the title (dom/truncated datesShown)', () => {
  const page = unseen('test/fixtures-unseen/aliyun/domain-list', 'en-intl-narrow-stacked');
  const cut = '<span class="dm-cut" title="2027-01-05 23:59:59">2027-0…</span>';
  const expiry = (shown: string, title: string) => {
    const html = page.html.replace(cut, `<span class="dm-cut" title="${title}">${shown}</span>`);
    expect(html).not.toBe(page.html);
    return page.read(html)?.facts.domains?.[1]?.expiresAt;
  };
  for (const [shown, title] of [['Jan 5, 20…', 'Jan 5, 2027, 23:59:59'], ['Jan 5…', 'Jan 5, 2027, 23:59:59'], ['5 Jan…', '5 Jan 2027 23:59:59']] as const) {
    it(`"${shown}" titled "${title}" shows no date (the title's was read: invented)`, () => {
      expect(expiry(shown, title)).toBeUndefined();
    });
  }
  it('guard: "Jan 5, 2027…" shows its date whole: read', () => {
    expect(expiry('Jan 5, 2027…', 'Jan 5, 2027, 23:59:59')).toBe('2027-01-05');
  });
});

// ---------------------------------------------------------------- another event's date after an expiry (bdaee07, 681cbf4)

describe('"释放于 <date>" after an expiry date names its own date, as "Released on <date>" does (dom/parse-date OTHER_EVENT_AFTER)', () => {
  const page = unseen('test/fixtures-unseen/tencent/lighthouse-instance-list', 'en-intl-tea-table-month-name');
  const cell = '<td>Nov 28, 2026, 10:00:00<span class="tea-text-weak">Released in 1 day</span></td>';
  const expiry = (note: string) => {
    const html = page.html.replace(cell, `<td>Nov 28, 2026, 10:00:00<span class="tea-text-weak">${note}</span></td>`);
    expect(html).not.toBe(page.html);
    return page.read(html)?.facts.servers?.find((s) => s.id === 'lhins-en51bj04')?.expiresAt;
  };
  for (const note of ['释放于 2026-11-29', '释放时间：2026-11-29 10:00:00', '删除于 2026-12-05']) {
    it(`"${note}" after the expiry: the expiry is read (lost before: missing)`, () => {
      expect(expiry(note)).toBe('2026-11-28');
    });
  }
  it('guard: "释放" / "Released" right after the date makes it the release\'s: none', () => {
    expect(expiry('释放')).toBeUndefined();
    expect(expiry('Released')).toBeUndefined();
  });
});

// ---------------------------------------------------------------- a mobile list item's value (08f451d)

describe('antd-mobile 2\'s list item value (am-list-extra beside am-list-content) is no help line (dom/units listItemValue)', () => {
  const url = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const am = (label: string, value: string) => `<div class="am-list-item"><div class="am-list-line"><div class="am-list-content">${label}</div><div class="am-list-extra">${value}</div></div></div>`;
  const card = (inner: string) => `<div class="am-list ecs-card">${inner}</div>`;

  it('cards of am-list items give their values (null before: missing)', () => {
    const body =
      card(am('实例ID', 'i-bp1r50card00000000a1') + am('付费方式', '包年包月') + am('到期时间', '2027-04-18 23:59:59') + am('公网带宽', '5 Mbps')) +
      card(am('实例ID', 'i-bp1r50card00000000b2') + am('付费方式', '按量付费') + am('公网带宽', '0 Mbps'));
    expect(read(body, url)?.facts.servers?.map((s) => [s.id, s.billing, s.expiresAt, s.publicBandwidthMbps])).toEqual([
      ['i-bp1r50card00000000a1', 'subscription', '2027-04-18', 5],
      ['i-bp1r50card00000000b2', 'payg', undefined, 0],
    ]);
  });

  it('guard: an am-list-extra with no am-list-content beside it stays help (an example gives no bandwidth)', () => {
    const line = (l: string, v: string) => `<div class="m-line"><span class="m-line-label">${l}</span><span class="m-line-value">${v}</span></div>`;
    const body =
      card(line('实例ID', 'i-bp1r50card00000000a1') + line('付费方式', '包年包月') + '<div class="m-line"><span class="m-line-label">公网带宽</span><div class="am-list-extra">例如 10 Mbps</div></div>') +
      card(line('实例ID', 'i-bp1r50card00000000b2') + line('付费方式', '包年包月'));
    expect(read(body, url)?.facts.servers?.[0]?.publicBandwidthMbps).toBeUndefined();
  });
});

// ---------------------------------------------------------------- a neighbour table marked as a locked copy (66ebf9f)

describe('a batch task\'s result table whose class only looks like a lock\'s lends the list no column (dom/table markedAsCopy, namesLockedCopy)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list =
    '<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    '<tr><td><a>r53-a.com</a></td><td>正常</td><td><div>林和</div><div><span>已实名认证</span></div></td><td>2027-02-14</td></tr>' +
    '<tr><td><a>r53-b.shop</a></td><td>正常</td><td><div>林小雨</div><div><span>未实名认证</span></div></td><td>2027-06-30</td></tr>' +
    '</tbody></table></div>';
  const result = (boxClass: string, tableClass: string, title: string) =>
    `<div class="${boxClass}">${title}<table class="${tableClass}"><thead><tr><th>域名</th><th>新持有者</th><th>实名认证状态</th></tr></thead><tbody>` +
    '<tr><td>r53-a.com</td><td>杭州林和文化创意有限公司</td><td>已实名认证</td></tr>' +
    '<tr><td>r53-b.shop</td><td>杭州林和文化创意有限公司</td><td>已实名认证</td></tr></tbody></table></div>';
  const states = (body: string) => read(body, url)?.facts.domains?.map((d) => d.realNameVerified);

  for (const cls of ['table-fixed', 'sticky-table']) {
    it(`a 批量修改持有者 任务结果 table classed ${cls} after the list, under its title: the list's own states (the result's 已实名认证 was lent: invented)`, () => {
      expect(states(list + result('', cls, '<div class="t">批量修改持有者 任务结果</div>'))).toEqual([true, false]);
    });
  }
  for (const cls of ['ant-table ant-table-fixed-header', 'ant-table ant-table-sticky-header', 'ant-table ant-table-fixed-column']) {
    it(`an untitled antd table (${cls}) of the ticked domains after the list: the list's own states (lent: invented)`, () => {
      expect(states(list + result(cls, '', ''))).toEqual([true, false]);
    });
  }
  it('guard: copies marked as ones (next-table-lock-right, el-table__fixed, ant-table-fixed-left) still lend their column', () => {
    for (const cls of ['next-table-lock-right', 'el-table__fixed', 'ant-table-fixed-left']) expect(states(list + result(cls, '', '')), cls).toEqual([true, true]);
  });
});

describe('a table in an alert reporting an operation is never the list, none beside it (dom/operation-results inAlertReport)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const table = (dates: [string, string]) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    `<tr><td>r53-a.com</td><td>正常</td><td>林和</td><td>${dates[0]}</td></tr><tr><td>r53-b.shop</td><td>正常</td><td>林小雨</td><td>${dates[1]}</td></tr></tbody></table>`;
  const loading = '<div class="next-table"><div class="next-loading">加载中...</div></div>';
  const expiries = (body: string) => read(body, url)?.facts.domains?.map((d) => d.expiresAt);

  for (const title of ['批量续费 执行结果', '续费完成', '批量续费成功', 'Renewal completed']) {
    it(`the list loading under an alert "${title}" over a table of the renewed domains: no expiry (the renewed ones were read: invented)`, () => {
      expect(expiries(`<div class="tea-alert" role="alert"><h4>${title}</h4>${table(['2028-02-14', '2028-06-30'])}</div>${loading}`) ?? []).toEqual([]);
    });
  }
  it('guard: an alert listing domains about to expire, no operation named, is read when it is all the page shows', () => {
    expect(expiries(`<div class="tea-alert" role="alert"><h4>以下 2 个域名即将到期</h4>${table(['2027-02-14', '2027-06-30'])}</div>`)).toEqual(['2027-02-14', '2027-06-30']);
  });
});
