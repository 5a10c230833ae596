import type { PageFacts } from '../facts/schema';
import { isCut } from './dom/truncated';

/**
 * Names as a reader gave them that are still cut short ("杭州青山茶业有…", "青山…官网"): the readers took the
 * whole from a title where the page gives one (dom/truncated.ts untruncated / wholeOfCutText), so an ellipsis
 * left in a name is a part of it with no whole on the page — no name (a part compared as the name would be a
 * false mismatch with the entity, the account or the filed website). Ids and domains are refused where they
 * are parsed (aliyun/server-values.ts ECS_ID, shared/text-values.ts DOMAIN_RE); a cut text that is neither
 * stays as read. Pure; the facts unchanged when nothing is cut.
 */
export function withoutCutNames(facts: PageFacts): PageFacts {
  const { entity, websites, domains } = facts;
  const entityCut = entity && (isCut(entity.name) || isCut(entity.accountName) || entity.accountEntities?.some((n) => isCut(n)));
  const websiteCut = websites?.some((w) => isCut(w.name));
  const domainCut = domains?.some((d) => isCut(d.registrar) || isCut(d.registrantName) || isCut(d.accessProvider));
  if (!entityCut && !websiteCut && !domainCut) return facts;
  const out: PageFacts = { ...facts };
  if (entity && entityCut) {
    const e = { ...entity };
    if (isCut(e.name)) delete e.name;
    if (isCut(e.accountName)) delete e.accountName;
    if (e.accountEntities) e.accountEntities = e.accountEntities.filter((n) => !isCut(n));
    out.entity = e;
  }
  if (websites && websiteCut) out.websites = websites.map((w) => (isCut(w.name) ? withoutKey(w, 'name') : w));
  if (domains && domainCut) {
    out.domains = domains.map((d) => {
      let x = d;
      for (const k of ['registrar', 'registrantName', 'accessProvider'] as const) if (isCut(x[k])) x = withoutKey(x, k);
      return x;
    });
  }
  return out;
}

function withoutKey<T extends object, K extends keyof T>(o: T, k: K): T {
  const copy = { ...o };
  delete copy[k];
  return copy;
}
