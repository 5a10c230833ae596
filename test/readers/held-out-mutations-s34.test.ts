import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { mutateDocument } from './markup-mutations';

/**
 * Wrong values found by running the markup mutations (./markup-mutations.ts) over the held-out pages
 * (test/fixtures-unseen/) once, in session 34: each as a small console page that failed before its fix.
 */

const read = (body: string, url: string) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`, url), new URL(url));

describe('a phone\'s home location is read from the phone\'s own value on (aliyun/beian-form.ts valueArea)', () => {
  const url = 'https://beian.console.alibabacloud.com/#/entity';
  /** antd Descriptions, layout="vertical": a row of labels, then a row of their values. */
  const vertical = (phone: string) =>
    `<main><section class="panel"><h3>Entity Information</h3><div class="ant-descriptions ant-descriptions-bordered"><table class="ant-descriptions-view"><tbody>` +
    `<tr><th class="ant-descriptions-item-label">Entity Name</th><th class="ant-descriptions-item-label">Entity Type</th></tr>` +
    `<tr><td class="ant-descriptions-item-content">杭州兰溪文化创意有限公司</td><td class="ant-descriptions-item-content">Enterprise</td></tr>` +
    `<tr><th class="ant-descriptions-item-label">Mailing Address</th><th class="ant-descriptions-item-label">Mobile Phone</th></tr>` +
    `<tr><td class="ant-descriptions-item-content">浙江省杭州市滨江区网商路 699 号 2 号楼</td><td class="ant-descriptions-item-content">${phone}</td></tr>` +
    `</tbody></table></div></section></main>`;

  it('the mailing address before the phone in a row of values gives the phone no home location', () => {
    // before: phoneProvince 浙江省 (the address's province), for a phone shown as "—" and for a Shanghai number
    for (const phone of ['—', '138****0000']) expect(read(vertical(phone), url)?.facts.entity?.phoneProvince, phone).toBeUndefined();
  });

  it('the phone\'s own note after the number in the same cell gives it (before: 浙江, the address\'s)', () => {
    expect(read(vertical('138****0000 (上海)'), url)?.facts.entity?.phoneProvince).toBe('上海');
  });
});

describe('a label\'s colon drawn as its own box, with help beside it, is no value (dom/field.ts)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  // Fusion Descriptions: label, colon box, content; the colon box carries a help icon with screen-reader text
  const item = (label: string, value: string) =>
    `<td class="next-descriptions-item"><span class="next-descriptions-item-label">${label}</span>` +
    `<span class="next-descriptions-item-colon">：<i class="next-icon next-icon-help"><span class="next-sr-only">填写说明</span></i></span>` +
    `<span class="next-descriptions-item-content">${value}</span></td>`;
  const page =
    `<main><h2>主办单位信息</h2><table class="next-descriptions"><tbody>` +
    `<tr>${item('主办单位名称', '宋雨')}${item('主办单位证件类型', '居民身份证')}</tr>` +
    `<tr>${item('主办单位证件号码', '3201**********4321')}${item('主办单位性质', '个人')}</tr>` +
    `</tbody></table></main>`;

  it('reads the content after the colon box (before: name ":", ID type ":", ID number "*")', () => {
    const entity = read(page, url)?.facts.entity;
    expect(entity?.name).toBe('宋雨');
    expect(entity?.idType).toBe('居民身份证');
    expect(entity?.idNumber).toBe('3201**********4321');
  });
});

describe('held-out pages under a mutation give their own facts (the translation <font> boxes, a search match beside a wrap chunk)', () => {
  const unseen = (path: string) => {
    const url = new URL(`../fixtures-unseen/${path}`, import.meta.url);
    const exp = JSON.parse(readFileSync(fileURLToPath(url).replace(/\.html$/, '.json'), 'utf8')) as { url: string; reader: string; facts: unknown };
    return { html: readFileSync(url, 'utf8'), ...exp };
  };
  const cases: Array<[string, string, string]> = [
    // before: xu.net.cn for qingshanxu.net.cn (<mark>qingshan</mark> and the rest each in two <font> boxes)
    ['tencent/domain-list/zh-tdesign-tag-group-full-rows-mark-search-highlight-registrar-column-expanded-row-registration-and-old-expiry-batch-bar-sticky-summary-row.html', 'translation-font-wrappers', 'domains'],
    // before: xu.net.cn (<mark>qingshan</mark><span>xu.n</span><wbr><span>et.cn</span>)
    ['tencent/domain-list/zh-tdesign-tag-group-full-rows-mark-search-highlight-registrar-column-expanded-row-registration-and-old-expiry-batch-bar-sticky-summary-row.html', 'wrapped-break-chunks', 'domains'],
    // before: xu-shufa-yishu-jiaoliu.com for lantingxu-shufa-yishu-jiaoliu.com
    ['aliyun/domain-list/zh-fusion-search-highlight-em-split-domains-wbr-zero-width-soft-hyphens-resource-group-header-rows-batch-bar-summary-row.html', 'translation-font-wrappers', 'domains'],
    // before: the website names 青岚陶艺 4 / 20 and 青岚陶艺商城 6 / 20 (the input's character counter in <font> boxes)
    ['tencent/beian-form/zh-tea-website-cards-open-portal-select-options-noscript-wbr-domains.html', 'translation-font-wrappers', 'websites'],
    // before: registrantName （中文）, the label's qualifier (the label span five boxes deep in its <th>), and nothing else
    ['aliyun/domain-holder/zh-antd5-bordered-span-labels-br-values-aria-hidden-tooltip.html', 'deeper-wrappers', 'domains'],
  ];
  it.each(cases)('%s × %s', (path, mutation) => {
    const page = unseen(path);
    const doc = mutateDocument(page.html, page.url, mutation, page.reader);
    expect(doc).not.toBeNull();
    const got = readPage(doc!, new URL(page.url));
    expect(got?.reader).toBe(page.reader);
    expect(got?.facts).toEqual(page.facts);
  });
});

describe('a change\'s note of the value before it (原信息：…) is no value (rules/labels pending words)', () => {
  const path = 'aliyun/beian-website/zh-fusion-change-website-original-vs-new-columns-del-old-values-modified-marks-draft-restore-banner-other-draft-autofilled-inputs.html';
  it('with the old values not struck through, the website is the changed one (before: qingxi-cha.net, the removed domain, from 原信息：qingxi-tea.cn、qingxi-cha.net（本次删除）)', () => {
    const url = new URL(`../fixtures-unseen/${path}`, import.meta.url);
    const exp = JSON.parse(readFileSync(fileURLToPath(url).replace(/\.html$/, '.json'), 'utf8')) as { url: string; facts: unknown };
    // the round-twenty page with its <del> marks taken off: the old column's values drawn as plain text
    const html = readFileSync(url, 'utf8').replace(/<\/?del>/g, '');
    const got = read(html.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, ''), exp.url);
    expect(got?.facts).toEqual(exp.facts);
  });
});
