import type { AuthorizationCode, PageFacts, ServerFacts } from '../../facts/schema';
import { readTableDetailed } from '../dom/table';
import { visibleText } from '../dom/visible-text';
import type { Reader } from '../types';
import { isTencentConsole, labels, newCache, pageNotReady, pathUnder, textWithoutActions } from './common';
import { accountIdInText, authorizationCodeInText, codeStatusFromText, instanceIdsInText, productFromText, productOfInstanceId, tencentRegion } from './values';

/**
 * Tencent Cloud filing console, 备案授权码: the codes generated from this account's servers, per
 * server — each code with its target account (授权使用账户) and status (未使用 / 使用中 / 已使用);
 * serviceNumbersUsed counts the 已使用 codes (websites filed through them).
 *
 * Test URLs: https://console.cloud.tencent.com/beian/authcode
 *            https://console.cloud.tencent.com/beian/manage/authcode
 */

export const AUTHCODE_COLUMNS = {
  code: labels('authCode'),
  resource: labels('codeResource'),
  ip: ['公网 IP', '公网IP', 'Public IP'],
  region: ['地域', 'Region'],
  target: labels('codeTarget'),
  status: labels('codeStatus'),
} as const;

export function isAuthcodeUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/beian']) && /authcode|license-?key/i.test(url.pathname);
}

export function readBeianAuthcodes(doc: Document): PageFacts | null {
  const cache = newCache();
  const body = doc.body;
  if (!body) return null;
  const table = readTableDetailed(body, AUTHCODE_COLUMNS, cache);
  if (!table || !table.columns.includes('code') || !table.columns.includes('resource')) return null;
  if (pageNotReady(doc, cache)) return null;
  const servers: ServerFacts[] = [];
  for (const { cells } of table.rows) {
    const text = (e: Element | undefined) => (e ? textWithoutActions(e, cache) : undefined);
    const code = authorizationCodeInText(cells.code ? visibleText(cells.code, cache) : undefined);
    const resourceText = cells.resource ? visibleText(cells.resource, cache) : undefined;
    const id = instanceIdsInText(resourceText)[0];
    if (!code || !id) continue;
    const product = productOfInstanceId(id) ?? productFromText(resourceText);
    if (!product) continue;
    let server = servers.find((s) => s.id === id);
    if (!server) {
      server = { id, provider: 'tencent', product, authorizationCodes: [] };
      const region = tencentRegion([resourceText, text(cells.region)].filter(Boolean).join(' · '));
      if (region) server.region = region;
      servers.push(server);
    }
    const entry: AuthorizationCode = { code };
    const target = accountIdInText(text(cells.target));
    if (target) entry.targetAccount = target;
    const status = codeStatusFromText(text(cells.status));
    if (status) entry.status = status;
    server.authorizationCodes!.push(entry);
  }
  for (const s of servers) s.serviceNumbersUsed = s.authorizationCodes!.filter((c) => c.status === 'used').length;
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const beianAuthcodeReader: Reader = {
  id: 'tencent-beian-authcode',
  family: 'tencent',
  matchesUrl: isAuthcodeUrl,
  read: (doc) => {
    try {
      return readBeianAuthcodes(doc);
    } catch {
      return null;
    }
  },
};
