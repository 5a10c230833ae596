import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';

/**
 * Faults found by the twenty-sixth round of held-out pages (both providers: what the user's own browser and
 * extensions lay over the console, test/fixtures-unseen/README.md "Twenty-sixth round"), each narrowed in a
 * scratch copy of its page to the smallest markup that showed it. Chrome's page translation draws every text
 * run in two <font> boxes (T below) and words labels its own way: the words it gives for the consoles' labels
 * are labels the vocabularies know (rules/labels/).
 */

const T = (s: string) => `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
const page = (body: string, url: string, lang = 'en') =>
  htmlToDocument(`<!DOCTYPE html><html lang="${lang}" class="translated-ltr"><head></head><body>${body}</body></html>`, url);
const read = (body: string, url: string, lang = 'en') => readPage(page(body, url, lang), new URL(url))?.facts;

describe('Tencent authorization codes, the page translated zh→en: Chrome\'s column words are the columns (rules/labels/tencent.json authcode)', () => {
  const url = 'https://console.cloud.tencent.com/beian/authcode';
  const grid = (resource: string, target: string, status: string) =>
    `<h2>${T('Filing authorization code')}</h2><table><thead><tr><th>${T('Authorization code')}</th><th>${T(resource)}</th><th>${T('Region')}</th><th>${T(target)}</th><th>${T(status)}</th></tr></thead><tbody>` +
    `<tr><td>BA7U5Y3T1R9E7W5Q</td><td><a>ins-8u6y4t2r</a><br>shop-gz</td><td>${T('Guangzhou')}</td><td>100021436587</td><td>${T('Unused')}</td></tr>` +
    `<tr><td>BA8I6U4Y2T0R8E6W</td><td><a>lhins-p4o6i8u0</a><br>blog-sh</td><td>${T('Shanghai')}</td><td>100055667788</td><td>${T('In use')}</td></tr></tbody></table>`;

  it('"Resource ID/Name", "Authorized use account" and "State" name the resource, the target account and the status (was: nothing read)', () => {
    const servers = read(grid('Resource ID/Name', 'Authorized use account', 'State'), url)?.servers;
    expect(servers?.map((s) => [s.id, s.region, s.authorizationCodes])).toEqual([
      ['ins-8u6y4t2r', 'ap-guangzhou', [{ code: 'BA7U5Y3T1R9E7W5Q', targetAccount: '100021436587', status: 'unused' }]],
      ['lhins-p4o6i8u0', 'ap-shanghai', [{ code: 'BA8I6U4Y2T0R8E6W', targetAccount: '100055667788', status: 'in-use' }]],
    ]);
  });

  it('"Associated cloud services" (the translation of 关联的云服务) names the resource column too', () => {
    expect(read(grid('Associated cloud services', 'Authorized use account', 'State'), url)?.servers?.map((s) => s.id)).toEqual(['ins-8u6y4t2r', 'lhins-p4o6i8u0']);
  });
});

describe('Lighthouse list translated zh→en: "Region and availability zone" (地域和可用区) is the region column (rules/labels/tencent.json)', () => {
  it('each server\'s region is read from it (was missing)', () => {
    const url = 'https://console.cloud.tencent.com/lighthouse/instance/index';
    const body =
      `<h2>${T('Server')}</h2><table><thead><tr><th>${T('ID/Name')}</th><th>${T('Region and availability zone')}</th><th>${T('Expiration time')}</th></tr></thead><tbody>` +
      `<tr><td><a>lhins-cd2f4h6j</a><br>${T('Chengdu blog')}</td><td>${T('Southwest China (Chengdu)')}<br>${T('Chengdu Zone 1')}</td><td>2027/01/15 10:00:00</td></tr></tbody></table>`;
    expect(read(body, url)?.servers?.[0]).toMatchObject({ id: 'lhins-cd2f4h6j', region: 'ap-chengdu', expiresAt: '2027-01-15' });
  });
});
