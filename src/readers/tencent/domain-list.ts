import type { DomainFacts, PageFacts } from '../../facts/schema';
import { parseDate } from '../dom/parse-date';
import { readTableDetailed } from '../dom/table';
import type { VisibilityCache } from '../dom/visibility';
import type { Reader } from '../types';
import { domainFromText, isActionWord, isRealNameToken, isStatusNote, meaningful, realNameFromText, visibleTokens } from '../aliyun/filing-values';
import { isTencentConsole, labels, newCache, pageNotReady, pathUnder, textWithoutActions } from './common';

/**
 * Tencent Cloud domain console, 我的域名 / 域名列表: one domain per visible row — domain, status
 * (正常, 即将到期, serverHold …), real-name status (已实名认证 → verified; 未实名认证 / 审核失败 → not
 * verified; 审核中 → unknown), expiry, owner where a 域名所有者 column is shown.
 *
 * Test URLs: https://console.cloud.tencent.com/domain/all-domain/all
 *            https://console.cloud.tencent.com/domain/mydomain
 */

export const TENCENT_DOMAIN_LIST_COLUMNS = {
  domain: ['域名', 'Domain', 'Domain Name'],
  status: ['域名状态', '状态', 'Status', 'Domain Status'],
  realName: labels('realNameStatus'),
  expires: labels('expiresAt'),
  owner: ['域名所有者', '所有者', 'Domain Owner', 'Registrant'],
} as const;

export function isTencentDomainUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/domain']);
}

/** Status words of a cell without actions, notes and real-name words. */
export function statusTokens(cell: Element | undefined, cache: VisibilityCache): string[] {
  const out: string[] = [];
  for (const raw of visibleTokens(cell, cache)) {
    const t = raw.trim();
    if (t === '' || isActionWord(t) || isRealNameToken(t) || isStatusNote(t) || /^审核(中|失败)$/.test(t) || t.length > 40) continue;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function realNameOf(cells: { realName?: Element; status?: Element; domain?: Element }, cache: VisibilityCache): boolean | undefined {
  if (cells.realName) return realNameFromText(textWithoutActions(cells.realName, cache));
  const token = [...visibleTokens(cells.status, cache), ...visibleTokens(cells.domain, cache)].find((t) => isRealNameToken(t) || /^审核(中|失败)$/.test(t));
  return realNameFromText(token);
}

export function readTencentDomainList(doc: Document): PageFacts | null {
  const cache = newCache();
  const body = doc.body;
  if (!body) return null;
  const table = readTableDetailed(body, TENCENT_DOMAIN_LIST_COLUMNS, cache);
  if (!table || !table.columns.includes('domain') || table.columns.length < 2) return null;
  if (pageNotReady(doc, cache)) return null;
  const domains: DomainFacts[] = [];
  for (const { cells } of table.rows) {
    const domain = visibleTokens(cells.domain, cache).map((t) => domainFromText(t)).find(Boolean);
    if (!domain || domains.some((d) => d.domain === domain)) continue;
    const facts: DomainFacts = { domain };
    if (cells.status) {
      const status = statusTokens(cells.status, cache);
      if (status.length > 0) facts.status = status;
    }
    const verified = realNameOf(cells, cache);
    if (verified !== undefined) facts.realNameVerified = verified;
    const expiresAt = parseDate(cells.expires ? textWithoutActions(cells.expires, cache) : undefined);
    if (expiresAt) facts.expiresAt = expiresAt;
    const owner = cells.owner ? meaningful(textWithoutActions(cells.owner, cache)) : undefined;
    if (owner) facts.registrantName = owner;
    domains.push(facts);
  }
  return domains.length > 0 ? { version: 1, domains } : null;
}

export const tencentDomainListReader: Reader = {
  id: 'tencent-domain-list',
  family: 'tencent',
  matchesUrl: isTencentDomainUrl,
  read: (doc) => {
    try {
      return readTencentDomainList(doc);
    } catch {
      return null;
    }
  },
};
