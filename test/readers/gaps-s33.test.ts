import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { filingInput, filingItem, filingSelect, filingSteps, read } from '../helpers/console-pages';

/**
 * Reader items reported but not fixed in session 32 (/work/notes/gaps33.md), each as a small console page
 * that failed before its fix.
 */

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

describe('the Alibaba filing form: a picker or confirm dialog over a step gives the step no value (aliyun/filing-values.ts fieldHits)', () => {
  const url = 'https://beian.aliyun.com/pcContainer/formpage';
  const [steps, item, input, select] = [filingSteps, filingItem, filingInput, filingSelect];
  const dialog = (title: string, body: string, buttons = ['确定', '取消']) =>
    `<div class="next-overlay-wrapper opened"><div class="next-overlay-backdrop"></div><div role="dialog" aria-modal="true" class="next-dialog next-overlay-inner">` +
    `<div class="next-dialog-header">${title}</div><div class="next-dialog-body">${body}</div>` +
    `<div class="next-dialog-footer">${buttons.map((b) => `<button class="next-btn">${b}</button>`).join(' ')}</div></div></div>`;
  const row = (l: string, v: string) => `<div class="info-row"><span class="info-label">${l}：</span><span class="info-value">${v}</span></div>`;

  it('a confirm dialog quoting another website\'s domain adds no domain to the website step', () => {
    const step =
      `${steps(2)}<h3>网站信息</h3><form class="next-form">${item('网站名称', input('青山茶舍'))}${item('网站域名', input('qingshan-tea.cn'))}` +
      `${item('网站服务内容', select('综合门户'))}</form><div class="site-list"><a>删除网站</a></div>`;
    const confirm = dialog('删除网站', `<p>确认删除以下网站？删除后不可恢复。</p>${row('网站名称', '旧博客')}${row('网站域名', 'old-blog.cn')}`);
    const got = read(step, url, confirm);
    expect(got?.facts.websites?.[0]?.domains).toEqual(['qingshan-tea.cn']);
    expect(got?.facts.websites?.[0]?.name).toBe('青山茶舍');
  });

  it('a 选择主体 picker listing other entities gives the entity step neither type nor province', () => {
    const step =
      `${steps(1)}<h3>主体信息</h3><form class="next-form">${item('主办单位名称', input('', '请输入主办单位名称'))}` +
      `<button type="button" class="next-btn">选择已有主体</button></form>`;
    const card = (name: string, kind: string, place: string) =>
      `<div class="entity-card"><label class="next-radio-wrapper"><input type="radio" class="next-radio-input"></label>${row('主办单位名称', name)}${row('主办单位性质', kind)}${row('主办单位所在地区', place)}</div>`;
    const picker = dialog('选择主体', card('杭州青山茶业有限公司', '企业', '浙江省杭州市') + card('李明', '个人', '北京市朝阳区'));
    const entity = read(step, url, picker)?.facts.entity;
    expect(entity?.type).toBeUndefined();
    expect(entity?.province).toBeUndefined();
  });

  it('a picker of one entity (its radio, no entry control) over an entity step whose name box is empty gives neither name nor type', () => {
    const step = `${steps(1)}<h3>主体信息</h3><form class="next-form">${item('主办单位名称', input('', '请输入主办单位名称'))}</form>`;
    const picker = dialog(
      '选择已有主体',
      `<div class="entity-card"><label class="next-radio-wrapper"><input type="radio" class="next-radio-input"></label>${row('主办单位名称', '杭州青山茶业有限公司')}${row('主办单位性质', '企业')}</div>`,
    );
    const entity = read(step, url, picker)?.facts.entity;
    expect(entity?.name).toBeUndefined();
    expect(entity?.type).toBeUndefined();
  });

  it('a picker of one entity with a search box (its filter asks for nothing) over a step not showing the type gives no type', () => {
    const step = `${steps(1)}<h3>主体信息</h3><form class="next-form">${item('主办单位名称', input('', '请输入主办单位名称'))}</form>`;
    const card = `<div class="entity-card"><label class="next-radio-wrapper"><input type="radio" class="next-radio-input"></label>${row('主办单位名称', '杭州青山茶业有限公司')}${row('主办单位性质', '企业')}</div>`;
    for (const search of ['<span class="next-search"><input placeholder="搜索主体名称"></span>', '<input type="search" placeholder="Search">', '<div role="search"><input></div>']) {
      const entity = read(step, url, dialog('选择已有主体', search + card))?.facts.entity;
      expect(entity?.type, search).toBeUndefined();
      expect(entity?.name, search).toBeUndefined();
    }
  });

  it('a 产品验证 dialog that is the step\'s own form (its fields shown once, none on the step) is still read', () => {
    const step = `${steps(0)}<h3>基础信息</h3><form class="next-form">${item('网站域名', input('qingshan-tea.cn'))}${item('服务器', '<button type="button" class="next-btn">产品验证</button>')}</form>`;
    const verify = dialog('产品验证', `<form class="next-form">${item('产品类型', select('云服务器ECS'))}${item('实例ID', select('i-bp1dialogform00007'))}${item('备案服务号', '<p>3502027788</p>')}</form>`, ['验证', '取消']);
    expect(read(step, url, verify)?.facts.websites).toEqual([{ domains: ['qingshan-tea.cn'], serverId: 'i-bp1dialogform00007', serviceNumber: '3502027788' }]);
  });

  it('an alert dialog (role=alertdialog) quoting a domain is no field of the step', () => {
    const step = `${steps(2)}<h3>网站信息</h3><form class="next-form">${item('网站名称', input('青山茶舍'))}</form>`;
    const alert = `<div role="alertdialog" aria-modal="true" class="next-dialog"><div class="next-dialog-body">${row('网站域名', 'old-blog.cn')}<p>该域名已在其他备案中使用，确定继续？</p></div><button>确定</button></div>`;
    expect(read(step, url, alert)?.facts.websites?.[0]?.domains ?? []).toEqual([]);
  });
});

describe('a deeper app root a modal library marks aria-hidden is still on screen (dom/visibility.ts besideOpenModal)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const detail =
    `<main class="tea-layout__content"><h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('地域', '广州')}` +
    `${teaItem('到期时间', '2027-01-05 10:00:00')}</div></main>`;
  const renew = (attrs = 'aria-modal="true"') =>
    `<div class="tea-dialog" role="dialog" ${attrs}><div class="tea-dialog__header"><h3>续费</h3></div><div class="tea-dialog__body"><div class="tea-form">` +
    `${teaItem('续费时长', '1个月')}${teaItem('到期时间', '2027-02-05 10:00:00')}</div></div></div>`;
  const mine = { id: 'ins-4w6y8a0c', provider: 'tencent', product: 'cvm', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2027-01-05' };

  it('#app > .layout aria-hidden with the modal portal beside #app (react-modal\'s app element): the page\'s expiry, not the dialog\'s', () => {
    const doc = htmlToDocument(
      `<!DOCTYPE html><html><body><div id="app"><div class="layout" aria-hidden="true">${detail}</div></div><div class="portal">${renew()}</div></body></html>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.servers).toEqual([mine]);
  });

  it('every sibling of the modal\'s ancestors aria-hidden (the aria-hidden package\'s hideOthers, portal inside #app)', () => {
    const doc = htmlToDocument(
      `<!DOCTYPE html><html><body><div id="app"><div class="layout" aria-hidden="true">${detail}</div><div class="portal">${renew()}</div></div></body></html>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.servers).toEqual([mine]);
  });

  it('with no open modal (or a closed one) the aria-hidden layout stays hidden', () => {
    for (const after of ['', `<div class="portal">${renew('aria-modal="true" hidden')}</div>`]) {
      const doc = htmlToDocument(`<!DOCTYPE html><html><body><div id="app"><div class="layout" aria-hidden="true">${detail}</div></div>${after}</div></body></html>`, url);
      expect(readPage(doc, new URL(url))?.facts.servers?.[0]?.expiresAt, after).toBeUndefined();
    }
  });
});

describe('an open inline editor that saves on Enter or blur (no worded buttons) is not the record\'s value (dom/inline-editor.ts)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
  const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
  const detail = (bw: string) =>
    `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('地域', '广州')}${teaItem('带宽上限', bw)}${teaItem('创建时间', '2026-01-05 10:00:00')}</div>`;
  const bandwidth = (bw: string) => read(detail(bw), url)?.facts.servers?.[0]?.publicBandwidthMbps;
  const iconButtons = (check: string, close: string) =>
    `<button type="button" class="icon-btn"><i class="${check}"></i></button><button type="button" class="icon-btn"><i class="${close}"></i></button>`;

  it('icon-only ✓ / ✗ buttons with no name (the icon\'s class says check / close) that replaced the shown value: no bandwidth, not the 50 typed', () => {
    for (const [check, close] of <Array<[string, string]>>[['tea-icon tea-icon-check', 'tea-icon tea-icon-close'], ['anticon anticon-check', 'anticon anticon-close'], ['el-icon-check', 'el-icon-close'], ['t-icon t-icon-check', 't-icon t-icon-close']]) {
      expect(bandwidth(`<span class="edit-box"><input type="number" value="50"> Mbps${iconButtons(check, close)}</span>`), check).toBeUndefined();
    }
  });

  it('antd icons (a span role=img named check / close around an svg) in unnamed buttons say confirm / cancel too', () => {
    const antIcon = (name: string) => `<button type="button" class="ant-btn ant-btn-icon-only"><span role="img" aria-label="${name}" class="anticon"><svg viewBox="0 0 1024 1024"><path d="M0 0"></path></svg></span></button>`;
    expect(bandwidth(`<span class="edit-box"><input type="number" value="50"> Mbps${antIcon('check')}${antIcon('close')}</span>`)).toBeUndefined();
  });

  it('antd Typography\'s edit box (a textarea and an enter icon, saved on Enter or blur): no bandwidth, not the 50 typed', () => {
    const edit =
      '<div class="ant-typography ant-typography-edit-content"><textarea class="ant-input">50 Mbps</textarea>' +
      '<span role="img" aria-label="enter" class="anticon anticon-enter ant-typography-edit-content-confirm"></span></div>';
    expect(bandwidth(edit)).toBeUndefined();
  });

  it('a box classed as editing (is-editing / inline-edit) holding one text box and no buttons: no bandwidth', () => {
    for (const cls of ['cell is-editing', 'inline-edit', 'bandwidth-inline-editor']) {
      expect(bandwidth(`<div class="${cls}"><input type="number" value="50"> Mbps</div>`), cls).toBeUndefined();
    }
  });

  it('the shown value beside such an editor still reads', () => {
    expect(bandwidth(`<span>10 Mbps</span> <span class="edit-box"><input type="number" value="50"> Mbps${iconButtons('tea-icon tea-icon-check', 'tea-icon tea-icon-close')}</span>`)).toBe(10);
    expect(bandwidth('<span>10 Mbps</span> <div class="is-editing"><input type="number" value="50"> Mbps</div>')).toBe(10);
  });

  it('a text box with one icon button that is no confirm / cancel pair (a unit picker) is still read', () => {
    expect(bandwidth(`<span class="num-box"><input type="number" value="50"> Mbps<button type="button"><i class="tea-icon tea-icon-arrowdown"></i></button></span>`)).toBe(50);
  });
});
