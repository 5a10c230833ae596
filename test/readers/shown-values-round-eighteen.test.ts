import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the eighteenth round of held-out pages (both providers, test/fixtures-unseen/README.md
 * "Eighteenth round"), each narrowed in a scratch copy of its page to the smallest markup that showed it.
 */

const page = (style: string, body: string, url: string) =>
  htmlToDocument(`<!DOCTYPE html><html><head><style>${style}</style></head><body>${body}</body></html>`, url);
const read = (style: string, body: string, url: string) => readPage(page(style, body, url), new URL(url))?.facts;

describe('an invisible break character at the seam of a search highlight glues the texts (dom/glue.ts)', () => {
  const url = 'https://dc.console.aliyun.com/next/index#/domain/list/all-domain';
  const list = (domainCell: string) =>
    '<table><thead><tr><th>域名</th><th>域名状态</th><th>到期时间</th></tr></thead>' +
    `<tbody><tr><td><a href="#/domain">${domainCell}</a></td><td>正常</td><td>2029-05-30</td></tr></tbody></table>`;

  it('a soft hyphen after the highlight: lan&shy;ting</em>&shy;shu&shy;yuan.com.cn is one domain', () => {
    const facts = read('', list('<em class="search-highlight">lan&shy;ting</em>&shy;shu&shy;yuan.com.cn'), url);
    expect(facts?.domains?.map((d) => d.domain)).toEqual(['lantingshuyuan.com.cn']);
  });

  it('a zero-width space after the highlight too', () => {
    const facts = read('', list('<em>lanting</em>&#8203;shuyuan.cn'), url);
    expect(facts?.domains?.map((d) => d.domain)).toEqual(['lantingshuyuan.cn']);
  });

  it('a space after the highlight still parts the texts', () => {
    const facts = read('', list('<em>www</em> lanting.cn'), url);
    expect(facts?.domains?.map((d) => d.domain)).toEqual(['lanting.cn']);
  });
});
