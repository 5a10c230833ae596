import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the fifty-third round of held-out pages (both providers; batch operations and orders over lists — a
 * "已选 3 项" toolbar, batch renew dialogs and drawers, order confirmation panels, cart bars, per-row result lists,
 * holder-template pickers: test/fixtures-unseen/README.md "Fifty-third round"), each narrowed in a scratch copy of its
 * page to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'zh-CN') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><style>.is-hidden{display:none}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN') => readPage(page(body, url, lang), new URL(url));

const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/index?rid=4';
const cvmRow = (id: string, billing: string) =>
  `<tr><td><a>${id}</a><p>web</p></td><td>运行中</td><td>上海五区</td><td>2核 4GB 6Mbps</td><td>81.68.102.17<span>(公)</span></td><td>${billing}</td></tr>`;
const cvmList =
  '<div class="tea-action-state"><span>已选 2 项</span><button>批量续费</button></div>' +
  '<table class="tea-table__box"><thead><tr><th>ID/名称</th><th>状态</th><th>可用区</th><th>实例配置</th><th>主IPv4地址</th><th>实例计费模式</th></tr></thead><tbody>' +
  cvmRow('ins-r53ba001', '<p>包年包月</p><p>2027-01-09 16:20:05到期</p>') +
  cvmRow('ins-r53ba002', '<p>按量计费</p><p>2026-11-30 11:45:10创建</p>') +
  '</tbody></table>';
const dialog = (alert: string) =>
  '<div class="tea-dialog-wrap"><div class="tea-dialog" role="dialog" aria-label="订单确认"><div class="tea-dialog__body">' +
  '<p>订单号：20261206102233418877</p>' +
  `<div class="tea-alert tea-alert--error" role="alert">${alert}</div>` +
  '</div><div class="tea-dialog__footer"><button>提交订单</button><button>取消</button></div></div></div>';

describe('a batch operation\'s results in an alert are no page error (dom/page-state reportsOperationResults)', () => {
  it('"上次批量操作结果：成功 1 / 失败 1" with a row\'s failure reason over the CVM list: the list is read (null before)', () => {
    const body = cvmList + dialog('<p>上次批量操作结果：成功 1 / 失败 1</p><ul><li>ins-r53ba001 设置自动续费 成功</li><li>ins-r53ba002 设置自动续费 失败：按量计费实例不支持自动续费</li></ul>');
    expect(read(body, cvmUrl)?.facts.servers?.map((s) => [s.id, s.billing, s.expiresAt])).toEqual([
      ['ins-r53ba001', 'subscription', '2027-01-09'],
      ['ins-r53ba002', 'payg', undefined],
    ]);
  });

  it('"成功 1 个，失败 1 个" and a reason saying 实例不存在: read (null before)', () => {
    const body = cvmList + dialog('<p>批量续费完成：成功 1 个，失败 1 个</p><p>ins-r53ba009：实例不存在</p>');
    expect(read(body, cvmUrl)?.facts.servers).toHaveLength(2);
  });

  it('"2 succeeded, 1 failed" (English): read (null before)', () => {
    const body = cvmList + dialog('<p>Batch renewal completed: 1 succeeded, 1 failed</p><p>ins-r53ba002: failed, pay-as-you-go instances cannot be renewed</p>');
    expect(read(body, cvmUrl)?.facts.servers).toHaveLength(2);
  });

  it('guard: an alert saying the list failed to load is still the page\'s error, with or without a tally', () => {
    expect(read(cvmList + '<div class="tea-alert tea-alert--error" role="alert">获取实例列表失败，请稍后重试</div>', cvmUrl)).toBeNull();
    expect(read(cvmList + '<div class="tea-alert tea-alert--error" role="alert">成功 0 / 失败 2：实例列表加载失败</div>', cvmUrl)).toBeNull();
  });
});

const domainUrl = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
const resultTable = (resultHeader: string) =>
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">批量修改持有者 任务结果</div></div><div class="next-card-body">' +
  '<div>成功 1 / 失败 1</div><div class="next-table"><table><thead><tr><th>域名</th><th>新持有者（信息模板）</th><th>实名认证状态</th>' +
  `<th>${resultHeader}</th><th>原因</th></tr></thead><tbody>` +
  '<tr><td>r53-a.com</td><td>杭州林和文化创意有限公司</td><td>已实名认证</td><td>成功</td><td>过户已提交</td></tr>' +
  '<tr><td>r53-b.shop</td><td>杭州林和文化创意有限公司</td><td>已实名认证</td><td>失败</td><td>域名处于注册局锁定状态</td></tr>' +
  '</tbody></table></div></div></div>';
const domainList =
  '<div class="next-table"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
  '<tr><td><a>r53-a.com</a></td><td>正常</td><td><div>林和</div><div><span>已实名认证</span></div></td><td>2027-02-14</td></tr>' +
  '<tr><td><a>r53-b.shop</a></td><td>正常</td><td><div>林小雨</div><div><span>未实名认证</span></div></td><td>2027-06-30</td></tr>' +
  '</tbody></table></div>';

describe('a batch task\'s result table beside a list lends it no column (rules/labels taskColumns: 执行结果, 结果, Result, …)', () => {
  for (const header of ['执行结果', '结果', '操作结果', 'Result']) {
    it(`a 批量修改持有者 result table with a ${header} column: the new holder's real-name state is not the listed domain's (invented before)`, () => {
      const domains = read(resultTable(header) + domainList, domainUrl)?.facts.domains;
      expect(domains?.map((d) => [d.domain, d.registrantName, d.realNameVerified, d.expiresAt])).toEqual([
        ['r53-a.com', '林和', true, '2027-02-14'],
        ['r53-b.shop', '林小雨', false, '2027-06-30'],
      ]);
    });
  }
});

describe('a batch task\'s result table sharing the list\'s domain column lends it no column unless marked a copy (dom/table markedAsCopy)', () => {
  it('a 任务结果 table with no result column, the ticked domains in the list\'s order: the template\'s 实名认证状态 is not lent (invented before)', () => {
    const noResult =
      '<div class="next-card"><div class="next-card-title">批量修改持有者 任务结果</div><div class="next-table"><table><thead><tr><th>域名</th><th>新持有者</th><th>实名认证状态</th><th>原因</th></tr></thead><tbody>' +
      '<tr><td>r53-a.com</td><td>杭州林和文化创意有限公司</td><td>已实名认证</td><td>过户已提交</td></tr>' +
      '<tr><td>r53-b.shop</td><td>杭州林和文化创意有限公司</td><td>已实名认证</td><td>注册局锁定</td></tr></tbody></table></div></div>';
    expect(read(noResult + domainList, domainUrl)?.facts.domains?.map((d) => d.realNameVerified)).toEqual([true, false]);
  });

  it('guard: a locked copy marked as one (next-table-lock-right) still lends its column', () => {
    const list =
      '<div class="next-table"><div class="next-table-inner"><table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th></tr></thead><tbody>' +
      '<tr><td>r53-a.com</td><td>正常</td><td>林和</td></tr><tr><td>r53-b.shop</td><td>正常</td><td>林小雨</td></tr></tbody></table>' +
      '<div class="next-table-lock-right"><table><thead><tr><th>域名</th><th>到期日期</th></tr></thead><tbody>' +
      '<tr><td>r53-a.com</td><td>2027-02-14</td></tr><tr><td>r53-b.shop</td><td>2027-06-30</td></tr></tbody></table></div></div></div>';
    expect(read(list, domainUrl)?.facts.domains?.map((d) => d.expiresAt)).toEqual(['2027-02-14', '2027-06-30']);
  });
});

describe('an operation\'s results named by a title, with no tally (dom/page-state OPERATION_RESULTS_TITLE)', () => {
  it('"上次批量操作结果" over a row\'s 失败：… in an alert: the CVM list is read (null before)', () => {
    const body = cvmList + dialog('<p>上次批量操作结果</p><ul><li>ins-r53ba002 设置自动续费 失败：按量计费实例不支持自动续费</li></ul>');
    expect(read(body, cvmUrl)?.facts.servers).toHaveLength(2);
  });
});

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/holder?domain=r53-a.com';
const ownHolder =
  '<div class="next-descriptions"><div class="next-descriptions-title">域名持有者</div><table><tbody>' +
  '<tr><th>域名</th><td>r53-a.com</td><th>到期时间</th><td>2027-02-14</td></tr>' +
  '<tr><th>域名持有者</th><td>林和 <span class="next-tag"><span class="next-tag-body">已实名认证</span></span></td><th>证件类型</th><td>身份证</td></tr>' +
  '<tr><th>证件号码</th><td>3301**********2218</td><th>持有者类型</th><td>个人</td></tr></tbody></table></div>';
const templateCard =
  '<div class="tpl-picker"><div class="tpl-title">批量修改持有者 — 选择信息模板</div><div class="tpl-card">' +
  '<div class="next-form-item"><label>域名持有者</label><span>杭州林和文化创意有限公司</span></div>' +
  '<div class="next-form-item"><label>证件类型</label><span>营业执照</span></div>' +
  '<div class="next-form-item"><label>证件号码</label><span>9133**********4X7Q</span></div>' +
  '<div class="next-form-item"><label>实名认证状态</label><span>未实名认证</span></div></div></div>';

describe('a holder-template picker\'s fields are a template\'s, no domain\'s holder (rules/labels/aliyun/domain.json notUnder 信息模板, 模板, Template)', () => {
  it('the picker after the page\'s holder: its 实名认证状态 is not the domain\'s (invented before)', () => {
    const d = read(ownHolder + templateCard, holderUrl)?.facts.domains?.[0];
    expect(d).toMatchObject({ domain: 'r53-a.com', registrantName: '林和', registrantIdType: '身份证', registrantIdNumber: '3301**********2218', realNameVerified: true });
  });

  it('the picker before the page\'s holder: the template\'s holder, ID and state are not the domain\'s (invented before)', () => {
    const d = read(templateCard + ownHolder, holderUrl)?.facts.domains?.[0];
    expect(d).toMatchObject({ domain: 'r53-a.com', registrantName: '林和', registrantIdType: '身份证', registrantIdNumber: '3301**********2218', realNameVerified: true });
  });
});

describe('the list over a batch operation\'s report naming as many of its columns (dom/operation-results inOperationReport, dom/table pickBest)', () => {
  const sameHeaders = (dates: [string, string]) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名持有者</th><th>到期日期</th></tr></thead><tbody>' +
    `<tr><td>r53-a.com</td><td>正常</td><td>杭州林和文化创意有限公司</td><td>${dates[0]}</td></tr>` +
    `<tr><td>r53-b.shop</td><td>正常</td><td>杭州林和文化创意有限公司</td><td>${dates[1]}</td></tr></tbody></table>`;
  const expected = [
    ['r53-a.com', '林和', '2027-02-14'],
    ['r53-b.shop', '林小雨', '2027-06-30'],
  ];
  const rows = (body: string) => read(body, domainUrl)?.facts.domains?.map((d) => [d.domain, d.registrantName, d.expiresAt]);

  it('a 任务结果 card with a tally before the list, the list\'s very headers: the list is read, not the report (invented before)', () => {
    const report = `<div class="card"><div class="card-title">批量续费 任务结果</div><div class="card-body"><div>成功 2 / 失败 0</div>${sameHeaders(['2028-02-14', '2028-06-30'])}</div></div>`;
    expect(rows(report + domainList)).toEqual(expected);
  });

  it('the report\'s table in an alert box before the list: the list is read (invented before)', () => {
    const report = `<div class="tea-alert" role="alert"><h4>批量续费 执行结果</h4>${sameHeaders(['2028-02-14', '2028-06-30'])}</div>`;
    expect(rows(report + domainList)).toEqual(expected);
  });

  it('guard: a short toast of results right above the list alone leaves the list the page\'s', () => {
    expect(rows('<div class="next-message" role="status">批量设置 DNS：成功 2 / 失败 0</div>' + domainList)).toEqual(expected);
  });
});
