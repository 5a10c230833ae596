import { describe, expect, it } from 'vitest';
import { cvmDetail, cvmUrl, ecsDetail, ecsUrl, infoRow, read, teaItem } from '../helpers/console-pages';

/**
 * Second review of session 40's review and left-open fixes (session 41): small console pages those fixes were not
 * written for, each one a break found (test/fixtures-unseen/README.md "Second review of session 40's fixes, session
 * 41"). Every case failed before its fix (checked by putting the old file back).
 */

const server = (app: string, url: string, after = '') => read(app, url, after)?.facts.servers?.[0];

describe('a login-ended box is a page error only when it is a notice (dom/page-state.ts saysLoggedOut, since e2aae68)', () => {
  const ecsPage = (help: string) => ecsDetail(infoRow('到期时间', '2027-12-05 23:59:59')) + help;
  const cvmPage = (help: string) => cvmDetail(teaItem('到期时间', '2027-12-05 23:59:59')) + help;
  const helps = [
    '<div class="help-tip">如果页面提示登录已过期，请刷新页面后重新登录。</div>',
    '<div class="faq"><div class="faq-title">常见问题</div><p>登录态失效怎么办</p></div>',
    '<p class="help">登录已过期时，请刷新页面。</p>',
    '<p>会话超时时间：30 分钟</p>',
    '<p>Session timeout: 30 minutes</p>',
    '<div class="help">If your session has expired, please log in again.</div>',
  ];
  it('a help text, a FAQ entry or a setting naming the login\'s end on a good ECS detail leaves it read (every fact was lost)', () => {
    for (const help of helps) expect(server(ecsPage(help), ecsUrl), help).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05' });
  });
  it('the same on a CVM detail (dom/page-state pageError, its login words since 01ba404: every fact was lost)', () => {
    for (const help of helps) expect(server(cvmPage(help), cvmUrl), help).toMatchObject({ billing: 'subscription', expiresAt: '2027-12-05' });
  });
  // guard: the notice itself, even after a clause of its own, is still a page error
  it('guard: a notice "由于您长时间未操作，登录已过期，请重新登录" or "登录态已失效" over the page is a page error', () => {
    for (const box of ['<div class="mask-box">由于您长时间未操作，登录已过期，请重新登录。</div>', '<div>登录态已失效</div>', '<div>Your session has expired. Please log in again.</div>', '<div>当前登录已失效，请重新登录后再试</div>']) {
      expect(read(ecsPage(box), ecsUrl), box).toBeNull();
      expect(read(cvmPage(box), cvmUrl), box).toBeNull();
    }
  });
});
