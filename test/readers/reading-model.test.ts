import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readingModel, vocabMatches, withRowWindow } from '../../src/readers/dom/reading-model';
import { readdirSync, readFileSync } from 'node:fs';
import { aliyunAllLabels } from './aliyun-all-labels';
import { defineLabels } from '../../src/readers/labels';
import { LabelFileSchema } from '../../src/readers/labels-schema';

// every Alibaba word list (the shared words and each family's actions and statuses, such as 转包年包月)
const page = (body: string, head = '') => readingModel(htmlToDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://example.com/'), { words: aliyunAllLabels });
const BW = { labels: ['带宽', '公网带宽'], contains: ['带宽', 'bandwidth'], not: ['计费', '方式', 'billing'] };

describe('reading model: text units', () => {
  it('classifies label, data, action, status, help and control units', () => {
    const m = page(
      '<div><label>付费方式</label><span>按量付费</span><a href="#">转包年包月</a><button>续费</button><span class="ant-tag">运行中</span><div class="ant-form-item-extra">如 example.com</div><input value="web-01"></div>',
    );
    const kinds = m.units().map((u) => `${u.kind}:${u.text}`);
    expect(kinds).toEqual(['label:付费方式', 'data:按量付费', 'action:转包年包月', 'action:续费', 'status:运行中', 'help:如 example.com', 'control:web-01']);
  });

  it('screen-reader-only text is no unit even without a stylesheet', () => {
    const m = page('<label>带宽<span class="sr-only">帮助说明</span></label><span class="visually-hidden">隐藏</span><span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">剪裁</span>');
    expect(m.units().map((u) => u.text)).toEqual(['带宽']);
  });

  it("a library's hidden-state classes hide without its stylesheet (an inactive tab pane, a closed dropdown kept in the DOM)", () => {
    const hidden = [
      'hidden',
      'hide',
      'ant-tabs-tabpane ant-tabs-tabpane-hidden',
      'ant-tabs-tabpane ant-tabs-tabpane-inactive',
      'ant-collapse-content ant-collapse-content-inactive ant-collapse-content-hidden',
      'ant-dropdown ant-dropdown-placement-bottomLeft ant-dropdown-hidden',
      'ant-select-dropdown ant-select-dropdown-hidden',
      'ant-picker-dropdown ant-picker-dropdown-hidden',
      'ant-popover ant-popover-hidden',
      'next-tabs-tabpane hidden',
      'tea-hidden',
    ];
    for (const cls of hidden) expect(page(`<span>带宽</span><div class="${cls}"><span>按量付费</span></div>`).units().map((u) => u.text), cls).toEqual(['带宽']);
    // names that only look alike are shown
    for (const cls of ['overflow-hidden', 'hidden-xs-up-not', 'ant-tabs-tabpane ant-tabs-tabpane-active', 'hide-on-print', 'not-hidden', 'ant-collapse-content ant-collapse-content-active'])
      expect(page(`<span>带宽</span><div class="${cls}"><span>按量付费</span></div>`).units().map((u) => u.text), cls).toEqual(['带宽', '按量付费']);
  });
});

describe('reading model: fields', () => {
  it('a value is its data: actions, status tags and hints are not part of it', () => {
    const m = page('<dl><dt>付费方式：</dt><dd>按量付费 <a href="#">转包年包月</a></dd><dt>域名持有者</dt><dd>张三 <span class="next-tag">已实名认证</span></dd></dl>');
    expect(m.fieldText(['付费方式'])).toBe('按量付费');
    const holder = m.field(['域名持有者']);
    expect(holder?.text).toBe('张三');
    expect(holder?.statuses).toEqual(['已实名认证']);
  });

  it('labels with help icons, required marks, full-width colons and qualifiers', () => {
    const m = page(
      '<div class="row"><div class="lbl"><span class="req">*</span>公网带宽（峰值）<i class="anticon" aria-label="help"><span class="sr-only">说明</span></i>：</div><div class="val">5 Mbps</div></div>',
    );
    expect(m.fieldText(['公网带宽'])).toBe('5 Mbps');
  });

  it('contains / not words apply to structural labels only', () => {
    expect(vocabMatches('当前使用带宽', BW)).toBe(true);
    expect(vocabMatches('带宽计费方式', BW)).toBe(false);
    const m = page('<p>本页带宽说明 10 Mbps</p><dl><dt>带宽计费方式</dt><dd>按固定带宽</dd><dt>当前使用带宽</dt><dd>5 Mbps</dd></dl>');
    expect(m.fieldText(BW)).toBe('5 Mbps');
  });

  it('<label for> resolves to its control', () => {
    const m = page('<label for="n">网站名称</label><div><input id="n" value="示例网站"></div>');
    expect(m.fieldText(['网站名称'])).toBe('示例网站');
  });
});

describe('reading model: grids, sections, page state and kind', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => `<div role="row"><div role="gridcell">i-${String(i).padStart(20, '0')}</div><div role="gridcell">按量付费</div></div>`).join('');
  const grid = (n: number) =>
    `<div role="grid"><div role="row"><div role="columnheader">实例ID</div><div role="columnheader">付费方式</div></div>${rows(n)}</div>`;

  it('reads role=row grids and caps / windows the rows with a partial flag', () => {
    const m = page(grid(30));
    const g = m.grid({ id: ['实例ID'], billing: ['付费方式'] });
    expect(g?.rows).toHaveLength(30);
    expect(g?.partial).toBe(false);
    const w = withRowWindow({ start: 10, limit: 5 }, () => page(grid(30)).grid({ id: ['实例ID'], billing: ['付费方式'] }));
    expect(w?.rows).toHaveLength(5);
    expect(w?.totalRows).toBe(30);
    expect(w?.partial).toBe(true);
    expect(m.cellText(w?.rows[0]?.cells.id)).toBe('i-00000000000000000010');
  });

  it('sections: every heading or card title, known or not, in order', () => {
    const m = page('<h2>主办单位信息</h2><label>名称</label><span>甲</span><div class="card-title">网站信息（网站 1）</div><h3>Website #2</h3>');
    expect(m.sections().map((s) => s.text)).toEqual(['主办单位信息', '网站信息(网站 1)', 'Website #2']);
  });

  it('one page-state detector', () => {
    expect(page('<div role="alert">获取实例列表失败</div>').pageState()).toBe('error');
    expect(page('<div aria-busy="true">加载中</div>').pageState()).toBe('loading');
    expect(page('<dl><dt>实例ID</dt><dd>i-1</dd></dl>').pageState()).toBe('ready');
  });

  // rules/labels/aliyun.json carried these as `pageState` words; no reader ever passed them (the Alibaba
  // readers use the detector's own patterns), so they were dropped from the file (−0.2 KB gzip per
  // Alibaba content script). The detector alone must still know every one of them.
  it.each([
    ...['加载中', '正在加载', '数据加载中', '请稍候', 'Loading', 'Please wait'].map((w) => [w, 'loading'] as const),
    ...['加载失败', '获取失败', '查询失败', '请求失败', '系统繁忙', '系统异常', '系统错误', '服务异常', '网络异常', '网络错误', '没有权限', '无权限', '权限不足', '登录已过期', '请重新登录']
      .concat(['Failed to load', 'Request failed', 'Something went wrong', 'Network error', 'System busy', 'Access denied', 'Permission denied', 'Not authorized', 'Session expired'])
      .map((w) => [w, 'error'] as const),
  ])('the page-state detector knows "%s" without word lists (%s)', (word, state) => {
    const doc = htmlToDocument(`<!doctype html><html><body><h2>实例列表</h2><div>${word}</div></body></html>`, 'https://example.com/');
    expect(readingModel(doc).pageState()).toBe(state);
  });

  it('page kind by structure', () => {
    expect(page(grid(3)).pageKind()).toBe('list');
    expect(page('<dl><dt>a</dt><dd>1</dd><dt>b</dt><dd>2</dd><dt>c</dt><dd>3</dd><dt>d</dt><dd>4</dd></dl>').pageKind()).toBe('detail');
  });
});

describe('label files', () => {
  it('every rules/labels/<provider>.json and <provider>/<family>.json passes the zod schema and joins its provider', () => {
    const dir = new URL('../../rules/labels/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => f.replaceAll('\\', '/'));
    expect(files).toContain('aliyun.json');
    expect(files).toContain('aliyun/beian.json');
    const read = (f: string): unknown => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
    for (const f of files) {
      const json = read(f);
      const parsed = LabelFileSchema.safeParse(json);
      expect(parsed.success, `${f}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      expect(() => defineLabels(json)).not.toThrow();
      const parts = f.split('/');
      expect(parts.length, `${f}: rules/labels/<provider>.json or <provider>/<family>.json`).toBeLessThanOrEqual(2);
      const provider = parts.length === 2 ? (parts[0] as string) : f.replace(/\.json$/, '');
      expect((json as { provider: string }).provider, f).toBe(provider);
      if (parts.length === 2) {
        expect(files, `${f} without its provider’s shared words`).toContain(`${provider}.json`);
        expect(() => defineLabels(read(`${provider}.json`), json), f).not.toThrow();
      }
    }
  });
  it('joins a provider’s shared words with a family; refuses a group given twice or another provider', () => {
    const shared = { provider: 'x1', actions: ['续费'], groups: {} };
    const fam = { provider: 'x1', actions: ['更改'], groups: { g: { f: { labels: ['标签'] } } } };
    const joined = defineLabels(shared, fam);
    expect(joined.actions).toEqual(['续费', '更改']);
    expect(joined.labels('g', ['f'] as const).f).toEqual(['标签']);
    expect(() => defineLabels(shared).group('g', ['f'] as const)).toThrow(/no group g/);
    expect(() => defineLabels(shared, fam, fam)).toThrow(/group g given twice/);
    expect(() => defineLabels(shared, { ...fam, provider: 'y1' })).toThrow(/provider/);
  });
  it('the content scripts’ small checker refuses what the schema refuses', () => {
    const bad = [{ provider: 'X' }, { provider: 'x1', groups: { a: { b: { labels: [''] } } } }, { provider: 'x1', actions: [1], groups: {} }, { provider: 'x1', groups: { a: { b: { labels: ['l'], not: 'x' } } } }];
    for (const b of bad) {
      expect(LabelFileSchema.safeParse(b).success).toBe(false);
      expect(() => defineLabels(b)).toThrow(/label file/);
    }
  });
  it('rules/labels/aliyun(.json|/*.json) pass their schema and name every group the readers use', () => {
    expect(aliyunAllLabels.provider).toBe('aliyun');
    expect(aliyunAllLabels.group('ecs-detail', ['bandwidth'] as const).bandwidth.not).toContain('计费');
  });
  it('a file with page-state words is refused: page state is the one detector’s own words (no reader passed a provider’s)', () => {
    const withWords = { provider: 'x1', pageState: { loading: ['加载中'], error: ['失败'] }, groups: {} };
    expect(LabelFileSchema.safeParse(withWords).success).toBe(false);
    expect(() => defineLabels(withWords)).toThrow(/pageState: not a label file field/);
  });
  it('a bad file is refused with its path', () => {
    expect(() => defineLabels({ provider: 'x1', groups: { a: { b: { labels: [] } } } })).toThrow(/groups\.a\.b\.labels/);
    expect(() => aliyunAllLabels.group('ecs-detail', ['nope'] as const)).toThrow(/nope/);
  });
});
