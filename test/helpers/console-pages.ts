import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Small console pages for reader tests (test/readers/gaps-*, review-*): an app root with the page's markup,
 * a Tencent CVM and an Alibaba ECS detail in their consoles' markup, the Alibaba filing form's steps and items.
 */

/** A page: `style` in the head, `app` in the app root, `after` beside it in the body (portals, toasts). */
export const page = (app: string, url: string, after = '', style = '') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body><div id="app">${app}</div>${after}</body></html>`, url);
export const read = (app: string, url: string, after = '', style = '') => readPage(page(app, url, after, style), new URL(url));

export const cvmUrl = 'https://console.cloud.tencent.com/cvm/instance/detail?rid=1&id=ins-4w6y8a0c';
export const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;
export const cvmDetail = (extra: string) =>
  `<h2>实例详情</h2><div class="tea-form">${teaItem('实例ID', 'ins-4w6y8a0c')}${teaItem('实例计费模式', '包年包月')}${teaItem('地域', '广州')}` +
  `${teaItem('创建时间', '2026-01-05 10:00:00')}${extra}</div>`;

export const ecsUrl = 'https://ecs.console.aliyun.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
export const infoRow = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
export const ecsDetail = (extra: string) =>
  `<h2>实例详情</h2><div class="info">${infoRow('实例ID', 'i-bp1gapss34000001')}${infoRow('地域', '华东1（杭州）')}${infoRow('付费方式', '包年包月')}${extra}</div>`;

/** The Alibaba filing form: its steps bar (the `current` one in process), a form item, a text box, a Fusion select. */
export const filingSteps = (current: number) =>
  `<div class="next-step next-step-arrow">${['基础信息', '主体信息', '网站信息', '上传资料']
    .map((t, i) => `<div class="next-step-item next-step-item-${i === current ? 'process' : i < current ? 'finish' : 'wait'}"><div class="next-step-item-title">${t}</div></div>`)
    .join('')}</div>`;
export const filingItem = (label: string, control: string) =>
  `<div class="next-form-item next-row"><div class="next-form-item-label next-col"><label>${label}</label></div><div class="next-form-item-control next-col">${control}</div></div>`;
export const filingInput = (v: string, placeholder = '') => `<span class="next-input"><input value="${v}" placeholder="${placeholder}"></span>`;
export const filingSelect = (v: string) => `<span class="next-select"><span class="next-select-values"><em>${v}</em></span></span>`;
