import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readFieldText } from '../../src/readers/dom/field';
import { createVisibilityCache } from '../../src/readers/dom/visibility';
import { loadReaderFixtures } from '../helpers/fixtures';

/**
 * A label shown with NO value gives no value — never the next field's, never the next block's.
 * Every layout the readers know (antd / Fusion / TEA form items, antd Descriptions, dl, div rows,
 * inline "标签：" text), with and without a ? help icon beside or inside the label, the value box
 * empty or left out, or the console's "no value" dash (read as the dash: the readers drop it).
 */

const url = 'https://ecs.console.aliyun.com/server/i-bp1emptyvalue00000a1/detail?regionId=cn-hangzhou';

const ICONS = {
  none: '',
  antd: '<i aria-label="icon: question-circle" class="anticon anticon-question-circle"><svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64z"></path></svg></i>',
  fusion: '<span class="next-balloon-trigger"><i class="next-icon next-icon-help next-xs"></i></span>',
  tea: '<span class="tea-bubble-target"><i class="tea-icon tea-icon-help" aria-label="帮助"></i></span>',
} as const;
type Icon = keyof typeof ICONS;

/** How the empty field shows (no) value: box present and empty, box left out, a dash. */
const EMPTIES = { empty: '', absent: null, dash: '-', dashes: '--' } as const;
type Empty = keyof typeof EMPTIES;

/** [empty field's label, neighbour's label, neighbour's value] — real console labels. */
const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['公网带宽', '付费方式', '包年包月'],
  ['到期时间', '地域', '华东1（杭州）'],
  ['域名持有者', '注册商', '阿里云计算有限公司（万网）'],
  ['备案服务号', '实例ID', 'i-bp1emptyvalue00000a1'],
  ['带宽上限', '实例计费模式', '按量计费'],
  ['所有者', '证件类型', '营业执照'],
];

interface Layout {
  /** One field: `value` null = no value box at all; `inside` puts the icon inside the label element. */
  field(label: string, value: string | null, icon: string, inside: boolean): string;
  wrap(fields: string): string;
}

const formItem = (item: string, labelBox: string, control: (v: string) => string): Layout['field'] => (label, value, icon, inside) =>
  `<div class="${item}"><div class="${labelBox}"><label title="${label}">${label}${inside ? icon : ''}</label>${inside ? '' : icon}</div>${value === null ? '' : control(value)}</div>`;

const LAYOUTS: Record<string, Layout> = {
  'antd 3 form item, horizontal': {
    field: formItem('ant-row ant-form-item', 'ant-col ant-col-6 ant-form-item-label', (v) => `<div class="ant-col ant-col-18 ant-form-item-control-wrapper"><div class="ant-form-item-control"><span class="ant-form-item-children">${v}</span></div></div>`),
    wrap: (f) => `<form class="ant-form ant-form-horizontal">${f}</form>`,
  },
  'antd 4 form item, vertical': {
    field: formItem('ant-row ant-form-item ant-form-item-vertical', 'ant-col ant-form-item-label', (v) => `<div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${v}</div></div></div>`),
    wrap: (f) => `<form class="ant-form ant-form-vertical">${f}</form>`,
  },
  'Fusion form item, label left': {
    field: formItem('next-form-item next-left next-medium', 'next-col next-col-6 next-form-item-label', (v) => `<div class="next-col next-col-18 next-form-item-control"><p class="next-form-preview">${v}</p></div>`),
    wrap: (f) => `<form class="next-form next-form-preview">${f}</form>`,
  },
  'Fusion form item, label on top': {
    field: formItem('next-form-item next-top next-medium', 'next-form-item-label', (v) => `<div class="next-form-item-control"><p class="next-form-preview">${v}</p></div>`),
    wrap: (f) => `<form class="next-form next-form-preview">${f}</form>`,
  },
  'TEA form item': {
    field: formItem('tea-form__item', 'tea-form__label', (v) => `<div class="tea-form__controls"><div class="tea-form__text">${v}</div></div>`),
    wrap: (f) => `<div class="tea-form">${f}</div>`,
  },
  'TEA form item, vertical': {
    field: formItem('tea-form__item', 'tea-form__label', (v) => `<div class="tea-form__controls tea-form__controls--text"><div class="tea-form-text">${v}</div></div>`),
    wrap: (f) => `<div class="tea-form tea-form--vertical">${f}</div>`,
  },
  'antd Descriptions, horizontal': {
    field: (label, value, icon, inside) =>
      `<td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label ant-descriptions-item-colon">${label}${inside ? icon : ''}</span>${inside ? '' : icon}${value === null ? '' : `<span class="ant-descriptions-item-content">${value}</span>`}</div></td>`,
    wrap: (f) => `<div class="ant-descriptions"><div class="ant-descriptions-view"><table><tbody><tr class="ant-descriptions-row">${f}</tr></tbody></table></div></div>`,
  },
  'antd Descriptions, bordered': {
    field: (label, value, icon, inside) =>
      `<th class="ant-descriptions-item-label" colspan="1">${label}${inside ? icon : ''}</th>${inside ? '' : ''}${value === null ? '<td class="ant-descriptions-item-content" colspan="1"></td>' : `<td class="ant-descriptions-item-content" colspan="1">${value}</td>`}`,
    wrap: (f) => `<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-view"><table><tbody><tr class="ant-descriptions-row">${f}</tr></tbody></table></div></div>`,
  },
  'dl / dt / dd': {
    field: (label, value, icon, inside) => `<dt class="info-term">${label}${inside ? icon : ''}</dt>${inside ? '' : icon}${value === null ? '' : `<dd class="info-desc">${value}</dd>`}`,
    wrap: (f) => `<dl class="info-list">${f}</dl>`,
  },
  'dl with a row box per pair': {
    field: (label, value, icon, inside) => `<div class="info-list-item"><dt>${label}${inside ? icon : ''}</dt>${inside ? '' : icon}${value === null ? '' : `<dd>${value}</dd>`}</div>`,
    wrap: (f) => `<dl class="info-list">${f}</dl>`,
  },
  'div label / value row': {
    field: (label, value, icon, inside) => `<div class="info-row"><span class="info-label">${label}${inside ? icon : ''}</span>${inside ? '' : icon}${value === null ? '' : `<span class="info-value">${value}</span>`}</div>`,
    wrap: (f) => `<div class="info-panel">${f}</div>`,
  },
  'div columns (Fusion grid)': {
    field: (label, value, icon, inside) =>
      `<div class="next-row"><div class="next-col next-col-8"><span class="detail-label">${label}${inside ? icon : ''}</span>${inside ? '' : icon}</div>${value === null ? '' : `<div class="next-col next-col-16"><span class="detail-value">${value}</span></div>`}</div>`,
    wrap: (f) => `<div class="detail-card">${f}</div>`,
  },
  'inline "标签：值" lines': {
    field: (label, value, icon, inside) => `<div class="info-line"><span class="info-text">${label}：${inside ? icon : ''}${value ?? ''}</span>${inside ? '' : icon}</div>`,
    wrap: (f) => `<div class="info-block">${f}</div>`,
  },
  'inline "标签：" text': {
    field: (label, value, icon, inside) => `<div class="info-line"><span class="info-text">${label}：${inside ? icon : ''}</span>${inside ? '' : icon}${value === null ? '' : `<span>${value}</span>`}</div>`,
    wrap: (f) => `<div class="info-block">${f}</div>`,
  },
};

/** The vertical descriptions draw a row of labels, then a row of values. */
function verticalDescriptions(bordered: boolean, labels: [string, string], values: [string | null, string], icon: string): string {
  const head = (l: string, i: string) =>
    bordered ? `<th class="ant-descriptions-item-label" colspan="1">${l}${i}</th>` : `<th class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">${l}</span>${i}</div></th>`;
  const cell = (v: string | null) =>
    bordered
      ? `<td class="ant-descriptions-item-content" colspan="1">${v ?? ''}</td>`
      : `<td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container">${v === null ? '' : `<span class="ant-descriptions-item-content">${v}</span>`}</div></td>`;
  return `<div class="ant-descriptions${bordered ? ' ant-descriptions-bordered' : ''}"><div class="ant-descriptions-view"><table><tbody>
    <tr class="ant-descriptions-row">${head(labels[0], icon)}${head(labels[1], '')}</tr>
    <tr class="ant-descriptions-row">${cell(values[0])}${cell(values[1])}</tr></tbody></table></div></div>`;
}

const page = (body: string) => htmlToDocument(`<main class="page"><h3 class="detail-title">基本信息</h3>${body}</main>`, url);

/** What the empty field may read: nothing, or the dash itself. */
const expected = (empty: Empty) => (EMPTIES[empty] === '' || EMPTIES[empty] === null ? undefined : EMPTIES[empty]);

function check(body: string, pair: readonly [string, string, string], empty: Empty) {
  const doc = page(body);
  const cache = createVisibilityCache();
  const [emptyLabel, label, value] = pair;
  expect(readFieldText(doc.body, [label], cache), `${label} keeps its value`).toBe(value.replace('（', '(').replace('）', ')'));
  expect(readFieldText(doc.body, [emptyLabel], cache), `${emptyLabel} shows ${empty}`).toBe(expected(empty));
}

const cases: Array<[string, Icon, boolean, Empty, number]> = [];
let n = 0;
for (const layout of Object.keys(LAYOUTS)) {
  for (const icon of Object.keys(ICONS) as Icon[]) {
    for (const inside of icon === 'none' ? [false] : [false, true]) {
      for (const empty of Object.keys(EMPTIES) as Empty[]) cases.push([layout, icon, inside, empty, n++ % PAIRS.length]);
    }
  }
}

describe('a label with no value reads no value; the field after it keeps its own', () => {
  it.each(cases)('%s, icon %s (inside the label: %s), value %s', (layout, icon, inside, empty, p) => {
    const l = LAYOUTS[layout]!;
    const pair = PAIRS[p]!;
    const [emptyLabel, label, value] = pair;
    // the empty field first, then a field with a value, then the next block of the page
    const next = `<h3 class="detail-title">配置信息</h3>${l.wrap(l.field('系统盘', '高效云盘 40GiB', '', false))}`;
    check(l.wrap(l.field(emptyLabel, EMPTIES[empty], ICONS[icon], inside) + l.field(label, value, '', false)) + next, pair, empty);
  });

  it.each(cases)('%s, icon %s (inside the label: %s), value %s — the last field of its block', (layout, icon, inside, empty, p) => {
    const l = LAYOUTS[layout]!;
    const pair = PAIRS[p]!;
    const [emptyLabel, label, value] = pair;
    // a field with a value, then the empty field ending its block, then the next block holds fields too
    const next = l.wrap(l.field('系统盘', '高效云盘 40GiB', '', false) + l.field('镜像', 'Alibaba Cloud Linux 3', '', false));
    check(`<section class="card">${l.wrap(l.field(label, value, '', false) + l.field(emptyLabel, EMPTIES[empty], ICONS[icon], inside))}</section><section class="card">${next}</section>`, pair, empty);
  });

  it.each(cases)('%s, icon %s (inside the label: %s), value %s — the only field of its block, a heading next', (layout, icon, inside, empty, p) => {
    const l = LAYOUTS[layout]!;
    const pair = PAIRS[p]!;
    const [emptyLabel, label, value] = pair;
    const next = `<h3 class="detail-title">配置信息</h3><section class="card">${l.wrap(l.field(label, value, '', false) + l.field('系统盘', '高效云盘 40GiB', '', false))}</section>`;
    check(`<section class="card">${l.wrap(l.field(emptyLabel, EMPTIES[empty], ICONS[icon], inside))}</section>${next}`, pair, empty);
  });

  it.each(cases)('%s, icon %s (inside the label: %s), value %s — the only field of its card, a titled card next', (layout, icon, inside, empty, p) => {
    const l = LAYOUTS[layout]!;
    const pair = PAIRS[p]!;
    const [emptyLabel, label, value] = pair;
    const card = (title: string, fields: string) => `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body">${fields}</div></div>`;
    check(card('网络信息', l.wrap(l.field(emptyLabel, EMPTIES[empty], ICONS[icon], inside))) + card('付费信息', l.wrap(l.field(label, value, '', false))), pair, empty);
  });

  for (const bordered of [false, true]) {
    for (const icon of Object.keys(ICONS) as Icon[]) {
      for (const empty of Object.keys(EMPTIES) as Empty[]) {
        it(`antd Descriptions, vertical${bordered ? ', bordered' : ''}, icon ${icon}, value ${empty}`, () => {
          const pair = PAIRS[(bordered ? 1 : 0) + 2 * Object.keys(ICONS).indexOf(icon)] ?? PAIRS[0]!;
          const [emptyLabel, label, value] = pair;
          check(verticalDescriptions(bordered, [emptyLabel, label], [EMPTIES[empty], value], ICONS[icon]), pair, empty);
        });
      }
    }
  }
});

/**
 * The page readers over real fixture pages where one field shows no value (its value box taken
 * out, a ? help icon beside its label, or the console's dash): the fact is absent, every other
 * fact of the page is read as before — above all the next field's, which must not stand in for it.
 */
describe('a tag drawn inside a label box is its value only after "标签："', () => {
  const cache = createVisibilityCache();
  it.each([
    ['a TEA tag inside the <label>', '<label>所有者<span class="tea-tag tea-tag--primary">新</span></label>'],
    ['an antd tag inside the <label>', '<label title="所有者">所有者 <span class="ant-tag ant-tag-blue">NEW</span></label>'],
  ])('%s, no value box: no value', (_name, labelBox) => {
    const doc = page(
      `<div class="tea-form"><div class="tea-form__item"><div class="tea-form__label">${labelBox}</div></div><div class="tea-form__item"><div class="tea-form__label"><label>证件类型</label></div><div class="tea-form__controls"><div class="tea-form__text">营业执照</div></div></div></div>`,
    );
    expect(readFieldText(doc.body, ['所有者'], cache)).toBeUndefined();
    expect(readFieldText(doc.body, ['证件类型'], cache)).toBe('营业执照');
  });
  it('"域名状态：<tag>正常</tag>" is still the status', () => {
    const doc = page('<div class="info-line"><span class="info-text">域名状态：<span class="next-tag next-tag-success"><span class="next-tag-body">正常</span></span></span></div><div class="info-line"><span class="info-text">注册商：HiChina</span></div>');
    expect(readFieldText(doc.body, ['域名状态'], cache)).toBe('正常');
  });
});

describe('page readers: a field shown without a value gives no fact', () => {
  const fixture = (name: string) => {
    const f = loadReaderFixtures(name.split('/')[0]).find((x) => x.name === name);
    if (!f?.facts) throw new Error(`no fixture ${name}`);
    return f;
  };
  const edit = (html: string, from: string, to: string) => {
    expect(html.includes(from), `fixture holds ${from}`).toBe(true);
    return html.replace(from, to);
  };
  /** Reads `html` at the fixture's URL: the fixture's facts without `drop` (a server's or domain's keys). */
  const expectFacts = (name: string, html: string, drop: string[]) => {
    const f = fixture(name);
    const got = readPage(htmlToDocument(html, f.url), new URL(f.url));
    const want = structuredClone(f.facts!) as unknown as Record<string, Array<Record<string, unknown>>>;
    for (const record of [...(want.servers ?? []), ...(want.domains ?? []), ...(want.websites ?? [])]) for (const k of drop) delete record[k];
    expect(got?.reader).toBe(f.reader);
    expect(got?.facts).toEqual(want);
  };

  const tea = ICONS.tea;
  const fusion = ICONS.fusion;
  const cvm = 'tencent-cvm-instance-detail/zh-subscription';
  const cvmExpiry = '<div class="tea-form__item"><div class="tea-form__label"><label>到期时间</label></div><div class="tea-form__controls"><div class="tea-form__text">2027-03-01 12:00:00<a class="tea-btn tea-btn--link">续费</a></div></div></div>';
  const cvmCreated = '<div class="tea-form__item"><div class="tea-form__label"><label>创建时间</label></div>';

  for (const icon of ['', tea]) {
    it(`Tencent CVM detail: 到期时间 with no value box${icon ? ' and a ? icon' : ''}, before 创建时间 — no expiry (not the creation date)`, () => {
      const html = fixture(cvm).html;
      const moved = edit(edit(html, cvmExpiry, ''), cvmCreated, `<div class="tea-form__item"><div class="tea-form__label"><label>到期时间</label>${icon}</div></div>${cvmCreated}`);
      expectFacts(cvm, moved, ['expiresAt']);
    });
    it(`Tencent CVM detail: 到期时间 with no value box${icon ? ' and a ? icon' : ''}, the last field of its card — no expiry`, () => {
      expectFacts(cvm, edit(fixture(cvm).html, cvmExpiry, `<div class="tea-form__item"><div class="tea-form__label"><label>到期时间</label>${icon}</div></div>`), ['expiresAt']);
    });
  }
  for (const icon of ['', tea]) {
    it(`Tencent CVM detail: 到期时间 with an empty value box${icon ? ' and a ? icon' : ''}, before 创建时间 — no expiry (not the creation date)`, () => {
      const html = fixture(cvm).html;
      const moved = edit(edit(html, cvmExpiry, ''), cvmCreated, `<div class="tea-form__item"><div class="tea-form__label"><label>到期时间</label>${icon}</div><div class="tea-form__controls"><div class="tea-form__text"></div></div></div>${cvmCreated}`);
      expectFacts(cvm, moved, ['expiresAt']);
    });
  }
  for (const dash of ['-', '--']) {
    it(`Tencent CVM detail: 到期时间 "${dash}" — no expiry`, () => {
      expectFacts(cvm, edit(fixture(cvm).html, '2027-03-01 12:00:00<a class="tea-btn tea-btn--link">续费</a>', dash), ['expiresAt']);
    });
  }

  const ecs = 'ecs-instance-detail/zh-subscription';
  const ecsItem = (label: string, value: string) =>
    `<div class="css-1pq3 next-form-item"><div class="css-desc-label next-form-item-label"><label>${label}</label></div><div class="css-desc-value next-form-item-control"><span class="css-v">${value}</span></div></div>`;
  const ecsEmpty = (label: string, icon: string) => `<div class="css-1pq3 next-form-item"><div class="css-desc-label next-form-item-label"><label>${label}</label>${icon}</div></div>`;
  for (const icon of ['', fusion]) {
    it(`Alibaba ECS detail: 到期时间 with no value box${icon ? ' and a ? icon' : ''}, before 创建时间 — no expiry (not the creation date)`, () => {
      expectFacts(ecs, edit(fixture(ecs).html, ecsItem('到期时间', '2027年2月28日 23:59:59'), ecsEmpty('到期时间', icon)), ['expiresAt']);
    });
    it(`Alibaba ECS detail: 公网带宽 with no value box${icon ? ' and a ? icon' : ''}, before 专有网络 — no bandwidth`, () => {
      expectFacts(ecs, edit(fixture(ecs).html, ecsItem('公网带宽', '按固定带宽 <b>5Mbps</b> <a>升降配</a>'), ecsEmpty('公网带宽', icon)), ['publicBandwidthMbps']);
    });
  }
  it('Alibaba ECS detail: 公网带宽 "--" — no bandwidth', () => {
    expectFacts(ecs, edit(fixture(ecs).html, '按固定带宽 <b>5Mbps</b> <a>升降配</a>', '--'), ['publicBandwidthMbps']);
  });

  const holder = 'domain-holder/zh-holder';
  const holderExpiry = '<div class="_row"><div class="_lbl">到期日期</div><div class="_val">2027-03-15 23:59:59 <a>续费</a></div></div>';
  const holderCreated = '<div class="_row"><div class="_lbl">注册日期</div>';
  for (const icon of ['', fusion, ICONS.antd]) {
    it(`Alibaba domain detail: 到期日期 with no value box${icon ? ` and a ? icon (${icon === fusion ? 'Fusion' : 'antd'})` : ''}, before 注册日期 — no expiry (not the registration date)`, () => {
      const html = edit(edit(fixture(holder).html, holderExpiry, ''), holderCreated, `<div class="_row"><div class="_lbl">到期日期</div>${icon}</div>${holderCreated}`);
      expectFacts(holder, html, ['expiresAt']);
    });
  }

  const owner = 'tencent-domain-info/zh-individual';
  for (const [icon, box] of [['', ''], [tea, ''], ['', '<div class="tea-form__controls"><div class="tea-form__text"></div></div>'], [tea, '<div class="tea-form__controls"><div class="tea-form__text">-</div></div>']] as const) {
    it(`Tencent domain info: 域名所有者 with ${box ? (box.includes('>-<') ? 'a dash' : 'an empty value box') : 'no value box'}${icon ? ' and a ? icon' : ''}, before 所有者类型 — no registrant`, () => {
      const html = edit(
        fixture(owner).html,
        '<div class="tea-form__item"><div class="tea-form__label"><label>域名所有者</label></div><div class="tea-form__controls"><div class="tea-form__text">张三<span class="tea-tag tea-tag--success">已实名认证</span></div></div></div>',
        `<div class="tea-form__item"><div class="tea-form__label"><label>域名所有者</label>${icon}</div>${box}</div>`,
      );
      const f = fixture(owner);
      const got = readPage(htmlToDocument(html, f.url), new URL(f.url))?.facts.domains?.[0];
      expect(got?.registrantName).toBeUndefined();
      expect(got).toMatchObject({ domain: 'zhangsan-blog.cn', registrar: '腾讯云计算(北京)有限责任公司', registrantIdType: '身份证', expiresAt: '2027-11-18' });
    });
  }

  const lighthouse = 'tencent-lighthouse-instance-detail/zh-redesign-dl';
  it('Tencent Lighthouse detail (dl): 到期时间 with no <dd>, before 创建时间 — no expiry (not the creation date)', () => {
    const html = edit(
      edit(fixture(lighthouse).html, '<dt>到期时间</dt><dd>2027-11-25 16:40:00<span class="tea-tag tea-tag--success">自动续费</span></dd>', ''),
      '<dt>创建时间</dt>',
      `<dt>到期时间${tea}</dt><dt>创建时间</dt>`,
    );
    expectFacts(lighthouse, html, ['expiresAt']);
  });

  const beian = 'beian-server/zh-ecs';
  const beianNumber = '<div class="next-form-item"><div class="next-form-item-label"><label for="sno">备案服务号</label></div>\n     <div class="next-form-item-control"><input id="sno" value="3502021234" readonly><span>（剩余可用 4 个）</span></div></div>';
  for (const icon of ['', fusion]) {
    it(`Alibaba filing form: 备案服务号 with no control${icon ? ' and a ? icon' : ''}, the last field of its card — no service number`, () => {
      expectFacts(beian, edit(fixture(beian).html, beianNumber, `<div class="next-form-item"><div class="next-form-item-label"><label>备案服务号</label>${icon}</div></div>`), ['serviceNumber']);
    });
  }
});
