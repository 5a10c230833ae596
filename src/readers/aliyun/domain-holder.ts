import { lineOf, lineText } from '../dom/glue';
import type { DomainFacts, PageFacts } from '../../facts/schema';
import { normalizeText } from '../dom/normalize-label';
import { expiryDate, parseDate } from '../dom/parse-date';
import { readTableDetailed } from '../dom/table';
import { exactLabels } from '../dom/reading-model';
import { createVisibilityCache, isVisible, type VisibilityCache, upperTag } from '../dom/visibility';
import { statusTexts, valueText as cellValueText } from '../dom/units';
import { visibleText } from '../dom/visible-text';
import { boxTitles, underTitleNaming } from '../dom/titled-box';
import {
  domainFromText,
  domainsFromText,
  type FieldHit,
  fieldHits,
  isActionWord,
  isRealNameToken,
  isStatusNote,
  maskedIdNumber,
  meaningful,
  pageError,
  pageLoading,
  realNameFromText,
  valueText,
  visibleTokens,
} from './filing-values';
import { isDomainListHost, realNameOfTags, statusTokens } from './domain-list';
import { registrantNameOf, wholeName, withoutStatusNote } from '../shared/text-values';
import { verifiedOnIn } from '../shared/verified-on';
import type { Reader } from '../types';
import domainLabelFile from '../../../rules/labels/aliyun/domain.json';
import { aliyunFamilyLabels } from './labels';

const domainLabels = aliyunFamilyLabels(domainLabelFile);

/**
 * Domain console, a domain's detail / holder page (域名持有者信息 / Registrant Profile): registrant
 * name, ID type, masked ID number (kept exactly as shown; a full one is masked), real-name status,
 * registrar when shown, expiry and status.
 *
 * Test URLs: https://dc.console.aliyun.com/next/index#/domain/details/info?domain=example.cn
 *            https://dc.console.alibabacloud.com/next/index#/domain/details/info?domain=example.com
 */

/** Field labels, zh and en. */
export const DOMAIN_HOLDER_FIELDS = domainLabels.labels('domain-holder', ['domain', 'registrant', 'idType', 'idNumber', 'realName', 'realNameTime', 'registrar', 'expiry', 'status'] as const);
/**
 * Per field, the words of a box title naming another subject (an SSL 证书 card, a 云解析 DNS plan, 域名隐私保护, a 域名转入订单,
 * 续费价格): its labels — 到期时间, 域名持有者, 状态 — are that subject's, none of the domain's (../dom/titled-box).
 */
const DOMAIN_HOLDER_VOCAB = domainLabels.group('domain-holder', ['domain', 'registrant', 'idType', 'idNumber', 'realName', 'realNameTime', 'registrar', 'expiry', 'status'] as const);
type HolderField = keyof typeof DOMAIN_HOLDER_VOCAB;

/** The domain the page is about: a labelled field, the one the URL names shown on the page, a heading. */
function pageDomain(doc: Document, url: URL, cache: VisibilityCache, own: (k: 'domain') => FieldHit[]): string | undefined {
  // (a 域名 labelled in a box titled for what the console says unasked — a 消息中心 drawer's 到期提醒 — is another domain's)
  const shown = own('domain').map((h) => valueText(h.value, cache)).find((v) => v !== undefined);
  const field = domainFromText(shown);
  if (field) return field;
  let fromUrl: string[] = [];
  try {
    fromUrl = domainsFromText(decodeURIComponent(url.hash + ' ' + url.search).replace(/[#?&=/]/g, ' '));
  } catch {
    fromUrl = [];
  }
  const headings = Array.from(doc.body.querySelectorAll('h1, h2, h3, h4, [role="heading"]'));
  for (const candidate of fromUrl) {
    // Shown as its own text somewhere on the page (title, breadcrumb, header).
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const own = normalizeText(n.nodeValue).toLowerCase();
      if (!parent || own === '' || !candidate.includes(own)) continue;
      if (own === candidate) {
        if (isVisible(parent, cache)) return candidate;
        continue;
      }
      // a piece of it: a search match or a line-break opportunity inside it, the line it is glued into
      const line = lineOf(parent, cache);
      if (line && normalizeText(lineText(line, cache)).toLowerCase() === candidate && isVisible(line, cache)) return candidate;
    }
  }
  for (const h of headings) {
    const text = visibleText(h, cache);
    const d = domainFromText(text);
    if (d && text.length <= d.length + 12) return d;
  }
  return undefined;
}

function holderTableRow(body: Element, cache: VisibilityCache): Partial<Record<'registrant' | 'idType' | 'idNumber' | 'realName' | 'domain', Element>> | undefined {
  const table = readTableDetailed(
    body,
    {
      registrant: DOMAIN_HOLDER_FIELDS.registrant,
      idType: DOMAIN_HOLDER_FIELDS.idType,
      idNumber: DOMAIN_HOLDER_FIELDS.idNumber,
      realName: DOMAIN_HOLDER_FIELDS.realName,
      domain: DOMAIN_HOLDER_FIELDS.domain,
    },
    cache,
  );
  // A table with a domain column is a domain list, not one domain's holder.
  if (!table || table.columns.includes('domain') || table.columns.length < 2 || table.rows.length !== 1) return undefined;
  return table.rows[0]!.cells;
}

export function readDomainHolder(doc: Document, url: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const body = doc.body;
  if (!body) return null;
  if (pageError(body, cache) || pageLoading(body, cache)) return null;

  let titles: Element[] | undefined;
  const otherBox = (label: Element, k: HolderField) => {
    const words = DOMAIN_HOLDER_VOCAB[k].notUnder;
    // (a title naming the domain's own certificate — the field's `ownUnder` words: 域名证书, Domain Name Certificate — is
    // the domain's: its 域名持有者, 到期日期, 注册服务机构 are read; its 证书编号 / Certificate No. is no ID number)
    return words !== undefined && words.length > 0 && underTitleNaming(label, (titles ??= boxTitles(body, cache)), words, cache, DOMAIN_HOLDER_VOCAB[k].ownUnder, DOMAIN_HOLDER_VOCAB[k].notOwnUnder);
  };
  /** The field's hits outside boxes titled for another subject. */
  const ownHits = (k: HolderField) => fieldHits(body, DOMAIN_HOLDER_FIELDS[k], cache).filter((h) => !otherBox(h.anchor, k));
  const ownText = (k: HolderField, oneLine = false) => {
    for (const h of ownHits(k)) {
      const v = valueText(h.value, cache, oneLine);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  // The registrant as fields, or as the one row of a small holder table (持有者 | 证件类型 | 证件号码 …).
  const row = holderTableRow(body, cache);
  // (the registrant's name is one line: a line under it (个人, a note) is no part of it)
  const pick = (key: 'registrant' | 'idType' | 'idNumber' | 'realName') =>
    ownText(key, key === 'registrant') ?? (row?.[key] ? meaningful(cellValueText(row[key], cache)) : undefined);
  const registrantName = registrantNameOf(meaningful(pick('registrant')), exactLabels(DOMAIN_HOLDER_VOCAB.registrant));
  const idType = meaningful(pick('idType'));
  const idNumber = maskedIdNumber(pick('idNumber'));
  const realNameText = meaningful(pick('realName'));
  /** The real-name field's whole shown text, its status tag and any note beside it. */
  const realNameFieldText = () => {
    const v = ownHits('realName')[0]?.value ?? row?.realName;
    return v === undefined ? realNameText : typeof v === 'string' ? v : visibleText(v, cache);
  };
  // A holder page shows the registrant: without any registrant field this is another page.
  if (!registrantName && !idType && !idNumber && realNameText === undefined) return null;
  const domain = pageDomain(doc, url, cache, ownHits);
  if (!domain) return null;

  const facts: DomainFacts = { domain };
  if (registrantName) facts.registrantName = registrantName;
  if (idType) facts.registrantIdType = idType;
  if (idNumber) facts.registrantIdNumber = idNumber;
  // (the state's tag first, as in the domain list: a reason line under 审核失败 is the field's value text and may quote
  // another state — "原因：…与已实名认证的信息不一致" read as a pass: round seventy-eight's variants)
  const realNameBox = ownHits('realName').find((h) => typeof h.value !== 'string')?.value ?? row?.realName;
  const tagged = realNameBox !== undefined && typeof realNameBox !== 'string' ? realNameOfTags(realNameBox, cache) : undefined;
  let verified = tagged ? tagged.value : realNameFromText(realNameText);
  if (!tagged && verified === undefined && realNameText !== undefined) {
    // the status drawn as a tag with a note beside or under it (<tag>已实名认证</tag><br>2025/04/18 通过)
    const field = ownHits('realName').find((h) => typeof h.value !== 'string')?.value;
    if (field !== undefined && typeof field !== 'string') verified = realNameFromText(statusTexts(field, cache).find(isRealNameToken));
  }
  if (verified === undefined && realNameText === undefined) {
    // No real-name field: the status drawn as a tag beside the holder's name (李娜 <tag>已实名认证</tag>).
    const holder = ownHits('registrant').find((h) => typeof h.value !== 'string')?.value ?? row?.registrant;
    // (a name in a read-only input: the tag sits beside the input — in the box holding it alone, or in a box
    // holding other fields too, after it and before the next field's label or control)
    const FIELD = 'input, textarea, select, label';
    let boxes = holder === undefined || typeof holder === 'string' ? [] : [holder];
    if (boxes[0] && /^(INPUT|TEXTAREA)$/.test(upperTag(boxes[0]))) {
      const input = boxes[0];
      boxes = [];
      if (input.parentElement?.querySelectorAll(FIELD).length === 1) boxes.push(input.parentElement);
      else for (let e = input.nextElementSibling; e && !e.matches(FIELD) && !e.querySelector(FIELD); e = e.nextElementSibling) boxes.push(e);
    }
    verified = realNameFromText(boxes.flatMap((b) => statusTexts(b, cache)).find(isRealNameToken));
  }
  if (verified !== undefined) facts.realNameVerified = verified;
  if (verified === true) {
    // The date it passed: a field of its own (认证时间, Verification Time) or written beside the status ("Verified on Jun 20,
    // 2025", "已实名认证（2025-06-20 审核通过）": round seventy-six's variant, missing before session 52).
    const at = parseDate(ownText('realNameTime')) ?? verifiedOnIn(realNameFieldText(), exactLabels(DOMAIN_HOLDER_VOCAB.realNameTime));
    if (at) facts.realNameVerifiedAt = at;
  }
  const registrar = wholeName(meaningful(ownText('registrar')));
  if (registrar) facts.registrar = registrar.replace(/\s+(修改|查看|Change|View)$/, '');
  const expiry = expiryDate(ownText('expiry'));
  if (expiry) facts.expiresAt = expiry;
  const statusValue = ownHits('status')[0]?.value;
  if (statusValue !== undefined) {
    // (a field drawn as tags: read as a list cell's — a line under the tags explaining them, "未完成实名认证，注册局暂停解析"
    // under serverHold, is no status of its own: round seventy-eight's variants gave it as a second one)
    const tokens = typeof statusValue === 'string' ? visibleTokensOfText(statusValue) : statusTokens(statusValue, cache);
    const status = tokens.map((t) => withoutStatusNote(t.replace(/\s*\([^()]*\)$/, '').trim())).filter((t) => t !== '' && !isActionWord(t) && !isRealNameToken(t) && !isStatusNote(t) && t.length <= 40);
    if (status.length > 0) facts.status = Array.from(new Set(status));
  }
  return { version: 1, domains: [facts] };
}

function visibleTokensOfText(text: string): string[] {
  return normalizeText(text)
    .split(/\s*[,，、;；|]\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && !/^[\s\-—–_/\\.·:：]*$/.test(t));
}

export const domainHolderReader: Reader = {
  id: 'aliyun-domain-holder',
  family: 'domain',
  kind: 'detail',
  matchesUrl: isDomainListHost,
  read: (doc, url) => {
    try {
      return readDomainHolder(doc, url);
    } catch {
      return null;
    }
  },
};
