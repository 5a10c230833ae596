import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { untruncated } from '../../src/readers/dom/truncated';
import { createVisibilityCache } from '../../src/readers/dom/visibility';
import { registrantNameOf } from '../../src/readers/shared/text-values';

/**
 * Values found wrongly by the fourth round of held-out pages (test/fixtures-unseen/README.md): a name
 * cut short with the whole in its title, a Chinese name followed by its romanization, Verified At, a
 * 查看状态说明 link in a status value.
 */
describe('a value cut short on the page (untruncated)', () => {
  const doc = htmlToDocument(
    `<div id="a"><span title="杭州茶语文化传播有限公司">杭州茶语文化传播有限…</span></div>
     <div id="b"><span title="杭州茶语文化传播有限公司" style="display:none">x</span><span>杭州茶语文化传播有限…</span></div>
     <div id="c"><span title="另一家公司">杭州茶语文化传播有限...</span></div>
     <div id="d" title="chayu-culture-and-tea-house.com">chayu-culture-and-tea...</div>`,
    'https://console.cloud.tencent.com/domain/all-domain/all',
  );
  const cache = createVisibilityCache();
  const el = (id: string) => doc.getElementById(id) ?? undefined;
  it('takes the whole text from a title that starts with the shown part', () => {
    expect(untruncated(el('a'), '杭州茶语文化传播有限…', cache)).toBe('杭州茶语文化传播有限公司');
    expect(untruncated(el('d'), 'chayu-culture-and-tea...', cache)).toBe('chayu-culture-and-tea-house.com');
  });
  it('keeps the shown text: no ellipsis, a hidden title, a title of something else', () => {
    expect(untruncated(el('a'), '杭州茶语文化传播有限公司', cache)).toBe('杭州茶语文化传播有限公司');
    expect(untruncated(el('b'), '杭州茶语文化传播有限…', cache)).toBe('杭州茶语文化传播有限…');
    expect(untruncated(el('c'), '杭州茶语文化传播有限...', cache)).toBe('杭州茶语文化传播有限...');
    expect(untruncated(undefined, '杭州…', cache)).toBe('杭州…');
  });
});

describe('registrant names', () => {
  it.each([
    ['周林 (Zhou Lin)', '周林'],
    ['陈露（Chen Lu）', '陈露'],
    ['杭州周林空间设计工作室(普通合伙)', '杭州周林空间设计工作室(普通合伙)'],
    ['Meadow Labs (HK) Ltd', 'Meadow Labs (HK) Ltd'],
    ['深圳梅朵实验室有限公司 (Shenzhen Meadow Labs Co., Ltd.)', '深圳梅朵实验室有限公司 (Shenzhen Meadow Labs Co., Ltd.)'],
    ['周林', '周林'],
  ])('%s → %s', (shown, name) => expect(registrantNameOf(shown)).toBe(name));
});

describe('readers', () => {
  it('Tencent domain list: an owner cut short is the whole name its title holds', () => {
    const url = 'https://console.cloud.tencent.com/domain/all-domain/all';
    const doc = htmlToDocument(
      `<div class="tea-table"><table class="tea-table__box"><thead><tr><th>域名</th><th>状态</th><th>域名所有者</th><th>到期时间</th></tr></thead><tbody>
        <tr><td><a>chayu-culture.com</a></td><td>正常</td><td><span class="tea-text-overflow" title="杭州茶语文化传播有限公司">杭州茶语文化传播有限…</span></td><td>2027-03-01 23:59:59</td></tr>
        <tr><td><a>chenlu.com</a></td><td>正常</td><td><span class="tea-text-overflow">陈露 (Chen Lu)</span></td><td>2027-09-12 23:59:59</td></tr>
      </tbody></table></div>`,
      url,
    );
    const domains = readPage(doc, new URL(url))?.facts.domains;
    expect(domains?.map((d) => d.registrantName)).toEqual(['杭州茶语文化传播有限公司', '陈露']);
  });

  it('Tencent domain info (international console): Verified At is the real-name verification date', () => {
    const url = 'https://console.tencentcloud.com/domain/info/zhoulin-studio.com';
    const doc = htmlToDocument(
      `<h2>zhoulin-studio.com</h2><ul>
        <li><span class="item-label">Domain Owner</span><span class="item-value">周林 <span class="tea-text-weak">(Zhou Lin)</span></span></li>
        <li><span class="item-label">Real-name Verification</span><span class="item-value">Verified</span></li>
        <li><span class="item-label">Verified At</span><span class="item-value">2024/03/02 09:30:00</span></li>
        <li><span class="item-label">Expiration Date</span><span class="item-value">Mar 1, 2027</span></li></ul>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.domains?.[0]).toMatchObject({ registrantName: '周林', realNameVerified: true, realNameVerifiedAt: '2024-03-02', expiresAt: '2027-03-01' });
  });

  it('Alibaba domain holder: a 查看状态说明 link beside the status is no status', () => {
    const url = 'https://dc.console.aliyun.com/next/index#/domain/details/info?domain=chenlu-tea.com';
    const doc = htmlToDocument(
      `<h1>chenlu-tea.com</h1>
       <div class="info-row"><span class="info-label">域名状态：</span><span class="info-value">正常 <a class="link">查看状态说明</a></span></div>
       <div class="info-row"><span class="info-label">域名持有者（中文）：</span><span class="info-value">陈露</span></div>
       <div class="info-row"><span class="info-label">证件号码：</span><span class="info-value">41010219********34</span></div>`,
      url,
    );
    expect(readPage(doc, new URL(url))?.facts.domains?.[0]).toMatchObject({ status: ['正常'], registrantName: '陈露', registrantIdNumber: '4101************34' });
  });
});

describe('Alibaba virtual hosts in a card view', () => {
  const url = 'https://netcn.console.aliyun.com/core/host/list2';
  const card = (id: string, region: string, expiry: string) =>
    `<div class="ant-card"><div class="ant-card-head-title">主机</div><div class="ant-card-body"><div class="row"><span class="k">实例ID</span><span class="v">${id}</span></div><div class="row"><span class="k">地域</span><span class="v">${region}</span></div><div class="row"><span class="k">到期时间</span><span class="v">${expiry}</span></div></div></div>`;
  it('reads one host per card, each card with its own fields', () => {
    const doc = htmlToDocument(`<h2>云虚拟主机</h2><div class="cards">${card('bdm556677889', '华东1（杭州）', '2027年3月1日')}${card('bdm223344556', '华北2（北京）', '2026-12-20')}</div>`, url);
    expect(readPage(doc, new URL(url))?.facts.servers).toEqual([
      { id: 'bdm556677889', provider: 'aliyun', product: 'virtual-host', region: 'cn-hangzhou', expiresAt: '2027-03-01' },
      { id: 'bdm223344556', provider: 'aliyun', product: 'virtual-host', region: 'cn-beijing', expiresAt: '2026-12-20' },
    ]);
  });
  it('one card is no list; cards on a page that does not say 虚拟主机 are not read', () => {
    expect(readPage(htmlToDocument(`<h2>云虚拟主机</h2>${card('bdm556677889', '华东1（杭州）', '2027-03-01')}`, url), new URL(url))).toBeNull();
    expect(readPage(htmlToDocument(`<h2>云数据库</h2>${card('bdm556677889', '华东1（杭州）', '2027-03-01')}${card('bdm223344556', '华北2（北京）', '2026-12-20')}`, url), new URL(url))).toBeNull();
  });
});
