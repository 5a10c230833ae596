import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the thirtieth round of held-out pages (both providers; the account's own state and permissions:
 * test/fixtures-unseen/README.md "Thirtieth round"), each narrowed in a scratch copy of its page to the smallest
 * markup that showed it.
 */

const page = (body: string, url: string) => htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));

describe('an alert foretelling a failure is no page error (dom/page-state.ts)', () => {
  const url = 'https://console.cloud.tencent.com/cvm/instance/detail?searchParams=rid%3D1%26instanceId%3Dins-3hq8w2zk';
  const li = (label: string, value: string) => `<li><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></li>`;
  const fields = `<ul class="tea-form">${li('实例ID', 'ins-3hq8w2zk')}${li('地域', '广州')}${li('实例计费模式', '包年包月')}${li('到期时间', '2026-11-30 10:00:00')}</ul>`;
  const banner = (text: string) => `<div class="tea-alert tea-alert--error" role="alert"><div class="tea-alert__body">${text}<a class="tea-btn tea-btn--link">立即充值</a></div></div>`;

  it('an arrears banner saying renewals will fail: the page is read (it was taken for an error state: nothing read)', () => {
    for (const text of ['您的账户已欠费 128.40 元，按量计费资源将在欠费后 2 小时停服隔离，包年包月资源续费将失败。', '账户余额不足，自动续费会失败，否则将导致实例被隔离失败。', 'Your account is overdue: renewals of monthly subscription instances will fail.']) {
      const server = read(banner(text) + fields, url)?.facts?.servers?.[0];
      expect(server, text).toMatchObject({ id: 'ins-3hq8w2zk', region: 'ap-guangzhou', billing: 'subscription', expiresAt: '2026-11-30' });
    }
  });

  it('an alert saying a failure happened still is one (nothing read)', () => {
    for (const text of ['获取实例详情失败，请稍后重试。', '会话加载失败', '续费失败：账户余额不足', 'Failed to load the instance.']) expect(read(banner(text) + fields, url), text).toBeNull();
  });
});
