import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Metamorphic properties of the domain list reader: the facts do not change when columns are
 * reordered, wrappers renamed or nested, or text the user cannot see is added; and they match
 * what the rows show.
 */

const URL_ = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
const COLUMNS = ['域名', '域名状态', '实名认证', '到期日期', '操作'] as const;

interface Row {
  domain: string;
  status: string;
  realName: string;
  expiry: string;
}

const REAL_NAME: Record<string, boolean | undefined> = { 已实名认证: true, 未实名认证: false, 实名认证失败: false, 审核中: undefined, Verified: true, Unverified: false };

const rowArb: fc.Arbitrary<Row> = fc.record({
  domain: fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{2,10}[a-z0-9]$/), fc.constantFrom('com', 'cn', 'net', 'top', 'com.cn', '中国')).map(([a, b]) => `${a}.${b}`),
  status: fc.constantFrom('正常', '急需续费', '急需赎回', '赎回期', 'serverHold', 'clientHold', 'Normal', 'Renew Urgently'),
  realName: fc.constantFrom(...Object.keys(REAL_NAME)),
  expiry: fc.constantFrom('2027-03-15', '2026-12-01 23:59:59', '2027年2月28日', 'Mar 15, 2027'),
});

const EXPIRY: Record<string, string> = { '2027-03-15': '2027-03-15', '2026-12-01 23:59:59': '2026-12-01', '2027年2月28日': '2027-02-28', 'Mar 15, 2027': '2027-03-15' };

const DECOYS = [
  '<span style="display:none">serverHold 已实名认证 decoy-hidden.com 2030-01-01</span>',
  '<span aria-hidden="true">未实名认证</span>',
  '<i role="tooltip">急需赎回 2031-12-31</i>',
  '<span hidden>clientHold</span>',
  '<span class="g0ne--decoy-hidden">域名状态 实名认证 gone-decoy.net</span>',
];

function cell(col: (typeof COLUMNS)[number], r: Row, decoy: string): string {
  const text = { 域名: `<a>${r.domain}</a>`, 域名状态: `<span>${r.status}</span>`, 实名认证: `<span>${r.realName}</span>`, 到期日期: r.expiry, 操作: '<a>续费</a> <a>管理</a>' }[col];
  return `<td><div class="w${decoy.length % 5}">${text}${decoy}</div></td>`;
}

function page(rows: Row[], order: number[], wrappers: string[], decoys: boolean): string {
  const d = (i: number) => (decoys ? (DECOYS[i % DECOYS.length] ?? '') : '');
  const head = order.map((c, i) => `<th><div>${COLUMNS[c]}${d(i + 2)}</div></th>`).join('');
  const body = rows
    .map((r, ri) => {
      const tr = `<tr>${order.map((c, ci) => cell(COLUMNS[c] ?? '操作', r, d(ri * 5 + ci))).join('')}</tr>`;
      const hidden = decoys ? `<tr style="display:none">${order.map((c) => cell(COLUMNS[c] ?? '操作', { ...r, domain: 'hidden-row.com' }, '')).join('')}</tr>` : '';
      return tr + hidden;
    })
    .join('');
  const open = wrappers.map((w) => `<div class="${w}">`).join('');
  const close = wrappers.map(() => '</div>').join('');
  const menu = decoys ? '<ul role="listbox" id="st"><li>急需赎回</li><li>serverHold</li></ul><button aria-controls="st" aria-expanded="false">全部状态</button>' : '';
  return `<!doctype html><html><head><style>.g0ne--decoy-hidden{display:none}</style></head><body>${open}<h2>域名列表</h2>${menu}<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table><div>共 ${rows.length} 条</div>${close}</body></html>`;
}

function read(html: string) {
  return readPage(htmlToDocument(html, URL_), new URL(URL_));
}

const uniqueRows = fc.uniqueArray(rowArb, { minLength: 1, maxLength: 6, selector: (r) => r.domain });
const orderArb = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });
const wrappersArb = fc.array(fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_-]{0,8}$/), { maxLength: 4 });

describe('domain list reader: metamorphic properties', () => {
  it('reads what each row shows, whatever the column order, wrappers and hidden decoys', () => {
    fc.assert(
      fc.property(uniqueRows, orderArb, wrappersArb, fc.boolean(), (rows, order, wrappers, decoys) => {
        const got = read(page(rows, order, wrappers, decoys));
        expect(got?.reader).toBe('aliyun-domain-list');
        const expected = rows.map((r) => {
          const d: Record<string, unknown> = { domain: r.domain, status: [r.status], expiresAt: EXPIRY[r.expiry] };
          const v = REAL_NAME[r.realName];
          if (v !== undefined) d.realNameVerified = v;
          return d;
        });
        expect(got?.facts).toEqual({ version: 1, domains: expected });
      }),
      // a wrapper class the page's style names help (`tIp`) once made every cell help text (CI, seed -2112527029)
      { numRuns: 25, examples: [[[{ domain: 'a--a.com', status: '正常', realName: '已实名认证', expiry: '2027-03-15' }], [3, 0, 2, 1, 4], ['tIp'], false]] },
    );
  });

  it('a column hidden by the column settings drops only its fact', () => {
    fc.assert(
      fc.property(uniqueRows, fc.constantFrom(1, 2, 3), (rows, hide) => {
        const html = page(rows, [0, 1, 2, 3, 4], [], false).replace(
          new RegExp(`<th><div>${COLUMNS[hide]}</div></th>`),
          `<th style="display:none"><div>${COLUMNS[hide]}</div></th>`,
        );
        const got = read(html);
        const key = ({ 1: 'status', 2: 'realNameVerified', 3: 'expiresAt' } as const)[hide as 1 | 2 | 3];
        for (const d of got?.facts.domains ?? []) expect(d).not.toHaveProperty(key);
        expect(got?.facts.domains?.map((d) => d.domain)).toEqual(rows.map((r) => r.domain));
      }),
      { numRuns: 10 },
    );
  });
});
