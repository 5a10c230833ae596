import type { DomainSubject, LintContext } from './context';
import { addMonths, daysBetween, dateOf, workingDaysBetween } from './calendar';
import { punycodeLabelsToUnicode, suffixToAscii } from './domain-name';
import { compareIdNumbers, isFullResidentId, residentIdCheckDigitValid } from './id-number';
import { addParams, verdictOf, type Verdict } from './messages';
import { matchRegistrar } from './registrar';
import { providerParams } from './provider';
import type { ProviderData, RuleSet } from './rule-data';
import type { Params, Severity, Status } from './types';
import type { ProviderId } from '../facts/schema';

export type Evaluator = (ctx: LintContext) => Verdict[];

const EXPIRY_WARNING_DAYS = 60;
const HOLD = /server\s*hold|client\s*hold|暂停解析|注册局暂停|注册商暂停|^hold$/i;
const REDEMPTION = /赎回|redemption|pending\s*delete|待删除/i;

/** A domain's verdict whose params (starting with `domain`) are made by the caller: no copy. */
function dv(d: DomainSubject, status: Status, params: Params, variant?: string, severity?: Severity, provider?: ProviderId, page?: string): Verdict {
  return verdictOf(status, d.display, 'domain', params, variant, severity, page, provider);
}

/** { domain } */
const own = (d: DomainSubject): Params => ({ domain: d.display });

/** The domain's providers (those of the websites holding it). */
function providersOf(ctx: LintContext, d: DomainSubject): ProviderData[] {
  return ctx.domainProviders.get(d.key) ?? ctx.filingProviders;
}

/** Domains that are domains (an IP or a suffix only gets domain.registrable). */
function filable(ctx: LintContext): DomainSubject[] {
  return ctx.filable;
}

/** The first of a domain's providers with `has`, per providers list (lists are shared by many domains). */
function firstWith(has: (p: ProviderData) => unknown): (list: ProviderData[]) => ProviderData | undefined {
  const found = new Map<ProviderData[], ProviderData | undefined>();
  return (list) => {
    if (found.has(list)) return found.get(list);
    const p = list.find(has);
    found.set(list, p);
    return p;
  };
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

/** The last `labels` labels of a name (as `name.split('.').slice(-labels).join('.')`). */
function lastLabels(name: string, labels: number): string {
  let from = name.length - 1;
  let dot = -1;
  for (let k = 0; k < labels; k++) {
    dot = from < 0 ? -1 : name.lastIndexOf('.', from);
    if (dot < 0) return name;
    from = dot - 1;
  }
  return name.slice(dot + 1);
}

function labelCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) n++;
  return n;
}

export const tldApproved: Evaluator = (ctx) => {
  const sets = tldSets(ctx.rules);
  const checked = ctx.rules.tlds.checked;
  const province = ctx.province;
  const refused = province?.refusedTlds;
  const refusedSet = refused ? asciiSet(refused) : undefined;
  // A provider's own list (Tencent's, 2022) that disagrees with ours: a warning saying which says what.
  const listsOf = new Map<ProviderData[], ProviderData[]>();
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    if (d.parsed.kind !== 'domain') throw new Error('unreachable');
    const { suffix, tld } = d.parsed;
    const shown = lastLabels(d.display, labelCount(suffix));
    const approved = !sets.notApproved.has(suffix) && (sets.approved.has(suffix) || sets.approved.has(tld));
    const providers = providersOf(ctx, d);
    let lists = listsOf.get(providers);
    if (!lists) listsOf.set(providers, (lists = providers.filter((p) => p.tldList)));
    const onList = (list: string[]) => {
      const set = asciiSet(list);
      return set.has(suffix) || set.has(tld);
    };
    const listParams = (p: ProviderData): Params => ({
      domain: d.display, tld: shown, checked, provider_zh: p.name.zh, provider_en: p.name.en, provider: p.name.en,
      published: p.tldList!.published, list_zh: p.tldList!.title.zh, list_en: p.tldList!.title.en, list: p.tldList!.title.en,
    });
    if (!approved) {
      const adds = lists.length ? lists.find((p) => onList(p.tldList!.adds)) : undefined;
      if (adds) out.push(dv(d, 'fail', listParams(adds), 'provider-adds', 'warning', adds.id));
      else out.push(dv(d, 'fail', { domain: d.display, tld: shown, checked }));
      continue;
    }
    if (refusedSet && (refusedSet.has(suffix) || refusedSet.has(tld))) {
      const note = province!.refusedTldsNote;
      const params: Params = {
        domain: d.display, tld: shown, checked, province_zh: province!.short, province_en: province!.pinyin[0]!, province: province!.pinyin[0]!,
        note_zh: note?.zh ?? '', note_en: note?.en ?? '', note: note?.en ?? '',
      };
      out.push(dv(d, 'fail', params, 'province-refused'));
      continue;
    }
    const omits = lists.length ? lists.find((p) => onList(p.tldList!.omits)) : undefined;
    if (omits) {
      out.push(dv(d, 'fail', listParams(omits), 'provider-omits', 'warning', omits.id));
      continue;
    }
    const reserved = sets.reserved.get(tld);
    if (reserved) out.push(dv(d, 'pass', { domain: d.display, tld: shown, checked, reservedFor_zh: reserved.for.zh, reservedFor_en: reserved.for.en }, 'reserved'));
    else out.push(dv(d, 'pass', { domain: d.display, tld: shown, checked }));
  }
  return out;
};

export const registrable: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of ctx.domains) {
    const input = punycodeLabelsToUnicode(d.parsed.input.trim()) || d.display;
    const params: Params = { domain: d.display, input };
    switch (d.parsed.kind) {
      case 'domain':
        // The main domain itself needs no "the main domain of a.com is a.com".
        out.push(input.toLowerCase().replace(/\.$/, '') === d.display.toLowerCase() ? dv(d, 'pass', params, 'main') : dv(d, 'pass', params));
        break;
      case 'ip': {
        const list = providersOf(ctx, d);
        out.push(dv(d, 'fail', params, 'ip', undefined, list.length === 1 ? list[0]!.id : undefined));
        break;
      }
      case 'suffix':
        out.push(dv(d, 'fail', params, 'suffix'));
        break;
      default:
        out.push(dv(d, 'fail', params));
    }
  }
  return out;
};

export const registrarApproved: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    const registrar = d.facts.registrar;
    if (!registrar) {
      out.push(dv(d, 'unknown', own(d)));
      continue;
    }
    const match = matchRegistrar(registrar, ctx.rules);
    if (match.status === 'unlisted') out.push(dv(d, 'unknown', { domain: d.display, registrar }, 'unlisted'));
    else out.push(dv(d, match.status === 'approved' ? 'pass' : 'fail', { domain: d.display, registrar, brand: match.brand }));
  }
  return out;
};

/** The first status that says the domain is in redemption (or about to be deleted). */
function redemptionStatus(statuses: string[] | undefined): string | undefined {
  if (!statuses) return undefined;
  for (const s of statuses) if (REDEMPTION.test(s)) return s;
  return undefined;
}

export const notExpired: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    const status = redemptionStatus(d.facts.status);
    if (status) {
      out.push(dv(d, 'fail', { domain: d.display, expiresAt: d.facts.expiresAt ? dateOf(d.facts.expiresAt) : status, status }, 'redemption'));
      continue;
    }
    if (!d.facts.expiresAt) {
      out.push(dv(d, 'unknown', own(d)));
      continue;
    }
    const expiresAt = dateOf(d.facts.expiresAt);
    out.push(dv(d, expiresAt < ctx.today ? 'fail' : 'pass', { domain: d.display, expiresAt }));
  }
  return out;
};

/** An expired domain gets domain.not-expired's error only: "expires soon" would say the same thing again. */
export const expiringSoon: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    if (redemptionStatus(d.facts.status) !== undefined) continue;
    if (!d.facts.expiresAt) {
      out.push(dv(d, 'unknown', own(d)));
      continue;
    }
    const expiresAt = dateOf(d.facts.expiresAt);
    const days = daysBetween(ctx.today, expiresAt);
    if (days < 0) continue;
    out.push(dv(d, days <= EXPIRY_WARNING_DAYS ? 'fail' : 'pass', { domain: d.display, expiresAt, days }));
  }
  return out;
};

export const realNameVerified: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    const v = d.facts.realNameVerified;
    out.push(dv(d, v === undefined ? 'unknown' : v ? 'pass' : 'fail', own(d)));
  }
  return out;
};

export const holdStatus: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    const statuses = d.facts.status;
    if (!statuses) {
      out.push(dv(d, 'unknown', own(d)));
      continue;
    }
    let hold: string | undefined;
    for (const st of statuses) {
      if (HOLD.test(st.trim())) {
        hold = st;
        break;
      }
    }
    out.push(hold !== undefined ? dv(d, 'fail', { domain: d.display, status: hold }) : dv(d, 'pass', own(d)));
  }
  return out;
};

/** First filings only: a domain that already has an ICP number (an access filing, a change) may keep resolving. */
export const resolvingDuringFiling: Evaluator = (ctx) => {
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    if (d.facts.filed === true || d.facts.icpNumber) continue;
    const r = d.facts.resolves;
    out.push(dv(d, r === undefined ? 'unknown' : r ? 'fail' : 'pass', own(d)));
  }
  return out;
};

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

/** compared_zh / compared_en of a passing comparison: the name, then the ID type and number if compared. */
const COMPARED = [
  [FIELD.name],
  [FIELD.name, FIELD.idType],
  [FIELD.name, FIELD.idNumber],
  [FIELD.name, FIELD.idType, FIELD.idNumber],
].map((fields) => ({ zh: fields.map((f) => f.zh).join('、'), en: fields.map((f) => f.en).join(', ') }));

export const registrantMatchesEntity: Evaluator = (ctx) => {
  const entity = ctx.entity;
  const domains = filable(ctx);
  // What depends on the entity alone is worked out once, not per domain.
  // The check digit is a resident ID's: an organization's credit code has its own (GB 32100).
  const idIsResident = entity && (entity.idType ? idTypeKey(entity.idType) === 'resident-id' : entity.type === 'individual');
  const badEntityId = !!entity?.idNumber && idIsResident && isFullResidentId(entity.idNumber) && !residentIdCheckDigitValid(entity.idNumber);
  const entityIdType = entity?.idType ? idTypeKey(entity.idType) : undefined;
  const out: Verdict[] = [];
  // A mistyped ID is the entity's problem, said once on the entity, not once per domain.
  if (badEntityId && entity?.idNumber && domains.length > 0) {
    out.push({
      status: 'fail',
      subject: entity.name ?? 'entity',
      subjectKind: 'entity',
      params: { idNumber: entity.idNumber.slice(0, 4) + '…' + entity.idNumber.slice(-4), ...(entity.name ? { entity: entity.name } : { entity_zh: '备案主体', entity_en: 'The filing entity', entity: 'The filing entity' }) },
      variant: 'bad-id',
    });
  }
  // Registrant names, ID types and numbers repeat across an account's domains: compared once each.
  const nameMatches = new Map<string, boolean>();
  const idTypeKeys = new Map<string, string>();
  const idComparisons = new Map<string, ReturnType<typeof compareIdNumbers>>();
  for (const d of domains) {
    const f = d.facts;
    if (!entity) {
      const hasRegistrantFacts = f.registrantName || f.registrantIdNumber || f.registrantIdType;
      out.push(dv(d, 'unknown', own(d), undefined, undefined, undefined, hasRegistrantFacts ? 'beian-entity' : 'domain-holder'));
      continue;
    }
    if (!f.registrantName) {
      out.push(dv(d, 'unknown', own(d), undefined, undefined, undefined, 'domain-holder'));
      continue;
    }
    if (!entity.name) {
      out.push(dv(d, 'unknown', own(d), undefined, undefined, undefined, 'beian-entity'));
      continue;
    }
    const registrant = f.registrantName;
    let same = nameMatches.get(registrant);
    if (same === undefined) nameMatches.set(registrant, (same = namesMatch(registrant, entity.name)));
    const mismatch = (field: keyof typeof FIELD) =>
      dv(d, 'fail', { domain: d.display, registrant, entity: entity.name!, field_zh: FIELD[field].zh, field_en: FIELD[field].en });
    if (!same) {
      const relation = f.registrantRelation;
      if (entity.type === 'organization' && relation && relation !== 'self') {
        // Accepted with proof (a warning) where every provider of the domain's filing accepts that relation.
        const relationParams: Params = { domain: d.display, registrant, entity: entity.name, relation_zh: RELATION[relation].zh, relation_en: RELATION[relation].en };
        const providers = providersOf(ctx, d);
        const refusing = providers.find((p) => !p.registrantRelations.includes(relation));
        if (refusing) out.push(dv(d, 'fail', addParams(relationParams, providerParams(refusing)), 'relation-refused'));
        else out.push(dv(d, 'fail', relationParams, 'relation', 'warning', providers.length === 1 ? providers[0]!.id : undefined));
      } else out.push(mismatch('name'));
      continue;
    }
    let compared = 0;
    if (f.registrantIdType && entityIdType) {
      let key = idTypeKeys.get(f.registrantIdType);
      if (key === undefined) idTypeKeys.set(f.registrantIdType, (key = idTypeKey(f.registrantIdType)));
      if (key !== entityIdType) {
        out.push(mismatch('idType'));
        continue;
      }
      compared |= 1;
    }
    // A mistyped entity ID (its own result above) is not compared: the mismatch would only repeat it.
    if (f.registrantIdNumber && entity.idNumber && !badEntityId) {
      let cmp = idComparisons.get(f.registrantIdNumber);
      if (cmp === undefined) idComparisons.set(f.registrantIdNumber, (cmp = compareIdNumbers(f.registrantIdNumber, entity.idNumber)));
      if (cmp === 'mismatch') {
        out.push(mismatch('idNumber'));
        continue;
      }
      if (cmp === 'match') compared |= 2;
    }
    const c = COMPARED[compared]!;
    out.push(dv(d, 'pass', { domain: d.display, registrant, entity: entity.name, compared_zh: c.zh, compared_en: c.en }));
  }
  return out;
};

// --- Tencent Cloud and provincial domain rules ---------------------------------------------------------

/**
 * The domain's real-name verification is old enough on the filing date (Tencent Cloud: 3 calendar days
 * for domains it registers, 3 working days elsewhere, because the data takes that long to reach MIIT).
 * An unverified domain gets no result here: domain.real-name-verified already fails it.
 */
export const realNameAge: Evaluator = (ctx) => {
  const ageProvider = firstWith((x) => x.domainRealNameAge);
  /** Per verification date (dates repeat across an account): its China date and the days since. */
  const elapsedByDate = new Map<string, { verifiedAt: string; calendar: number; working: number }>();
  const ownRegistrar = new Map<string, boolean>();
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    const p = ageProvider(providersOf(ctx, d));
    if (!p) continue;
    const age = p.domainRealNameAge!;
    if (d.facts.realNameVerified === false) continue;
    const params: Params = {
      domain: d.display, provider_zh: p.name.zh, provider_en: p.name.en, provider: p.name.en, days: age.calendarDays, workingDays: age.otherRegistrarWorkingDays,
    };
    const raw = d.facts.realNameVerifiedAt;
    if (!raw) {
      out.push(dv(d, 'unknown', params, undefined, undefined, p.id));
      continue;
    }
    let e = elapsedByDate.get(raw);
    if (!e) {
      const verifiedAt = dateOf(raw);
      e = { verifiedAt, calendar: daysBetween(verifiedAt, ctx.today), working: workingDaysBetween(verifiedAt, ctx.today) };
      elapsedByDate.set(raw, e);
    }
    const { verifiedAt, calendar, working } = e;
    params.verifiedAt = verifiedAt;
    params.elapsed = calendar;
    params.elapsedWorking = working;
    let isOwn: boolean | undefined;
    if (d.facts.registrar) {
      const k = `${p.id}\u0000${d.facts.registrar}`;
      isOwn = ownRegistrar.get(k);
      if (isOwn === undefined) ownRegistrar.set(k, (isOwn = isProviderRegistrar(d.facts.registrar, age.registrars, ctx.rules)));
    }
    if (isOwn === true || (isOwn === undefined && calendar < age.calendarDays)) {
      params.ready = addDays(verifiedAt, age.calendarDays);
      out.push(dv(d, calendar >= age.calendarDays ? 'pass' : 'fail', params, undefined, undefined, p.id));
      continue;
    }
    // Registered elsewhere (or not seen where): working days; weekends are skipped, holidays are not known.
    if (working >= age.otherRegistrarWorkingDays) out.push(dv(d, 'pass', params, 'working-ok', undefined, p.id));
    else if (isOwn === false) out.push(dv(d, 'fail', params, 'working', undefined, p.id));
    else out.push(dv(d, 'unknown', params, 'registrar-unknown', undefined, p.id, 'domain-holder'));
  }
  return out;
};

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
  const province = ctx.province;
  const months = province ? province.domainMinMonths : most;
  if (months === undefined) return [];
  const [pzh, pen, pname] = province
    ? [province.short, province.pinyin[0]!, province.pinyin[0]!]
    : ['上海、安徽、河南等省份', 'Shanghai, Anhui, Henan and other provinces', 'Shanghai, Anhui, Henan and other provinces'];
  const required = addMonths(ctx.today, months);
  const out: Verdict[] = [];
  for (const d of filable(ctx)) {
    const params: Params = { domain: d.display, province_zh: pzh, province_en: pen, province: pname, months, required };
    // Neither the province nor the expiry seen: domain.not-expired already asks for the expiry.
    if (!d.facts.expiresAt) {
      if (province) out.push(dv(d, 'unknown', params));
      continue;
    }
    const expiresAt = dateOf(d.facts.expiresAt);
    // An expired domain: domain.not-expired says so; this rule would only repeat it.
    if (expiresAt < ctx.today) continue;
    params.expiresAt = expiresAt;
    if (expiresAt > required) out.push(dv(d, 'pass', params, province ? undefined : 'any'));
    // No province seen: the domain is short only where a province asks for it.
    else if (!province) out.push(dv(d, 'unknown', params, 'province-unknown', undefined, undefined, 'beian-entity'));
    else out.push(dv(d, 'fail', params));
  }
  return out;
};
