import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Second review of session 47's fixes (session 48: test/fixtures-unseen/README.md "Second review of session 47's fixes,
 * session 48"): where a fix answered its one page too narrowly (the same situation written a little differently still
 * invented) or too broadly (an ordinary page lost a fact). Each case narrowed in a scratch variant to its smallest markup.
 */

const page = (body: string, url: string, lang = 'zh-CN', style = '.is-hidden{display:none}') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'zh-CN', style?: string) => readPage(page(body, url, lang, style), new URL(url));

// ---------------------------------------------------------------- withheld values (ed881c9, 779c17c, f77cdaa)

const holderUrl = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=xishan-wenhua.cn';
const holderCard = (name: string) =>
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">持有者信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
  `<tr><th>域名持有者</th><td>${name}</td><th>持有者类型</th><td>个人</td></tr>` +
  '<tr><th>证件类型</th><td>身份证</td><th>证件号码</th><td>5101**********2517</td></tr>' +
  '<tr><th>实名认证状态</th><td>已实名认证</td><th>所在地区</th><td>四川省 成都市</td></tr>' +
  '</tbody></table></div></div></div>';
const basicCard =
  '<div class="next-card"><div class="next-card-head"><div class="next-card-title">基本信息</div></div><div class="next-card-body"><div class="next-descriptions"><table><tbody>' +
  '<tr><th>注册商</th><td>阿里云计算有限公司（万网）</td><th>到期日期</th><td>2027-08-19 15:02:44</td></tr>' +
  '<tr><th>域名状态</th><td>正常</td><th>资源组</th><td>默认资源组</td></tr></tbody></table></div></div></div>';
const holder = (name: string) => read('<main><h2>xishan-wenhua.cn</h2>' + basicCard + holderCard(name) + '</main>', holderUrl)?.facts.domains?.[0];
const tencentDomainsUrl = 'https://console.cloud.tencent.com/domain/all-domain/all';
const owners = (owner: string) =>
  read(
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>' +
      '<tr><td><a>muxi-design.com</a></td><td>正常</td><td>林木溪</td><td>2027-04-22</td></tr>' +
      `<tr><td><a>muxi.shop</a></td><td>正常</td><td>${owner}</td><td>2026-12-28</td></tr></tbody></table>`,
    tencentDomainsUrl,
  )?.facts.domains?.map((d) => d.registrantName);

describe('a value\'s place saying it is withheld, in other words again (dom/permission-withheld withheldClauses, asksPermission; dom/units)', () => {
  const sentences = [
    '子账号无权限查看',
    '需要主账号授权',
    '无权限查看 申请权限',
    '仅主账号及授权子账号可见',
    '内容已隐藏，无权限查看',
    'No access',
    'Permission denied: ram:ListUsers',
    'You are not authorized to perform this operation',
    'The current user does not have permission',
    'You are not authorized to view this information. Please contact the account owner.',
    'No permission. Apply for permission',
    'This information is hidden',
    'Hidden due to insufficient permissions',
    'You have no permission to view',
    'Requires authorization',
    'You lack permission to view this information',
    'Your account is not authorized to view this information',
  ];
  it('the Alibaba holder page\'s 域名持有者 so drawn gives no registrantName (each read as the name before)', () => {
    for (const t of sentences) {
      const d = holder(t);
      expect(d?.registrantName, t).toBeUndefined();
      expect(d?.registrantIdType, t).toBe('身份证');
    }
  });
  it('the Tencent domain list\'s owner cell so drawn gives none (each read as the name before)', () => {
    for (const t of sentences) expect(owners(t), t).toEqual(['林木溪', undefined]);
  });
  it('the withheld words with a 申请权限 / Request Permission link, or a lock glyph in its own element, give no name (申请权限, 🔒 before)', () => {
    for (const t of ['无权限查看 <a>申请权限</a>', '<span>🔒</span> 无权限查看 <a href="#">申请权限</a>', '<i class="lock"></i> No permission to view <a>Request Permission</a>', '<span>🔒</span><span>No permission</span>']) {
      expect(holder(t)?.registrantName, t).toBeUndefined();
      expect(owners(t), t).toEqual(['林木溪', undefined]);
    }
  });
  it('guard: names holding such words are read whole', () => {
    for (const n of ['杭州权限科技有限公司', '无权限文化工作室', 'No Access Key Ltd', 'Access Denied Records Ltd', 'Request Access Ltd', 'Contact Us Ltd', 'Hidden Gem Studio Ltd.', '联系我们科技有限公司']) {
      expect(holder(n)?.registrantName, n).toBe(n);
    }
  });
});

// ---------------------------------------------------------------- a failed card beside loaded fields (05b93d6)

describe('a card failing with AccessDenied beside a holder card drawn as a table of key/value cells (dom/page-state tablePairs, noColumnHeaders)', () => {
  const card = (title: string, inner: string) => `<div class="next-card"><div class="next-card-head"><div class="next-card-title">${title}</div></div><div class="next-card-body">${inner}</div></div>`;
  const rows: Array<[string, string]> = [['域名持有者', '李青禾'], ['持有者类型', '个人'], ['证件类型', '身份证'], ['到期日期', '2027-08-19']];
  const denied = card(
    '实名认证资料',
    '<div class="next-message next-message-error" role="alert"><div class="next-message-title">无权限</div><div class="next-message-content">您没有权限访问该资源（AccessDenied）。</div></div>',
  );
  const shapes: Record<string, string> = {
    'td key, td value': card('持有者信息', `<table><tbody>${rows.map(([k, v]) => `<tr><td class="x1">${k}</td><td class="x2">${v}</td></tr>`).join('')}</tbody></table>`),
    'two td pairs a row': card('持有者信息', '<table><tbody><tr><td>域名持有者</td><td>李青禾</td><td>持有者类型</td><td>个人</td></tr><tr><td>证件类型</td><td>身份证</td><td>到期日期</td><td>2027-08-19</td></tr></tbody></table>'),
    'th / td under a one-cell title row': card('持有者信息', `<table><thead><tr><th colspan="2">持有者</th></tr></thead><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`),
  };
  for (const [name, holderTable] of Object.entries(shapes)) {
    it(`${name}: the page is read beside the failed card (null before)`, () => {
      const d = read('<main><h2>xishan-wenhua.cn</h2>' + holderTable + denied + '</main>', holderUrl)?.facts.domains?.[0];
      expect(d).toMatchObject({ registrantName: '李青禾', expiresAt: '2027-08-19' });
    });
    it(`guard (${name}): the AccessDenied alert over the page, outside the cards, is still the page's error`, () => {
      const alert = '<div class="next-message next-message-error" role="alert"><div class="next-message-title">无权限</div><div class="next-message-content">您没有权限访问该资源（AccessDenied）。</div></div>';
      expect(read('<main><h2>xishan-wenhua.cn</h2>' + alert + '<div class="cards">' + holderTable + '</div></main>', holderUrl)).toBeNull();
    });
  }
});
