import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { mutateDocument } from './markup-mutations';

/**
 * Session 48, the lead: held-out pages × mutations. Round fifty-nine's Tencent filing website step under
 * `class-names-hashed`: the help line under the website name's input (网站名称需与网站内容相符，不能使用域名、纯数字或纯英文
 * <a>查看命名规范</a>), its `tea-form__help-text` class hashed, was read into the name (invented).
 */
const page = 'test/fixtures-unseen/tencent/beian-form/zh-console-shell-tea-first-filing-website-step-organization-summary-card-site-form-cvm-service-principal-masked-help-panel';
const url = 'https://console.cloud.tencent.com/beian/manage/create?step=3';

/** A TEA form of one field: a filled input, then a line under it in a box whose class says nothing. */
function form(help: string, value = '山海茶业官网'): string {
  return `<!DOCTYPE html><html><body><div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">网站信息</h3></div><div class="tea-card__body"><div class="tea-form">
<div class="tea-form__item"><div class="tea-form__label is-required"><label>网站名称</label></div><div class="tea-form__controls"><input type="text" class="k3f" value="${value}"><div class="q8d">${help}</div></div></div>
<div class="tea-form__item"><div class="tea-form__label is-required"><label>网站域名</label></div><div class="tea-form__controls"><span class="x2">shanhai-tea.com</span></div></div>
</div></div></div></body></html>`;
}
const nameOf = (html: string) => readPage(htmlToDocument(html, url), new URL(url))?.facts.websites?.[0]?.name;

describe("a rule for a field's value written under its input is no part of the value (classes hashed)", () => {
  it("round fifty-nine's page × class-names-hashed: the website's name is the input's alone", () => {
    const html = readFileSync(`${page}.html`, 'utf8');
    const exp = JSON.parse(readFileSync(`${page}.json`, 'utf8'));
    const doc = mutateDocument(html, exp.url, 'class-names-hashed', exp.reader)!;
    const got = readPage(doc, new URL(exp.url));
    expect(got?.facts.websites?.[0]?.name).toBe('山海茶业官网');
  });

  it('the rule in other words, with or without its link to the naming rules', () => {
    for (const help of [
      '网站名称需与网站内容相符，不能使用域名、纯数字或纯英文 <a class="z1">查看命名规范</a>',
      '网站名称须与网站内容一致，不得使用域名、纯数字、纯英文',
      '不能包含“官方”“最”等字样，<a>了解命名要求</a>',
      'The name must match the site content and cannot be a domain name. <a>View naming rules</a>',
    ]) expect(nameOf(form(help)), help).toBe('山海茶业官网');
  });

  it('a value that is itself such words, or a note without a rule, stays as it was read', () => {
    // (the value alone: no input before it)
    const alone = form('').replace('<input type="text" class="k3f" value="山海茶业官网">', '<span class="k3f">不能使用的旧站点</span>');
    expect(nameOf(alone)).toBe('不能使用的旧站点');
    // a link that names no help (a company's own page) beside the value is not made help here
    expect(nameOf(form('', '山海茶业官网'))).toBe('山海茶业官网');
  });
});
