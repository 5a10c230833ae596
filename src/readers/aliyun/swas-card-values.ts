import type { ServerFacts } from '../../facts/schema';
import { normalizeText } from '../dom/normalize-label';
import { textUnits } from '../dom/units';
import { upperTag, type VisibilityCache } from '../dom/visibility';
import { billingFromText, expiryFromText, publicBandwidth } from './server-values';
import { regionName } from './region-name';
import { SWAS_CARD_WORDS } from './swas-card-values.words';

/**
 * A Simple Application Server card that shows its values without labels (an antd List item:
 * "华北2（北京） | 2核4GB | 峰值带宽 5 Mbps", "包年包月 | 2027/01/15 23:59:59 到期"). Each visible
 * data text run of the card, apart from its title and the run showing the id, is read on its own:
 * - a region only from a run that is a region name and nothing else (华北2（北京）, 中国香港,
 *   China (Beijing), cn-beijing) — never from a name that holds one (bj-web, 北京官网);
 * - a bandwidth only from a run that names bandwidth (峰值带宽, Bandwidth) and shows a figure with a unit;
 * - an expiry only from a date the run calls one (… 到期, Expires …, 到期时间 …);
 * - billing as a run shows it, else 'subscription' (the product's only billing method, as on the labelled paths).
 * Runs that disagree give nothing. undefined unless at least one of region, bandwidth and expiry is read.
 * Pure; never throws.
 */
export function readUnlabelledSwasCard(container: Element, id: string, cache: VisibilityCache): ServerFacts | undefined {
  try {
    const runs: string[] = [];
    for (const u of textUnits(container, cache)) {
      if (u.kind !== 'data' || inTitle(u.el, container)) continue;
      const text = normalizeText(u.text);
      if (text === '' || text.toLowerCase().includes(id)) continue;
      // "华北2（北京） | 2核4GB" drawn with text separators instead of dividers
      for (const piece of text.split(/\s*[|｜]\s*/)) if (piece !== '') runs.push(piece);
    }
    const region = one(runs.map(regionName));
    const bandwidth = one(runs.map(bandwidthOf));
    const expiresAt = one(runs.map((r) => expiryFromText(r, false)));
    if (region === undefined && bandwidth === undefined && expiresAt === undefined) return undefined;
    const server: ServerFacts = { id, provider: 'aliyun', product: 'swas' };
    // Simple Application Servers are sold by subscription only (as the labelled paths say)
    const billing = one(runs.map(billingFromText)) ?? 'subscription';
    server.billing = billing;
    if (region) server.region = region;
    if (expiresAt && billing !== 'payg') server.expiresAt = expiresAt;
    if (bandwidth !== undefined) server.publicBandwidthMbps = bandwidth;
    return server;
  } catch {
    return undefined;
  }
}

/** The one value the runs show; undefined when none or two differ. */
function one<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  const found = new Set(values.filter((v): v is T => v !== undefined));
  return found.size === 1 ? found.values().next().value : undefined;
}

/** A card's title (its name, usually a link in a heading) is a name, never a value. */
function inTitle(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e && e !== container; e = e.parentElement) {
    if (/^H[1-6]$/.test(upperTag(e))) return true;
    const cls = e.getAttribute('class') ?? '';
    if (/(?:^|[-_\s])title(?:$|[-_\s])/i.test(cls)) return true;
  }
  return false;
}

/** A figure with a unit in a run that names bandwidth (not an internal one). */
export function bandwidthOf(text: string): number | undefined {
  const s = normalizeText(text);
  if (!SWAS_CARD_WORDS.bandwidth.some((w) => s.toLowerCase().includes(w.toLowerCase()))) return undefined;
  return publicBandwidth({ bandwidthText: s, ipShown: false, ips: { any: false, public: false, eip: false } });
}
