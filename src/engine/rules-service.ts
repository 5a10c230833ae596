import type { DomainSubject } from './context';
import { addParams, makeVerdict, type Verdict } from './messages';
import { isAlibabaCloud } from './registrar';
import type { Evaluator } from './rules-domain';
import type { Params, Status } from './types';

function verdict(d: DomainSubject, status: Status, params?: Params, extra?: Partial<Verdict>): Verdict {
  return makeVerdict(status, d.display, 'domain', addParams({ domain: d.display }, params), extra);
}

export const cdnOriginProvider: Evaluator = (ctx) =>
  ctx.domains.flatMap((d) => {
    const f = d.facts;
    if (d.parsed.kind !== 'domain' || !f.boundTo?.some((k) => k === 'cdn' || k === 'waf' || k === 'anti-ddos')) return [];
    if (f.accessProvider && isAlibabaCloud(f.accessProvider, ctx.rules)) return [verdict(d, 'pass', { provider: f.accessProvider })];
    if (f.originOnAlibabaMainland === false) return [verdict(d, 'pass', {}, { variant: 'origin-elsewhere' })];
    if (f.originOnAlibabaMainland === undefined || !f.accessProvider) return [verdict(d, 'unknown')];
    return [verdict(d, isAlibabaCloud(f.accessProvider, ctx.rules) ? 'pass' : 'fail', { provider: f.accessProvider })];
  });

export const ossCustomDomain: Evaluator = (ctx) =>
  ctx.domains.flatMap((d) => {
    const f = d.facts;
    if (d.parsed.kind !== 'domain' || !f.boundTo?.includes('oss')) return [];
    if (f.filed === true || f.icpNumber) return [verdict(d, 'pass')];
    if (f.filed === false) return [verdict(d, 'fail')];
    return [verdict(d, 'unknown')];
  });
