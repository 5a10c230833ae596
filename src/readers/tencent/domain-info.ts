import type { DomainFacts, PageFacts } from '../../facts/schema';
import { parseDate } from '../dom/parse-date';
import { isVisible, type VisibilityCache } from '../dom/visibility';
import type { Reader } from '../types';
import { domainFromText, isRealNameToken, maskedIdNumber, meaningful, realNameFromText, visibleTokens } from '../aliyun/filing-values';
import { fieldTextOf, fieldValue, newCache, pageNotReady } from './common';
import { isTencentDomainUrl, statusTokens } from './domain-list';

/**
 * Tencent Cloud domain console, one domain's information (基本信息 / 实名认证 tabs): domain,
 * 注册商, 到期时间, 域名状态, 域名所有者 (without the status tag beside it), 证件类型, masked 证件号码,
 * 实名认证状态 and 认证时间.
 *
 * Test URLs: https://console.cloud.tencent.com/domain/info?domain=zhangsan-blog.cn
 *            https://console.cloud.tencent.com/domain/all-domain/all/info?domain=moumou-tech.com
 */

/** The page's title when it is a domain name alone (the redesign shows the domain only there). */
function headingDomain(doc: Document, cache: VisibilityCache): string | undefined {
  for (const h of Array.from(doc.querySelectorAll('h1, h2, [role="heading"]'))) {
    if (!isVisible(h, cache)) continue;
    const first = visibleTokens(h, cache)[0];
    const d = first ? domainFromText(first) : undefined;
    if (d && first && first.trim().toLowerCase() === d) return d;
  }
  return undefined;
}

function valueEl(root: Element, field: string, cache: VisibilityCache): Element | undefined {
  const v = fieldValue(root, field, cache);
  return typeof v === 'string' || v === undefined ? undefined : v;
}

export function readTencentDomainInfo(doc: Document): PageFacts | null {
  const cache = newCache();
  const body = doc.body;
  if (!body || pageNotReady(doc, cache)) return null;
  const f = (field: string) => fieldTextOf(body, field, cache);
  const ownerEl = valueEl(body, 'owner', cache);
  const owner = ownerEl ? meaningful(visibleTokens(ownerEl, cache).filter((t) => !isRealNameToken(t) && !/^审核(中|失败)$/.test(t)).join(' ')) : meaningful(f('owner'));
  const registrar = f('registrar');
  const idType = f('ownerIdType');
  const idNumber = maskedIdNumber(f('ownerIdNumber'));
  const realNameText = f('realNameStatus');
  const expiresAt = parseDate(f('expiresAt'));
  const statusEl = valueEl(body, 'domainStatus', cache);
  // A key/value page of a domain: the owner, registrar, real-name or expiry is shown.
  if (!owner && !registrar && !realNameText && !expiresAt && !idNumber) return null;
  const domain = domainFromText(f('domain')) ?? headingDomain(doc, cache);
  if (!domain) return null;
  const facts: DomainFacts = { domain };
  if (registrar) facts.registrar = registrar;
  if (owner) facts.registrantName = owner;
  if (idType) facts.registrantIdType = idType;
  if (idNumber) facts.registrantIdNumber = idNumber;
  const verified = realNameFromText(realNameText);
  if (verified !== undefined) facts.realNameVerified = verified;
  const verifiedAt = verified === true ? parseDate(f('realNameTime')) : undefined;
  if (verifiedAt) facts.realNameVerifiedAt = verifiedAt;
  if (expiresAt) facts.expiresAt = expiresAt;
  if (statusEl) {
    const status = statusTokens(statusEl, cache);
    if (status.length > 0) facts.status = status;
  }
  return { version: 1, domains: [facts] };
}

export const tencentDomainInfoReader: Reader = {
  id: 'tencent-domain-info',
  family: 'tencent',
  matchesUrl: isTencentDomainUrl,
  read: (doc) => {
    try {
      return readTencentDomainInfo(doc);
    } catch {
      return null;
    }
  },
};
