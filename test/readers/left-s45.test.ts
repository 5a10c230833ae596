import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { mutateDocument } from './markup-mutations';
import { read } from '../helpers/console-pages';

/**
 * Items left open by session 44 (/work/notes/left45.md; test/fixtures-unseen/README.md "Lead's review, session 44" and
 * "Left open, closed in session 44"), each a small console page — or a held-out page with a markup mutation — that read
 * wrong or lost a value before its fix (checked by running it with the fix's source taken out). Guards hold both ways.
 */

const unseen = (path: string) => {
  const url = new URL(`../fixtures-unseen/${path}`, import.meta.url);
  const exp = JSON.parse(readFileSync(fileURLToPath(url).replace(/\.html$/, '.json'), 'utf8')) as { url: string; reader: string; facts: unknown };
  return { html: readFileSync(url, 'utf8'), ...exp };
};
const mutated = (path: string, mutation: string) => {
  const page = unseen(path);
  const doc = mutateDocument(page.html, page.url, mutation, page.reader);
  expect(doc).not.toBeNull();
  return { got: readPage(doc!, new URL(page.url)), page };
};

describe('item 1: round forty-four\'s filings that already exist, under class-names-hashed', () => {
  const aliyunChangeEntity =
    'aliyun/beian-entity/zh-antd-change-entity-original-filing-card-before-editable-card-old-id-type-organization-code-old-name-entity-filing-number-filed-websites-status-tags-cancelled-reviewing-number-lookup-result-other-entity-change-history-progress.html';
  it('the Alibaba 变更主体 page reads the new entity, not the 原备案信息 card\'s (aliyun/beian-form withFirstLineFormerTitles; gave 宁波云栖纺织品有限公司, 组织机构代码证, 3302****-6: invented)', () => {
    const { got, page } = mutated(aliyunChangeEntity, 'class-names-hashed');
    expect(got?.reader).toBe(page.reader);
    expect(got?.facts).toEqual(page.facts);
  });

  const aliyunUrl = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const desc = (rows: Array<[string, string]>) =>
    `<table><tbody>${rows.map(([l, v]) => `<tr><th class="c1a">${l}</th><td class="c1b">${v}</td></tr>`).join('')}</tbody></table>`;
  const oldRows: Array<[string, string]> = [['主办单位性质', '企业'], ['主办单位名称', '宁波旧名纺织品有限公司'], ['主办单位证件类型', '组织机构代码证'], ['主办单位证件号码', '3302****-6']];
  const input = (l: string, v: string) => `<div class="c2a"><div class="c2b"><label>${l}</label></div><div class="c2c"><input class="c2d" value="${v}"></div></div>`;
  const newCard = (title: string) =>
    `<div class="c3a"><div class="c3b"><div class="c3c">${title}</div></div><div class="c3d"><form>${input('主办单位名称', '杭州新名织造科技有限公司')}${input('主办单位证件号码', '9133**********2K7X')}</form></div></div>`;
  const card = (title: string, body: string) => `<div class="c3a"><div class="c3b"><div class="c3c">${title}</div></div><div class="c3d">${body}</div></div>`;

  it('a card of hashed classes whose head reads 原备案信息（只读） / 变更前信息 / Original filing gives none of its fields (before the form card, titled or not)', () => {
    for (const title of ['原备案信息 <span class="c9">（只读）</span>', '变更前信息', 'Original filing (read-only)']) {
      for (const second of ['变更后信息', '']) {
        const entity = read(`<div class="c0">${card(title, desc(oldRows))}${newCard(second)}</div>`, aliyunUrl)?.facts.entity;
        expect([entity?.name, entity?.idType, entity?.idNumber], `${title} / ${second}`).toEqual(['杭州新名织造科技有限公司', undefined, '9133**********2K7X']);
      }
    }
  });

  it('(guard) a card headed 主办单位信息, or by a line naming an old number (原备案号：…), a word opening with old (Oldham …), keeps its fields', () => {
    for (const title of ['主办单位信息', '原备案号：浙ICP备2019026418号', 'Oldham Textiles Ltd']) {
      const entity = read(`<div class="c0">${card(title, desc(oldRows))}</div>`, aliyunUrl)?.facts.entity;
      expect([entity?.name, entity?.idType], title).toEqual(['宁波旧名纺织品有限公司', '组织机构代码证']);
    }
  });
});

describe('item 1 (Tencent): a list of filed websites is no choice of the form (tencent/beian-form filedWebsitesList)', () => {
  const tencentChangeEntity =
    'tencent/beian-form/zh-tea-change-entity-three-column-rows-original-filing-column-before-inputs-renamed-company-new-principal-entity-number-tag-filed-websites-statuses-returned-by-bureau-progress-number-lookup-other-entity-masked-id.html';
  it('the Tencent 变更主体 page under class-names-hashed gives no website and no server (gave a website with ins-2hf4j6k8 from 该主体下的网站: invented)', () => {
    const { got, page } = mutated(tencentChangeEntity, 'class-names-hashed');
    expect(got?.reader).toBe(page.reader);
    expect(got?.facts).toEqual(page.facts);
  });

  const url = 'https://console.cloud.tencent.com/beian/manage/process/30173440149913160/type';
  const item = (l: string, v: string) => `<div class="x1"><div class="x2"><label>${l}</label></div><div class="x3">${v}</div></div>`;
  const form = `<form>${item('主办单位性质', '企业')}${item('主办单位名称', '<input value="深圳市蓝湾智能科技有限公司">')}</form>`;
  const table = (rows: string[][]) =>
    `<div class="x4"><div class="x5">该主体下的网站</div><table><thead><tr><th>网站备案号</th><th>网站名称</th><th>云服务</th><th>状态</th></tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') + '</tbody></table></div>';
  it('a table of two filed websites (each row a 号-N), no 已注销 among them, lends no server to the form', () => {
    const filed = table([['粤ICP备2021068845号-1', '蓝湾智能官网', 'ins-2hf4j6k8', '已备案'], ['粤ICP备2021068845号-2', '蓝湾商城', 'ins-7kq2m4n6', '已备案']]);
    const facts = read(`${form}${filed}`, url)?.facts;
    expect([facts?.servers, facts?.websites]).toEqual([undefined, undefined]);
  });
  it('(guard) a table of instances to pick from (the checked radio\'s row) still gives the server', () => {
    const pick =
      '<table><thead><tr><th></th><th>实例ID</th><th>地域</th></tr></thead><tbody>' +
      '<tr><td><input type="radio"></td><td>ins-2hf4j6k8</td><td>广州</td></tr><tr><td><input type="radio" checked></td><td>ins-7kq2m4n6</td><td>上海</td></tr></tbody></table>';
    expect(read(`${form}${item('备案云服务', '云服务器')}${pick}`, url)?.facts.servers?.map((s) => s.id)).toEqual(['ins-7kq2m4n6']);
  });
});
