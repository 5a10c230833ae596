import { describe, expect, it } from 'vitest';
import { read } from '../helpers/console-pages';

/**
 * Second review of session 39's reader fixes (the left-open items, the review's, the lead's): small console pages the
 * fixes were not written for, each failing before its fix (checked by putting the old source back).
 */

describe("a Tencent 新增网站 form whose entity section says 已备案, the entity's filed website listed beside (tencent/beian-form.ts, after 6960cf6 / 1923e31)", () => {
  const url = 'https://console.cloud.tencent.com/beian/manage/process/20261205000321/website';
  const item = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label"><label>${l}</label></div><div class="tea-form__controls">${v}</div></div>`;
  const panel = (title: string, name: string, domain: string) =>
    `<div class="tea-accordion is-expanded"><div class="tea-accordion__header" role="button" aria-expanded="true"><span>${title}</span></div>` +
    `<div class="tea-accordion__body">${item('网站名称', `<div class="tea-form-text">${name}</div>`)}${item('网站域名', `<div class="tea-form-text">${domain}</div>`)}</div></div>`;
  const filed = `<div class="tea-card"><h3>已备案网站（8）</h3>${panel('网站 1　粤ICP备2018054321号-1', '海岸线官网', 'coastline-tech.com')}</div>`;
  // the entity and the website added in one form: the added website's block (the largest box holding no other 网站名称)
  // holds the entity's section too
  const form = (heading: string, entity: string) =>
    `<div class="tea-card"><form class="tea-form"><h3>主体信息${heading}</h3>${item('主办单位名称', '深圳市海岸线数字科技有限公司')}${entity}` +
    `<h3>网站信息（新增网站 1）</h3>${item('网站名称', '<input class="tea-input" value="海岸线开发者社区">')}${item('网站域名', '<input class="tea-input" value="coastline-dev.com">')}</form></div>`;
  const names = (app: string) => read('<h2>新增网站</h2>' + app, url)?.facts.websites?.map((w) => w.name);

  it("the entity's 已备案 tag (beside its number, in its heading, as its 备案状态) makes no filed website of the one added (the filed one was read as the filing's: invented)", () => {
    for (const [heading, entity] of [
      ['', item('主体备案号', '粤ICP备2018054321号 <span class="tea-tag tea-tag--success">已备案</span>')],
      [' <span class="tea-tag">已备案</span>', ''],
      ['', item('备案状态', '<span class="tea-tag">已备案</span>')],
    ]) {
      expect([entity || heading, names(form(heading!, entity!) + filed)]).toEqual([entity || heading, ['海岸线开发者社区']]);
      expect([entity || heading, names(filed + form(heading!, entity!))]).toEqual([entity || heading, ['海岸线开发者社区']]);
    }
  });
  it("the entity's list of its filed websites' numbers makes no filed website of the one added (invented)", () => {
    expect(names(form('', item('已备案网站', '粤ICP备2018054321号-1、粤ICP备2018054321号-2')) + filed)).toEqual(['海岸线开发者社区']);
  });
  // guards: a filed website's own section (its panel, a 备案状态 field of its own) still marks it filed
  it("a filed website's tag or 备案状态 in its own section still marks it filed", () => {
    const tagged = `<div class="tea-card"><h3>已备案网站（8）</h3>${panel('网站 1<span class="tea-tag">已备案</span>', '海岸线官网', 'coastline-tech.com')}</div>`;
    expect(names(form('', '') + tagged)).toEqual(['海岸线开发者社区']);
    const own = `<div class="tea-card"><h3>已备案网站（8）</h3>${item('备案状态', '<span class="tea-tag">已备案</span>')}${item('网站名称', '海岸线官网')}${item('网站域名', 'coastline-tech.com')}</div>`;
    expect(names(form('', '') + own)).toEqual(['海岸线开发者社区']);
  });
});
