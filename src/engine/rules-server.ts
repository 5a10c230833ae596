import { addMonths, dateOf } from './calendar';
import { serverKey, type LintContext } from './context';
import type { Verdict } from './messages';
import { resolveRegion } from './region';
import type { ServerFacts } from '../facts/schema';
import type { Evaluator } from './rules-domain';
import type { Params, Status } from './types';

function verdict(s: ServerFacts, status: Status, params: Params = {}, extra: Partial<Verdict> = {}): Verdict {
  return { status, subject: s.id, subjectKind: 'server', params: { server: s.id, ...params }, ...extra };
}

function product(ctx: LintContext, s: ServerFacts) {
  return ctx.rules.products.products.find((p) => p.id === s.product)!;
}

function productParams(ctx: LintContext, s: ServerFacts): Params {
  const p = product(ctx, s);
  return { product_zh: p.name.zh, product_en: p.name.en, product: p.name.en };
}

const filingCache = new WeakMap<LintContext, ServerFacts[]>();

/** Servers a filing could use: every server not known to be outside the mainland. */
function filingServers(ctx: LintContext): ServerFacts[] {
  let servers = filingCache.get(ctx);
  if (!servers) {
    servers = ctx.servers.filter((s) => resolveRegion(s.region, ctx.rules)?.mainland !== false);
    filingCache.set(ctx, servers);
  }
  return servers;
}

function websitesOn(ctx: LintContext, s: ServerFacts): number {
  return ctx.websitesByServer.get(serverKey(s.id)) ?? 0;
}

export const mainlandRegion: Evaluator = (ctx) =>
  ctx.servers.map((s) => {
    const region = resolveRegion(s.region, ctx.rules);
    if (!region) return verdict(s, 'unknown', {}, { page: s.product === 'swas' ? 'swas-instances' : 'ecs-instances' });
    if (region.mainland) return verdict(s, 'pass', { region: region.id });
    return verdict(s, 'pass', { region: s.region ?? region.id }, { variant: 'outside', severity: 'info' });
  });

export const subscriptionBilling: Evaluator = (ctx) =>
  filingServers(ctx).map((s) => {
    if (s.billing === 'payg') return verdict(s, 'fail');
    // Simple Application Server is sold by subscription only.
    if (s.billing === 'subscription' || s.product === 'swas') return verdict(s, 'pass');
    return verdict(s, 'unknown', {}, { page: 'ecs-instances' });
  });

export const subscriptionLength: Evaluator = (ctx) => {
  const requiredByMonths = new Map<number, string>();
  return filingServers(ctx).flatMap((s) => {
    if (s.billing === 'payg') return [];
    const p = product(ctx, s);
    let required = requiredByMonths.get(p.minMonths);
    if (!required) requiredByMonths.set(p.minMonths, (required = addMonths(ctx.today, p.minMonths)));
    const params: Params = { ...productParams(ctx, s), months: p.minMonths, required };
    const page = s.product === 'swas' ? 'swas-instances' : 'ecs-instances';
    if (p.minOrderYuan !== undefined && s.orderAmountYuan !== undefined && s.orderAmountYuan < p.minOrderYuan) {
      return [verdict(s, 'fail', { ...params, amount: s.orderAmountYuan, minAmount: p.minOrderYuan }, { variant: 'order' })];
    }
    if (p.id === 'cloud-market' && s.firstPurchaseMonths !== undefined && s.firstPurchaseMonths < p.minMonths) {
      return [verdict(s, 'fail', { ...params, firstMonths: s.firstPurchaseMonths }, { variant: 'first-purchase' })];
    }
    if (!s.expiresAt) return [verdict(s, 'unknown', params, { page })];
    const expiresAt = dateOf(s.expiresAt);
    if (expiresAt < required) return [verdict(s, 'fail', { ...params, expiresAt })];
    if (p.minOrderYuan !== undefined && s.orderAmountYuan === undefined) {
      return [verdict(s, 'unknown', { ...params, expiresAt, minAmount: p.minOrderYuan }, { variant: 'order-unknown', page })];
    }
    return [verdict(s, 'pass', { ...params, expiresAt })];
  });
};

export const publicBandwidth: Evaluator = (ctx) =>
  filingServers(ctx)
    .filter((s) => product(ctx, s).needsPublicBandwidth)
    .map((s) => {
      if (s.publicBandwidthMbps === undefined) return verdict(s, 'unknown');
      return verdict(s, s.publicBandwidthMbps > 0 ? 'pass' : 'fail', { mbps: s.publicBandwidthMbps });
    });

export const serviceNumberQuota: Evaluator = (ctx) =>
  filingServers(ctx).flatMap((s) => {
    const p = product(ctx, s);
    // Web hosting: the quota is per account, shared by the account's web-hosting instances.
    const pool =
      s.product === 'web-hosting'
        ? filingServers(ctx).filter((o) => o.product === 'web-hosting' && (o.account ?? '') === (s.account ?? ''))
        : [s];
    const websites = pool.reduce((n, o) => n + websitesOn(ctx, o), 0);
    const usedBefore = pool.reduce((n, o) => n + (o.serviceNumbersUsed ?? 0), 0);
    if (websitesOn(ctx, s) === 0 && s.serviceNumbersUsed === undefined) return [];
    const used = websites + usedBefore;
    return [verdict(s, used > p.serviceNumbers ? 'fail' : 'pass', { ...productParams(ctx, s), used, quota: p.serviceNumbers })];
  });

export const serviceNumberAuthorized: Evaluator = (ctx) =>
  filingServers(ctx).flatMap((s) => {
    const account = ctx.entity?.account;
    if (s.account && account) {
      const same = s.account.trim().toLowerCase() === account.trim().toLowerCase();
      return [verdict(s, same ? 'pass' : 'fail', { account, serverAccount: s.account })];
    }
    return websitesOn(ctx, s) > 0 ? [verdict(s, 'unknown')] : [];
  });
