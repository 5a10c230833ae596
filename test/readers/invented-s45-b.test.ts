import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Values session 45's review of round fixes left invented (test/fixtures-unseen/README.md "Second review of session 44's
 * round fixes, session 45", its "Still open"; written up in "Invented values left by session 45's reviews (b)"): small
 * console pages through `readPage`. Each case failed before its fix; the guards hold both ways.
 */

const page = (body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(page(body, url), new URL(url));
const teaItem = (l: string, v: string) => `<div class="tea-form__item"><div class="tea-form__label">${l}</div><div class="tea-form__controls">${v}</div></div>`;

describe('a card titled for a free certificate offered for the domain (免费域名证书) is no domain certificate (dom/titled-box.ts underTitleNaming, notOwnUnder)', () => {
  const aliyunUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=qingshan-r45.cn';
  const tencentUrl = 'https://console.cloud.tencent.com/domain/info/lanshan-r45.com';
  const aliyun = (title: string) =>
    '<h1 class="page-title">qingshan-r45.cn</h1><div class="next-card"><div class="next-card-title">基本信息</div><table><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr></tbody></table></div>' +
    `<div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody><tr><th>证书持有者</th><td>杭州某某网络科技有限公司</td></tr><tr><th>绑定域名</th><td>www.qingshan-r45.cn</td></tr><tr><th>到期日期</th><td>2026-12-31</td></tr></tbody></table></div>`;
  const tencent = (title: string) =>
    '<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">基本信息</h3><div class="tea-form">' + teaItem('域名', 'lanshan-r45.com') + teaItem('域名所有者', '成都蓝山文创设计有限公司') + '</div></div>' +
    `<div class="tea-card"><h3 class="tea-card__title">${title}</h3><div class="tea-form">` + teaItem('证书品牌', 'DigiCert') + teaItem('到期时间', '2026-12-31') + teaItem('注册商', 'DigiCert Inc') + '</div></div>';

  it('a card titled 免费域名证书 / 域名证书（免费） / 赠送域名证书 / Free Domain Certificate gave its 到期日期 (Tencent: its issuer as the registrar) as the domain\'s (invented, both providers)', () => {
    for (const title of ['免费域名证书', '域名证书（免费）', '赠送域名证书', 'Free Domain Certificate']) {
      expect(read(aliyun(title), aliyunUrl)?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司' }]);
      expect(read(tencent(title), tencentUrl)?.facts.domains, title).toEqual([{ domain: 'lanshan-r45.com', registrantName: '成都蓝山文创设计有限公司' }]);
    }
  });

  it('guard: the domain\'s own certificate sheet (域名证书, 域名注册证书 Domain Name Certificate, 域名证书预览; Tencent 域名证书) is still read', () => {
    for (const title of ['域名证书', '域名注册证书 Domain Name Certificate', '域名证书预览', 'Domain Name Certificate']) {
      const body = `<h1 class="page-title">qingshan-r45.cn</h1><div class="cert-sheet"><div class="cert-title">${title}</div><table class="cert-table"><tbody><tr><th>域名</th><td>qingshan-r45.cn</td></tr><tr><th>域名持有者</th><td>杭州青山印务有限公司</td></tr><tr><th>到期日期</th><td>2028年04月11日</td></tr></tbody></table></div>`;
      expect(read(body, aliyunUrl)?.facts.domains, title).toEqual([{ domain: 'qingshan-r45.cn', registrantName: '杭州青山印务有限公司', expiresAt: '2028-04-11' }]);
    }
    const tencentSheet = '<h2 class="tea-h2">lanshan-r45.com</h2><div class="tea-card"><h3 class="tea-card__title">域名证书</h3><div class="tea-form">' + teaItem('域名', 'lanshan-r45.com') + teaItem('域名所有者', '成都蓝山文创设计有限公司') + teaItem('到期时间', '2029-08-19') + '</div></div>';
    expect(read(tencentSheet, tencentUrl)?.facts.domains).toEqual([{ domain: 'lanshan-r45.com', registrantName: '成都蓝山文创设计有限公司', expiresAt: '2029-08-19' }]);
  });
});
