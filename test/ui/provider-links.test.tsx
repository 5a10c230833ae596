// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { memoryBackground } from '../helpers/memory-background';
import { popupShown } from '../helpers/until';
import type { ChecklistResponse } from '../../src/messaging/contract';
import { defaultOptions } from '../../src/store';
import { PopupApp } from '../../src/ui/popup-app';

/**
 * Review, session 21: on Tencent Cloud, a "not seen yet" item of the popup's checklist linked to
 * Alibaba Cloud's domain console. Every "open this page" link goes to the cloud the user works with.
 */
const fixture = (p: string) => JSON.parse(readFileSync(`test/fixtures/${p}.json`, 'utf8')) as { url: string; reader: string; facts: unknown };

async function popupAfter(lang: 'zh' | 'en', pages: string[]) {
  const { service } = memoryBackground({ lang: () => lang }, { ...defaultOptions, lang });
  for (const [i, p] of pages.entries()) {
    const f = fixture(p);
    await service.handle({ type: 'page-facts', url: f.url, reader: f.reader, facts: f.facts }, { tab: { id: i + 1, url: f.url }, url: f.url });
  }
  const data = (await service.handle({ type: 'get-checklist' }, { url: 'chrome-extension://id/popup.html', extensionPage: true })) as ChecklistResponse;
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  render(<PopupApp loadChecklist={async () => data} checkDomain={async () => { throw new Error('not asked'); }} openOptions={() => undefined} fallbackLang={lang} />, el);
  await popupShown(el);
  const links = [...el.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({ text: a.textContent ?? '', host: new URL(a.href).hostname }));
  return { data, links };
}

describe('popup: "open this page" links go to the cloud of the filing', () => {
  it.each(['zh', 'en'] as const)('Tencent Cloud servers and domains (%s): no link to an Alibaba Cloud host, the domains link to Tencent’s domain console', async (lang) => {
    const { data, links } = await popupAfter(lang, ['tencent-cvm-instance-list/zh-basic', 'tencent-domain-list/zh-list']);
    const unknownDomains = data.results.filter((r) => r.status === 'unknown' && r.subjectKind === 'domain');
    expect(unknownDomains.length).toBeGreaterThan(0);
    // every unknown item of the checklist names a page, and none of them is on Alibaba Cloud
    for (const r of data.results.filter((x) => x.status === 'unknown' && x.page)) expect(new URL(data.pages[r.page!]!.url).hostname, `${r.rule} ${r.subject}: ${r.page}`).not.toMatch(/aliyun|alibabacloud/);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links.filter((x) => /^(打开|Open )/.test(x.text))) expect(l.host, l.text).toBe('console.cloud.tencent.com');
    expect(links.some((l) => /腾讯云域名注册|Tencent Cloud Domains/.test(l.text))).toBe(true);
  });

  it('Alibaba Cloud servers and domains keep Alibaba Cloud’s pages', async () => {
    const { links } = await popupAfter('en', ['ecs-instance-list/zh-basic', 'domain-list/zh-list']);
    const open = links.filter((x) => /^Open /.test(x.text));
    expect(open.length).toBeGreaterThan(0);
    for (const l of open) expect(l.host, l.text).toMatch(/\.aliyun\.com$/);
  });
});
