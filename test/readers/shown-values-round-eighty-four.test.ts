import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighty-fourth round of held-out pages (pages that change while the user works, second round:
 * test/fixtures-unseen/README.md "Eighty-fourth round"), each narrowed to the smallest markup that showed it.
 */

const read = (html: string, url: string) => readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><body>${html}</body></html>`, url), new URL(url));

/** A filing form's steps bar with `current` the step in process (antd's classes). */
const stepsBar = (current: number) =>
  '<div class="ant-steps">' +
  ['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交管局']
    .map((t, i) => `<div class="ant-steps-item ant-steps-item-${i + 1 < current ? 'finish' : i + 1 === current ? 'process' : 'wait'}"><div class="ant-steps-item-title">${t}</div></div>`)
    .join('') +
  '</div>';
const item = (label: string, control: string) =>
  `<div class="ant-form-item"><div class="ant-row"><div class="ant-form-item-label"><label title="${label}">${label}</label></div><div class="ant-form-item-control">${control}</div></div></div>`;
const input = (id: string, value: string, placeholder: string) => `<input id="${id}" class="ant-input" type="text" placeholder="${placeholder}" value="${value}">`;
const entitySummary =
  '<div class="ant-card"><div class="ant-card-head-title">主体信息</div><div class="ant-card-body"><table><tbody><tr>' +
  '<td><span class="ant-descriptions-item-label">主办单位性质</span><span class="ant-descriptions-item-content">企业</span></td>' +
  '<td><span class="ant-descriptions-item-label">主办单位名称</span><span class="ant-descriptions-item-content">杭州云栖茶舍文化有限公司</span></td>' +
  '</tr></tbody></table></div></div>';
const websiteCard = (name: string, domain: string) =>
  '<div class="ant-card"><div class="ant-card-head-title">网站信息（网站1）</div><div class="ant-card-body">' +
  item('网站名称', input('website_name', name, '请输入网站名称')) +
  item('网站域名', input('domain_0', domain, '请输入域名，如 example.com')) +
  '</div></div>';

describe('the website step opened with its form still empty is the website step (aliyun/beian-form.ts claimStep)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=website';

  it('the steps bar on 填写网站信息 and the 网站信息 card shown, no website value yet: claimed by the website reader, the entity summary read (the entity reader before)', () => {
    const got = read(stepsBar(3) + entitySummary + websiteCard('', ''), url);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.entity).toMatchObject({ type: 'organization', name: '杭州云栖茶舍文化有限公司' });
    expect(got?.facts.websites).toBeUndefined();
  });

  it('(guard) once a value is typed, the same page as before: the website reader, the website read', () => {
    const got = read(stepsBar(3) + entitySummary + websiteCard('云栖茶舍', 'yunqi-chashe.com'), url);
    expect(got?.reader).toBe('aliyun-beian-website');
    expect(got?.facts.websites).toEqual([{ name: '云栖茶舍', domains: ['yunqi-chashe.com'] }]);
  });

  it('(guard) the entity step (its bar on 填写主体信息) showing the entity and no website card: the entity reader', () => {
    const got = read(stepsBar(2) + entitySummary, 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity');
    expect(got?.reader).toBe('aliyun-beian-entity');
  });

  it('(guard) a website step whose steps bar is on it but which shows no website card (only the entity summary): still the entity reader', () => {
    const got = read(stepsBar(3) + entitySummary, url);
    expect(got?.reader).toBe('aliyun-beian-entity');
  });
});
