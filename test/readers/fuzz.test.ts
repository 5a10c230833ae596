import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { PageFactsSchema } from '../../src/facts/schema';
import { readers, readPage } from '../../src/readers';
import { loadReaderFixtures } from '../helpers/fixtures';

/** Readers must not throw on any page, and whatever they return must be valid page facts. */

const URLS = [
  'https://ecs.console.aliyun.com/server/region/cn-hangzhou',
  'https://ecs.console.alibabacloud.com/#/server/i-t4n3abcdefghijklmnop/detail?regionId=ap-southeast-1',
  'https://swas.console.aliyun.com/#/server/2ad1ae67295445f598017499dc8f1b2c/cn-hangzhou/dashboard',
  'https://dc.console.aliyun.com/#/domain/list/all-domain',
  'https://beian.aliyun.com/',
];

function checkAll(html: string): void {
  for (const url of URLS) {
    const doc = htmlToDocument(html, url);
    const u = new URL(url);
    for (const reader of readers) {
      let facts: unknown;
      expect(() => {
        facts = reader.read(doc, u);
      }, reader.id).not.toThrow();
      if (facts !== null) {
        const parsed = PageFactsSchema.safeParse(facts);
        expect(parsed.success, `${reader.id}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
      }
    }
    expect(() => readPage(doc, u)).not.toThrow();
  }
}

const WORDS = [
  '实例ID/名称', 'Instance ID/Name', '付费方式', 'Billing Method', '包年包月', 'Subscription', '按量付费', 'Pay-As-You-Go', '抢占式实例',
  '到期时间', 'Expiration Time', '2027-02-28 23:59:59', '2027年2月30日 到期', 'Feb 28, 2027, 23:59:59', '到期', '创建', 'Expires',
  'IP地址', 'IP Address', '121.40.12.34(公)', '172.16.0.1(私有)', '47.98.1.2 (EIP)', '999.1.1.1', '配置', '5Mbps', '0 Mbps', '1 Gbps', '-',
  '可用区', 'Zone', '杭州 可用区I', 'Hangzhou Zone I', '华东1（杭州）', '中国香港', 'Singapore', 'cn-hangzhou', 'xx-nowhere-9',
  'i-bp1a2b3c4d5e6f7g8h9i', '2ad1ae67295445f598017499dc8f1b2c', '实例ID', '地域', 'Region', '公网IP', '公网带宽', '峰值带宽', '套餐',
  '状态', '运行中', '加载中...', '域名', '注册人', '证件号码', '4101**********1234', '已实名认证', ' ', '\u00a0', '：', '*', '',
];
const TAGS = ['div', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'label', 'input', 'select', 'option', 'dl', 'dt', 'dd', 'ul', 'li', 'button', 'a', 'p', 'br', 'section', 'details', 'dialog', 'template', 'i'];
const ATTRS = [
  'hidden', 'aria-hidden="true"', 'style="display:none"', 'style="visibility:hidden"', 'style="opacity:0"', 'role="columnheader"', 'role="row"',
  'role="gridcell"', 'role="grid"', 'role="tooltip"', 'role="dialog"', 'role="menu" id="m"', 'aria-controls="m" aria-expanded="false"', 'colspan="3"',
  'colspan="-1"', 'colspan="99999"', 'rowspan="2"', 'rowspan="0"', 'aria-colindex="2"', 'aria-colindex="x"', 'for="f"', 'id="f"', 'aria-labelledby="f"',
  'aria-label="付费方式"', 'value="2027-02-28"', 'checked', 'type="radio"', 'type="hidden"', 'popover', 'open', 'aria-busy="true"', 'data-state="closed"',
];

const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS),
    fc.string({ maxLength: 12 }),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag} ${attrs.join(' ')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;

describe('readers never throw (property)', () => {
  it('random markup built from console words and attributes', () => {
    fc.assert(
      fc.property(fc.array(htmlNode, { minLength: 1, maxLength: 6 }), (nodes) => checkAll(`<!doctype html><html><body>${nodes.join('')}</body></html>`)),
      { numRuns: 60 },
    );
  });

  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => checkAll(s)), { numRuns: 30 });
  });

  const fixtures = loadReaderFixtures();
  it('truncated fixtures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.max(0, fixtures.length - 1) }), fc.double({ min: 0, max: 1, noNaN: true }), (i, cut) => {
        const f = fixtures[i];
        if (!f) return;
        checkAll(f.html.slice(0, Math.floor(f.html.length * cut)));
      }),
      { numRuns: 40 },
    );
  });
});
