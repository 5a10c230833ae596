// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import { popupShown } from '../helpers/until';
import type { ChecklistResponse } from '../../src/messaging/contract';
import { defaultOptions } from '../../src/store';
import { PopupApp } from '../../src/ui/popup-app';

/**
 * Review, session 21: the popup's summary and the toolbar badge counted servers and domains outside
 * the filing (listed apart as "seen in the console"). They count the filing only; the others stay listed.
 */
const ECS = 'https://ecs.console.aliyun.com/server/region/cn-hangzhou';
const BEIAN = 'https://beian.aliyun.com/pcContainer/formpage';
const from = (id: number, url: string) => ({ tab: { id, url }, url });

async function filingWithPaygServerOutside(lang: 'zh' | 'en') {
  let badge = { text: '', color: '', title: '' };
  const { service } = memoryBackground({ lang: () => lang, setBadge: async (b) => void (badge = b) }, { ...defaultOptions, lang });
  // the ECS list shows two servers; the filing's website is on the subscription one
  await service.handle({ type: 'page-facts', url: ECS, reader: 'aliyun-ecs-instance-list', facts: { version: 1, servers: [
    { id: 'i-payg', product: 'ecs', region: 'cn-hangzhou', billing: 'payg', publicBandwidthMbps: 5 },
    { id: 'i-sub', product: 'ecs', region: 'cn-hangzhou', billing: 'subscription', expiresAt: '2027-06-30', publicBandwidthMbps: 5 },
  ] } }, from(1, ECS));
  const afterList = badge;
  await service.handle({ type: 'page-facts', url: BEIAN, reader: 'aliyun-beian-entity', facts: { version: 1, entity: { type: 'organization', name: '甲公司', province: '浙江' } } }, from(2, BEIAN));
  await service.handle({ type: 'page-facts', url: BEIAN, reader: 'aliyun-beian-website', facts: { version: 1, websites: [{ name: '甲站', domains: ['jia-shop.cn'], serverId: 'i-sub' }] } }, from(2, BEIAN));
  const data = (await service.handle({ type: 'get-checklist' }, { url: 'chrome-extension://id/popup.html', extensionPage: true })) as ChecklistResponse;
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  render(<PopupApp loadChecklist={async () => data} checkDomain={async () => { throw new Error('not asked'); }} openOptions={() => undefined} fallbackLang={lang} />, el);
  await popupShown(el);
  return { afterList, badge, data, el };
}

describe('summary and badge count the filing in progress only', () => {
  it('English: a pay-as-you-go server outside the filing is listed apart, not counted', async () => {
    const { afterList, badge, data, el } = await filingWithPaygServerOutside('en');
    // before any website is known, everything seen is the filing: the list's pay-as-you-go server counts
    expect(afterList.text).toBe('1');
    // the filing itself fails no error (notes only)
    expect(data.results.filter((r) => r.status === 'fail' && r.severity === 'error')).toEqual([]);
    expect(data.console?.map((r) => `${r.rule} ${r.subject}`)).toEqual(['server.subscription-billing i-payg']);
    expect(badge).toEqual({ text: 'i', color: '#1a73e8', title: 'ICP Preflight: notes' });
    expect(el.querySelector('.summary')!.textContent).toMatch(/^0 errors · 0 warnings · 3 notes · /);
    // still shown, where it was: under "Seen in the console"
    const outside = el.querySelector('section.console')!;
    expect(outside.querySelector('h2')!.textContent).toBe('Seen in the console');
    expect(outside.textContent).toContain('i-payg');
  });

  it('Chinese: the same', async () => {
    const { badge, el } = await filingWithPaygServerOutside('zh');
    expect(badge).toEqual({ text: 'i', color: '#1a73e8', title: 'ICP 备案预检：有提示' });
    expect(el.querySelector('.summary')!.textContent).toMatch(/^0 个错误 · 0 个警告 · 3 条提示 · /);
    expect(el.querySelector('section.console')!.textContent).toContain('i-payg');
  });
});
