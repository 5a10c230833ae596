/**
 * A page's own content security policies (`<meta http-equiv="content-security-policy">`) made inert for its copy
 * (./open-copy), whose own policy governs what the copy may load (style sheets only). In the page such a meta applies
 * from where it stands: sheets linked before it had loaded. The copy's head comes in whole, and Firefox starts the
 * sheets' loads only after the meta applies: a page whose meta says `style-src 'unsafe-inline'` after two linked sheets
 * had them blocked in its copy — no load or error event, the copy waited its whole timeout (15 s), and the page was not
 * read (session 58, a held-out page read in Firefox). The meta stays where it is (element paths unchanged), its
 * `http-equiv` renamed; the markup is the browser's serialization (attribute values in double quotes), and a meta this
 * does not recognise stays as it was.
 */
const PAGE_POLICY = /(<meta\b[^>]*?\shttp-equiv=")(content-security-policy)(")/gi;

export const INERT_POLICY = 'x-icp-preflight-inert-content-security-policy';

export function withoutPagePolicies(html: string): string {
  // (a page without one, nearly every page: its markup returned as it is, no copy made)
  if (!/http-equiv="content-security-policy"/i.test(html)) return html;
  return html.replace(PAGE_POLICY, `$1${INERT_POLICY}$3`);
}
