import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * A long token drawn in wrap chunks (`<span>acme-s</span><wbr><span>hop.cn</span>`: a component that lets an ID
 * or a domain wrap in a narrow column) is one word on the screen, whatever its script (`王五旅<wbr>行.中国`);
 * the mutation suite's `wrapped-break-chunks` rewrites every fixture so. A line break after an inline element
 * parts what follows it (`<span>i-bp1…002</span><br>web2`).
 */
const fixture = (name: string) => ({
  html: readFileSync(`test/fixtures/${name}.html`, 'utf8'),
  expected: JSON.parse(readFileSync(`test/fixtures/${name}.json`, 'utf8')) as { url: string; facts: unknown },
});
const facts = (html: string, url: string) => readPage(htmlToDocument(html, url), new URL(url))?.facts ?? null;
const chunked = (html: string, token: string) => {
  const chars = [...token];
  const cut = Math.floor(chars.length / 2);
  return html.split(`>${token}<`).join(`><span>${chars.slice(0, cut).join('')}</span><wbr><span>${chars.slice(cut).join('')}</span><`);
};

describe('a domain in wrap chunks is one domain', () => {
  it.each([
    // each gave a domain made of the second chunk (hop.cn, 行.中国) or lost the IDN row
    ['domain-holder/en-hidden-field', ['acme-shop.cn']],
    ['tencent-domain-list/zh-redesign-grid', ['王五旅行.中国']],
    ['domain-list/zh-list', ['例子.中国']],
    ['domain-holder/zh-redesign', ['henan-travel.cn']],
  ])('%s', (name, tokens) => {
    const { html, expected } = fixture(name);
    let page = html;
    for (const t of tokens) page = chunked(page, t);
    expect(page).not.toBe(html);
    expect(facts(page, expected.url)).toEqual(expected.facts);
  });
});

it("an instance id in a span over its name after a <br> is not glued to the name (beian-server's picker)", () => {
  const { html, expected } = fixture('beian-server/zh-instance-picker');
  const page = html.replace('<td>i-bp1second000000002<br>', '<td><span>i-bp1second000000002</span><br>');
  expect(page).not.toBe(html);
  expect(facts(page, expected.url)).toEqual(expected.facts);
});
