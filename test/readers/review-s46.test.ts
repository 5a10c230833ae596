import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { read } from '../helpers/console-pages';

/**
 * Second review of session 46's fixes (session 47: test/fixtures-unseen/README.md "Second review of session 46's fixes,
 * session 47"): where a fix answered its one page too narrowly (the same situation written a little differently still
 * invented) or too broadly (an ordinary page lost a fact). Each case narrowed in a scratch variant to its smallest markup.
 */

const unseen = (dir: string, prefix: string) => {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.html'))!;
  const html = readFileSync(`${dir}/${name}`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${dir}/${name.replace(/\.html$/, '.json')}`, 'utf8')) as { url: string };
  return { html, url, read: (h: string) => readPage(htmlToDocument(h, url), new URL(url)) };
};

// ---------------------------------------------------------------- English billing words (d6ddb4e, de76642)

describe('an Alibaba ECS detail\'s network / internet / EIP billing field is no instance billing (rules/labels/aliyun/ecs.json ecs-detail billing not)', () => {
  const url = 'https://ecs.console.alibabacloud.com/server/i-bp1gapss34000001/detail?regionId=cn-hangzhou';
  const row = (l: string, v: string) => `<div class="next-row"><span class="info-item-label">${l}</span><span class="info-item-content">${v}</span></div>`;
  const detail = (extra: string) => `<h2>Instance Details</h2><div class="info">${row('Instance ID', 'i-bp1gapss34000001')}${row('Region', 'China (Hangzhou)')}${extra}</div>`;
  const cases: Array<[string, string]> = [
    ['Network Billing Method', 'Pay by quantity'],
    ['Internet Charge Type', 'Pay by quantity'],
    ['Internet Billing Method', 'Pay-As-You-Go'],
    ['Public IP billing method', 'Pay-As-You-Go'],
    ['EIP billing method', 'Pay by quantity'],
    ['网络计费方式', '按量付费'],
    ['公网计费方式', '按量付费'],
  ];
  for (const [label, value] of cases) {
    it(`"${label}: ${value}" as the only billing-like field gives no billing (payg before: invented)`, () => {
      expect(read(detail(row(label, value)), url)?.facts.servers?.[0]?.billing).toBeUndefined();
    });
  }
  it('guard: the instance\'s own Billing Method beside it is read', () => {
    expect(read(detail(row('Network Billing Method', 'Pay by quantity') + row('Billing Method', 'Subscription')), url)?.facts.servers?.[0]?.billing).toBe('subscription');
    expect(read(detail(row('Billing Method', 'Pay by quantity')), url)?.facts.servers?.[0]?.billing).toBe('payg');
  });
});

// ---------------------------------------------------------------- Tencent holder action words (f42c1b9)

describe('an action link beside a Tencent domain holder\'s name, its class hashed, in other words (rules/labels/tencent.json actions)', () => {
  const page = unseen('test/fixtures-unseen/tencent/domain-info', 'en-intl-half-translated');
  const link = '<a class="tea-btn--link">Change holder</a>';
  for (const words of ['Change owner', 'Modify owner', 'Edit holder', 'Update holder', 'Change registrant', '修改所有者', '变更所有者', '过户', '修改', 'Modify']) {
    it(`"成都合川设计工作室 <a class=hash>${words}</a>" gives the name alone (the words were glued to it: invented)`, () => {
      const html = page.html.replace(link, `<a class="x9f3k2">${words}</a>`);
      expect(html).not.toBe(page.html);
      expect(page.read(html)?.facts.domains?.[0]?.registrantName).toBe('成都合川设计工作室');
    });
  }
  it('guard: a holder whose name holds such words is read whole', () => {
    expect(page.read(page.html.replace(`成都合川设计工作室 ${link}`, 'Change Holder Trading Ltd'))?.facts.domains?.[0]?.registrantName).toBe('Change Holder Trading Ltd');
  });
});
