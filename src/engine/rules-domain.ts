import type { DomainSubject, LintContext } from './context';
import { addMonths, daysBetween, dateOf, workingDaysBetween } from './calendar';
import { punycodeLabelsToUnicode, suffixToAscii } from './domain-name';
import { compareIdNumbers, isFullResidentId, residentIdCheckDigitValid } from './id-number';
import { addParams, makeVerdict, type Verdict } from './messages';
import { matchRegistrar } from './registrar';
import { providerParams } from './provider';
import type { ProviderData, RuleSet } from './rule-data';
import type { Params, Status } from './types';

export type Evaluator = (ctx: LintContext) => Verdict[];

const EXPIRY_WARNING_DAYS = 60;
const HOLD = /server\s*hold|client\s*hold|暂停解析|注册局暂停|注册商暂停|^hold$/i;
const REDEMPTION = /赎回|redemption|pending\s*delete|待删除/i;

function verdict(d: DomainSubject, status: Status, params?: Params, extra?: Partial<Verdict>): Verdict {
  return makeVerdict(status, d.display, 'domain', addParams({ domain: d.display }, params), extra);
}

/** The domain's providers (those of the websites holding it); one provider or none when they differ. */
function providersOf(ctx: LintContext, d: DomainSubject): ProviderData[] {
  return ctx.domainProviders.get(d.key) ?? ctx.filingProviders;
}
function singleProvider(ctx: LintContext, d: DomainSubject): Partial<Verdict> {
  const list = providersOf(ctx, d);
  return list.length === 1 ? { provider: list[0]!.id } : {};
}

/** Domains that are domains (an IP or a suffix only gets domain.registrable). */
function filable(ctx: LintContext): DomainSubject[] {
  return ctx.domains.filter((d) => d.parsed.kind === 'domain');
}

const approvedCache = new WeakMap<RuleSet, { approved: Set<string>; notApproved: Set<string>; reserved: Map<string, RuleSet['tlds']['reserved'][number]> }>();
function tldSets(rules: RuleSet) {
  let sets = approvedCache.get(rules);
  if (!sets) {
    sets = {
      approved: new Set(rules.tlds.approved.map((t) => suffixToAscii(t.tld))),
      notApproved: new Set(rules.tlds.notApproved.map(suffixToAscii)),
      reserved: new Map(rules.tlds.reserved.map((r) => [suffixToAscii(r.tld), r])),
    };
    approvedCache.set(rules, sets);
  }
  return sets;
}

const asciiSets = new WeakMap<string[], Set<string>>();
/** A list of suffixes from rules data in ASCII (punycode) form, computed once per list. */
function asciiSet(list: string[]): Set<string> {
  let set = asciiSets.get(list);
  if (!set) asciiSets.set(list, (set = new Set(list.map(suffixToAscii))));
  return set;
}

export const tldApproved: Evaluator = (ctx) =>
  filable(ctx).map((d) => {
    if (d.parsed.kind !== 'domain') throw new Error('unreachable');
    const { suffix, tld } = d.parsed;
    const sets = tldSets(ctx.rules);
    const shown = d.display.split('.').slice(-suffix.split('.').length).join('.');
    const params = { tld: shown, checked: ctx.rules.tlds.checked };
    const approved = !sets.notApproved.has(suffix) && (sets.approved.has(suffix) || sets.approved.has(tld));
    // A provider's own list (Tencent's, 2022) that disagrees with ours: a warning saying which says what.
    const lists = providersOf(ctx, d).filter((p) => p.tldList);
    const onList = (list: string[]) => asciiSet(list).has(suffix) || asciiSet(list).has(tld);
    const listParams = (p: ProviderData): Params => ({
      ...params, ...providerParams(p), published: p.tldList!.published, list_zh: p.tldList!.title.zh, list_en: p.tldList!.title.en, list: p.tldList!.title.en,
    });
    if (!approved) {
      const adds = lists.find((p) => onList(p.tldList!.adds));
      if (adds) return verdict(d, 'fail', listParams(adds), { variant: 'provider-adds', severity: 'warning', provider: adds.id });
      return verdict(d, 'fail', params);
    }
    const refused = ctx.province?.refusedTlds;
    if (refused && onList(refused)) {
      const note = ctx.province!.refusedTldsNote;
      const province = { province_zh: ctx.province!.short, province_en: ctx.province!.pinyin[0]!, province: ctx.province!.pinyin[0]! };
      return verdict(d, 'fail', { ...params, ...province, note_zh: note?.zh ?? '', note_en: note?.en ?? '', note: note?.en ?? '' }, { variant: 'province-refused' });
    }
    const omits = lists.find((p) => onList(p.tldList!.omits));
    if (omits) return verdict(d, 'fail', listParams(omits), { variant: 'provider-omits', severity: 'warning', provider: omits.id });
    const reserved = sets.reserved.get(tld);
    if (reserved) return verdict(d, 'pass', { ...params, reservedFor_zh: reserved.for.zh, reservedFor_en: reserved.for.en }, { variant: 'reserved' });
    return verdict(d, 'pass', params);
  });

export const registrable: Evaluator = (ctx) =>
  ctx.domains.map((d) => {
    const params = { input: punycodeLabelsToUnicode(d.parsed.input.trim()) || d.display };
    switch (d.parsed.kind) {
      case 'domain':
        // The main domain itself needs no "the main domain of a.com is a.com".
        return params.input.toLowerCase().replace(/\.$/, '') === d.display.toLowerCase() ? verdict(d, 'pass', params, { variant: 'main' }) : verdict(d, 'pass', params);
      case 'ip':
        return verdict(d, 'fail', params, { variant: 'ip', ...singleProvider(ctx, d) });
      case 'suffix':
        return verdict(d, 'fail', params, { variant: 'suffix' });
      default:
        return verdict(d, 'fail', params);
    }
  });

export const registrarApproved: Evaluator = (ctx) =>
  filable(ctx).map((d) => {
    const registrar = d.facts.registrar;
    if (!registrar) return verdict(d, 'unknown');
    const match = matchRegistrar(registrar, ctx.rules);
    if (match.status === 'unlisted') return verdict(d, 'unknown', { registrar }, { variant: 'unlisted' });
    return verdict(d, match.status === 'approved' ? 'pass' : 'fail', { registrar, brand: match.brand });
  });

export const notExpired: Evaluator = (ctx) =>
  filable(ctx).map((d) => {
    const status = d.facts.status?.find((s) => REDEMPTION.test(s));
    if (status) return verdict(d, 'fail', { expiresAt: d.facts.expiresAt ? dateOf(d.facts.expiresAt) : status, status }, { variant: 'redemption' });
    if (!d.facts.expiresAt) return verdict(d, 'unknown');
    const expiresAt = dateOf(d.facts.expiresAt);
    return verdict(d, expiresAt < ctx.today ? 'fail' : 'pass', { expiresAt });
  });

/** An expired domain gets domain.not-expired's error only: "expires soon" would say the same thing again. */
export const expiringSoon: Evaluator = (ctx) =>
  filable(ctx).flatMap((d) => {
    if (d.facts.status?.some((s) => REDEMPTION.test(s))) return [];
    if (!d.facts.expiresAt) return [verdict(d, 'unknown')];
    const expiresAt = dateOf(d.facts.expiresAt);
    const days = daysBetween(ctx.today, expiresAt);
    if (days < 0) return [];
    return [verdict(d, days <= EXPIRY_WARNING_DAYS ? 'fail' : 'pass', { expiresAt, days })];
  });

export const realNameVerified: Evaluator = (ctx) =>
  filable(ctx).map((d) =>
    d.facts.realNameVerified === undefined ? verdict(d, 'unknown') : verdict(d, d.facts.realNameVerified ? 'pass' : 'fail'),
  );

export const holdStatus: Evaluator = (ctx) =>
  filable(ctx).map((d) => {
    if (!d.facts.status) return verdict(d, 'unknown');
    const hold = d.facts.status.find((s) => HOLD.test(s.trim()));
    return hold ? verdict(d, 'fail', { status: hold }) : verdict(d, 'pass');
  });

/** First filings only: a domain that already has an ICP number (an access filing, a change) may keep resolving. */
export const resolvingDuringFiling: Evaluator = (ctx) =>
  filable(ctx).flatMap((d) => {
    if (d.facts.filed === true || d.facts.icpNumber) return [];
    return [d.facts.resolves === undefined ? verdict(d, 'unknown') : verdict(d, d.facts.resolves ? 'fail' : 'pass')];
  });

// --- registrant ---------------------------------------------------------------------------------

const nameKeys = new Map<string, string>();

function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k === undefined) {
    if (nameKeys.size > 5000) nameKeys.clear();
    nameKeys.set(name, (k = computeNameKey(name)));
  }
  return k;
}

function computeNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s.,，。、·'’"()（）\-]/g, '').replace(/[＊•●]/g, '*');
}

/** Names compared on what both show: consoles may mask them (张*三, 张**). */
export function namesMatch(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x.includes('*') && !y.includes('*')) return x === y;
  if (x.length === y.length) return [...x].every((ch, i) => ch === '*' || y[i] === '*' || ch === y[i]);
  const head = (s: string) => s.slice(0, s.indexOf('*') < 0 ? s.length : s.indexOf('*'));
  const tail = (s: string) => s.slice(s.lastIndexOf('*') + 1);
  const [hx, hy, tx, ty] = [head(x), head(y), tail(x), tail(y)];
  const n = Math.min(hx.length, hy.length);
  const m = Math.min(tx.length, ty.length);
  return hx.slice(0, n) === hy.slice(0, n) && tx.slice(tx.length - m) === ty.slice(ty.length - m) && n + m > 0;
}

const ID_TYPES: [string, RegExp][] = [
  ['resident-id', /身份证|identity card|id card|resident id|^id$/i],
  ['passport', /护照|passport/i],
  ['business-license', /营业执照|统一社会信用代码|business licen[cs]e|unified social credit/i],
  ['org-code', /组织机构代码|organization code/i],
  ['hk-mo-permit', /港澳|hong kong.*macao|home return/i],
  ['tw-permit', /台湾|台胞|taiwan/i],
  ['residence-permit', /居住证|residence permit/i],
  ['institution', /事业单位法人证书|public institution/i],
  ['social-org', /社会团体|social organization/i],
];

export function idTypeKey(type: string): string {
  const t = type.normalize('NFKC').trim();
  return ID_TYPES.find(([, re]) => re.test(t))?.[0] ?? t.toLowerCase().replace(/\s+/g, '');
}

const FIELD = {
  name: { zh: '姓名/名称', en: 'name' },
  idType: { zh: '证件类型', en: 'ID type' },
  idNumber: { zh: '证件号码', en: 'ID number' },
} as const;
const RELATION = {
  shareholder: { zh: '股东', en: 'shareholder' },
  principal: { zh: '主要负责人', en: 'principal' },
  manager: { zh: '高级管理人员', en: 'senior manager' },
  'legal-representative': { zh: '法定代表人', en: 'legal representative' },
} as const;

export const registrantMatchesEntity: Evaluator = (ctx) => {
  const entity = ctx.entity;
  // What depends on the entity alone is worked out once, not per domain.
  // The check digit is a resident ID's: an organization's credit code has its own (GB 32100).
  const idIsResident = entity && (entity.idType ? idTypeKey(entity.idType) === 'resident-id' : entity.type === 'individual');
  const badEntityId = !!entity?.idNumber && idIsResident && isFullResidentId(entity.idNumber) && !residentIdCheckDigitValid(entity.idNumber);
  const entityIdType = entity?.idType ? idTypeKey(entity.idType) : undefined;
  // A mistyped ID is the entity's problem, said once on the entity, not once per domain.
  const entityResult: Verdict[] =
    badEntityId && entity?.idNumber && filable(ctx).length > 0
      ? [
          {
            status: 'fail',
            subject: entity.name ?? 'entity',
            subjectKind: 'entity',
            params: { idNumber: entity.idNumber.slice(0, 4) + '…' + entity.idNumber.slice(-4), ...(entity.name ? { entity: entity.name } : { entity_zh: '备案主体', entity_en: 'The filing entity', entity: 'The filing entity' }) },
            variant: 'bad-id',
          },
        ]
      : [];
  return entityResult.concat(filable(ctx).flatMap((d) => {
    const f = d.facts;
    const hasRegistrantFacts = f.registrantName || f.registrantIdNumber || f.registrantIdType;
    if (!entity) return hasRegistrantFacts ? [verdict(d, 'unknown', {}, { page: 'beian-entity' })] : [verdict(d, 'unknown', {}, { page: 'domain-holder' })];
    if (!f.registrantName) return [verdict(d, 'unknown', {}, { page: 'domain-holder' })];
    if (!entity.name) return [verdict(d, 'unknown', {}, { page: 'beian-entity' })];
    const params = { registrant: f.registrantName, entity: entity.name };
    const mismatch = (field: keyof typeof FIELD) =>
      verdict(d, 'fail', { ...params, field_zh: FIELD[field].zh, field_en: FIELD[field].en });
    if (!namesMatch(f.registrantName, entity.name)) {
      const relation = f.registrantRelation;
      if (entity.type === 'organization' && relation && relation !== 'self') {
        // Accepted with proof (a warning) where every provider of the domain's filing accepts that relation.
        const relationParams = { ...params, relation_zh: RELATION[relation].zh, relation_en: RELATION[relation].en };
        const refusing = providersOf(ctx, d).find((p) => !p.registrantRelations.includes(relation));
        if (refusing) return [verdict(d, 'fail', { ...relationParams, ...providerParams(refusing) }, { variant: 'relation-refused' })];
        return [verdict(d, 'fail', relationParams, { variant: 'relation', severity: 'warning', ...singleProvider(ctx, d) })];
      }
      return [mismatch('name')];
    }
    const compared: string[][] = [[FIELD.name.zh, FIELD.name.en]];
    if (f.registrantIdType && entityIdType) {
      if (idTypeKey(f.registrantIdType) !== entityIdType) return [mismatch('idType')];
      compared.push([FIELD.idType.zh, FIELD.idType.en]);
    }
    // A mistyped entity ID (its own result above) is not compared: the mismatch would only repeat it.
    if (f.registrantIdNumber && entity.idNumber && !badEntityId) {
      const cmp = compareIdNumbers(f.registrantIdNumber, entity.idNumber);
      if (cmp === 'mismatch') return [mismatch('idNumber')];
      if (cmp === 'match') compared.push([FIELD.idNumber.zh, FIELD.idNumber.en]);
    }
    return [verdict(d, 'pass', { ...params, compared_zh: compared.map((c) => c[0]).join('、'), compared_en: compared.map((c) => c[1]).join(', ') })];
  }));
};

// --- Tencent Cloud and provincial domain rules ---------------------------------------------------------

/**
 * The domain's real-name verification is old enough on the filing date (Tencent Cloud: 3 calendar days
 * for domains it registers, 3 working days elsewhere, because the data takes that long to reach MIIT).
 * An unverified domain gets no result here: domain.real-name-verified already fails it.
 */
export const realNameAge: Evaluator = (ctx) =>
  filable(ctx).flatMap((d) => {
    const p = providersOf(ctx, d).find((x) => x.domainRealNameAge);
    if (!p) return [];
    const age = p.domainRealNameAge!;
    if (d.facts.realNameVerified === false) return [];
    const extra = { provider: p.id };
    const base: Params = { ...providerParams(p), days: age.calendarDays, workingDays: age.otherRegistrarWorkingDays };
    if (!d.facts.realNameVerifiedAt) return [verdict(d, 'unknown', base, extra)];
    const verifiedAt = dateOf(d.facts.realNameVerifiedAt);
    const calendar = daysBetween(verifiedAt, ctx.today);
    const working = workingDaysBetween(verifiedAt, ctx.today);
    const params: Params = { ...base, verifiedAt, elapsed: calendar, elapsedWorking: working };
    const own = d.facts.registrar ? isProviderRegistrar(d.facts.registrar, age.registrars, ctx.rules) : undefined;
    const calendarParams = { ...params, ready: addDays(verifiedAt, age.calendarDays) };
    if (own === true || (own === undefined && calendar < age.calendarDays)) {
      return [verdict(d, calendar >= age.calendarDays ? 'pass' : 'fail', calendarParams, extra)];
    }
    // Registered elsewhere (or not seen where): working days; weekends are skipped, holidays are not known.
    if (working >= age.otherRegistrarWorkingDays) return [verdict(d, 'pass', params, { ...extra, variant: 'working-ok' })];
    if (own === false) return [verdict(d, 'fail', params, { ...extra, variant: 'working' })];
    return [verdict(d, 'unknown', params, { ...extra, variant: 'registrar-unknown', page: 'domain-holder' })];
  });

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The brands a provider's registrar aliases name, per alias list (rules data, fixed per rule set). */
const aliasBrands = new WeakMap<RuleSet, WeakMap<string[], Set<string>>>();

function isProviderRegistrar(registrar: string, aliases: string[], rules: RuleSet): boolean {
  const match = matchRegistrar(registrar, rules);
  if (match.status === 'unlisted') return false;
  let byList = aliasBrands.get(rules);
  if (!byList) aliasBrands.set(rules, (byList = new WeakMap()));
  let brands = byList.get(aliases);
  if (!brands) {
    brands = new Set();
    for (const a of aliases) {
      const m = matchRegistrar(a, rules);
      if (m.status !== 'unlisted') brands.add(m.brand);
    }
    byList.set(aliases, brands);
  }
  return brands.has(match.brand);
}

/**
 * Where the provincial administration requires it (上海, 安徽, 河南: provinces.json domainMinMonths), the
 * domain has MORE than that many calendar months of registration left on the filing date.
 */
export const minValidity: Evaluator = (ctx) => {
  const most = Math.max(0, ...ctx.rules.provinces.provinces.map((p) => p.domainMinMonths ?? 0));
  if (most === 0) return [];
  const months = ctx.province ? ctx.province.domainMinMonths : most;
  if (months === undefined) return [];
  const province: Params = ctx.province
    ? { province_zh: ctx.province.short, province_en: ctx.province.pinyin[0]!, province: ctx.province.pinyin[0]! }
    : { province_zh: '上海、安徽、河南等省份', province_en: 'Shanghai, Anhui, Henan and other provinces', province: 'Shanghai, Anhui, Henan and other provinces' };
  const required = addMonths(ctx.today, months);
  return filable(ctx).flatMap((d) => {
    const params: Params = { ...province, months, required };
    // Neither the province nor the expiry seen: domain.not-expired already asks for the expiry.
    if (!d.facts.expiresAt) return ctx.province ? [verdict(d, 'unknown', params)] : [];
    const expiresAt = dateOf(d.facts.expiresAt);
    // An expired domain: domain.not-expired says so; this rule would only repeat it.
    if (expiresAt < ctx.today) return [];
    if (expiresAt > required) return [verdict(d, 'pass', { ...params, expiresAt }, ctx.province ? {} : { variant: 'any' })];
    // No province seen: the domain is short only where a province asks for it.
    if (!ctx.province) return [verdict(d, 'unknown', { ...params, expiresAt }, { variant: 'province-unknown', page: 'beian-entity' })];
    return [verdict(d, 'fail', { ...params, expiresAt })];
  });
};
