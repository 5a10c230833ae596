import { describe, expect, it } from 'vitest';
import { readFieldText } from '../../src/readers/dom/field';
import { createVisibilityCache } from '../../src/readers/dom/visibility';
import { filingInput, filingSelect, page, read } from '../helpers/console-pages';

/**
 * Found by running every markup mutation over the held-out pages once more (session 39; the pairs are listed in
 * test/fixtures-unseen/README.md "Mutations over the held-out pages (session 38)"). Each case failed before its fix.
 */

describe('a tag beside a label inside the label\'s own box is the label\'s badge, no value: the value is in the box after (dom/field.ts)', () => {
  // The Alibaba filing form's entity step, each label column holding the label and a badge (推荐, 新): the value is the
  // control column's input or select. The badge was read as the entity's name and id type.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=entity';
  const item = (label: string, badge: string, control: string) =>
    `<div class="next-form-item next-row"><div class="next-form-item-label next-col"><label required="">${label}</label>${badge}</div><div class="next-form-item-control next-col">${control}</div></div>`;
  const badges = ['', '<span class="next-tag next-tag-green">推荐</span>', '<a href="#">续费</a><span class="next-badge">新</span>'];
  const form = (badge: string) =>
    `<h3>主办单位信息</h3><form class="next-form">${item('主办单位性质', badge, filingSelect('企业'))}${item('主办单位证件类型', badge, filingSelect('营业执照'))}` +
    `${item('主办单位证件号码', badge, filingInput('9133**********567K'))}${item('主办单位名称', badge, filingInput('杭州青禾文化传媒有限公司'))}</form>`;

  it('the entity is read with a badge beside each label (before: 推荐 as its name and id type)', () => {
    for (const badge of badges) {
      const entity = read(form(badge), url)?.facts.entity;
      expect([entity?.name, entity?.idType, entity?.idNumber], badge).toEqual(['杭州青禾文化传媒有限公司', '营业执照', '9133**********567K']);
    }
  });

  it('a status after a label and its colon in the label\'s box is still that field\'s value', () => {
    // ("域名状态：<tag>正常</tag>" in a label box: the colon says a value follows; with no box after it, the tag is it)
    const cache = createVisibilityCache();
    const doc = page('<div class="row"><div class="item-label"><span>域名状态：</span><span class="next-tag">正常</span></div></div><div class="row"><div class="item-label"><span>注册商：</span><span>HiChina</span></div></div>', 'https://dc.console.aliyun.com/');
    expect(readFieldText(doc.body, ['域名状态'], cache)).toBe('正常');
  });
});

describe('a value withheld from this user shows no value, a tag beside the withheld words neither (dom/units.ts valueText)', () => {
  // A Tencent domain list seen by a CAM sub-user: the owner cell says 无权限查看 (withheld) and carries a tag
  // (推荐, a template's badge). The tag was read as the domain's registrant, since a value of no data falls back
  // to its status (实名认证状态：<tag>已实名认证</tag>).
  const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const row = (domain: string, owner: string) =>
    `<tr><td><a href="/domain/info/${domain}">${domain}</a></td><td><span class="tea-tag tea-tag--success">正常</span></td><td><span>已实名认证</span></td><td>${owner}</td><td>2027-03-02 23:59:59</td><td><button class="tea-btn tea-btn--link">续费</button></td></tr>`;
  const list = (owner: string) =>
    '<h2>我的域名</h2><table class="tea-table"><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
    row('qingshan-tea.com', owner) + '</tbody></table>';
  const withheld = '<span class="tea-text-weak" title="您没有查看域名所有者的权限"><i class="tea-icon tea-icon-lock"></i>无权限查看</span>';

  it('no registrant from a tag beside 无权限查看 (before: 推荐 as the registrant)', () => {
    for (const tag of ['', '<span class="tea-tag tea-tag--success">推荐</span>']) {
      const domain = read(list(`<div>${withheld}</div>${tag}`), url)?.facts.domains?.[0];
      expect([domain?.domain, domain?.registrantName], tag).toEqual(['qingshan-tea.com', undefined]);
    }
  });

  it('an owner shown is read, a tag beside it or not', () => {
    const domain = read(list('<div>杭州青山茶业有限公司</div><span class="tea-tag">企业</span>'), url)?.facts.domains?.[0];
    expect(domain?.registrantName).toBe('杭州青山茶业有限公司');
  });
});
