import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Reader items reported but not fixed in session 32 (/work/notes/gaps33.md), each as a small console page
 * that failed before its fix.
 */

/** A page: `style` in the head, `app` in the app root, `after` beside it in the body (portals, toasts). */
const page = (app: string, url: string, after = '', style = '') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body><div id="app">${app}</div>${after}</body></html>`, url);
const read = (app: string, url: string, after = '', style = '') => readPage(page(app, url, after, style), new URL(url));

describe('an error toast about another record\'s request is no error of the page (dom/page-state.ts)', () => {
  const url = 'https://beian.console.aliyun.com/#/serviceCode/list';
  const row = (id: string, region: string, used: string) =>
    `<tr class="ant-table-row"><td class="ant-table-cell"><a>${id}</a><span>web</span></td><td class="ant-table-cell">云服务器ECS</td>` +
    `<td class="ant-table-cell">${region}</td><td class="ant-table-cell">${used}</td><td class="ant-table-cell"><a>申请</a></td></tr>`;
  const list =
    `<main class="beian-main"><h2>备案服务号管理</h2><div class="ant-table"><table><thead class="ant-table-thead"><tr><th>实例ID/名称</th><th>产品类型</th><th>地域</th><th>已使用/总数</th><th>操作</th></tr></thead>` +
    `<tbody class="ant-table-tbody">${row('i-bp1toast000000000a1', '华东1（杭州）', '3/5')}${row('i-2zetoast000000000b2', '华北2（北京）', '1/5')}</tbody></table></div><div>共 2 条</div></main>`;
  const servers = [
    { id: 'i-bp1toast000000000a1', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', serviceNumbersUsed: 3 },
    { id: 'i-2zetoast000000000b2', provider: 'aliyun', product: 'ecs', region: 'cn-beijing', serviceNumbersUsed: 1 },
  ];
  const toastStyle =
    '.ant-message, .ant-notification, .next-message-wrapper-v2, .t-message__list, .tea-message { position: fixed; top: 16px; left: 0; right: 0; z-index: 1010 }';
  /** Transient message containers appended to body by antd, antd notification, Fusion, TDesign and TEA. */
  const toasts = (text: string) => [
    `<div class="ant-message"><div class="ant-message-notice"><div class="ant-message-notice-content" role="alert"><div class="ant-message-custom-content ant-message-error"><span>${text}</span></div></div></div></div>`,
    `<div class="ant-notification ant-notification-topRight"><div class="ant-notification-notice" role="alert"><div class="ant-notification-notice-message">错误</div><div class="ant-notification-notice-description">${text}</div></div></div>`,
    `<div class="next-message-wrapper-v2"><div class="next-message next-message-error next-toast" role="alert"><div class="next-message-content">${text}</div></div></div>`,
    `<div class="t-message__list"><div class="t-message t-is-error" role="alert">${text}</div></div>`,
    `<div class="tea-message"><div class="tea-message__item tea-message--error" aria-live="assertive"><p>${text}</p></div></div>`,
  ];

  it('a toast saying another instance\'s detail failed to load leaves the shown list read', () => {
    for (const toast of toasts('实例 i-uf6toast00000000c3（华东2（上海））的备案服务号明细加载失败，请稍后重试')) {
      expect(read(list, url, toast, toastStyle)?.facts.servers, toast).toEqual(servers);
    }
  });

  it('an ECS list with a toast about another instance\'s renewal request is read', () => {
    const ecsUrl = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
    const ecsRow = (id: string) =>
      `<tr class="next-table-row"><td class="next-table-cell"><a href="#/server/${id}/detail">${id}</a></td><td class="next-table-cell">杭州 可用区K</td>` +
      `<td class="next-table-cell">运行中</td><td class="next-table-cell">按量付费</td></tr>`;
    const ecs =
      `<main><h1>实例</h1><div class="next-table"><table><thead><tr><th>实例ID/名称</th><th>可用区</th><th>状态</th><th>付费方式</th></tr></thead>` +
      `<tbody>${ecsRow('i-bp1ecstoast0000001')}${ecsRow('i-bp1ecstoast0000002')}</tbody></table></div></main>`;
    const before = read(ecs, ecsUrl)?.facts.servers;
    expect(before?.map((s) => s.id)).toEqual(['i-bp1ecstoast0000001', 'i-bp1ecstoast0000002']);
    for (const toast of toasts('Failed to load the renewal price of instance i-bp1otherinstance999. Request failed.')) {
      expect(read(ecs, ecsUrl, toast, toastStyle)?.facts.servers, toast).toEqual(before);
    }
  });

  // guards: these held before the fix and must hold after it
  it('a toast naming no record (the list\'s own request; its request or trace id is none) still makes the page an error', () => {
    for (const text of ['获取实例列表失败，请稍后重试', '获取实例列表失败 RequestId: 3f2a1b4c5d6e7f8a9b0c1d2e3f4a5b6c', 'Request failed (Request ID: req-7b2c9e1a55)', '加载失败 TraceId：0bc3a1f2d4e5f60718293a4b5c6d7e8f']) {
      for (const toast of toasts(text)) expect(read(list, url, toast, toastStyle), toast).toBeNull();
    }
  });

  it('a toast naming a record the list shows still makes the page an error', () => {
    for (const toast of toasts('实例 i-bp1toast000000000a1 的备案服务号明细加载失败')) expect(read(list, url, toast, toastStyle), toast).toBeNull();
  });

  it('an error banner in the content about another record still makes the page an error', () => {
    const banner = `<div class="ant-alert ant-alert-error" role="alert"><span class="ant-alert-message">实例 i-uf6toast00000000c3 的备案服务号明细加载失败</span></div>`;
    expect(read(list.replace('<h2>备案服务号管理</h2>', `<h2>备案服务号管理</h2>${banner}`), url)).toBeNull();
  });

  it('a toast not drawn as a layer (no fixed position) in the content still makes the page an error', () => {
    const [toast] = toasts('实例 i-uf6toast00000000c3 的备案服务号明细加载失败');
    expect(read(list + toast, url)).toBeNull();
  });
});
