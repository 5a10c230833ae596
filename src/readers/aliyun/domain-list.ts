import type { DomainFacts, PageFacts } from '../../facts/schema';
import { pictographName } from '../dom/pictograph';
import { normalizeText } from '../dom/normalize-label';
import { dateOrderNamed, dateOrderOf, expiryDate, rangeEnd, type DateOrder } from '../dom/parse-date';
import { readTableDetailed } from '../dom/table';
import { untruncated } from '../dom/truncated';
import { createVisibilityCache, isVisible, type VisibilityCache } from '../dom/visibility';
import { textUnits, valueText } from '../dom/units';
import { inUserTextValue } from '../dom/typed-text';
import { visibleText } from '../dom/visible-text';
import {
  domainFromText,
  isActionWord,
  isRealNameToken,
  isStatusNote,
  meaningful,
  pageError,
  pageLoading,
  realNameFromText,
  visibleTokens,
} from './filing-values';
import { explainsStatusTags, lineUnderStatusTag, realNameStateOf, registrantNameOf, wholeName, withoutRealNameWord, withoutStatusNote } from '../shared/text-values';
import type { Reader } from '../types';
import domainLabelFile from '../../../rules/labels/aliyun/domain.json';
import { noteRow } from '../dom/read-session';
import { aliyunFamilyLabels } from './labels';
import { domainCards } from '../shared/domain-cards';
import { idDrawnAsButton } from './server-values';
import { readFieldFrom } from '../dom/field';

const domainLabels = aliyunFamilyLabels(domainLabelFile);

/**
 * Domain console, domain list (dc.console.aliyun.com / dc.console.alibabacloud.com): one entry per
 * visible row — domain, status tags, expiry, real-name status, holder and registrar when those
 * columns are shown. The registrar is never assumed from the console's owner (Alibaba Cloud).
 *
 * Test URLs: https://dc.console.aliyun.com/next/index#/domain/list/all-domain
 *            https://dc.console.alibabacloud.com/next/index#/domain/list/all-domain
 */

/** The labels of a date-format setting the page shows (日期格式, Date format), whose value names an order: pageDateFormat. */
const DATE_FORMAT_LABELS = domainLabels.labels('domain-list', ['dateFormat'] as const).dateFormat;

/**
 * The day/month order the page's own date-format setting shows — a select or text labelled 日期格式 / Date format whose shown
 * value is DD/MM/YYYY or MM/DD/YYYY (../dom/parse-date dateOrderNamed) —; none when no such setting is shown, when it names
 * no order (YYYY-MM-DD) or when what is shown names both (an open list of the formats). The setting is found as a field
 * (../dom/field readFieldFrom: a label beside its select) or as a label's words followed, in the same short line, by the
 * value — a `<label>` wrapping its select, "Date format: DD/MM/YYYY" —, which the field readers do not read as a pair.
 */
function pageDateFormat(body: Element, cache: VisibilityCache): DateOrder | undefined {
  const said = new Set<DateOrder>();
  const add = (text: string) => {
    // (each word on its own, so that a shown list of both formats names both; "DD / MM / YYYY" spaced out: the whole text)
    const byWord = text.split(/\s+|[,，;；|]/).map((w) => dateOrderNamed(w)).filter((o): o is DateOrder => o !== undefined);
    const whole = dateOrderNamed(text);
    for (const o of byWord.length > 0 ? byWord : whole ? [whole] : []) said.add(o);
  };
  for (const { value } of readFieldFrom(body, DATE_FORMAT_LABELS, cache)) add(normalizeText(typeof value === 'string' ? value : visibleText(value, cache)));
  const labels = DATE_FORMAT_LABELS.map((l) => normalizeText(l).toLowerCase());
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const own = normalizeText(n.nodeValue).toLowerCase();
    if (!own.includes('format') && !own.includes('格式')) continue;
    const label = labels.find((l) => own.startsWith(l));
    const at = n.parentElement;
    if (!label || !at || !isVisible(at, cache)) continue;
    // (the label's element, or the one around it — the label and its select side by side —, while its line is short)
    for (let box: Element | null = at, up = 0; box && box !== body && up < 3; box = box.parentElement, up++) {
      const line = normalizeText(visibleText(box, cache));
      if (line.length > 80) break;
      const rest = line.toLowerCase().startsWith(label) ? line.slice(label.length).replace(/^\s*[:：]?\s*/, '') : '';
      if (rest === '') continue;
      add(rest);
      break;
    }
  }
  return said.size === 1 ? [...said][0] : undefined;
}

/** Column header labels, zh and en (matched after normalising; see labelMatches). */
export const DOMAIN_LIST_COLUMNS = domainLabels.labels('domain-list', ['domain', 'status', 'expiry', 'realName', 'holder', 'registrar', 'validity'] as const);

const EMPTY_TEXT = /^(暂无数据|暂无域名|没有数据|无数据|没有找到|未找到|no data|no domain names?|no records?|no items|nothing found|no results?)/i;

/** A user's resource tag: 键:值 (实名:已认证, owner:张三). */
const USER_TAG = /^[^:：]+[:：]\s*\S/;

/** A domain's own page on the console's route: #/domain/details/info?domain=… */
const DETAIL_ROUTE = /\/details?\b/i;

export function isDomainListHost(url: URL): boolean {
  return /^dc\.console\.(aliyun|alibabacloud)\.com$/.test(url.hostname);
}

/** A sentence opening on the domain as its subject: 域名已进入赎回期, 该域名将于…, "The domain has entered redemption". */
const ABOUT_THE_DOMAIN = /^(?:该|此|您的)?域名(?:已|将|正|处于|进入|被)|^(?:the|this|your)\s+domain(?:\s+name)?\s+(?:has|is|was|will|entered)\b/i;

/**
 * The real-name state a cell's status tags say, when they say one and agree (审核失败 over its reason line): `value` is
 * undefined for a tag under review (审核中: no fact, whatever a note beside it says). undefined when no tag says a state.
 */
export function realNameOfTags(cell: Element, cache: VisibilityCache): { value: boolean | undefined } | undefined {
  const states = new Set(textUnits(cell, cache).filter((u) => u.kind === 'status').map((u) => realNameStateOf(u.text)));
  states.delete(undefined);
  if (states.size === 0) return undefined;
  // (tags that disagree — a pass beside a review — say nothing)
  const state = states.size === 1 ? [...states][0] : 'pending';
  return { value: state === 'failed' ? false : state === 'passed' ? true : undefined };
}

/** Status tags of a cell, in order, without actions, help and real-name tags (notes explaining them none). */
export function statusTokens(cell: Element, cache: VisibilityCache): string[] {
  const out: string[] = [];
  const units = textUnits(cell, cache);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    // (the pieces of the cell's units, as ./filing-values visibleTokens gives them: actions, help and labels none)
    if (unit.kind === 'action' || unit.kind === 'help' || unit.kind === 'label') continue;
    const pieces = unit.text.split(/\s*[,，、;；|]\s*/).map((p) => p.trim()).filter((p) => p !== '' && !/^[\s\-—–_/\\.·:：()（）]*$/.test(p));
    // (a line after the status tags giving a cause and its effect, one clause a real-name phrase — "实名认证失败，注册商暂停解析"
    // under clientHold, round forty-eight's variants —: a note explaining the tags, no status of its own; as
    // ../tencent/domain-list domainStatusTokens; hashed tags: shared/text-values explainsStatusTags)
    if (explainsStatusTags(units, i, pieces, isRealNameToken)) continue;
    // (a line of its own under a status badge, a sentence about the domain — "域名已进入赎回期" under 急需赎回, round seventy's
    // variants: the badge's explanation, given as a status of its own; shared/text-values lineUnderStatusTag. A plain line
    // naming statuses — 禁止转移，禁止更新, 赎回期, 锁定中 under a tag — stays statuses: rounds forty-eight and sixty)
    if (lineUnderStatusTag(units, i) && pieces.some((p) => ABOUT_THE_DOMAIN.test(normalizeText(p)))) continue;
    for (const raw of pieces) {
      // "急需续费(剩余 5 天)": the status without its note.
      const t = withoutStatusNote(raw.replace(/\s*\([^()]*\)$/, '').trim());
      if (t === '' || isActionWord(t) || isRealNameToken(t) || isStatusNote(t) || t.length > 40) continue;
      if (!out.includes(t)) out.push(t);
    }
  }
  return out;
}

/**
 * `text` without a copy of its column's label opening it: a stacked (narrow) table draws each cell as "label value", the
 * label a copy known by its class (`dm-label-copy`); hashed, "Real-name Verification Verified" said neither state, and the
 * real-name states were lost (held-out × class-names-hashed, session 47: the narrow English domain list). The longest
 * label first, whole words, a space after it.
 */
function withoutLabelCopy(text: string | undefined, labels: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  for (const l of [...labels].sort((a, b) => b.length - a.length)) {
    // (or a colon after it: "Real-name Verification: Verified" — session 48's review of 545e850)
    if (lower.startsWith(l.toLowerCase()) && /^(?:\s*[:：])?\s+\S|^[:：]\S/.test(text.slice(l.length))) return text.slice(l.length).replace(/^\s*[:：]?\s*/, '');
  }
  return text;
}

/** `text` after a copy of its column's label opening it (withoutLabelCopy), undefined when none opens it. */
function afterLabelCopy(text: string, labels: readonly string[]): string | undefined {
  const rest = withoutLabelCopy(text, labels);
  return rest === text ? undefined : rest;
}

/** The domain in a cell: the first visible text piece that is one (tags and icons beside it ignored). */
function cellDomain(cell: Element | undefined, cache: VisibilityCache): string | undefined {
  if (!cell) return undefined;
  const drawn = idDrawnAsButton(cell, cache, domainFromText);
  for (const token of visibleTokens(cell, cache)) {
    const d = domainFromText(token);
    if (d) return drawn && drawn !== d && shownBefore(cell, cache, drawn, d) ? drawn : d;
  }
  // (… or the one drawn so alone, cut short with its whole in a title — "qingshan-…-tea.com.cn": its tokens give none;
  // round fifty-eight's probe, the row lost)
  return domainFromText(visibleText(cell, cache)) ?? drawn;
}

/**
 * `first` shown before `then` in the cell's text. The domain drawn as a text button (`<a class="next-btn next-btn-text">`,
 * an antd link button) is read as an action, so the first domain among the cell's other words was taken — a remark line's
 * under it, "到期 2027-01-01 前转到 zhangsan.net": another domain given the row's dates (round fifty-eight's variants: the held-out page
 * zh-fusion-domains-named-like-dates-expire2027-remark-line… with its domain links so drawn, invented). The domain drawn first, over the remark, is the row's.
 */
function shownBefore(cell: Element, cache: VisibilityCache, first: string, then: string): boolean {
  const whole = visibleText(cell, cache).toLowerCase();
  const at = whole.indexOf(first.toLowerCase());
  return at >= 0 && at < whole.indexOf(then.toLowerCase());
}

function tableIsEmpty(table: Element, cache: VisibilityCache): boolean {
  for (const e of Array.from(table.querySelectorAll('td, div, span, p'))) {
    const raw = e.textContent ?? '';
    if (raw.length > 60 || raw.trim() === '') continue;
    if (EMPTY_TEXT.test(normalizeText(raw)) && isVisible(e, cache)) return true;
  }
  return false;
}

export function readDomainList(doc: Document, url?: URL): PageFacts | null {
  const cache = createVisibilityCache();
  const body = doc.body;
  if (!body) return null;
  // (a domain's own page — #/domain/details/… — is no list: a table of domains there is one the detail carries, its
  // related or grouped domains, not the page's records; the holder page reads the domain)
  // (the route's path only: a query naming a page to go back to, ?from=/domain/details/…, is no detail route)
  if (url && DETAIL_ROUTE.test(url.hash.split('?')[0]! + url.pathname)) return null;
  const table = readTableDetailed(body, DOMAIN_LIST_COLUMNS, cache);
  if (!table || !table.columns.includes('domain')) {
    if (pageError(body, cache) || pageLoading(body, cache)) return null;
    const cards = readDomainCards(body, cache);
    return cards.length > 0 ? { version: 1, domains: cards } : null;
  }
  // A domain list shows more than the domain: one other known column at least.
  if (table.columns.length < 2) return null;
  if (pageError(body, cache)) return null;
  const busy = table.table.closest('[aria-busy="true"]') !== null;
  if (busy || (table.rows.length === 0 && pageLoading(body, cache))) return null;

  // an NN-NN-YYYY expiry is read in the order its header names (Exp. Date (DD-MM-YYYY)), else the one its column's dates
  // tell (28-02-2027 under 05-12-2027), as the Tencent lists read theirs; neither — or the two disagree, a header
  // naming a format its own dates break —: no such date
  const named = dateOrderNamed(table.headers.expiry ? visibleText(table.headers.expiry, cache) : undefined);
  const told = dateOrderOf(table.rows.map((r) => (r.cells.expiry ? valueText(r.cells.expiry, cache) : undefined)));
  // (or the page's own date-format setting, shown — "Date format [DD/MM/YYYY]" in the list's toolbar —: round fifty-one's
  // English list whose every date could be read both ways lost them all, missing; every order the page tells must agree)
  const orders = [named, told, pageDateFormat(body, cache)].filter((o): o is DateOrder => o !== undefined);
  const expiryOrder: DateOrder | undefined = orders.every((o) => o === orders[0]) ? orders[0] : undefined;
  const domains: DomainFacts[] = [];
  for (const { row, cells } of table.rows) {
    const domain = cellDomain(cells.domain, cache);
    if (!domain) continue;
    noteRow(domain, row);
    const facts: DomainFacts = { domain };
    if (cells.status) {
      const status = statusTokens(cells.status, cache);
      if (status.length > 0) facts.status = status;
    }
    if (!cells.realName) {
      // Some layouts show the real-name tag among the status tags, beside the domain name or the holder's name.
      // (beside the domain, a tag — a status unit —, not any text: the domain cell carries the user's 备注 line, and
      // "registrant: Li Si；已实名认证 2025-03-02" written there is no status of the domain)
      // (nor a tag reading 键:值 there — 实名:已认证 —: the user's resource tag, as ../dom/field inKeyValueTag has it)
      // (nor a status word in the value of the user's own line there or under the holder — "备注：" then "已实名认证", each in
      // an element: ../dom/typed-text)
      const shownTags = (cell: Element | undefined) =>
        textUnits(cell, cache)
          .filter((u) => u.kind === 'status' && !inUserTextValue(u.el))
          .map((u) => u.text);
      const beside = shownTags(cells.domain).filter((t) => !USER_TAG.test(t));
      // (the cells disagreeing — a remark "已实名认证" under the domain, 未实名认证 beside the holder — say nothing: which is
      // the console's is not known; a status under review beside a pass says nothing either)
      const tags = [...visibleTokens(cells.status, cache), ...beside, ...shownTags(cells.holder)].filter(isRealNameToken);
      const verdicts = new Set(tags.map(realNameFromText));
      const verified = verdicts.size === 1 ? [...verdicts][0] : undefined;
      if (verified !== undefined) facts.realNameVerified = verified;
    }
    if (cells.realName) {
      // (a pictograph alone, ✅, says it in the name the page gives it: ../dom/pictograph)
      // (the whole text first: "Real-name verification failed" says its state with the label's words)
      const shown = valueText(cells.realName, cache);
      // (the state's tag first: a line under it — 原因：…, Reason: … — is the cell's value text, says no state or quotes
      // another, 与已实名认证的持有者信息不一致: round seventy-eight, the state lost or read as a pass)
      const tagged = realNameOfTags(cells.realName, cache);
      // (and its visible text whole, tags with it: the state drawn as a tag after the label copy, "Real-name Verification
      // <span>Unverified</span>", is no part of the value text — session 48's review of 545e850, the state lost)
      const verified = tagged
        ? tagged.value
        : (realNameFromText(shown) ??
          realNameFromText(withoutLabelCopy(shown, DOMAIN_LIST_COLUMNS.realName)) ??
          realNameFromText(afterLabelCopy(normalizeText(visibleText(cells.realName, cache)), DOMAIN_LIST_COLUMNS.realName)) ??
          realNameFromText(pictographName(cells.realName, cache)));
      if (verified !== undefined) facts.realNameVerified = verified;
    }
    if (cells.expiry) {
      const date = expiryDate(valueText(cells.expiry, cache), expiryOrder);
      if (date) facts.expiresAt = date;
    }
    // (no expiry column: a 有效期 column's range, 2026-01-01 至 2027-01-01, ends on the expiry — ../dom/parse-date rangeEnd;
    // a single date there says nothing of which end it is)
    if (!table.columns.includes('expiry') && cells.validity) {
      const end = rangeEnd(valueText(cells.validity, cache), expiryOrder);
      if (end) facts.expiresAt = end;
    }
    if (cells.holder) {
      // (the column's labels: a line in the cell opening with one, no colon — "持有者 周晓栖（原持有者）" — is no part of the name)
      const holder = registrantNameOf(meaningful(untruncated(cells.holder, valueText(cells.holder, cache), cache)), DOMAIN_LIST_COLUMNS.holder);
      // (a real-name tag beside the name known only by its words — its class hashed —: a state, no part of the name; round
      // forty-eight's domain list under class-names-hashed read "陈海晏 待实名认证", the held-out × mutations run, session 45)
      const own = holder === undefined ? undefined : withoutRealNameWord(holder);
      if (own) facts.registrantName = own.name;
      if (own?.state !== undefined && facts.realNameVerified === undefined) {
        const verified = realNameFromText(own.state);
        if (verified !== undefined) facts.realNameVerified = verified;
      }
    }
    if (cells.registrar) {
      const registrar = wholeName(meaningful(untruncated(cells.registrar, valueText(cells.registrar, cache), cache)));
      if (registrar) facts.registrar = registrar;
    }
    domains.push(facts);
  }
  if (domains.length === 0) {
    // A rendered empty list says the account (or filter) has no domains; anything else is not ready.
    return table.rows.length === 0 && tableIsEmpty(table.table, cache) ? { version: 1, domains: [] } : null;
  }
  return { version: 1, domains };
}

/**
 * Card view (./domain-cards): each card's labelled fields, read as the table's cells are. A field not
 * shown (folded under a closed 更多信息) is not read.
 */
function readDomainCards(body: Element, cache: VisibilityCache): DomainFacts[] {
  const L = DOMAIN_LIST_COLUMNS;
  const domains: DomainFacts[] = [];
  const field = (card: Element, labels: readonly string[]): Element | undefined => {
    const value = readFieldFrom(card, labels, cache, false)[0]?.value;
    return typeof value === 'string' || value === undefined ? undefined : value;
  };
  for (const { domain, card } of domainCards(body, L.status, [...L.realName, ...L.expiry, ...L.holder, ...L.registrar], cache)) {
    noteRow(domain, card);
    const facts: DomainFacts = { domain };
    const status = field(card, L.status);
    if (status) {
      const tokens = statusTokens(status, cache);
      if (tokens.length > 0) facts.status = tokens;
    }
    const realName = field(card, L.realName);
    const verified = realName ? realNameFromText(valueText(realName, cache)) : undefined;
    if (verified !== undefined) facts.realNameVerified = verified;
    const expiry = field(card, L.expiry);
    const date = expiry ? expiryDate(valueText(expiry, cache)) : undefined;
    if (date) facts.expiresAt = date;
    const holderCell = field(card, L.holder);
    const holder = holderCell ? registrantNameOf(meaningful(untruncated(holderCell, valueText(holderCell, cache), cache)), L.holder) : undefined;
    if (holder) facts.registrantName = holder;
    const registrarCell = field(card, L.registrar);
    const registrar = registrarCell ? wholeName(meaningful(untruncated(registrarCell, valueText(registrarCell, cache), cache))) : undefined;
    if (registrar) facts.registrar = registrar;
    domains.push(facts);
  }
  return domains;
}

export const domainListReader: Reader = {
  id: 'aliyun-domain-list',
  family: 'domain',
  kind: 'list',
  matchesUrl: isDomainListHost,
  read: (doc, url) => {
    try {
      return readDomainList(doc, url);
    } catch {
      return null;
    }
  },
};
