import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { AUTHCODE_COLUMNS } from '../../src/readers/tencent/beian-authcode';
import { tencentPage } from '../../src/readers/tencent/common';
import { authorizationCodeInText } from '../../src/readers/tencent/values';

/**
 * Faults found by the thirteenth round of held-out pages (Tencent Cloud, test/fixtures-unseen/README.md), each
 * narrowed down to the smallest markup that showed it.
 */

const doc = (body: string, url = 'https://console.cloud.tencent.com/') => htmlToDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, url);
const read = (body: string, url: string) => readPage(doc(body, url), new URL(url))?.facts;

describe('codes grouped in a <tbody> per server under a spanning title row (tencent/beian-authcode.ts groupRowResources, dom/table.ts isGroupTitleCell)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const title = (cell: 'th' | 'td', text: string) => (cell === 'th' ? `<tr><th colspan="4" scope="rowgroup">${text}</th></tr>` : `<tr><td colspan="4">${text}</td></tr>`);
  const page = (cell: 'th' | 'td') =>
    '<table><thead><tr><th>备案授权码</th><th>状态</th><th>授权使用账户</th><th>操作</th></tr></thead>' +
    `<tbody>${title(cell, '<span>云服务器</span> <a>ins-bj6n8m0q</a> <span>北京 | 49.232.10.5</span> <span>已生成 2 / 5</span>')}` +
    '<tr><td>BA7K9M1N3P5Q7R9S</td><td>未使用</td><td>100031415926</td><td><a>复制</a></td></tr>' +
    '<tr><td>BA2D4F6G8H0J2K4L</td><td>已使用</td><td>100027182818</td><td><a>复制</a></td></tr></tbody>' +
    `<tbody>${title(cell, '<span>轻量应用服务器</span> <a>lhins-gz1a3s5d</a> <span>广州 | 43.138.77.20</span>')}` +
    '<tr><td>BA5Z7X9C1V3B5N7M</td><td>使用中</td><td>100016180339</td><td><a>复制</a></td></tr></tbody></table>';
  const expected = [
    { id: 'ins-bj6n8m0q', provider: 'tencent', product: 'cvm', region: 'ap-beijing', authorizationCodes: [
      { code: 'BA7K9M1N3P5Q7R9S', targetAccount: '100031415926', status: 'unused' },
      { code: 'BA2D4F6G8H0J2K4L', targetAccount: '100027182818', status: 'used' },
    ] },
    { id: 'lhins-gz1a3s5d', provider: 'tencent', product: 'lighthouse', region: 'ap-guangzhou', authorizationCodes: [
      { code: 'BA5Z7X9C1V3B5N7M', targetAccount: '100016180339', status: 'in-use' },
    ] },
  ];

  it('gives each code the server its group row names (title in a <td colspan>)', () => {
    expect(read(page('td'), url)?.servers).toEqual(expected);
  });

  it('a <th colspan scope="rowgroup"> title saying 云服务器 is no column header: the codes are read the same', () => {
    const grid = tencentPage(doc(page('th'), url))!.grid(AUTHCODE_COLUMNS);
    expect(grid?.columns).not.toContain('resource');
    expect(read(page('th'), url)?.servers).toEqual(expected);
  });

  // (guard: a group row collapsed with its rows hidden gives nothing; a title naming two servers gives none)
  it('gives nothing for rows under a title naming two servers', () => {
    const html = page('td').replace('<a>ins-bj6n8m0q</a>', '<a>ins-bj6n8m0q</a> <a>ins-sh0p9o8i</a>');
    expect(read(html, url)?.servers?.map((s) => s.id)).toEqual(['lhins-gz1a3s5d']);
  });
});

describe('a code drawn in groups of four (spans with ::after separators, or spaces) is one code (tencent/values.ts authorizationCodeInText)', () => {
  it('joins the groups', () => {
    expect(authorizationCodeInText('BA7K 9M1N 3P5Q 7R9S')).toBe('BA7K9M1N3P5Q7R9S');
    expect(authorizationCodeInText('BA7K9M1N3P5Q7R9S 未使用')).toBe('BA7K9M1N3P5Q7R9S');
    // (guard: two groups are too short for a code; words are no code)
    expect(authorizationCodeInText('BA7K 9M1N')).toBeUndefined();
    expect(authorizationCodeInText('ABCD EFGH IJKL')).toBeUndefined();
  });

  it('reads a code whose groups are spans with a CSS separator after each', () => {
    const url = 'https://console.cloud.tencent.com/beian/authcode';
    const code = (c: string) => `<span class="groups">${c.match(/.{4}/g)!.map((g) => `<span class="g">${g}</span>`).join('')}</span>`;
    const html =
      '<style>.g:not(:last-child)::after { content: " "; }</style>' +
      '<table><thead><tr><th>备案授权码</th><th>关联的云服务</th><th>状态</th><th>授权使用账户</th></tr></thead><tbody>' +
      `<tr><td>${code('BA7K9M1N3P5Q7R9S')}</td><td>云服务器 ins-bj6n8m0q 北京</td><td>未使用</td><td>100031415926</td></tr></tbody></table>`;
    expect(read(html, url)?.servers?.[0]?.authorizationCodes).toEqual([{ code: 'BA7K9M1N3P5Q7R9S', targetAccount: '100031415926', status: 'unused' }]);
  });
});

describe('a <dt> with several <dd>s gives every shown status (dom/field.ts descriptionsOf, tencent/domain-info.ts)', () => {
  const url = 'https://console.cloud.tencent.com/domain/info/lanting-books.com';
  const page = (status: string) =>
    `<dl><dt>域名</dt><dd>lanting-books.com</dd><dt>到期时间</dt><dd>2027-07-02 23:59:59</dd><dt>域名状态</dt>${status}` +
    '<dt>域名所有者</dt><dd>周兰亭</dd><dd class="tea-text-weak">Zhou Lanting</dd><dt>证件类型</dt><dd>身份证</dd></dl>';

  it('reads each <dd> of the term', () => {
    const d = read(page('<dd>正常</dd><dd>clientTransferProhibited <i class="tea-icon tea-icon-help"></i></dd>'), url)?.domains?.[0];
    expect(d?.status).toEqual(['正常', 'clientTransferProhibited']);
    // (the owner's second <dd>, a romanization, is not part of the name)
    expect(d?.registrantName).toBe('周兰亭');
  });

  it('leaves out a hidden <dd>', () => {
    expect(read(page('<dd>正常</dd><dd hidden>serverHold</dd>'), url)?.domains?.[0]?.status).toEqual(['正常']);
  });
});

describe('English transfer and registration states are domain statuses, also as tags (rules/labels/tencent.json values.domainStatuses)', () => {
  it('reads "Transferring In" from a status list', () => {
    const url = 'https://console.tencentcloud.com/domain/all-domain/all';
    const html =
      '<table><thead><tr><th>Domain</th><th>Status</th><th>Domain Owner</th><th>Expiration Time</th></tr></thead><tbody>' +
      '<tr><td>maple-harbor.com</td><td><ul class="domain-status"><li>Normal</li></ul></td><td>李枫</td><td>2027-05-20</td></tr>' +
      '<tr><td>fernlight.net</td><td><ul class="domain-status"><li>Transferring In</li></ul></td><td>--</td><td>--</td></tr></tbody></table>';
    expect(read(html, url)?.domains?.map((d) => d.status)).toEqual([['Normal'], ['Transferring In']]);
  });
});
