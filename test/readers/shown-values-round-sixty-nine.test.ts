import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Round sixty-nine (plain pages of an individual (个人) filer, both providers: test/fixtures-unseen/README.md "Sixty-ninth
 * round") read all six pages as written, and its scratch variants too: no fix. These are guards only, each the smallest
 * markup of a variant that probed for an invented fact on an individual's pages — they pass at `main` and pin what the
 * readers do there.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

const item = (label: string, control: string, help = '') =>
  `<div class="next-form-item next-left next-medium"><div class="next-form-item-label"><label required="">${label}</label></div>` +
  `<div class="next-form-item-control">${control}${help ? `<div class="next-form-item-help">${help}</div>` : ''}</div></div>`;
const input = (value: string, disabled = false) =>
  `<span class="next-input next-medium${disabled ? ' next-disabled' : ''}"><input type="text" value="${value}"${disabled ? ' disabled=""' : ''}></span>`;
const shown = (value: string) => `<span class="next-select next-select-trigger next-medium"><span class="next-select-values"><em title="${value}">${value}</em></span></span>`;

describe('Alibaba filing entity step of a person (个人)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const form = (region: string, idAddress: string, mailAddress: string, idHelp = '', idValue = '5101**********2318') =>
    '<form class="next-form"><h3>主办单位信息</h3>' +
    item('主办单位所属区域', shown(region)) +
    item('主办单位性质', shown('个人')) +
    item('主办单位证件类型', shown('居民身份证')) +
    item('主办单位证件号码', input(idValue, idValue !== ''), idHelp) +
    item('主办单位名称', input('陈思远')) +
    item('证件住所', input(idAddress)) +
    item('通讯地址', input(mailAddress)) +
    '</form>';
  const entity = { type: 'individual', name: '陈思远', idType: '居民身份证', idNumber: '5101**********2318' };

  it('guard: living in another province than the ID card — 所属区域 is the province, 证件住所 the home province', () => {
    expect(read(form('广东省 / 深圳市 / 南山区', '四川省成都市武侯区玉林北路12号', '广东省深圳市南山区科技园南区8栋'), url)?.facts).toEqual({
      version: 1,
      entity: { ...entity, province: '广东省', homeProvince: '四川省' },
    });
  });

  it('guard: 证件住所 not typed yet — no homeProvince from the 通讯地址 of another province', () => {
    expect(read(form('四川省 / 成都市 / 武侯区', '', '重庆市渝北区金开大道88号'), url)?.facts?.entity).toEqual({ ...entity, province: '四川省' });
  });

  it('guard: the ID number not typed yet — no idNumber from the example in the help text', () => {
    const facts = read(form('四川省 / 成都市 / 武侯区', '四川省成都市武侯区玉林北路12号', '四川省成都市武侯区玉林北路12号', '请输入18位居民身份证号码，例如：110101199003071234', ''), url)?.facts;
    expect(facts?.entity?.idNumber).toBeUndefined();
    expect(facts?.entity?.name).toBe('陈思远');
  });
});

describe("Alibaba domain console: a person's 信息模板 (information template) page names no domain", () => {
  const rows = (cells: [string, string][]) =>
    '<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-view"><table><tbody>' +
    cells.map(([l, v]) => `<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">${l}</th><td class="ant-descriptions-item-content">${v}</td></tr>`).join('') +
    '</tbody></table></div></div>';

  it('guard: the template detail (持有者, 证件, 实名认证) gives no domain', () => {
    const body =
      '<nav class="ant-breadcrumb"><a href="#/template">信息模板</a> / <span>模板详情</span></nav><h1>陈思远</h1>' +
      rows([
        ['信息模板ID', 'Z0200157819A'],
        ['模板类型', '个人'],
        ['域名持有者', '陈思远 <span class="ant-tag ant-tag-success">实名认证成功</span>'],
        ['证件类型', '身份证'],
        ['证件号码', '5101**********2318'],
        ['实名认证状态', '实名认证成功'],
        ['创建时间', '2025-05-20 13:48:06'],
      ]);
    const facts = read(body, 'https://dc.console.aliyun.com/next/index#/template/detail?templateId=Z0200157819A')?.facts;
    expect(facts?.domains ?? []).toEqual([]);
  });
});

describe('Tencent filing form: the entity step of a person (个人), editable', () => {
  const field = (label: string, control: string) =>
    `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls">${control}</div></div>`;
  const text = (v: string) => `<div class="tea-form-text">${v}</div>`;
  const input = (v: string) => `<input type="text" class="tea-input" value="${v}">`;

  it('guard: region, nature, ID type in a dropdown, name and masked number in inputs — and a full number shown is masked', () => {
    const body = (id: string) =>
      '<h3>主办者信息</h3><form class="tea-form">' +
      field('主办单位所属区域', text('广东省 / 广州市 / 天河区')) +
      field('主办单位性质', text('个人')) +
      field('证件类型', '<div class="tea-dropdown"><div class="tea-dropdown__value">居民身份证</div></div>') +
      field('主办单位名称', input('王雨桐')) +
      field('证件号码', input(id)) +
      field('通信地址', input('广东省广州市天河区天河北路 *******')) +
      field('手机号码', input('13926612087')) +
      '</form>';
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261207000215/entity';
    const entity = { type: 'individual', name: '王雨桐', idType: '居民身份证', idNumber: '4401**********5629', province: '广东省' };
    expect(read(body('4401**********5629'), url)?.facts).toEqual({ version: 1, entity });
    expect(read(body('440106199208125629'), url)?.facts?.entity?.idNumber).toBe('4401**********5629');
  });
});
