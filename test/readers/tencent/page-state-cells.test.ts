import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../src/cli/html-document';
import { readPage } from '../../../src/readers/index';

/**
 * A row's own indicators are data, not the page's state: a CVM row that is starting up shows a
 * spinner (role=progressbar) beside 开机中, and a row can carry a small alert of its own (续费失败).
 * The page is still ready and every row is read; the same indicators outside the table still make
 * the page loading / failed.
 */
const dir = fileURLToPath(new URL('../../fixtures/tencent-cvm-instance-list/', import.meta.url));
const basic = readFileSync(`${dir}zh-basic.html`, 'utf8');
const basicFacts = JSON.parse(readFileSync(`${dir}zh-basic.json`, 'utf8')) as { url: string; facts: unknown };
const url = new URL(basicFacts.url);

const RUNNING = '<span class="tea-status tea-text-success"><i class="tea-icon tea-icon-success"></i>运行中</span>';
const STARTING = '<span class="tea-status"><i class="tea-icon tea-icon-loading" role="progressbar" aria-label="开机中"></i>开机中</span>';
const RENEW_FAILED = '<span class="tea-status tea-text-danger" role="alert">续费失败</span>';

function read(html: string) {
  return readPage(htmlToDocument(html, url.href), url)?.facts ?? null;
}

describe('Tencent page state ignores indicators inside data cells', () => {
  it('a row spinner (progressbar) and a row alert leave the list readable', () => {
    expect(basic).toContain(RUNNING);
    const html = basic.replace(RUNNING, STARTING).replace(RUNNING, `${RUNNING}${RENEW_FAILED}`);
    expect(html).not.toBe(basic);
    expect(read(html)).toEqual(basicFacts.facts);
  });

  it('the same indicators outside the table still stop the read', () => {
    const tableAt = basic.indexOf('<div class="tea-table__body">');
    expect(tableAt).toBeGreaterThan(0);
    const spinner = '<div class="tea-loading" role="progressbar" aria-label="加载中"><i class="tea-icon tea-icon-loading"></i></div>';
    expect(read(basic.slice(0, tableAt) + spinner + basic.slice(tableAt))).toBeNull();
    const banner = '<div class="tea-alert tea-alert--error" role="alert"><div class="tea-alert__body">实例列表加载失败，请稍后重试</div></div>';
    expect(read(basic.slice(0, tableAt) + banner + basic.slice(tableAt))).toBeNull();
  });
});
