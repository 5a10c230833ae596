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

/** The region as the console names it in each language (中国香港 / China (Hong Kong)), else as given. */
function regionParams(ctx: LintContext, id: string, given: string | undefined): Params {
  const names = ctx.rules.regions.regions.find((r) => r.id === id)?.names ?? [];
  const zh = names.find((n) => /\p{Script=Han}/u.test(n));
  const en = names.find((n) => !/\p{Script=Han}/u.test(n) && /\(/.test(n)) ?? names.find((n) => !/\p{Script=Han}/u.test(n));
  const fallback = given?.trim() || id;
  return { region: en ?? fallback, region_zh: zh ?? fallback, region_en: en ?? fallback };
}

export const mainlandRegion: Evaluator = (ctx) =>
  ctx.servers.map((s) => {
    const region = resolveRegion(s.region, ctx.rules);
    if (!region) return verdict(s, 'unknown', {}, { page: s.product === 'swas' ? 'swas-instances' : 'ecs-instances' });
    const params = regionParams(ctx, region.id, s.region);
    if (region.mainland) return verdict(s, 'pass', params);
    return verdict(s, 'pass', params, { variant: 'outside', severity: 'info' });
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
    if (p.minOrderYuan !== undefined) params.minAmount = p.minOrderYuan;
    if (p.minOrderYuan !== undefined && s.orderAmountYuan !== undefined && s.orderAmountYuan < p.minOrderYuan) {
      return [verdict(s, 'fail', { ...params, amount: s.orderAmountYuan }, { variant: 'order' })];
    }
    if (p.id === 'cloud-market') {
      // Cloud market products: the FIRST purchase must be 12 months or more (000 §3, 001), not the time
      // left: time still to run may come from renewals, so without the first purchase it is unknown.
      if (s.firstPurchaseMonths === undefined) return [verdict(s, 'unknown', params, { variant: 'first-purchase-unknown', page })];
      if (s.firstPurchaseMonths < p.minMonths) return [verdict(s, 'fail', { ...params, firstMonths: s.firstPurchaseMonths }, { variant: 'first-purchase' })];
      if (s.orderAmountYuan === undefined) return [verdict(s, 'unknown', params, { variant: 'order-unknown', page })];
      return [verdict(s, 'pass', { ...params, firstMonths: s.firstPurchaseMonths }, { variant: 'first-purchase-ok' })];
    }
    if (!s.expiresAt) return [verdict(s, 'unknown', params, { page })];
    const expiresAt = dateOf(s.expiresAt);
    if (expiresAt < ctx.today) return [verdict(s, 'fail', { ...params, expiresAt }, { variant: 'expired' })];
    if (expiresAt < required) return [verdict(s, 'fail', { ...params, expiresAt })];
    if (p.minOrderYuan !== undefined && s.orderAmountYuan === undefined) {
      return [verdict(s, 'unknown', { ...params, expiresAt }, { variant: 'order-unknown', page })];
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
      s.product === 'web-hosting' && s.account
        ? filingServers(ctx).filter((o) => o.product === 'web-hosting' && o.account === s.account)
        : [s];
    const websites = pool.reduce((n, o) => n + websitesOn(ctx, o), 0);
    const usedBefore = pool.reduce((n, o) => n + (o.serviceNumbersUsed ?? 0), 0);
    if (websitesOn(ctx, s) === 0 && s.serviceNumbersUsed === undefined) return [];
    const used = websites + usedBefore;
    // Websites of this filing and numbers already used are counted apart: the message names both.
    const params = { ...productParams(ctx, s), websites, usedBefore, used, quota: p.serviceNumbers, over: Math.max(0, used - p.serviceNumbers) };
    if (used > p.serviceNumbers) return [verdict(s, 'fail', params)];
    // Within the quota only if the numbers already used are known too: a used number is gone.
    if (pool.some((o) => o.serviceNumbersUsed === undefined)) return [verdict(s, 'unknown', params)];
    return [verdict(s, 'pass', params)];
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
