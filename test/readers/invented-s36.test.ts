import { describe, expect, it } from 'vitest';
import { ecsUrl, filingItem, filingSteps, infoRow, read } from '../helpers/console-pages';

/**
 * Invented values found in scratch variants this session and left open (/work/notes/inv36.md), each as a small
 * console page that gave the wrong value before its fix (or a guard that held before and must stay so, said where).
 */

describe('a grid cell\'s "标签：值" under a column header is that row\'s record, no field of the page (dom/field.ts inRecordCell)', () => {
  // an ECS detail whose own 付费类型 and 到期时间 fields are not shown, beside an open 操作日志 tab
  const ecsOwn = (extra: string) =>
    `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('公网IP', '47.98.1.2')}</div>${extra}`;
  const opLog = (rows: Array<[string, string]>, role = false) =>
    role
      ? `<div role="grid"><div role="row"><span role="columnheader">操作时间</span><span role="columnheader">操作</span><span role="columnheader">详情</span></div>` +
        rows.map(([op, d]) => `<div role="row"><span role="gridcell">2026-04-01 10:00:00</span><span role="gridcell">${op}</span><span role="gridcell">${d}</span></div>`).join('') +
        `</div>`
      : `<div class="next-tabs"><div role="tablist"><div role="tab" aria-selected="true">操作日志</div></div><div role="tabpanel">` +
        `<table><thead><tr><th>操作时间</th><th>操作</th><th>操作人</th><th>详情</th></tr></thead><tbody>` +
        rows.map(([op, d]) => `<tr><td>2026-04-01 10:00:00</td><td>${op}</td><td>admin</td><td>${d}</td></tr>`).join('') +
        `</tbody></table></div></div>`;
  const server = (extra: string) => read(ecsOwn(extra), ecsUrl)?.facts.servers?.[0];

  it('an operation log\'s 详情 cells give no billing and no expiry (had given expiry 2026-10-01, billing payg)', () => {
    for (const role of [false, true]) {
      const a = server(opLog([['变更计费方式', '计费方式：按量付费 → 包年包月，购买时长 6 个月，到期时间 2026-10-01']], role));
      expect(a?.id).toBe('i-bp1gapss34000001');
      expect(a?.expiresAt, `role grid ${role}`).toBeUndefined();
      const b = server(opLog([['创建实例', '付费类型：按量付费；规格 ecs.g7.large']], role));
      expect(b?.billing, `role grid ${role}`).toBeUndefined();
    }
  });

  // guards: held before, stay so — a card's lines and a layout table without column headers keep their inline pairs
  it('inline pairs in a card and in a table with no column header are still the page\'s', () => {
    const card = server(`<div class="card"><p>付费类型：包年包月</p><p>到期时间：2026-10-01 23:59:59</p></div>`);
    expect(card).toMatchObject({ billing: 'subscription', expiresAt: '2026-10-01' });
    const layout = server(`<table><tbody><tr><td>付费类型：包年包月</td><td>到期时间：2026-10-01 23:59:59</td></tr></tbody></table>`);
    expect(layout).toMatchObject({ billing: 'subscription', expiresAt: '2026-10-01' });
  });
});

describe('a table in a dialog or drawer over a page of its own is none of the page\'s lists, even with the page\'s own list absent (dom/overlay.ts dialogOverPage)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const head = '<thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead>';
  const row = (d: string) => `<tr><td>${d}</td><td>正常</td><td>已实名认证</td><td>2027-05-18 23:59:59</td></tr>`;
  const shell = '<h2>我的域名</h2><div class="tea-justify-grid"><button>注册域名</button><input placeholder="请输入域名搜索"></div><div class="tea-table"></div>';
  const drawer = (open: string) => `${open}<p>为您查到以下域名信息：</p><table>${head}<tbody>${row('青山茶业.公司')}</tbody></table></div>`;
  const opens = ['<div class="sv-drawer">', '<div role="dialog" aria-label="智能客服">', '<div aria-modal="true">'];

  it('a support drawer\'s table of another account\'s domain gives no domain (had given 青山茶业.公司)', () => {
    for (const open of opens) {
      expect(read(shell + drawer(open), url)?.facts.domains, open).toBeUndefined();
      expect(read(shell, url, drawer(open))?.facts.domains, open).toBeUndefined();
    }
  });

  // guards: held before, stay so — beside the page's own list the list is read; a dialog over an empty shell is the page
  it('the page\'s own list beside the drawer is read, and a dialog over an empty shell is the page', () => {
    const list = `<div class="tea-table"><table>${head}<tbody>${row('qingshan-tea.com')}</tbody></table></div>`;
    for (const open of opens) {
      expect(read(shell + list, url, drawer(open))?.facts.domains?.map((d) => d.domain), open).toEqual(['qingshan-tea.com']);
      expect(read('', url, drawer(open))?.facts.domains?.map((d) => d.domain), open).toEqual(['青山茶业.公司']);
    }
  });
});

describe('a help or action word beside a label in its label box is no value (dom/field.ts isLabelWord; 说明 in rules/labels)', () => {
  const filingUrl = 'https://beian.aliyun.com/pcContainer/formInfo';
  const item = (word: string, control: string) =>
    `<div class="next-form-item next-row"><div class="next-form-item-label next-col"><label>主办单位名称</label><span>${word}</span></div><div class="next-form-item-control next-col">${control}</div></div>`;
  const entity = (word: string, control = '') => read(filingSteps(1) + item(word, control), filingUrl)?.facts.entity;

  it('<span>帮助</span> (说明, 示例, Help) after a Fusion label with its value box empty gives no entity name (had given 帮助)', () => {
    for (const w of ['帮助', '说明', '示例', 'Help']) expect(entity(w)?.name, w).toBeUndefined();
  });

  it('with the value shown in the value box, that value is read (had given 帮助 there too)', () => {
    for (const w of ['帮助', '说明', '示例', 'Help']) expect(entity(w, '<span class="next-input"><input value="杭州青山茶业有限公司"></span>')?.name, w).toBe('杭州青山茶业有限公司');
    expect(read(filingSteps(1) + filingItem('主办单位名称', '<span class="next-input"><input value="杭州青山茶业有限公司"></span>'), filingUrl)?.facts.entity?.name).toBe('杭州青山茶业有限公司');
  });
});

describe('a status text whose words are all statuses is not cut into a value and a pending note (dom/units.ts, tencent/domain-list.ts)', () => {
  const tcUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const tc = (status: string, realName: string) =>
    read(
      `<table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证状态</th><th>到期时间</th></tr></thead><tbody><tr><td>qingshan.com</td><td>${status}</td><td>${realName}</td><td>2027-01-01</td></tr></tbody></table>`,
      tcUrl,
    )?.facts.domains?.[0];
  const alUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const al = (status: string, realName: string) =>
    read(
      `<h2>域名列表</h2><table><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>到期日期</th></tr></thead><tbody><tr><td>qingshan.com</td><td>${status}</td><td>${realName}</td><td>2027-01-01</td></tr></tbody></table>`,
      alUrl,
    )?.facts.domains?.[0];

  it('a status column "正常 审核中 锁定" is read whole (had given 正常, the rest a note)', () => {
    expect(tc('正常 审核中 锁定', '已实名认证')?.status).toEqual(['正常 审核中 锁定']);
    expect(tc('正常 变更中 禁止转移', '已实名认证')?.status).toEqual(['正常 变更中 禁止转移']);
    expect(al('正常 审核中 锁定', '已实名认证')?.status?.join(' ')).toContain('锁定');
  });

  it('a real-name value of status words with a pending one between them is not its first word (had given false from 未实名认证 审核中 已认证)', () => {
    expect(tc('正常', '未实名认证 审核中 已认证')?.realNameVerified).toBeUndefined();
  });

  // guards: held before, stay so — a run without a pending word inside
  it('"已备案 审核中" and "正常 锁定" stay whole', () => {
    expect(tc('已备案 审核中', '已实名认证')?.status).toEqual(['已备案 审核中']);
    expect(tc('正常 锁定', '已实名认证')?.status).toEqual(['正常 锁定']);
  });
});
