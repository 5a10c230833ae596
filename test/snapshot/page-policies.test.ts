import { describe, expect, it } from 'vitest';
import { INERT_POLICY, withoutPagePolicies } from '../../src/snapshot/page-policies';

describe('a page’s own content security policies, inert in its copy', () => {
  it('renames the http-equiv of a policy meta, any case, wherever its attributes stand', () => {
    const html = `<head><link rel="stylesheet" href="a.css"><meta content="style-src 'unsafe-inline'" http-equiv="Content-Security-Policy"><meta http-equiv="content-security-policy" content="img-src 'none'"></head>`;
    const out = withoutPagePolicies(html);
    expect(out).not.toMatch(/http-equiv="content-security-policy"/i);
    expect(out.match(new RegExp(INERT_POLICY, 'g'))).toHaveLength(2);
    // the rest as it was: the same elements and attributes, in place
    expect(out.replace(new RegExp(INERT_POLICY, 'g'), 'Content-Security-Policy')).toBe(html.replace(/content-security-policy/g, 'Content-Security-Policy'));
  });

  it('leaves other metas, report-only policies and text alone', () => {
    const html = `<meta http-equiv="content-security-policy-report-only" content="x"><meta http-equiv="refresh" content="5"><p>http-equiv="content-security-policy"</p>`;
    expect(withoutPagePolicies(html)).toBe(html);
  });
});
