import { describe, expect, it } from 'vitest';
import { read } from '../helpers/console-pages';

/** The lead's fixes of session 43 (test/fixtures-unseen/README.md, "Lead's review, session 43"). */

describe("a title inside a dialog or popover beside a field titles that layer only (dom/titled-box titleOver)", () => {
  const url = 'https://swas.console.aliyun.com/#/server/5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b/cn-hangzhou/dashboard';
  const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const swas = (layer: string) =>
    `<div class="server-header"><h2>wp-lanxi-01</h2></div><div class="next-card"><div class="next-card-head">服务器信息</div><div class="next-card-body">` +
    item('实例ID', '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b') + item('地域', '华东1（杭州）') +
    item('峰值带宽', `<span>10 Mbps</span>${layer}`) + item('到期时间', '2027-05-20 23:59:59') + '</div></div>';
  it.each([
    '<div class="next-balloon coach" role="dialog" aria-label="新手引导"><div class="coach-title">新手引导 · 峰值带宽</div><div>这里显示带宽。</div></div>',
    '<div class="next-balloon" role="alertdialog"><div class="next-balloon-title">流量包说明</div><div>每月流量包 2048 GB。</div></div>',
    '<dialog open class="pop"><h4>流量包说明</h4><div>每月流量包 2048 GB。</div></dialog>',
  ])("a layer's title (%s) inside the bandwidth field does not title the 到期时間 after it (gave no expiry: missing; round 39's page without its sheet)", (layer) => {
    expect(read(swas(layer), url)?.facts.servers?.[0]?.expiresAt).toBe('2027-05-20');
  });
  it('(guard) a 流量包 title inside the same dialog as the 到期时间 still makes it the package\'s', () => {
    const page = swas('') + '<div role="dialog" class="next-dialog"><div class="next-dialog-header">流量包详情</div><div class="next-dialog-body">' + item('到期时间', '2026-12-31 23:59:59') + '</div></div>';
    expect(read(page, url)?.facts.servers?.[0]?.expiresAt).toBe('2027-05-20');
  });
  it('(guard) a 流量包 card title in the page (no layer) still titles the box after it', () => {
    const page = `<div class="server-header"><h2>wp-lanxi-01</h2></div><div class="next-card"><div class="next-card-head">流量包</div><div class="next-card-body">` +
      item('实例ID', '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b') + item('到期时间', '2026-12-31 23:59:59') + '</div></div>';
    expect(read(page, url)?.facts.servers?.[0]?.expiresAt).toBeUndefined();
  });
});

describe("a bold first line inside the page header titles no box (merge of s43-left's boldFirstLine with s43-reva's page-header rule)", () => {
  const url = 'https://swas.console.aliyun.com/#/server/5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b/cn-hangzhou/dashboard';
  const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  it('a server named 推荐系统-prod in bold in an antd page header keeps its expiry (the bold name, a notUnder word, titled the fields: missing)', () => {
    const page =
      '<div class="ant-page-header"><div class="ant-page-header-heading"><span class="ant-page-header-heading-title"><b>推荐系统-prod</b></span><span class="ant-tag">运行中</span></div></div>' +
      '<div class="fields">' + item('实例ID', '5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b') + item('地域', '华东1（杭州）') + item('到期时间', '2027-05-20 23:59:59') + '</div>';
    expect(read(page, url)?.facts.servers?.[0]?.expiresAt).toBe('2027-05-20');
  });
});

describe('an ID number field showing words only holds no number (shared/text-values maskedIdNumber)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=shuyuan-lead.cn';
  const item = (l: string, v: string) => `<div class="next-form-item"><label class="next-form-item-label">${l}</label><div class="next-form-item-control">${v}</div></div>`;
  const holder = (idValue: string) =>
    '<div class="next-card"><div class="next-card-title">基本信息</div><div class="next-card-content">' + item('域名', 'shuyuan-lead.cn') + item('到期日期', '2027-08-09 14:02:51') + '</div></div>' +
    '<div class="next-card"><div class="next-card-title">域名持有者信息</div><div class="next-card-content">' +
    item('域名持有者', '杭州书远文化传媒有限公司') + item('证件类型', '营业执照') + item('证件号码', idValue) + '</div></div>';
  it.each(['推荐', '企业认证', '仅持有者可见'])('证件号码 "%s" gives no number (gave "*": invented — round 43\'s holder page under actions-and-tags-in-values)', (v) => {
    const d = read(holder(v), url)?.facts.domains?.[0];
    expect(d?.registrantName).toBe('杭州书远文化传媒有限公司');
    expect(d).not.toHaveProperty('registrantIdNumber');
  });
  it.each([
    ['9133**********123X', '9133**********123X'],
    ['91330106MA2H123456', '9133**********3456'],
  ])('(guard) 证件号码 "%s" is still read, masked', (v, want) => {
    expect(read(holder(v), url)?.facts.domains?.[0]?.registrantIdNumber).toBe(want);
  });
});
