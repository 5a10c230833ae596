import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/** Faults found by the review of session 29's reader changes (held-out round fourteen). */

const page = (style: string, body: string, url = 'https://console.cloud.tencent.com/') =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('an action named by its own text and a label is not that label\'s value (dom/field.ts valueNamingLabel)', () => {
  const url = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-sh3d5f7g';
  const body = (action: string) =>
    '<div><div><span id="l-id">实例ID</span> <span>lhins-sh3d5f7g</span></div>' +
    '<div><span id="l-region">地域</span> <span>上海 | 上海五区</span></div>' +
    '<div><span id="l-exp">到期时间</span> <span>2027-03-20 23:59:59</span> <button id="b-r" aria-labelledby="b-r l-exp">续费</button></div>' +
    `<div><span id="l-billing">计费模式</span> <span>包年包月</span> ${action}</div></div>`;

  it('a switch-billing button or link (aria-labelledby="itself label") gives neither the billing nor the expiry', () => {
    for (const action of ['<a id="b-b" aria-labelledby="b-b l-billing">按量计费</a>', '<span role="button" id="b-b" aria-labelledby="b-b l-billing">按量计费</span>', '<span id="b-b" aria-labelledby="b-b l-billing">按量计费</span>']) {
      expect(read('', body(action), url)?.servers).toEqual([
        { id: 'lhins-sh3d5f7g', provider: 'tencent', product: 'lighthouse', region: 'ap-shanghai', billing: 'subscription', expiresAt: '2027-03-20' },
      ]);
    }
  });
});
