import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { createVisibilityCache, isVisible } from '../../src/readers/dom/visibility';

/**
 * Faults found by the twelfth round of held-out Alibaba Cloud pages (test/fixtures-unseen/README.md,
 * "Twelfth round (Alibaba Cloud)"), each narrowed down to the smallest markup that showed it.
 */

const page = (html: string, url: string) => htmlToDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
const read = (html: string, url: string) => readPage(page(html, url), new URL(url));

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=mingxuan-studio.cn';
const item = (label: string, control: string) => `<div class="ant-form-item"><div class="ant-form-item-label"><label>${label}</label></div><div class="ant-form-item-control">${control}</div></div>`;
const holderFields = (expiry: string, owner = '<span>赵明轩</span><span class="ant-tag ant-tag-success">已实名认证</span>') =>
  item('域名', '<span>mingxuan-studio.cn</span>') + item('域名持有者', owner) + item('证件类型', '<span>身份证</span>') + item('证件号码', '<span>4101**********1234</span>') + item('到期时间', expiry);

describe('a value in full-width digits is no "标签：值" line (dom/field.ts)', () => {
  it('"２０２７－０９－３０　２３：５９：５９" after its label is the expiry, as its ASCII form is', () => {
    expect(read(holderFields('<span>２０２７－０９－３０　２３：５９：５９</span>'), holderUrl)?.facts.domains?.[0]?.expiresAt).toBe('2027-09-30');
    expect(read(holderFields('<span>2027-09-30 23:59:59</span>'), holderUrl)?.facts.domains?.[0]?.expiresAt).toBe('2027-09-30');
  });

  it('a value that does start with words and a colon is still the next field, not this one\'s value', () => {
    // (what the check is for: a row "备注：…" after an empty value box)
    const doc = page(holderFields('<span></span>') + '<div><span>备注：２０２８－０１－０１</span></div>', holderUrl);
    expect(readPage(doc, new URL(holderUrl))?.facts.domains?.[0]?.expiresAt).toBeUndefined();
  });
});

describe('fields in the panels of an accordion (role=tablist around role=tabpanel) are fields (dom/field.ts inTabStrip)', () => {
  const collapse = (panelRole: string) =>
    `<div class="ant-collapse ant-collapse-accordion" role="tablist"><div class="ant-collapse-item ant-collapse-item-active"><div class="ant-collapse-header" role="tab" aria-expanded="true">持有者信息</div><div class="ant-collapse-content ant-collapse-content-active" ${panelRole}><div class="ant-collapse-content-box">${holderFields('<span>2027-09-30</span>')}</div></div></div></div>`;

  it('antd Collapse: the holder fields inside an open panel are read', () => {
    const facts = read(collapse('role="tabpanel"'), holderUrl)?.facts.domains?.[0];
    expect(facts?.registrantName).toBe('赵明轩');
    expect(facts?.registrantIdNumber).toBe('4101**********1234');
    expect(facts?.expiresAt).toBe('2027-09-30');
  });

  it('words in a tab strip itself (no panel around them) are still no labels', () => {
    // the tablist holds the tabs only: "域名持有者" is a tab there, and the page shows no holder field
    const tabs = `<div role="tablist"><div role="tab">域名持有者</div><div role="tab">赵明轩</div></div><h1>mingxuan-studio.cn</h1>`;
    expect(read(tabs, holderUrl)).toBeNull();
  });
});

describe('a real-name tag beside the read-only input holding the holder\'s name (aliyun/domain-holder.ts)', () => {
  it('<input readonly value=赵明轩><tag>已实名认证</tag> gives realNameVerified', () => {
    const owner = '<input id="f-owner" class="ant-input" readonly value="赵明轩"><span class="ant-tag ant-tag-success">已实名认证</span>';
    const html = holderFields('<span>2027-09-30</span>', owner).replace('<label>域名持有者</label>', '<label for="f-owner">域名持有者</label>');
    const facts = read(html, holderUrl)?.facts.domains?.[0];
    expect(facts?.registrantName).toBe('赵明轩');
    expect(facts?.realNameVerified).toBe(true);
  });
});

describe('the service-number list (aliyun/beian-service-numbers.ts, dom/units.ts, dom/visibility.ts)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/serviceCode';
  const table = (head: string, rows: string, cols = '') =>
    `<h1>Service Identification Numbers</h1><table>${cols}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  const head = (used: string) => `<th>Instance ID/Name</th><th>Product Type</th><th>Region</th><th>${used}</th><th>Actions</th>`;
  const row = (first: string, id: string, used: string) => `<tr><${first}>${id}</${first.split(' ')[0]}><td>ECS</td><td>China (Hangzhou)</td><td>${used}</td><td><a>Apply</a></td></tr>`;
  const two = (first = 'td') => row(first, 'i-bp1harbour00000021', '2 / 5') + row(first, 'i-bp1harbour00000022', '0 / 5');

  it('"Used / Total" in one header text is the used column', () => {
    expect(read(table(head('Used / Total'), two()), url)?.facts.servers?.map((s) => s.serviceNumbersUsed)).toEqual([2, 0]);
  });

  it('an instance ID in a row header cell (<th scope="row">) under the header row is read', () => {
    const servers = read(table(head('Used / Total'), two('th scope="row"')), url)?.facts.servers;
    expect(servers?.map((s) => [s.id, s.serviceNumbersUsed])).toEqual([
      ['i-bp1harbour00000021', 2],
      ['i-bp1harbour00000022', 0],
    ]);
  });

  it('a column collapsed by its <col style="visibility: collapse"> is not shown: no region from it', () => {
    const cols = '<colgroup><col><col><col style="visibility: collapse"><col><col></colgroup>';
    const servers = read(table(head('Used / Total'), two(), cols), url)?.facts.servers;
    expect(servers?.map((s) => s.id)).toEqual(['i-bp1harbour00000021', 'i-bp1harbour00000022']);
    expect(servers?.map((s) => s.region)).toEqual([undefined, undefined]);
    const shown = read(table(head('Used / Total'), two(), cols.replace(' style="visibility: collapse"', '')), url)?.facts.servers;
    expect(shown?.map((s) => s.region)).toEqual(['cn-hangzhou', 'cn-hangzhou']);
  });

  it('collapsed columns: <col span>, the cells after a colspan, a stylesheet rule', () => {
    const doc = page(
      '<style>.gone { visibility: collapse }</style><table id="t1"><colgroup><col span="2"><col class="gone"><col></colgroup><tbody><tr><td id="a" colspan="2">a</td><td id="b">b</td><td id="c">c</td></tr></tbody></table>',
      url,
    );
    const cache = createVisibilityCache();
    expect(['a', 'b', 'c'].map((id) => isVisible(doc.getElementById(id), cache))).toEqual([true, false, true]);
  });
});

describe('the filing form\'s instance picker grouped by region (aliyun/beian-form.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base';
  const picker = (groupTitle: string) =>
    `<h3>产品验证</h3><table><thead><tr><th></th><th>实例ID/名称</th><th>状态</th></tr></thead><tbody>` +
    `<tr class="group-row"><td colspan="3">${groupTitle}</td></tr>` +
    `<tr><td><input type="radio" name="ins" checked></td><td>i-bp1qinghe0000000a1</td><td>运行中</td></tr>` +
    `<tr><td><input type="radio" name="ins"></td><td>i-bp1qinghe0000000a2</td><td>运行中</td></tr>` +
    `<tr class="group-row"><td colspan="3">华北2（北京） · 1 台</td></tr>` +
    `<tr><td><input type="radio" name="ins"></td><td>i-2zeqinghe0000000b1</td><td>运行中</td></tr>` +
    `</tbody></table><div><label>产品类型</label><span>云服务器ECS</span></div><div><label for="sn">备案服务号</label><input id="sn" readonly value="3502027421"></div>`;

  it('the picked row takes the region its group row names', () => {
    const facts = read(picker('华东1（杭州） · 2 台'), url)?.facts;
    expect(facts?.servers).toEqual([{ id: 'i-bp1qinghe0000000a1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou' }]);
  });

  it('a group row that names no region gives none', () => {
    const facts = read(picker('运行中 · 2 台'), url)?.facts;
    expect(facts?.servers?.[0]?.region).toBeUndefined();
  });
});
