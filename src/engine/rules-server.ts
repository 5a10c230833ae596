import { addMonths, dateOf } from './calendar';
import { serverKey, type LintContext } from './context';
import { addParams, makeVerdict, type Verdict } from './messages';
import { productData, providerData, serverProviderId, type Product } from './provider';
import { resolveRegion } from './region';
import type { ServerFacts } from '../facts/schema';
import type { Evaluator } from './rules-domain';
import type { Params, Status } from './types';

function verdict(ctx: LintContext, s: ServerFacts, status: Status, params?: Params, extra?: Partial<Verdict>): Verdict {
  return makeVerdict(status, s.id, 'server', addParams({ server: s.id }, params), extra, serverProviderId(ctx.rules, s));
}

function product(ctx: LintContext, s: ServerFacts): Product {
  return productData(ctx.rules, s.product);
}

function provider(ctx: LintContext, s: ServerFacts) {
  return providerData(ctx.rules, serverProviderId(ctx.rules, s));
}

function productParams(ctx: LintContext, s: ServerFacts): Params {
  const p = product(ctx, s);
  return { product_zh: p.name.zh, product_en: p.name.en, product: p.name.en };
}

/** The console page that lists this product's servers (an unknown says to open it). */
function serverPage(ctx: LintContext, s: ServerFacts): string {
  return product(ctx, s).page ?? (s.product === 'swas' ? 'swas-instances' : 'ecs-instances');
}

const filingCache = new WeakMap<LintContext, ServerFacts[]>();

/** Servers a filing could use: every server not known to be outside the mainland. */
function filingServers(ctx: LintContext): ServerFacts[] {
  let servers = filingCache.get(ctx);
  if (!servers) {
    servers = ctx.servers.filter((s) => resolveRegion(s.region, ctx.rules, serverProviderId(ctx.rules, s))?.mainland !== false);
    filingCache.set(ctx, servers);
  }
  return servers;
}

const websiteListCache = new WeakMap<LintContext, Map<string, LintContext['websites']>>();

/** The websites of the filing per server key (lower case id). */
function websitesByServerKey(ctx: LintContext): Map<string, LintContext['websites']> {
  let map = websiteListCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const w of ctx.websites) {
      if (!w.website.serverId) continue;
      const k = serverKey(w.website.serverId);
      const list = map.get(k);
      if (list) list.push(w);
      else map.set(k, [w]);
    }
    websiteListCache.set(ctx, map);
  }
  return map;
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
    const region = resolveRegion(s.region, ctx.rules, serverProviderId(ctx.rules, s));
    if (!region) return verdict(ctx, s, 'unknown', {}, { page: serverPage(ctx, s) });
    const params = regionParams(ctx, region.id, s.region);
    if (region.mainland) return verdict(ctx, s, 'pass', params);
    return verdict(ctx, s, 'pass', params, { variant: 'outside', severity: 'info' });
  });

export const subscriptionBilling: Evaluator = (ctx) =>
  filingServers(ctx).map((s) => {
    if (s.billing === 'payg') return verdict(ctx, s, 'fail');
    // Simple Application Server (and products marked so in products.json) is sold by subscription only.
    if (s.billing === 'subscription' || s.product === 'swas' || product(ctx, s).subscriptionOnly) return verdict(ctx, s, 'pass');
    return verdict(ctx, s, 'unknown', {}, { page: serverPage(ctx, s) });
  });

export const subscriptionLength: Evaluator = (ctx) => {
  const requiredByMonths = new Map<number, string>();
  return filingServers(ctx).flatMap((s) => {
    if (s.billing === 'payg') return [];
    const p = product(ctx, s);
    let required = requiredByMonths.get(p.minMonths);
    if (!required) requiredByMonths.set(p.minMonths, (required = addMonths(ctx.today, p.minMonths)));
    const params: Params = { ...productParams(ctx, s), months: p.minMonths, required, ...(p.minTotalMonths !== undefined ? { totalMonths: p.minTotalMonths } : {}) };
    const page = serverPage(ctx, s);
    if (p.minOrderYuan !== undefined) params.minAmount = p.minOrderYuan;
    if (p.minOrderYuan !== undefined && s.orderAmountYuan !== undefined && s.orderAmountYuan < p.minOrderYuan) {
      return [verdict(ctx, s, 'fail', { ...params, amount: s.orderAmountYuan }, { variant: 'order' })];
    }
    if (p.id === 'cloud-market') {
      // Cloud market products: the FIRST purchase must be 12 months or more (000 §3, 001), not the time
      // left: time still to run may come from renewals, so without the first purchase it is unknown.
      if (s.firstPurchaseMonths === undefined) return [verdict(ctx, s, 'unknown', params, { variant: 'first-purchase-unknown', page })];
      if (s.firstPurchaseMonths < p.minMonths) return [verdict(ctx, s, 'fail', { ...params, firstMonths: s.firstPurchaseMonths }, { variant: 'first-purchase' })];
      if (s.orderAmountYuan === undefined) return [verdict(ctx, s, 'unknown', params, { variant: 'order-unknown', page })];
      return [verdict(ctx, s, 'pass', { ...params, firstMonths: s.firstPurchaseMonths }, { variant: 'first-purchase-ok' })];
    }
    if (!s.expiresAt) return [verdict(ctx, s, 'unknown', params, { page })];
    const expiresAt = dateOf(s.expiresAt);
    if (expiresAt < ctx.today) return [verdict(ctx, s, 'fail', { ...params, expiresAt }, { variant: 'expired' })];
    if (expiresAt < required) return [verdict(ctx, s, 'fail', { ...params, expiresAt })];
    if (p.minTotalMonths !== undefined) {
      // Bought for at least minTotalMonths in total, creation to expiry (renewals count), calendar months.
      const total: Params = { ...params, expiresAt, totalMonths: p.minTotalMonths };
      if (!s.createdAt) return [verdict(ctx, s, 'unknown', total, { variant: 'total-unknown', page })];
      const createdAt = dateOf(s.createdAt);
      const totalRequired = addMonths(createdAt, p.minTotalMonths);
      const withDates = { ...total, createdAt, totalRequired };
      if (expiresAt < totalRequired) return [verdict(ctx, s, 'fail', withDates, { variant: 'total' })];
      return [verdict(ctx, s, 'pass', withDates, { variant: 'total-ok' })];
    }
    if (p.minOrderYuan !== undefined && s.orderAmountYuan === undefined) {
      return [verdict(ctx, s, 'unknown', { ...params, expiresAt, minAmount: p.minOrderYuan }, { variant: 'order-unknown', page })];
    }
    return [verdict(ctx, s, 'pass', { ...params, expiresAt })];
  });
};

export const publicBandwidth: Evaluator = (ctx) =>
  filingServers(ctx)
    .filter((s) => product(ctx, s).needsPublicBandwidth)
    .map((s) => {
      if (s.publicBandwidthMbps === undefined) return verdict(ctx, s, 'unknown');
      return verdict(ctx, s, s.publicBandwidthMbps > 0 ? 'pass' : 'fail', { mbps: s.publicBandwidthMbps });
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
    if (used > p.serviceNumbers) return [verdict(ctx, s, 'fail', params)];
    // Within the quota only if the numbers already used are known too: a used number is gone.
    if (pool.some((o) => o.serviceNumbersUsed === undefined)) return [verdict(ctx, s, 'unknown', params)];
    return [verdict(ctx, s, 'pass', params)];
  });

export const serviceNumberAuthorized: Evaluator = (ctx) =>
  filingServers(ctx).flatMap((s) => {
    if (!provider(ctx, s).serviceNumberAuthorization) return [];
    const account = ctx.entity?.account;
    if (s.account && account) {
      const same = s.account.trim().toLowerCase() === account.trim().toLowerCase();
      return [verdict(ctx, s, same ? 'pass' : 'fail', { account, serverAccount: s.account })];
    }
    return websitesOn(ctx, s) > 0 ? [verdict(ctx, s, 'unknown')] : [];
  });

/**
 * Tencent Cloud: a server of another account backs the filing only through a filing authorization code
 * (备案授权码) from the buying account. Codes per server come from products.json; two values there
 * mean the sources disagree (Lighthouse: none or 2), which is said, as a warning, not settled.
 */
export const authorizationCode: Evaluator = (ctx) =>
  filingServers(ctx).flatMap((s) => {
    const codes = provider(ctx, s).authorizationCodes;
    if (!codes) return [];
    const p = product(ctx, s);
    const perServer = p.authorizationCodes ?? [0];
    const account = ctx.entity?.account;
    const onServer = websitesByServerKey(ctx).get(serverKey(s.id)) ?? [];
    const params: Params = { ...productParams(ctx, s), codes: perServer[0]!, websites: onServer.length };
    if (!s.account || !account) return onServer.length > 0 ? [verdict(ctx, s, 'unknown', params, { page: 'tencent-beian-authcode' })] : [];
    const accounts = { ...params, account, serverAccount: s.account };
    if (s.account.trim().toLowerCase() === account.trim().toLowerCase()) return [verdict(ctx, s, 'pass', accounts, { variant: 'same-account' })];
    if (perServer.length > 1) return [verdict(ctx, s, 'fail', { ...accounts, codesA: perServer[0]!, codesB: perServer[1]! }, { variant: 'disputed' })];
    if (perServer[0] === 0) return [verdict(ctx, s, 'fail', accounts, { variant: 'none' })];
    const needed = onServer.length + (s.serviceNumbersUsed ?? 0);
    if (needed > perServer[0]!) return [verdict(ctx, s, 'fail', { ...accounts, needed }, { variant: 'too-many' })];
    const code = onServer.find((w) => w.website.serviceNumber)?.website.serviceNumber;
    if (onServer.length > 0 && onServer.every((w) => w.website.serviceNumber)) return [verdict(ctx, s, 'pass', { ...accounts, code: code! }, { variant: 'code' })];
    return [verdict(ctx, s, 'fail', accounts)];
  });
