import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { filingItem, filingSteps, read } from '../helpers/console-pages';
import { mutateDocument } from './markup-mutations';

/**
 * Held-out pages × markup mutations, the tail again (session 49): the pairs of /work/notes/hm48-broken.txt, listed with
 * their causes in test/fixtures-unseen/README.md "Held-out pages × mutations, the tail again (session 49)". Each case
 * failed before its fix: a small page built for it, and the pair itself.
 */

/** The held-out page `base` (path without extension) under mutation `name`, read: its expected facts and what is read. */
function pair(base: string, name: string) {
  const exp = JSON.parse(readFileSync(`test/fixtures-unseen/${base}.json`, 'utf8')) as { url: string; reader: string; facts: unknown };
  const doc = mutateDocument(readFileSync(`test/fixtures-unseen/${base}.html`, 'utf8'), exp.url, name, exp.reader);
  expect(doc, `${name} changes ${base}`).not.toBeNull();
  const got = readPage(doc!, new URL(exp.url));
  return { expected: exp.facts, got: got?.facts ?? null, reader: got?.reader, expectedReader: exp.reader };
}

describe('a domain row tagged 已移除 after its input is no domain of the website, its strike-through lost with the sheet (aliyun/beian-form.ts removedByRowWord)', () => {
  // The access-filing page lists the website's domains one input a row; a removed one is kept, its input disabled and
  // struck through by a rule of the sheet (.is-removed input { text-decoration: line-through }), a tag 已移除 and an
  // 撤销 link after it. Without the sheet (a page saved as HTML only: stylesheet-removed) nothing was struck and
  // nanfeng-print.net was read as one of the website's domains (invented); the tag still says it.
  const url = 'https://beian.aliyun.com/pcContainer/formpage?pageAction=base&type=access';
  const row = (d: string, after: string, cls = '') =>
    `<div class="domain-row${cls}"><span class="next-input"><input aria-label="网站域名" value="${d}"${cls ? ' disabled' : ''}></span>${after}</div>`;
  const form = (rows: string) =>
    `${filingSteps(0)}<form class="next-form">${filingItem('备案省份', '<span class="next-select"><em>广东省</em></span>')}` +
    `${filingItem('网站域名', `${rows}<button type="button" class="next-btn next-btn-text">+ 添加域名</button>`)}</form>`;

  it('the row 已移除 / Removed after the disabled input (before: nanfeng-print.net among the domains)', () => {
    for (const tag of ['<span class="next-tag">已移除</span><a>撤销</a>', '<span class="t">已删除</span>', '<span class="t">Removed</span> <a>Undo</a>']) {
      const rows = row('nanfeng-print.com', '<a>删除</a>') + row('nanfeng-print.net', tag, ' is-removed') + row('nanfeng-print.cn', '<a>删除</a>');
      expect(read(form(rows), url)?.facts.websites?.[0]?.domains, tag).toEqual(['nanfeng-print.com', 'nanfeng-print.cn']);
    }
  });

  it('guard: a row whose link is 删除 (an action, nothing removed yet) keeps its domain', () => {
    const rows = row('nanfeng-print.com', '<a>删除</a>') + row('nanfeng-print.net', '<a>删除</a>');
    expect(read(form(rows), url)?.facts.websites?.[0]?.domains).toEqual(['nanfeng-print.com', 'nanfeng-print.net']);
  });

  it('the pair: the access-filing page with a removed domain row under stylesheet-removed', () => {
    const r = pair('aliyun/beian-server/zh-access-filing-from-other-provider-filed-website-number-domain-rows-one-removed-struck-instance-radio-table-three-ecs-service-number-select', 'stylesheet-removed');
    expect([r.reader, r.got]).toEqual([r.expectedReader, r.expected]);
  });
});
