import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the seventieth round of held-out pages (plain pages of both providers as a RAM user / CAM sub-user or
 * collaborator sees them: test/fixtures-unseen/README.md "Seventieth round"), each narrowed in a scratch copy of its page
 * to the smallest markup that showed it.
 */

const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang?: string) => readPage(page(body, url, lang), new URL(url));

describe('Tencent domain list (TDesign, intl): a plain line under a status tag explaining it', () => {
  const url = 'https://console.tencentcloud.com/domain/all-domain/all';
  const table = (statusCell: string) =>
    '<div class="t-table"><table><thead class="t-table__header"><tr><th>Domain Name</th><th>Status</th><th>Real-name Verification</th>' +
    '<th>Domain Owner</th><th>Expiration Time</th></tr></thead><tbody class="t-table__body">' +
    `<tr class="t-table__row"><td><a class="t-link">hailanyun.cn</a></td><td>${statusCell}</td>` +
    '<td><span class="t-tag t-tag--theme-warning">Not verified</span></td><td>深圳海岚科技有限公司</td><td>2026-12-30 10:12:43</td></tr>' +
    '</tbody></table></div>';
  const domain = (status: string[]) => ({ version: 1, domains: [{ domain: 'hailanyun.cn', status, realNameVerified: false, registrantName: '深圳海岚科技有限公司', expiresAt: '2026-12-30' }] });
  const tag = '<span class="t-tag t-tag--theme-danger t-tag--light t-size-m">serverHold</span>';

  it('"Resolution suspended by the registry" in a <div> under the serverHold tag is no status (invented before)', () => {
    expect(read(table(`${tag}<div class="tea-text-weak">Resolution suspended by the registry</div>`), url)?.facts).toEqual(domain(['serverHold']));
  });

  it('… after a <br> too', () => {
    expect(read(table(`${tag}<br><span>Resolution suspended by the registry</span>`), url)?.facts).toEqual(domain(['serverHold']));
  });

  it('guard: a status word on a line of its own under the tag is read (clientTransferProhibited)', () => {
    expect(read(table(`${tag}<div>clientTransferProhibited</div>`), url)?.facts).toEqual(domain(['serverHold', 'clientTransferProhibited']));
  });

  it('guard: a status cell of plain text alone is read as before (Transferring In)', () => {
    expect(read(table('Transferring In'), url)?.facts).toEqual(domain(['Transferring In']));
  });

  it('guard: two statuses as plain lines, no tag, are read as before', () => {
    expect(read(table('<div>Normal</div><div>Transferring In</div>'), url)?.facts).toEqual(domain(['Normal', 'Transferring In']));
  });
});
