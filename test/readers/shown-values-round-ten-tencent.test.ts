import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { readFieldText } from '../../src/readers/dom/field';

/**
 * Faults found by the tenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);

describe('a list loading more rows under the rows it shows (page-state.ts pageLoading)', () => {
  const url = 'https://console.tencentcloud.com/lighthouse/instance/index';
  const row = (id: string, region: string, expires: string) => `<tr><td><a>${id}</a></td><td>${region}</td><td>${expires}</td></tr>`;
  const list = (after: string, footer = '') =>
    `<h2>Instances</h2><table><thead><tr><th>ID/Name</th><th>Region</th><th>Expiration Time</th></tr></thead><tbody>${row('lhins-sg4k6m8p', 'Singapore', '2027-01-07 23:59:59')}${row('lhins-hk7q9w1e', 'Hong Kong, China', '2026-12-08 10:00:00')}${after}</tbody></table>${footer}`;
  const skeleton = '<tr aria-busy="true"><td><span class="tea-skeleton"></span></td><td><span class="tea-skeleton"></span></td><td></td></tr>';
  const ids = (body: string) => readPage(doc(body, url), new URL(url))?.facts.servers?.map((s) => s.id);

  it('a skeleton row (aria-busy) after loaded rows leaves the page ready', () => {
    expect(ids(list(skeleton))).toEqual(['lhins-sg4k6m8p', 'lhins-hk7q9w1e']);
  });

  it('"Loading more…" / "正在加载更多…" under the rows leaves the page ready', () => {
    expect(ids(list('', '<div class="tea-pagination"><span>Loading more…</span></div>'))).toEqual(['lhins-sg4k6m8p', 'lhins-hk7q9w1e']);
    expect(ids(list('', '<div class="tea-pagination"><span>正在加载更多实例…</span></div>'))).toEqual(['lhins-sg4k6m8p', 'lhins-hk7q9w1e']);
  });

  // (guards: skeleton rows alone, a busy table and a plain "Loading…" are still the page loading)
  it('skeleton rows with no loaded row, a busy table or "Loading..." still read nothing', () => {
    const head = '<h2>Instances</h2><table><thead><tr><th>ID/Name</th><th>Region</th><th>Expiration Time</th></tr></thead><tbody>';
    expect(ids(`${head}${skeleton}${skeleton}</tbody></table>`)).toBeUndefined();
    expect(ids(`<div aria-busy="true">${list('')}</div>`)).toBeUndefined();
    expect(ids(list('', '<div><span>Loading...</span></div>'))).toBeUndefined();
  });
});

describe('authorization codes in a tree table: code rows under their resource row (beian-authcode.ts treeParentResource)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const parent = (res: string) => `<tr aria-level="1" aria-expanded="true"><td>${res}</td><td>共 1 个授权码</td><td></td></tr>`;
  const child = (code: string, account: string, status: string, attrs = 'aria-level="2"') => `<tr ${attrs}><td>${code}</td><td>${account}</td><td>${status}</td></tr>`;
  const page = (header: string, rows: string) =>
    `<h2>备案授权码</h2><table role="treegrid"><thead><tr><th>${header}</th><th>授权使用账户</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>`;
  const read = (body: string) => readPage(doc(body, url), new URL(url))?.facts.servers ?? null;

  it('each code goes to the server of the row above it at a lower level', () => {
    const rows = parent('云服务器 ins-gz9m1n3b 广州 | 119.29.66.21') + child('BA4H6J8K0L2Z4X6C', '100031415926', '已使用') + parent('云服务器 ins-sh5t7y9u 上海 | 49.234.90.7') + child('BA3R5T7Y9U1I3O5P', '100016180339', '使用中');
    expect(read(page('授权码', rows))).toEqual([
      { id: 'ins-gz9m1n3b', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', authorizationCodes: [{ code: 'BA4H6J8K0L2Z4X6C', targetAccount: '100031415926', status: 'used' }] },
      { id: 'ins-sh5t7y9u', provider: 'tencent', product: 'cvm', region: 'ap-shanghai', authorizationCodes: [{ code: 'BA3R5T7Y9U1I3O5P', targetAccount: '100016180339', status: 'in-use' }] },
    ]);
  });

  it('the tree column may be named "关联的云服务 / 授权码"', () => {
    const rows = parent('云服务器 ins-gz9m1n3b 广州 | 119.29.66.21') + child('BA4H6J8K0L2Z4X6C', '100031415926', '已使用');
    expect(read(page('关联的云服务 / 授权码', rows))?.map((s) => [s.id, s.authorizationCodes?.map((c) => c.code)])).toEqual([['ins-gz9m1n3b', ['BA4H6J8K0L2Z4X6C']]]);
  });

  // (guards: without tree levels a row above names no code's server; a parent naming two servers names none)
  it('rows without aria-level, or a parent row naming two servers, give no server', () => {
    const flat = '<tr><td>云服务器 ins-gz9m1n3b 广州</td><td></td><td></td></tr>' + child('BA4H6J8K0L2Z4X6C', '100031415926', '已使用', '');
    expect(read(page('授权码', flat))).toBeNull();
    const two = parent('云服务器 ins-gz9m1n3b / ins-sh5t7y9u 广州') + child('BA4H6J8K0L2Z4X6C', '100031415926', '已使用');
    expect(read(page('授权码', two))).toBeNull();
  });
});

describe("a text field's character counter beside its value (units.ts isInputCounter)", () => {
  const item = (label: string, control: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const wrap = (value: string, counter: string) => `<div class="tea-input-wrap"><input class="tea-input" value="${value}"><span class="tea-input__suffix">${counter}</span></div>`;

  it('"4 / 20" after a four-character value is no part of it (TEA suffix, TDesign limit number, antd count)', () => {
    expect(readFieldText(doc(item('网站名称', wrap('青岚陶艺', '4 / 20'))).body, ['网站名称'])).toBe('青岚陶艺');
    expect(readFieldText(doc(item('网站名称', '<div class="t-input"><input class="t-input__inner" value="青岚陶艺商城"><span class="t-input__limit-number">6/20</span></div>')).body, ['网站名称'])).toBe('青岚陶艺商城');
    expect(readFieldText(doc(item('主办单位名称', '<span class="ant-input-affix-wrapper"><input value="郑州云帆网络科技有限公司"><span class="ant-input-suffix"><span class="ant-input-show-count-suffix">12 / 100</span></span></span>')).body, ['主办单位名称'])).toBe('郑州云帆网络科技有限公司');
  });

  it('the website step names each website without its counter', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261203000812/website';
    const body = `<div class="tea-card"><h3 class="tea-card__title">网站信息（网站1）</h3>${item('网站名称', wrap('青岚陶艺', '4 / 20'))}${item('网站域名', '<div class="tea-form-text">qinglan-ceramics.com</div>')}</div>`;
    expect(readPage(doc(body, url), new URL(url))?.facts.websites).toEqual([{ name: '青岚陶艺', domains: ['qinglan-ceramics.com'] }]);
  });

  // (guards: "n / m" that counts no shown field's value is data — a used / total count, a count beside another value)
  it('"2 / 5" with no text field beside it, or not the value\'s length, stays in the value', () => {
    expect(readFieldText(doc(item('已使用/总数', '<span>2 / 5</span>')).body, ['已使用/总数'])).toBe('2 / 5');
    expect(readFieldText(doc(item('网站名称', wrap('青岚陶艺', '3 / 20'))).body, ['网站名称'])).toBe('青岚陶艺 3 / 20');
  });
});

describe("a select's value drawn inside the button that opens its list (units.ts kindOf)", () => {
  const item = (label: string, control: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const options = '<ul role="listbox" id="opts"><li role="option" aria-selected="true">ins-gz4f6h8j | 119.29.77.31 | 广州</li><li role="option">ins-sh1q3w5e | 49.235.12.6 | 上海</li></ul>';

  it('a button opening a listbox, or a combobox button, shows the chosen value', () => {
    const haspopup = `<button class="tea-dropdown__header" aria-haspopup="listbox" aria-expanded="true" aria-controls="opts"><span class="tea-dropdown__value">ins-gz4f6h8j | 119.29.77.31 | 广州</span></button>`;
    expect(readFieldText(doc(item('对应云服务', haspopup) + options).body, ['对应云服务'])).toBe('ins-gz4f6h8j | 119.29.77.31 | 广州');
    expect(readFieldText(doc(item('网站服务内容', '<button type="button" role="combobox" aria-expanded="false"><span>企业官网</span></button>')).body, ['网站服务内容'])).toBe('企业官网');
    expect(readFieldText(doc(item('网站服务内容', '<div role="button" aria-haspopup="listbox" class="MuiSelect-select">企业官网</div>')).body, ['网站服务内容'])).toBe('企业官网');
  });

  it('the website step reads the server picked in such a select, not the options of its open list', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261203000812/website';
    const trigger = '<button class="tea-dropdown__header" aria-haspopup="listbox" aria-expanded="true" aria-controls="opts"><span class="tea-dropdown__value">ins-gz4f6h8j | 119.29.77.31 | 广州</span></button>';
    const body = `<div class="tea-card"><h3 class="tea-card__title">网站信息（网站1）</h3>${item('网站名称', '<input value="青岚陶艺">')}${item('对应云服务', trigger)}</div>${options}`;
    const got = readPage(doc(body, url), new URL(url))?.facts;
    expect(got?.websites).toEqual([{ name: '青岚陶艺', domains: [], serverId: 'ins-gz4f6h8j' }]);
    expect(got?.servers).toEqual([{ id: 'ins-gz4f6h8j', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou' }]);
  });

  // (guards: other buttons are actions; a menu button is no select)
  it('a plain button or one opening a menu stays an action', () => {
    expect(readFieldText(doc(item('实例计费模式', '<span>包年包月</span> <button>续费</button> <button aria-haspopup="menu">更多</button> <button aria-haspopup="true">ins-xx1x2x3x</button>')).body, ['实例计费模式'])).toBe('包年包月');
  });
});
