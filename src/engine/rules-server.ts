import { addMonths, dateOf } from './calendar';
import type { LintContext, ServerSubject } from './context';
import { makeVerdict, type Verdict } from './messages';
import type { Product } from './provider';
import type { RuleSet } from './rule-data';
import type { Evaluator } from './rules-domain';
import type { Params, Severity, Status } from './types';

/**
 * A server's verdict. `params` is the verdict's own object, starting with `server` (made by
 * serverParams / productParams below): evaluators add to it instead of copying it, one verdict each.
 */
function verdict(ss: ServerSubject, status: Status, params: Params, variant?: string, page?: string, severity?: Severity): Verdict {
  return makeVerdict(status, ss.server.id, 'server', params, variant === undefined && page === undefined && severity === undefined ? undefined : { variant, page, severity }, ss.providerId);
}

function product(ss: ServerSubject): Product {
  if (!ss.product) throw new Error(`no product '${ss.server.product}' in rules/products.json`);
  return ss.product;
}

/** { server } */
function serverParams(ss: ServerSubject): Params {
  return { server: ss.server.id };
}

/** { server, product_zh, product_en, product } */
function productParams(ss: ServerSubject, p: Product): Params {
  return { server: ss.server.id, product_zh: p.name.zh, product_en: p.name.en, product: p.name.en };
}

/** The console page that lists this product's servers (an unknown says to open it). */
function serverPage(ss: ServerSubject): string {
  return product(ss).page ?? (ss.server.product === 'swas' ? 'swas-instances' : 'ecs-instances');
}

type RegionNames = { region: string; zh: string; en: string };
const regionNames = new WeakMap<RuleSet, Map<string, RegionNames>>();

/** The region as the console names it in each language (中国香港 / China (Hong Kong)), else as given. */
function regionParams(ctx: LintContext, ss: ServerSubject, id: string, given: string | undefined): Params {
  let byKey = regionNames.get(ctx.rules);
  if (!byKey) regionNames.set(ctx.rules, (byKey = new Map()));
  const memoKey = `${id}\u0000${given ?? ''}`;
  let n = byKey.get(memoKey);
  if (!n) {
    const names = ctx.rules.regions.regions.find((r) => r.id === id)?.names ?? [];
    const zh = names.find((x) => /\p{Script=Han}/u.test(x));
    const en = names.find((x) => !/\p{Script=Han}/u.test(x) && /\(/.test(x)) ?? names.find((x) => !/\p{Script=Han}/u.test(x));
    const fallback = given?.trim() || id;
    n = { region: en ?? fallback, zh: zh ?? fallback, en: en ?? fallback };
    if (byKey.size < 1000) byKey.set(memoKey, n);
  }
  return { server: ss.server.id, region: n.region, region_zh: n.zh, region_en: n.en };
}

export const mainlandRegion: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const ss of ctx.serverSubjects) {
    const region = ss.region;
    if (!region) out.push(verdict(ss, 'unknown', serverParams(ss), undefined, serverPage(ss)));
    else if (region.mainland) out.push(verdict(ss, 'pass', regionParams(ctx, ss, region.id, ss.server.region)));
    else out.push(verdict(ss, 'pass', regionParams(ctx, ss, region.id, ss.server.region), 'outside', undefined, 'info'));
  }
  return out;
};

export const subscriptionBilling: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const ss of ctx.filingServers) {
    const s = ss.server;
    if (s.billing === 'payg') out.push(verdict(ss, 'fail', serverParams(ss)));
    // Simple Application Server (and products marked so in products.json) is sold by subscription only.
    else if (s.billing === 'subscription' || s.product === 'swas' || product(ss).subscriptionOnly) out.push(verdict(ss, 'pass', serverParams(ss)));
    else out.push(verdict(ss, 'unknown', serverParams(ss), undefined, serverPage(ss)));
  }
  return out;
};

export const subscriptionLength: Evaluator = (ctx) => {
  const requiredByMonths = new Map<number, string>();
  /** addMonths(createdAt, months) per date and months: creation dates repeat across an account. */
  const totals = new Map<string, string>();
  const out: Verdict[] = [];
  for (const ss of ctx.filingServers) {
    const s = ss.server;
    if (s.billing === 'payg') continue;
    const p = product(ss);
    let required = requiredByMonths.get(p.minMonths);
    if (!required) requiredByMonths.set(p.minMonths, (required = addMonths(ctx.today, p.minMonths)));
    // { server, product…, months, required, totalMonths?, minAmount? }, then what a branch adds.
    const params = productParams(ss, p);
    params.months = p.minMonths;
    params.required = required;
    if (p.minTotalMonths !== undefined) params.totalMonths = p.minTotalMonths;
    const page = serverPage(ss);
    if (p.minOrderYuan !== undefined) params.minAmount = p.minOrderYuan;
    if (p.minOrderYuan !== undefined && s.orderAmountYuan !== undefined && s.orderAmountYuan < p.minOrderYuan) {
      params.amount = s.orderAmountYuan;
      out.push(verdict(ss, 'fail', params, 'order'));
      continue;
    }
    if (p.id === 'cloud-market') {
      // Cloud market products: the FIRST purchase must be 12 months or more (000 §3, 001), not the time
      // left: time still to run may come from renewals, so without the first purchase it is unknown.
      if (s.firstPurchaseMonths === undefined) out.push(verdict(ss, 'unknown', params, 'first-purchase-unknown', page));
      else if (s.firstPurchaseMonths < p.minMonths) {
        params.firstMonths = s.firstPurchaseMonths;
        out.push(verdict(ss, 'fail', params, 'first-purchase'));
      } else if (s.orderAmountYuan === undefined) out.push(verdict(ss, 'unknown', params, 'order-unknown', page));
      else {
        params.firstMonths = s.firstPurchaseMonths;
        out.push(verdict(ss, 'pass', params, 'first-purchase-ok'));
      }
      continue;
    }
    if (!s.expiresAt) {
      out.push(verdict(ss, 'unknown', params, undefined, page));
      continue;
    }
    const expiresAt = dateOf(s.expiresAt);
    params.expiresAt = expiresAt;
    if (expiresAt < ctx.today) {
      out.push(verdict(ss, 'fail', params, 'expired'));
      continue;
    }
    if (expiresAt < required) {
      out.push(verdict(ss, 'fail', params));
      continue;
    }
    if (p.minTotalMonths !== undefined) {
      // Bought for at least minTotalMonths in total, creation to expiry (renewals count), calendar months.
      params.totalMonths = p.minTotalMonths;
      if (!s.createdAt) {
        out.push(verdict(ss, 'unknown', params, 'total-unknown', page));
        continue;
      }
      const createdAt = dateOf(s.createdAt);
      const totalKey = `${createdAt}|${p.minTotalMonths}`;
      let totalRequired = totals.get(totalKey);
      if (totalRequired === undefined) totals.set(totalKey, (totalRequired = addMonths(createdAt, p.minTotalMonths)));
      params.createdAt = createdAt;
      params.totalRequired = totalRequired;
      out.push(expiresAt < totalRequired ? verdict(ss, 'fail', params, 'total') : verdict(ss, 'pass', params, 'total-ok'));
      continue;
    }
    if (p.minOrderYuan !== undefined && s.orderAmountYuan === undefined) {
      params.minAmount = p.minOrderYuan;
      out.push(verdict(ss, 'unknown', params, 'order-unknown', page));
      continue;
    }
    out.push(verdict(ss, 'pass', params));
  }
  return out;
};

export const publicBandwidth: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const ss of ctx.filingServers) {
    if (!product(ss).needsPublicBandwidth) continue;
    const mbps = ss.server.publicBandwidthMbps;
    if (mbps === undefined) out.push(verdict(ss, 'unknown', serverParams(ss)));
    else out.push(verdict(ss, mbps > 0 ? 'pass' : 'fail', { server: ss.server.id, mbps }));
  }
  return out;
};

export const serviceNumberQuota: Evaluator = (ctx) => {
  // Web hosting: the quota is per account, shared by the account's web-hosting instances.
  const pools = new Map<string, ServerSubject[]>();
  for (const o of ctx.filingServers) {
    if (o.server.product !== 'web-hosting' || !o.server.account) continue;
    const pool = pools.get(o.server.account);
    if (pool) pool.push(o);
    else pools.set(o.server.account, [o]);
  }
  const out: Verdict[] = [];
  for (const ss of ctx.filingServers) {
    const s = ss.server;
    const p = product(ss);
    const pool = s.product === 'web-hosting' && s.account ? pools.get(s.account)! : undefined;
    let websites = 0;
    let usedBefore = 0;
    let anyUnknown = false;
    if (pool) {
      for (const o of pool) {
        websites += o.websites.length;
        usedBefore += o.server.serviceNumbersUsed ?? 0;
        if (o.server.serviceNumbersUsed === undefined) anyUnknown = true;
      }
    } else {
      websites = ss.websites.length;
      usedBefore = s.serviceNumbersUsed ?? 0;
      anyUnknown = s.serviceNumbersUsed === undefined;
    }
    if (ss.websites.length === 0 && s.serviceNumbersUsed === undefined) continue;
    const used = websites + usedBefore;
    // Websites of this filing and numbers already used are counted apart: the message names both.
    const params = productParams(ss, p);
    params.websites = websites;
    params.usedBefore = usedBefore;
    params.used = used;
    params.quota = p.serviceNumbers;
    params.over = Math.max(0, used - p.serviceNumbers);
    if (used > p.serviceNumbers) out.push(verdict(ss, 'fail', params));
    // Within the quota only if the numbers already used are known too: a used number is gone.
    else if (anyUnknown) out.push(verdict(ss, 'unknown', params));
    else out.push(verdict(ss, 'pass', params));
  }
  return out;
};

export const serviceNumberAuthorized: Evaluator = (ctx) => {
  const account = ctx.entity?.account;
  const accountKey = account?.trim().toLowerCase();
  const out: Verdict[] = [];
  for (const ss of ctx.filingServers) {
    if (!ss.provider.serviceNumberAuthorization) continue;
    const s = ss.server;
    if (s.account && account) {
      const same = s.account.trim().toLowerCase() === accountKey;
      out.push(verdict(ss, same ? 'pass' : 'fail', { server: s.id, account, serverAccount: s.account }));
    } else if (ss.websites.length > 0) out.push(verdict(ss, 'unknown', serverParams(ss)));
  }
  return out;
};

/**
 * Tencent Cloud: a server of another account backs the filing only through a filing authorization code
 * (备案授权码) from the buying account. Codes per server come from products.json; two values there
 * mean the sources disagree (Lighthouse: none or 2), which is said, as a warning, not settled.
 */
export const authorizationCode: Evaluator = (ctx) => {
  const account = ctx.entity?.account;
  const accountKey = account?.trim().toLowerCase();
  const out: Verdict[] = [];
  for (const ss of ctx.filingServers) {
    if (!ss.provider.authorizationCodes) continue;
    const s = ss.server;
    const p = product(ss);
    const perServer = p.authorizationCodes ?? NO_CODES;
    const onServer = ss.websites;
    const params = productParams(ss, p);
    params.codes = perServer[0]!;
    params.websites = onServer.length;
    if (!s.account || !account) {
      if (onServer.length > 0) out.push(verdict(ss, 'unknown', params, undefined, 'tencent-beian-authcode'));
      continue;
    }
    params.account = account;
    params.serverAccount = s.account;
    if (s.account.trim().toLowerCase() === accountKey) out.push(verdict(ss, 'pass', params, 'same-account'));
    else if (perServer.length > 1) {
      params.codesA = perServer[0]!;
      params.codesB = perServer[1]!;
      out.push(verdict(ss, 'fail', params, 'disputed'));
    } else if (perServer[0] === 0) out.push(verdict(ss, 'fail', params, 'none'));
    else {
      const needed = onServer.length + (s.serviceNumbersUsed ?? 0);
      if (needed > perServer[0]!) {
        params.needed = needed;
        out.push(verdict(ss, 'fail', params, 'too-many'));
      } else if (onServer.length > 0 && onServer.every((w) => w.website.serviceNumber)) {
        // a code the server's code list shows used in a successful filing, or bound to another account, cannot back this
        // one (005 §1: a used code cannot be reused; the code names the account allowed to use it) — round sixty-three: a
        // website giving a code the same facts list as 已使用 passed
        const problem = onServer.map((w) => codeProblem(w.website.serviceNumber!, s.authorizationCodes, accountKey!)).find((x) => x !== undefined);
        if (problem) {
          params.code = problem.code;
          if (problem.codeAccount !== undefined) params.codeAccount = problem.codeAccount;
          out.push(verdict(ss, 'fail', params, problem.variant));
        } else {
          params.code = onServer.find((w) => w.website.serviceNumber)!.website.serviceNumber!;
          out.push(verdict(ss, 'pass', params, 'code'));
        }
      } else out.push(verdict(ss, 'fail', params));
    }
  }
  return out;
};

const NO_CODES = [0];
/** A Tencent Cloud account id shown whole (digits, no mask). */
const WHOLE_ACCOUNT = /^\d{5,15}$/;

/**
 * What the server's code list (the authorization code page's rows) says against a website's code: used in a successful
 * filing (`code-used`), or bound to an account other than the filing account (`code-other-account`). Nothing when the
 * code is not listed or its row says neither (unused, in use — perhaps by this very filing).
 */
function codeProblem(
  code: string,
  listed: ServerSubject['server']['authorizationCodes'],
  accountKey: string,
): { variant: 'code-used' | 'code-other-account'; code: string; codeAccount?: string } | undefined {
  const key = code.trim().toLowerCase();
  const row = listed?.find((c) => c.code.trim().toLowerCase() === key);
  if (!row) return undefined;
  if (row.status === 'used') return { variant: 'code-used', code: row.code };
  // (account ids compared only when both are whole: a masked one — 1000****1234 — tells nothing)
  const target = row.targetAccount?.trim().toLowerCase();
  if (target && WHOLE_ACCOUNT.test(target) && WHOLE_ACCOUNT.test(accountKey) && target !== accountKey) return { variant: 'code-other-account', code: row.code, codeAccount: row.targetAccount };
  return undefined;
}
