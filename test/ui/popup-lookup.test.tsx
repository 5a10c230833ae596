// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { CheckDomainResponse, ChecklistResponse, ResultItem } from '../../src/messaging/contract';
import { PopupApp } from '../../src/ui/popup-app';
import { popupShown, until } from '../helpers/until';

const item = (rule: string, subjectKind: ResultItem['subjectKind'], subject: string, status: ResultItem['status'], extra: Partial<ResultItem> = {}): ResultItem => ({
  rule, status, severity: 'error', subject, subjectKind, message: `${rule} says ${status}`, title: rule, sources: [], ...extra,
});
const checklist: ChecklistResponse = { type: 'checklist', lang: 'en', rules: [], results: [], pages: {}, seen: 0 };
const settle = () => new Promise((r) => setTimeout(r, 30));

async function lookUp(input: string, answer: () => Promise<CheckDomainResponse>) {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  const asked: string[] = [];
  render(<PopupApp loadChecklist={async () => checklist} checkDomain={(q) => (asked.push(q), answer())} openOptions={() => undefined} fallbackLang="en" />, el);
  await popupShown(el);
  const box = el.querySelector<HTMLInputElement>('#lookup-input')!;
  box.value = input;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await until(() => (el.querySelector('.lookup-out')?.textContent ?? '') !== '', 'the lookup to answer');
  return { text: el.querySelector('.lookup-out')!.textContent ?? '', asked };
}

describe('popup lookup', () => {
  const never = async (): Promise<CheckDomainResponse> => {
    throw new Error('not asked');
  };

  it('empty input: a plain message, nothing sent', async () => {
    const { text, asked } = await lookUp('   ', never);
    expect(text).toBe('Type a domain (example.com) or paste a URL to check.');
    expect(asked).toEqual([]);
  });

  it('a 5,000-character input: a plain message, never a schema error', async () => {
    const { text, asked } = await lookUp('a'.repeat(5000), never);
    expect(text).toMatch(/too long/);
    expect(text).not.toMatch(/[{}[\]]|too_big|zod/i);
    expect(asked).toEqual([]);
  });

  it('a failure of the check itself shows a sentence, not the error', async () => {
    const { text } = await lookUp('example.com', async () => {
      throw new Error('[{"code":"too_big","path":["input"]}]');
    });
    expect(text).toBe('The check did not run. Close the popup and try again.');
  });

  it('an IP address: "cannot be filed", and no other rule', async () => {
    const { text } = await lookUp('1.2.3.4', async () => ({
      type: 'check-domain', ok: true, lang: 'en', domain: '1.2.3.4', pages: {},
      results: [item('domain.registrable', 'domain', '1.2.3.4', 'fail', { variant: 'ip', message: '1.2.3.4 is an IP address.' }), item('domain.tld-approved', 'domain', '1.2.3.4', 'fail')],
    }));
    expect(text).toMatch(/^An IP address cannot be filed/);
    expect(text).not.toMatch(/tld-approved|Filed as a registrable/);
  });

  it('a domain: its own rules only, and what else a filing needs', async () => {
    const { text } = await lookUp('https://www.example.io/x', async () => ({
      type: 'check-domain', ok: true, lang: 'en', domain: 'example.io', pages: {},
      results: [item('domain.tld-approved', 'domain', 'example.io', 'fail'), item('filing.one-entity-per-account', 'entity', 'entity', 'fail'), item('filing.sms-verification', 'entity', 'entity', 'fail')],
    }));
    expect(text).toContain('domain.tld-approved');
    expect(text).not.toMatch(/one-entity|sms/);
    expect(text).toMatch(/A filing needs more than the domain/);
  });
});

describe('popup: nothing read yet (review, session 20)', () => {
  it.each([
    ['en', /Alibaba Cloud/, /Tencent Cloud/],
    ['zh', /阿里云/, /腾讯云/],
  ] as const)('%s: the empty checklist sends a filer of either provider to their console', async (lang, aliyun, tencent) => {
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    const empty: ChecklistResponse = { ...checklist, lang };
    render(<PopupApp loadChecklist={async () => empty} checkDomain={async () => { throw new Error('not asked'); }} openOptions={() => undefined} fallbackLang={lang} />, el);
    await popupShown(el);
    const text = el.querySelector('.empty')?.textContent ?? '';
    expect(text).toMatch(aliyun);
    expect(text).toMatch(tencent);
  });
});
