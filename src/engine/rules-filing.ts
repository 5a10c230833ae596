import type { LintContext, WebsiteSubject } from './context';
import { foldDomainText, toRegistrable } from './domain-name';
import { idProvincePrefix, isFullResidentId, residentIdCheckDigitValid } from './id-number';
import { addParams, makeVerdict, verdictOf, type Verdict } from './messages';
import { provinceByIdPrefix, resolveProvince, type Province, type ProvinceMatch } from './province';
import { idTypeKey, namesMatch, type Evaluator } from './rules-domain';
import { providerParams } from './provider';
import type { ProviderData } from './rule-data';
import { daysBetween, dateOf } from './calendar';
import type { Params, Status } from './types';
import { findWord, wordGroup } from './word-match';

function entityVerdict(ctx: LintContext, status: Status, params?: Params, extra?: Partial<Verdict>): Verdict {
  const name = ctx.entity?.name;
  const entity: Params = name ? { entity: name } : { entity_zh: '备案主体', entity_en: 'The filing entity', entity: 'The filing entity' };
  return makeVerdict(status, name ?? 'entity', 'entity', addParams(entity, params), extra);
}

function websiteVerdict(w: WebsiteSubject, status: Status, params?: Params, extra?: Partial<Verdict>): Verdict {
  // { ...w.nameParams, ...params }: nameParams is { website } or { website, website_zh, website_en }.
  const n = w.nameParams;
  const p: Params = n.website_zh === undefined ? { website: n.website! } : { website: n.website!, website_zh: n.website_zh, website_en: n.website_en! };
  return verdictOf(status, w.display, 'website', addParams(p, params), extra?.variant, extra?.severity, extra?.page, extra?.provider);
}

function provinceParams(name: string, p: Province | ProvinceMatch | undefined): Params {
  if (!p) return {};
  if ('kind' in p) {
    if (p.kind === 'province') return provinceParams(name, p.province);
    return { [`${name}_zh`]: p.name, [`${name}_en`]: p.iso, [name]: p.iso };
  }
  return { [`${name}_zh`]: p.short, [`${name}_en`]: p.pinyin[0]!, [name]: p.pinyin[0]! };
}

function sameProvince(a: ProvinceMatch, b: Province): boolean {
  return a.kind === 'province' && a.province.iso === b.iso;
}

/** The strictest provider limit among a website's providers, with the provider that sets it. */
function providerDomainLimit(w: WebsiteSubject): { limit: number; provider: ProviderData } | undefined {
  let best: { limit: number; provider: ProviderData } | undefined;
  for (const p of w.providers) if (p.domainsPerWebsite !== undefined && (!best || p.domainsPerWebsite < best.limit)) best = { limit: p.domainsPerWebsite, provider: p };
  return best;
}

/** The stricter of the provider's platform limit and the province's wins. */
export const provinceDomainLimit: Evaluator = (ctx) => {
  // One domain is within every province's limit; more than the largest limit is over all of them.
  const most = ctx.province ? 0 : Math.max(...ctx.rules.provinces.provinces.map((p) => p.domainsPerWebsite));
  return ctx.websites.map((w) => {
    const count = w.domainKeys.length;
    const platform = providerDomainLimit(w);
    if (platform && (!ctx.province || platform.limit < ctx.province.domainsPerWebsite)) {
      const params = { count, limit: platform.limit, ...providerParams(platform.provider) };
      const extra = { provider: platform.provider.id };
      return count > platform.limit ? websiteVerdict(w, 'fail', params, { ...extra, variant: 'provider' }) : websiteVerdict(w, 'pass', params, { ...extra, variant: 'provider-ok' });
    }
    if (!ctx.province) {
      const anywhere = { province_zh: '各省', province_en: 'any province' };
      if (count <= 1) return websiteVerdict(w, 'pass', { count, limit: 1, ...anywhere }, { variant: 'single' });
      if (count > most) return websiteVerdict(w, 'fail', { count, limit: most, ...anywhere });
      return websiteVerdict(w, 'unknown', { count }, { page: 'beian-entity' });
    }
    const limit = ctx.province.domainsPerWebsite;
    return websiteVerdict(w, count > limit ? 'fail' : 'pass', { count, limit, ...provinceParams('province', ctx.province) });
  });
};

/** The organization's home province: as stated, else from the unified social credit code (digits 3-4). */
function organizationHome(ctx: LintContext): ProvinceMatch | undefined {
  const e = ctx.entity!;
  const stated = resolveProvince(e.homeProvince, ctx.rules);
  if (stated) return stated;
  const code = e.idNumber?.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (code && /^[0-9A-HJ-NPQRTUWXY]{2}\d{2}/.test(code) && code.length === 18 && (!e.idType || idTypeKey(e.idType) === 'business-license')) {
    const p = provinceByIdPrefix(code.slice(2, 4), ctx.rules);
    if (p) return { kind: 'province', province: p };
  }
  return undefined;
}

/** The individual's home province: as stated, else from the resident ID number's visible prefix. */
function individualHome(ctx: LintContext): ProvinceMatch | undefined {
  const e = ctx.entity!;
  const stated = resolveProvince(e.homeProvince, ctx.rules);
  if (stated) return stated;
  if (!e.idNumber || (e.idType && idTypeKey(e.idType) !== 'resident-id')) return undefined;
  if (isFullResidentId(e.idNumber) && !residentIdCheckDigitValid(e.idNumber)) return undefined;
  const prefix = idProvincePrefix(e.idNumber);
  const p = prefix ? provinceByIdPrefix(prefix, ctx.rules) : undefined;
  return p ? { kind: 'province', province: p } : undefined;
}

export const organizationCrossProvince: Evaluator = (ctx) => {
  if (!ctx.entity) return [];
  if (ctx.entity.type === undefined) return [entityVerdict(ctx, 'unknown')];
  if (ctx.entity.type !== 'organization') return [];
  const home = organizationHome(ctx);
  if (!ctx.province || !home) return [entityVerdict(ctx, 'unknown')];
  const params = { ...provinceParams('province', ctx.province), ...provinceParams('homeProvince', home) };
  return [entityVerdict(ctx, sameProvince(home, ctx.province) ? 'pass' : 'fail', params)];
};

export const individualCrossProvince: Evaluator = (ctx) => {
  if (!ctx.entity) return [];
  if (ctx.entity.type === undefined) return [entityVerdict(ctx, 'unknown')];
  if (ctx.entity.type !== 'individual') return [];
  const home = individualHome(ctx);
  if (!ctx.province || !home) return [entityVerdict(ctx, 'unknown')];
  const params = { ...provinceParams('province', ctx.province), ...provinceParams('homeProvince', home) };
  if (sameProvince(home, ctx.province)) return [entityVerdict(ctx, 'pass', params)];
  // The bureau's stance (provinces.json outsideIndividual, from seed 005 §5): refused → an error even
  // with a permit; proof → passes once the proof is held; accepted → passes, naming the condition;
  // not stated → a warning even with a permit (never a pass on an assumption).
  const p = ctx.province;
  const proof: Params = p.outsideIdProof ? { proof_zh: p.outsideIdProof.zh, proof_en: p.outsideIdProof.en, proof: p.outsideIdProof.en } : {};
  switch (p.outsideIndividual) {
    case 'refused':
      return [entityVerdict(ctx, 'fail', params, { variant: 'refused', severity: 'error' })];
    case 'proof':
      if (ctx.entity.residencePermit) return [entityVerdict(ctx, 'pass', { ...params, ...proof }, { variant: 'permit' })];
      return [entityVerdict(ctx, 'fail', { ...params, ...proof }, { variant: 'proof' })];
    case 'accepted':
      return [entityVerdict(ctx, 'pass', { ...params, ...proof }, { variant: 'accepted' })];
    default:
      if (ctx.entity.residencePermit) return [entityVerdict(ctx, 'fail', params, { variant: 'permit-unconfirmed' })];
      return [entityVerdict(ctx, 'fail', params)];
  }
};

export const oneEntityPerAccount: Evaluator = (ctx) => {
  const e = ctx.entity;
  if (!e) return [];
  const account: Params = e.account ? { account: e.account } : { account_zh: '当前账号', account_en: 'this account', account: 'this account' };
  const provider = ctx.filingProviders.length === 1 ? { provider: ctx.filingProviders[0]!.id } : {};
  if (!e.accountEntities || !e.name) return [entityVerdict(ctx, 'unknown', account, provider)];
  const other = e.accountEntities.find((n) => !namesMatch(n, e.name!));
  return [entityVerdict(ctx, other ? 'fail' : 'pass', other ? { ...account, other } : account, provider)];
};

/** Websites in one filing order, by entity type (Tencent Cloud: an individual 1, an organization 10). */
export const websitesPerOrder: Evaluator = (ctx) =>
  ctx.filingProviders.flatMap((p) => {
    const limits = p.websitesPerOrder;
    if (!limits) return [];
    const count = ctx.websites.filter((w) => w.providers.includes(p)).length;
    if (count === 0) return [];
    const type = ctx.entity?.type;
    const params = { ...providerParams(p), count };
    const extra = { provider: p.id };
    if (!type) {
      const least = Math.min(limits.individual, limits.organization);
      const most = Math.max(limits.individual, limits.organization);
      if (count <= least) return [entityVerdict(ctx, 'pass', { ...params, limit: least }, { ...extra, variant: 'any' })];
      if (count > most) return [entityVerdict(ctx, 'fail', { ...params, limit: most, type_zh: '任何主体', type_en: 'any entity', type: 'any entity' }, extra)];
      return [entityVerdict(ctx, 'unknown', params, { ...extra, page: 'beian-entity' })];
    }
    const limit = limits[type];
    const typeParams = type === 'individual' ? { type_zh: '个人', type_en: 'an individual', type: 'an individual' } : { type_zh: '单位', type_en: 'an organization', type: 'an organization' };
    return [entityVerdict(ctx, count > limit ? 'fail' : 'pass', { ...params, ...typeParams, limit }, extra)];
  });

/**
 * The console account's real-name name equals the filing entity (Tencent Cloud), and an individual
 * account's own verification is old enough (48 h; an older FAQ says 24 h — the newer limits page wins).
 */
export const accountMatchesEntity: Evaluator = (ctx) =>
  ctx.filingProviders.flatMap((p) => {
    const rule = p.accountMatchesEntity;
    const e = ctx.entity;
    if (!rule || !e) return [];
    const extra = { provider: p.id, page: 'tencent-account' };
    const params: Params = { ...providerParams(p), hours: rule.individualWaitHours };
    if (!e.accountName || !e.name) return [entityVerdict(ctx, 'unknown', params, extra)];
    const named = { ...params, accountName: e.accountName };
    if (!namesMatch(e.accountName, e.name)) return [entityVerdict(ctx, 'fail', named, { ...extra, variant: 'name' })];
    if (e.type === 'organization') return [entityVerdict(ctx, 'pass', named, extra)];
    if (!e.type || !e.accountVerifiedAt) return [entityVerdict(ctx, 'unknown', named, { ...extra, variant: 'wait-unknown' })];
    // Dates only: a verification on day D is 48 h old at the latest on D + 2 (the time of day is not kept).
    const verifiedAt = dateOf(e.accountVerifiedAt);
    const days = Math.ceil(rule.individualWaitHours / 24);
    const elapsed = daysBetween(verifiedAt, ctx.today);
    const waited = { ...named, verifiedAt, days };
    if (elapsed > days) return [entityVerdict(ctx, 'pass', waited, extra)];
    if (elapsed < Math.floor(rule.individualWaitHours / 24)) return [entityVerdict(ctx, 'fail', waited, { ...extra, variant: 'wait' })];
    return [entityVerdict(ctx, 'unknown', waited, { ...extra, variant: 'wait-today' })];
  });

function websiteText(w: WebsiteSubject): string | undefined {
  const parts = [w.website.name, w.website.content].filter((s): s is string => !!s);
  return parts.length ? parts.join('\n') : undefined;
}

export const individualCommercialContent: Evaluator = (ctx) => {
  if (ctx.entity?.type === 'organization') return [];
  return ctx.websites.map((w) => {
    if (!ctx.entity?.type) return websiteVerdict(w, 'unknown', {}, { page: 'beian-entity' });
    const text = websiteText(w);
    if (!text) return websiteVerdict(w, 'unknown');
    const hit = findWord(text, ctx.rules.commercialWords);
    return hit ? websiteVerdict(w, 'fail', { word: hit.word }) : websiteVerdict(w, 'pass');
  });
};

export const preApproval: Evaluator = (ctx) =>
  ctx.websites.map((w) => {
    const text = websiteText(w);
    if (!text) return websiteVerdict(w, 'unknown');
    const hit = findWord(text, ctx.rules.preApproval);
    if (!hit) return websiteVerdict(w, 'pass');
    const params = { word: hit.word, industry_zh: hit.group.name.zh, industry_en: hit.group.name.en, industry: hit.group.name.en };
    return w.website.preApproval ? websiteVerdict(w, 'pass', params, { variant: 'approved' }) : websiteVerdict(w, 'fail', params);
  });

export const websiteName: Evaluator = (ctx) =>
  ctx.websites.map((w) => {
    const raw = w.website.name?.trim();
    if (!raw) return websiteVerdict(w, 'unknown');
    const name = raw.normalize('NFKC');
    const params = { name: raw };
    const folded = foldDomainText(name);
    if (!/\s/.test(folded) && (folded.includes('.') || /^https?:/.test(folded)) && toRegistrable(folded).kind === 'domain') {
      return websiteVerdict(w, 'fail', params, { variant: 'domain' });
    }
    if (/^[\d\p{P}\p{S}\s]+$/u.test(name)) return websiteVerdict(w, 'fail', params, { variant: 'symbols' });
    if ([...name].length < 2) return websiteVerdict(w, 'fail', params, { variant: 'short' });
    const hit = findWord(name, wordGroup(ctx.rules.websiteNames, 'reserved'));
    // A reserved term inside the organization's own registered name is allowed (中国银行 → 中国银行网上银行).
    const ownName = ctx.entity?.type === 'organization' && ctx.entity.name && hit && ctx.entity.name.includes(hit.word);
    if (hit && !ownName) return websiteVerdict(w, 'fail', { ...params, word: hit.word }, { variant: 'reserved' });
    if (ctx.entity?.type === 'organization' && looksLikePersonalName(name, ctx)) return websiteVerdict(w, 'fail', params, { variant: 'personal' });
    return websiteVerdict(w, 'pass', params);
  });

/** 2–3 Han characters starting with a common surname, with no site word (网, 站, 平台 …): 张三, 李小龙. */
function looksLikePersonalName(name: string, ctx: LintContext): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(name)) return false;
  const surnames = wordGroup(ctx.rules.websiteNames, 'surnames').groups[0]?.words ?? [];
  const siteWords = wordGroup(ctx.rules.websiteNames, 'site-words').groups[0]?.words ?? [];
  return surnames.some((s) => name.startsWith(s) && name.length - s.length >= 1) && !siteWords.some((s) => name.includes(s));
}

export const phoneProvince: Evaluator = (ctx) => {
  if (!ctx.entity) return [];
  const phone = resolveProvince(ctx.entity.phoneProvince, ctx.rules);
  if (!phone || !ctx.province) return [entityVerdict(ctx, 'unknown')];
  const params = { ...provinceParams('province', ctx.province), ...provinceParams('phoneProvince', phone) };
  if (sameProvince(phone, ctx.province)) return [entityVerdict(ctx, 'pass', params)];
  // Where the bureau requires a local number (for every entity, or for individuals) a mismatch is an error.
  const local = ctx.province.localPhone;
  if (local === 'all' || (local === 'individual' && ctx.entity.type === 'individual')) {
    return [entityVerdict(ctx, 'fail', params, { variant: 'required', severity: 'error' })];
  }
  return [entityVerdict(ctx, 'fail', params)];
};

export const smsVerification: Evaluator = (ctx) => {
  if (!ctx.entity) return [];
  if (!ctx.province) return [entityVerdict(ctx, 'unknown')];
  return [entityVerdict(ctx, ctx.province.sms ? 'fail' : 'pass', provinceParams('province', ctx.province))];
};

export const commercialLicense: Evaluator = (ctx) =>
  ctx.websites.map((w) =>
    w.website.commercial === undefined ? websiteVerdict(w, 'unknown') : websiteVerdict(w, w.website.commercial ? 'fail' : 'pass'),
  );

/** Reminders for after approval: they apply to every website of the filing (info, to do). */
export const afterApprovalReminder: Evaluator = (ctx) => ctx.websites.map((w) => websiteVerdict(w, 'fail'));

/** Provinces whose administration also asks for a copyright notice in the footer (Quick Start, What to do next). */
const COPYRIGHT_NOTICE_PROVINCES = new Set(['CN-JS']);

/** The ICP number in the footer; Jiangsu also wants a copyright notice there. */
export const footerNumber: Evaluator = (ctx) =>
  ctx.websites.map((w) =>
    ctx.province && COPYRIGHT_NOTICE_PROVINCES.has(ctx.province.iso) ? websiteVerdict(w, 'fail', {}, { variant: 'copyright' }) : websiteVerdict(w, 'fail'),
  );
