import type { AuthorizationCode, PageFacts, ServerFacts } from '../../facts/schema';
import type { Reader } from '../types';
import { isTencentConsole, pathUnder, shownText, tencentPage } from './common';
import { tencentLabels } from './labels';
import { accountIdInText, authorizationCodeInText, codeStatusFromText, instanceIdsInText, productFromText, productOfInstanceId, tencentRegion } from './values';

/**
 * Tencent Cloud filing console, 备案授权码: the codes generated from this account's servers, per
 * server — each code with its target account (授权使用账户) and status (未使用 / 使用中 / 已使用).
 * No serviceNumbersUsed: the page does not show how many websites a server backs (websites filed on it
 * directly need no code, and a filtered or paged list shows only some codes).
 *
 * Test URLs: https://console.cloud.tencent.com/beian/authcode
 *            https://console.cloud.tencent.com/beian/manage/authcode
 */

export const AUTHCODE_COLUMNS = tencentLabels.group('authcode', ['code', 'resource', 'ip', 'region', 'target', 'status'] as const);

export function isAuthcodeUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/beian']) && /authcode|license-?key/i.test(url.pathname);
}

export function readBeianAuthcodes(doc: Document): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const grid = page.grid(AUTHCODE_COLUMNS);
  if (!grid || !grid.columns.includes('code') || !grid.columns.includes('resource')) return null;
  const servers: ServerFacts[] = [];
  for (const { cells } of grid.rows) {
    const code = authorizationCodeInText(page.visibleText(cells.code));
    const resourceText = page.visibleText(cells.resource);
    const id = instanceIdsInText(resourceText)[0];
    if (!code || !id) continue;
    const product = productOfInstanceId(id) ?? productFromText(resourceText);
    if (!product) continue;
    let server = servers.find((s) => s.id === id);
    if (!server) {
      server = { id, provider: 'tencent', product, authorizationCodes: [] };
      const region = tencentRegion([resourceText.replace(id, ' '), page.cellText(cells.region)].filter(Boolean).join(' · '));
      if (region) server.region = region;
      servers.push(server);
    }
    const entry: AuthorizationCode = { code };
    const target = accountIdInText(page.cellText(cells.target));
    if (target) entry.targetAccount = target;
    const status = codeStatusFromText(shownText(page, cells.status));
    if (status) entry.status = status;
    server.authorizationCodes!.push(entry);
  }
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const beianAuthcodeReader: Reader = {
  id: 'tencent-beian-authcode',
  family: 'tencent',
  kind: 'list',
  matchesUrl: isAuthcodeUrl,
  read: (doc) => {
    try {
      return readBeianAuthcodes(doc);
    } catch {
      return null;
    }
  },
};
