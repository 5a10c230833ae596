import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighty-second round of held-out pages (plain pages read both ways — in happy-dom as the command line
 * reads them and in Chromium through the extension's copy: test/fixtures-unseen/README.md "Eighty-second round"), each
 * narrowed to the smallest markup that showed it.
 */

const lighthouseUrl = 'https://console.cloud.tencent.com/lighthouse/instance/detail?rid=4&id=lhins-r4k7m2q9';
const item = (label: string, value: string) =>
  `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label></div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
const lighthouseCard =
  '<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">实例信息</h3></div><div class="tea-card__body">' +
  item('名称/ID', 'wuyue-wordpress<br>lhins-r4k7m2q9') +
  item('地域和可用区', '上海 | 上海二区') +
  item('峰值带宽', '8Mbps') +
  item('计费模式', '包年包月') +
  item('到期时间', '2027-09-14 16:40:27') +
  '</div></div>';
const lighthouse = {
  id: 'lhins-r4k7m2q9',
  provider: 'tencent',
  product: 'lighthouse',
  region: 'ap-shanghai',
  billing: 'subscription',
  expiresAt: '2027-09-14',
  publicBandwidthMbps: 8,
};
const read = (head: string, body: string) =>
  readPage(htmlToDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, lighthouseUrl), new URL(lighthouseUrl));

describe('round eighty-two: a saved page read in happy-dom (the command line)', () => {
  // A scratch variant put the page's CSS-in-JS rules in by an inline script (`for(var i=0;i<rules.length;i++){…}`): the
  // command line read nothing at all. happy-dom's parser took "<rules.length;i++){…}<" for a tag name, swallowing the end
  // tag's "<": the script never ended and the whole body became its text.
  it('reads a page whose inline script ends in a comparison with no space before its end tag', () => {
    const script = '<script>!function(){var n=window.__q||[];for(var i=0;i<n.length;i++)n[i]()}()</script>';
    expect(read(script, lighthouseCard)?.facts.servers).toEqual([lighthouse]);
    // (the same in the body, before the content)
    expect(read('', `<script>if(window.innerWidth<768)document.documentElement.className+="m"</script>${lighthouseCard}`)?.facts.servers).toEqual([lighthouse]);
  });

  it('reads a page whose style ends in a "<" drawn by a rule, and keeps the rules before it', () => {
    // a back link's arrow drawn by CSS, the sheet's last rule; the style's first rule still hides a parked copy
    const style = '<style>.parked{display:none}.back::before{content:"<"}</style>';
    const parked = '<div class="parked">' + lighthouseCard.replace('2027-09-14 16:40:27', '2026-09-14 16:40:27').replace('8Mbps', '1Mbps') + '</div>';
    expect(read(style, parked + lighthouseCard)?.facts.servers).toEqual([lighthouse]);
  });

  it('leaves scripts and styles that end as before as they were (guard)', () => {
    const head = '<script>var a = "</div>"; if (a < b) { f(); }\n</script><style>.parked{display:none}\n</style>';
    const parked = '<div class="parked">' + lighthouseCard.replace('8Mbps', '1Mbps') + '</div>';
    expect(read(head, parked + lighthouseCard)?.facts.servers).toEqual([lighthouse]);
  });
});

describe('round eighty-two: web components hidden until defined, read in happy-dom (the command line)', () => {
  // The usual guard against a flash of content before a web component's script defines it hid every variant's content
  // wrapped in a custom element: no script runs in the command line's window, and happy-dom never matches `:defined`.
  it('reads the content of a custom element a `:not(:defined)` rule hides until its script runs', () => {
    for (const hide of ['display:none', 'visibility:hidden', 'opacity:0']) {
      expect(read(`<style>lh-detail-tabs:not(:defined){${hide}}</style>`, `<lh-detail-tabs>${lighthouseCard}</lh-detail-tabs>`)?.facts.servers, hide).toEqual([lighthouse]);
    }
    // (and one shown by a `:defined` rule: `lh-detail-tabs { display: none } lh-detail-tabs:defined { display: block }`)
    expect(read('<style>lh-detail-tabs{display:none}lh-detail-tabs:defined{display:block}</style>', `<lh-detail-tabs>${lighthouseCard}</lh-detail-tabs>`)?.facts.servers).toEqual([lighthouse]);
  });

  it('keeps what the same sheet hides otherwise hidden (guard)', () => {
    const style = '<style>lh-detail-tabs:not(:defined){display:none}.parked{display:none}</style>';
    const parked = '<div class="parked">' + lighthouseCard.replace('8Mbps', '1Mbps').replace('2027-09-14 16:40:27', '2026-09-14 16:40:27') + '</div>';
    expect(read(style, `<lh-detail-tabs>${parked}${lighthouseCard}</lh-detail-tabs>`)?.facts.servers).toEqual([lighthouse]);
  });
});

describe('round eighty-two: icon-font glyphs written as characters (iconfont.cn "Unicode" use)', () => {
  const glyph = (code: string) => `<i class="iconfont">&#x${code};</i>`;

  // A help glyph after each label of the Tencent filing form's entity card: every label became another word; the entity
  // was lost and a website with an empty name and content was invented.
  it('reads labels followed by a glyph in the Tencent filing form', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261207003185/website';
    const field = (label: string, value: string) =>
      `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label>${glyph('e673')}</div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
    const card = (title: string, items: string) =>
      `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><form class="tea-form">${items}</form></div></div>`;
    const body =
      card(
        '主办者信息',
        field('主办单位所属区域', '四川省 成都市 武侯区') +
          field('主办单位性质', '企业') +
          field('主办单位证件类型', '营业执照（统一社会信用代码）') +
          field('主办单位名称', '成都锦城云帆软件技术有限公司') +
          field('主办单位证件号码', `9151**********3J6D${glyph('e60c')}`),
      ) + card('网站信息', field('网站名称', '锦城云帆') + field('网站域名', 'yunfan-soft.cn') + field('网站服务内容', '企业官网'));
    const facts = readPage(htmlToDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, url), new URL(url))?.facts;
    expect(facts?.entity).toEqual({ type: 'organization', name: '成都锦城云帆软件技术有限公司', idType: '营业执照(统一社会信用代码)', idNumber: '9151**********3J6D', province: '四川省' });
    expect(facts?.websites).toEqual([{ name: '锦城云帆', domains: ['yunfan-soft.cn'], content: '企业官网' }]);
  });

  const domainUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
  const domainList = (owner: string) =>
    '<table class="t-table"><thead><tr><th>域名</th><th>域名状态</th><th>实名认证</th><th>域名所有者</th><th>到期时间</th><th>操作</th></tr></thead><tbody>' +
    `<tr><td><a class="t-link">xingchen-edu.com</a></td><td><span class="t-tag">正常</span></td><td>已实名认证</td><td><div class="t-text-ellipsis">${owner}</div></td><td>2027-04-12</td><td><a class="t-link">管理</a></td></tr>` +
    '</tbody></table>';
  const owners = (owner: string) =>
    readPage(htmlToDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${domainList(owner)}</body></html>`, domainUrl), new URL(domainUrl))?.facts.domains?.map((d) => d.registrantName);

  // A glyph after the domain owner's name: the name was read with the glyph in it (a wrong value).
  it('reads a registrant name followed by a glyph without it', () => {
    expect(owners(`北京星辰启明教育科技有限公司${glyph('e6a3')}`)).toEqual(['北京星辰启明教育科技有限公司']);
  });

  it('keeps a private-use character inside a name, and an icon class element with words (guards)', () => {
    // (a rare character encoded in the private-use area, as some systems write names: part of the name)
    expect(owners('张\ue815三')).toEqual(['张\ue815三']);
    expect(owners('<span class="owner-icon-label">北京星辰启明教育科技有限公司</span>')).toEqual(['北京星辰启明教育科技有限公司']);
  });
});

describe('round eighty-two: a help mark drawn as text beside a label', () => {
  // Narrowing the filing form's glyph variant: with a mark of another class after each label, the mark was read as every
  // field's value — the entity's name and ID type "?" and a website named "?" with content "?" (invented); "❔" lost the page.
  it('reads the Tencent filing form with a ？, ⍰ or ❔ after each label', () => {
    const url = 'https://console.cloud.tencent.com/beian/manage/process/20261207003185/website';
    for (const mark of ['<i class="help-tip">？</i>', '<span>⍰</span>', '<i class="help">❔</i>', '<i class="tip">&#xe673;</i>']) {
      const field = (label: string, value: string) =>
        `<div class="tea-form__item"><div class="tea-form__label"><label>${label}</label>${mark}</div><div class="tea-form__controls"><div class="tea-form-text">${value}</div></div></div>`;
      const card = (title: string, items: string) =>
        `<div class="tea-card"><div class="tea-card__header"><h3 class="tea-card__title">${title}</h3></div><div class="tea-card__body"><form class="tea-form">${items}</form></div></div>`;
      const body =
        card('主办者信息', field('主办单位性质', '企业') + field('主办单位证件类型', '营业执照（统一社会信用代码）') + field('主办单位名称', '成都锦城云帆软件技术有限公司')) +
        card('网站信息', field('网站名称', '锦城云帆') + field('网站域名', 'yunfan-soft.cn') + field('网站服务内容', '企业官网'));
      const facts = readPage(htmlToDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, url), new URL(url))?.facts;
      expect(facts?.entity, mark).toEqual({ type: 'organization', name: '成都锦城云帆软件技术有限公司', idType: '营业执照(统一社会信用代码)' });
      expect(facts?.websites, mark).toEqual([{ name: '锦城云帆', domains: ['yunfan-soft.cn'], content: '企业官网' }]);
    }
  });

  // The same on an ECS detail page: an ⓘ after each label lost the billing, the expiry and the bandwidth (missing).
  it('reads an ECS detail page with an ⓘ after each label', () => {
    const url = 'https://ecs.console.aliyun.com/server/i-bp1k8w3x6z2n9q4t7y5u/detail?regionId=cn-hangzhou';
    const field = (label: string, value: string) =>
      `<div class="next-form-item"><div class="next-form-item-label"><label>${label}</label><span>ⓘ</span></div><div class="next-form-item-control"><div class="next-form-preview">${value}</div></div></div>`;
    const body = `<div class="next-card"><div class="next-card-body">${field('实例ID', 'i-bp1k8w3x6z2n9q4t7y5u')}${field('地域', '华东1（杭州）')}${field('公网带宽', '10Mbps')}${field('付费方式', '包年包月')}${field('到期时间', '2027年6月30日 23:59')}</div></div>`;
    const facts = readPage(htmlToDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, url), new URL(url))?.facts;
    expect(facts?.servers).toEqual([{ id: 'i-bp1k8w3x6z2n9q4t7y5u', provider: 'aliyun', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-06-30', publicBandwidthMbps: 10 }]);
  });
});
