import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Metamorphic properties of the ECS list reader: the facts of a page do not change when its columns
 * are reordered, its wrappers renamed or nested deeper, or text the user cannot see is added
 * (hidden spans, tooltips, hidden rows, closed menus).
 */

const URL_ = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const COLUMNS = ['实例ID/名称', '可用区', 'IP地址', '状态', '配置', '付费方式', '操作'] as const;

interface Row {
  id: string;
  zone: string;
  ip: string;
  config: string;
  billing: string;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{20}$/).map((s) => `i-${s}`),
  zone: fc.constantFrom('杭州 可用区I', '香港 可用区B', 'Singapore Zone A', '北京 可用区H', '-'),
  ip: fc.constantFrom('121.40.1.2(公) 172.16.0.1(私有)', '47.98.1.2(弹性) 172.16.0.2(私有)', '172.16.0.3(私有)', '8.8.4.4 (Public)', ''),
  config: fc.constantFrom('2 vCPU 4 GiB ecs.c6.large 5Mbps (峰值)', '1 vCPU 2 GiB 0Mbps', '4 vCPU 8 GiB', '2 vCPU 4 GiB 100 Mbps'),
  billing: fc.constantFrom('包年包月 2027-02-28 23:59 到期', '按量付费 2025-01-01 10:00 创建', '抢占式实例', 'Subscription Expires at Feb 28, 2027, 23:59', '包年包月'),
});

const DECOYS = [
  '<span style="display:none">按量付费 i-hiddenhiddenhidden01 2030-01-01 到期 100 Mbps 新加坡</span>',
  '<span aria-hidden="true">Pay-As-You-Go 999 Mbps</span>',
  '<i role="tooltip">包年包月 2031-12-31 到期 中国香港</i>',
  '<span hidden>Spot i-decoydecoydecoy00001 47.1.1.1(弹性)</span>',
  '<span class="gone">实例ID/名称 付费方式 1 Gbps 华北2（北京）</span>',
];

function cellHtml(col: (typeof COLUMNS)[number], r: Row, decoy: string): string {
  const text = { '实例ID/名称': `<a>${r.id}</a><div>name-${r.id.slice(2, 6)}</div>`, 可用区: r.zone, IP地址: r.ip, 状态: '运行中', 配置: r.config, 付费方式: r.billing, 操作: '<a>管理</a>' }[col];
  return `<td><div class="c${decoy.length % 7}">${text}${decoy}</div></td>`;
}

function page(rows: Row[], order: number[], wrappers: string[], decoys: string[] | null): string {
  const d = (i: number) => (decoys ? (decoys[i % decoys.length] ?? '') : '');
  const head = order.map((c, i) => `<th><div>${COLUMNS[c]}${d(i + 3)}</div></th>`).join('');
  const body = rows
    .map((r, ri) => {
      const tr = `<tr>${order.map((c, ci) => cellHtml(COLUMNS[c] ?? '操作', r, d(ri * 7 + ci))).join('')}</tr>`;
      const hiddenRow = decoys ? `<tr style="display:none">${order.map((c) => cellHtml(COLUMNS[c] ?? '操作', { ...r, id: 'i-zzzzhiddenrow000001', billing: '按量付费' }, '')).join('')}</tr>` : '';
      return tr + hiddenRow;
    })
    .join('');
  const open = wrappers.map((w) => `<div class="${w}">`).join('');
  const close = wrappers.map(() => '</div>').join('');
  const menu = decoys ? '<ul role="menu" id="mm"><li>按量付费</li><li>实例ID/名称</li></ul><button aria-controls="mm" aria-expanded="false">更多</button>' : '';
  return `<!doctype html><html><head><style>.gone{display:none}</style></head><body>${open}<h1>实例</h1><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${menu}${close}</body></html>`;
}

function read(html: string) {
  return readPage(htmlToDocument(html, URL_), new URL(URL_));
}

describe('ECS list facts are invariant (property)', () => {
  it('under column order, wrappers and hidden text', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { minLength: 1, maxLength: 4, selector: (r) => r.id }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7, maxLength: 7 }),
        fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 5 }),
        fc.array(fc.constantFrom(...DECOYS), { minLength: 1, maxLength: 5 }),
        (rows, order, wrappers, decoys) => {
          const baseline = read(page(rows, [0, 1, 2, 3, 4, 5, 6], [], null));
          const changed = read(page(rows, order, wrappers, decoys));
          expect(changed).toEqual(baseline);
          expect(baseline?.facts.servers?.map((s) => s.id)).toEqual(rows.map((r) => r.id));
        },
      ),
      { numRuns: 40 },
    );
  });
});
