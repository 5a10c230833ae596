import type { DomainSubject, LintContext } from './context';
import { daysBetween, dateOf } from './calendar';
import { punycodeLabelsToUnicode, suffixToAscii } from './domain-name';
import { compareIdNumbers, isFullResidentId, residentIdCheckDigitValid } from './id-number';
import type { Verdict } from './messages';
import { matchRegistrar } from './registrar';
import type { RuleSet } from './rule-data';
import type { Params, Status } from './types';

export type Evaluator = (ctx: LintContext) => Verdict[];

const EXPIRY_WARNING_DAYS = 60;
const HOLD = /server\s*hold|client\s*hold|暂停解析|注册局暂停|注册商暂停|^hold$/i;
const REDEMPTION = /赎回|redemption|pending\s*delete|待删除/i;

function verdict(d: DomainSubject, status: Status, params: Params = {}, extra: Partial<Verdict> = {}): Verdict {
  return { status, subject: d.display, subjectKind: 'domain', params: { domain: d.display, ...params }, ...extra };
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

export const tldApproved: Evaluator = (ctx) =>
  filable(ctx).map((d) => {
    if (d.parsed.kind !== 'domain') throw new Error('unreachable');
    const { suffix, tld } = d.parsed;
    const sets = tldSets(ctx.rules);
    const shown = d.display.split('.').slice(-suffix.split('.').length).join('.');
    const params = { tld: shown, checked: ctx.rules.tlds.checked };
    const approved = !sets.notApproved.has(suffix) && (sets.approved.has(suffix) || sets.approved.has(tld));
    if (!approved) return verdict(d, 'fail', params);
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
        return verdict(d, 'fail', params, { variant: 'ip' });
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
        return [verdict(d, 'fail', { ...params, relation_zh: RELATION[relation].zh, relation_en: RELATION[relation].en }, { variant: 'relation', severity: 'warning' })];
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
