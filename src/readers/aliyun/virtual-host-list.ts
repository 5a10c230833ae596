import type { PageFacts, ServerFacts } from '../../facts/schema';
import { parseDate } from '../dom/parse-date';
import { parseRegion } from '../dom/parse-region';
import { readTableDetailed } from '../dom/table';
import { createVisibilityCache, isVisible } from '../dom/visibility';
import { valueText, valueWithTagsText } from '../dom/units';
import { visibleText } from '../dom/visible-text';
import { billingFromText } from './server-values';
import { instanceIdFromText, pageError, pageLoading } from './filing-values';
import type { Reader } from '../types';
import domainLabelFile from '../../../rules/labels/aliyun/domain.json';
import { aliyunFamilyLabels } from './labels';

const domainLabels = aliyunFamilyLabels(domainLabelFile);

/**
 * Virtual host (云虚拟主机) list on the 万网 hosting console: host id, region, expiry, billing when a
 * billing column is shown. Every row is `product: 'virtual-host'`; the page must say it lists
 * virtual hosts (a heading or the product column).
 *
 * Test URLs: https://netcn.console.aliyun.com/core/host/list2
 */

export const VIRTUAL_HOST_COLUMNS = domainLabels.labels('virtual-host-list', ['id', 'product', 'region', 'expiry', 'billing'] as const);

const VIRTUAL_HOST = /虚拟主机|virtual host/i;

export function readVirtualHostList(doc: Document): PageFacts | null {
  const cache = createVisibilityCache();
  const body = doc.body;
  if (!body) return null;
  const table = readTableDetailed(body, VIRTUAL_HOST_COLUMNS, cache);
  if (!table || !table.columns.includes('id') || table.columns.length < 2) return null;
  const headings = Array.from(body.querySelectorAll('h1, h2, h3, h4, [role="heading"], title, nav a, [aria-current]'));
  const saysVirtualHost =
    headings.some((h) => isVisible(h, cache) && VIRTUAL_HOST.test(visibleText(h, cache))) ||
    table.rows.some(({ cells }) => VIRTUAL_HOST.test(valueText(cells.product, cache)));
  if (!saysVirtualHost) return null;
  if (pageError(body, cache)) return null;
  if (table.table.closest('[aria-busy="true"]') || (table.rows.length === 0 && pageLoading(body, cache))) return null;

  const servers: ServerFacts[] = [];
  for (const { cells } of table.rows) {
    const id = instanceIdFromText(valueText(cells.id, cache));
    if (!id) continue;
    const product = cells.product ? valueText(cells.product, cache) : '';
    // A row of another product (a database, a mailbox) on the same console is not a virtual host.
    if (product !== '' && /数据库|邮箱|database|mail/i.test(product) && !VIRTUAL_HOST.test(product)) continue;
    const server: ServerFacts = { id, provider: 'aliyun', product: 'virtual-host' };
    const region = parseRegion(valueText(cells.region, cache));
    if (region) server.region = region;
    const expiry = parseDate(valueText(cells.expiry, cache));
    if (expiry) server.expiresAt = expiry;
    const billing = billingFromText(valueWithTagsText(cells.billing, cache));
    if (billing) server.billing = billing;
    servers.push(server);
  }
  return servers.length > 0 ? { version: 1, servers } : null;
}

export const virtualHostListReader: Reader = {
  id: 'aliyun-virtual-host-list',
  family: 'domain',
  kind: 'list',
  matchesUrl: (url) => /^netcn\.console\.aliyun\.com$/.test(url.hostname),
  read: (doc) => {
    try {
      return readVirtualHostList(doc);
    } catch {
      return null;
    }
  },
};
