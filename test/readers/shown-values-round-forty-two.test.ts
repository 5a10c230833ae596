import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the forty-second round of held-out pages (both providers; many records at once — checked rows, batch
 * bars, select-all banners, batch menus, batch renewal / conversion / result dialogs, a transfer list, a batch-add
 * textarea, task centres: test/fixtures-unseen/README.md "Forty-second round"), each narrowed in a scratch copy of its
 * page to the smallest markup that showed it.
 */

const page = (body: string, url: string, style = '') =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, style = '') => readPage(page(body, url, style), new URL(url));

describe('a task list (its columns name a task: 任务, 任务类型, 操作类型, Task) is no list of records (dom/table.ts)', () => {
  const ecsUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou#/';
  const tasks = (head: string, rows: string) =>
    `<div class="task-center" role="region" aria-label="任务中心"><h4>任务中心</h4><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  const ecsTasks = tasks(
    '<th>任务</th><th>实例</th><th>状态</th><th>时间</th>',
    '<tr><td>批量续费（续费 1 年）</td><td>i-bp1r42batch000003c</td><td>成功 · 新到期时间 2027-12-20</td><td>2026-12-05 21:14</td></tr>' +
      '<tr><td>按量付费转包年包月</td><td>i-bp1r42other000009z</td><td>失败 · 实例已释放</td><td>2026-12-03 10:02</td></tr>',
  );
  const ecsList =
    '<table class="list"><thead><tr><th>实例ID/名称</th><th>所在可用区</th><th>状态</th><th>付费方式</th><th>操作</th></tr></thead><tbody>' +
    '<tr><td>i-bp1r42batch000001a<div>zhang-web-01</div></td><td>杭州 可用区K</td><td>运行中</td><td>包年包月<div>2027年3月1日 23:59 到期</div></td><td><a>管理</a> <a>续费</a></td></tr>' +
    '</tbody></table>';

  it('an ECS page with no list table of its own under an open 任务中心 (top bar) whose table names instances: no servers (gave the tasks\' instances as servers: invented)', () => {
    const bar = `<div class="topbar"><span role="button" aria-expanded="true" aria-controls="tc">任务中心</span><div id="tc">${ecsTasks}</div></div>`;
    const got = read(`${bar}<main><h1>实例</h1><div class="empty">您还没有实例，<a>创建实例</a></div></main>`, ecsUrl);
    expect(got?.facts.servers ?? []).toEqual([]);
  });

  it('the same task table with 任务类型 / 实例ID columns and no title: no servers (invented before)', () => {
    const bare = '<table><thead><tr><th>任务类型</th><th>实例ID</th><th>状态</th></tr></thead><tbody><tr><td>批量续费</td><td>i-bp1r42batch000003c</td><td>执行成功</td></tr></tbody></table>';
    const got = read(`<main><h1>实例</h1><p>暂无数据</p>${bare}</main>`, ecsUrl);
    expect(got?.facts.servers ?? []).toEqual([]);
  });

  it('guard: the list beside the open task centre is read, its row as it shows (the task table gives nothing)', () => {
    const got = read(`<main><h1>实例</h1>${ecsTasks}${ecsList}</main>`, ecsUrl);
    expect(got?.facts.servers).toEqual([
      { id: 'i-bp1r42batch000001a', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-03-01' },
    ]);
  });

  it('guard: a list whose column is named 操作 (actions) or 任务 inside a longer label stays a list', () => {
    const list =
      '<table class="list"><thead><tr><th>实例ID/名称</th><th>状态</th><th>付费方式</th><th>定时任务</th><th>操作</th></tr></thead><tbody>' +
      '<tr><td>i-bp1r42batch000001a</td><td>运行中</td><td>包年包月<div>2027年3月1日 23:59 到期</div></td><td>无</td><td><a>管理</a></td></tr></tbody></table>';
    const got = read(`<main>${list}</main>`, ecsUrl);
    expect(got?.facts.servers?.map((s) => s.id)).toEqual(['i-bp1r42batch000001a']);
  });
});

describe('a table beside the list with as many rows is a copy of its locked columns only where the columns both show say the same (dom/table.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const list =
    '<div class="tea-table"><table><thead><tr><th>域名</th><th>状态</th><th>实名认证</th><th>域名所有者</th><th>操作</th></tr></thead><tbody>' +
    '<tr><td><a>zhangr42.cn</a></td><td>正常</td><td>已实名认证</td><td>张三</td><td><a>续费</a></td></tr>' +
    '<tr><td><a>zhangr42-shop.com</a></td><td>正常</td><td>已实名认证</td><td>张三</td><td><a>续费</a></td></tr></tbody></table></div>';
  const two = (a: string, b: string, date1: string, date2: string) =>
    `<table><thead><tr><th>域名</th><th>到期时间</th></tr></thead><tbody><tr><td>${a}</td><td>${date1}</td></tr><tr><td>${b}</td><td>${date2}</td></tr></tbody></table>`;
  const own = (expires?: [string, string]) => [
    { domain: 'zhangr42.cn', status: ['正常'], realNameVerified: true, registrantName: '张三', ...(expires ? { expiresAt: expires[0] } : {}) },
    { domain: 'zhangr42-shop.com', status: ['正常'], realNameVerified: true, registrantName: '张三', ...(expires ? { expiresAt: expires[1] } : {}) },
  ];

  it('a 批量添加域名 check\'s table of other domains (域名 | 到期时间, two rows) after a list without a 到期时间 column gives the list\'s domains no expiry (gave each row the other table\'s date row by row: invented)', () => {
    const preview = `<div class="preview"><p>识别到 2 个域名：</p>${two('zhangr42-blog.com', 'zhangr42-photo.net', '2027-08-01', '2027-09-09')}</div>`;
    const got = read(`<div class="tea-layout__body">${list}${preview}</div>`, url);
    expect(got?.facts.domains).toEqual(own());
  });

  it('the same table before the list (invented before)', () => {
    const got = read(`<div class="tea-layout__body">${two('other-r42.cn', 'zhangr42-photo.net', '2027-08-01', '2027-09-09')}${list}</div>`, url);
    expect(got?.facts.domains).toEqual(own());
  });

  it('guard: a copy of the locked columns showing the same domains gives the list its 到期时间 column', () => {
    const got = read(`<div class="tea-layout__body">${list}<div class="tea-table__fixed-left">${two('zhangr42.cn', 'zhangr42-shop.com', '2027-01-20', '2027-05-11')}</div></div>`, url);
    expect(got?.facts.domains).toEqual(own(['2027-01-20', '2027-05-11']));
  });
});
