import type { DomainFacts, PageFacts } from '../../facts/schema';
import { pictographName } from '../dom/pictograph';
import { expiryDate, rangeEnd } from '../dom/parse-date';
import { exactLabels, type Labels, type PageModel } from '../dom/reading-model';
import { domainCards } from '../shared/domain-cards';
import type { Reader } from '../types';
import { untruncated } from '../dom/truncated';
import { domainFromText, explainsStatusTags, isPlaceholder, isRealNameToken, isStatusNote, lineUnderStatusTag, meaningful, realNameFromText, registrantNameOf } from '../shared/text-values';
import { isTencentConsole, pathUnder, shownText, shownTokens, tencentPage } from './common';
import { tencentLabels } from './labels';
import { isDomainStatusWord } from './values';
import { noteRow } from '../dom/read-session';
import { mergeRepeated } from '../shared/repeated-records';
import { inUserTextValue } from '../dom/typed-text';
import { masksWholeValue } from '../dom/permission-withheld';

/**
 * Tencent Cloud domain console, 我的域名 / 域名列表: one domain per visible row — domain, status
 * (正常, 即将到期, serverHold …), real-name status (已实名认证 → verified; 未实名认证 / 审核失败 → not
 * verified; 审核中 → unknown; its own column, or a tag in the status cell or beside the domain name),
 * expiry, owner where a 域名所有者 column is shown.
 *
 * Test URLs: https://console.cloud.tencent.com/domain/all-domain/all
 *            https://console.cloud.tencent.com/domain/mydomain
 */

export const TENCENT_DOMAIN_LIST_COLUMNS = tencentLabels.group('domain-list', ['domain', 'status', 'realName', 'expires', 'owner', 'validity'] as const);

export function isTencentDomainUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/domain']);
}

const REVIEW = /^审核(中|失败)$/;
/** A user's resource tag: 键:值 (实名:已认证, owner:张三). */
const USER_TAG = /^[^:：]+[:：]\s*\S/;

/** A real-name word (已实名认证, 未实名认证, 审核中, 审核失败) rather than a domain status. */
export function isRealNameWord(token: string): boolean {
  return isRealNameToken(token) || REVIEW.test(token);
}

/**
 * Domain status words of a value: its data units (any word but real-name words and notes such as
 * "剩余 30 天") and those of its tags that are domain statuses (正常, serverHold …; a "推荐" tag is not).
 */
export function domainStatusTokens(page: PageModel, el: Element | string | undefined): string[] {
  const out: string[] = [];
  const push = (t: string) => {
    // (nor a placeholder or a value masked whole — "--" with a lock, ****** —: a status withheld from this user shows none,
    // round fifty-four's collaborator list gave the status ["--"])
    if (t === '' || isPlaceholder(t) || masksWholeValue(t) || isRealNameWord(t) || isStatusNote(t) || t.length > 40 || out.includes(t)) return;
    out.push(t);
  };
  if (el === undefined) return out;
  if (typeof el === 'string') {
    for (const t of shownTokens(page, el)) push(t);
    return out;
  }
  const units = page.units(el);
  const statusWords = (t: string) => t.split(/\s+/).every((w) => isDomainStatusWord(w) || isRealNameWord(w) || (page.words.pending ?? []).includes(w));
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // a run of status words set apart by spaces is the cell's status text, its pending word one more status: the note
    // the units cut after a value ("正常 审核中 锁定" → 正常 + a note) is none when the value and the note are status
    // words alone — read whole, as the same run without a pending word is ("正常 锁定")
    const next = units[i + 1];
    if (u.kind === 'data' && next?.kind === 'help' && next.el === u.el && statusWords(u.text) && statusWords(next.text)) {
      push(`${u.text} ${next.text}`);
      i++;
      continue;
    }
    // (a control: the status shown as a read-only input's value)
    if (u.kind !== 'data' && u.kind !== 'status' && u.kind !== 'control') continue;
    const pieces = u.text.split(/\s*[,，、;；|]\s*/);
    // a line after the status tags giving a cause and its effect, one clause a real-name phrase ("未完成实名认证，注册局暂停解析"
    // under 续费宽限期 / serverHold, round forty-eight): a note explaining the tags, no status of its own
    // (the tags' classes hashed, such a line of its own under a plain tag, a clause a note: shared/text-values explainsStatusTags)
    if (explainsStatusTags(units, i, pieces, isRealNameWord)) continue;
    // (a line of its own under a status tag, no status word in it — "Resolution suspended by the registry" under serverHold,
    // round seventy: shared/text-values lineUnderStatusTag)
    // (its tag drawn as data too, the classes hashed: a unit whose whole text is a status word)
    if (lineUnderStatusTag(units, i, isDomainStatusWord) && !pieces.some((p) => isDomainStatusWord(p.trim()))) continue;
    for (const piece of pieces) {
      const t = piece.trim();
      if (u.kind === 'status' && !isDomainStatusWord(t)) continue;
      push(t);
    }
  }
  return out;
}

export function readTencentDomainList(doc: Document, url?: URL): PageFacts | null {
  // A domain's own page (its path names the domain: /domain/info/<domain>) is no list: a table on it of the account's
  // other domains is a side list of other records, the page the one domain's (tencent/domain-info.ts)
  if (url && urlNamesDomain(url)) return null;
  const page = tencentPage(doc);
  if (!page) return null;
  const grid = page.grid(TENCENT_DOMAIN_LIST_COLUMNS);
  if (!grid || !grid.columns.includes('domain') || grid.columns.length < 2) return readDomainCards(page);
  const domains: DomainFacts[] = [];
  // (a domain over two rows — its cell spanning them: one record, read from its first row; a copy of a row
  // elsewhere, pinned to the top, has a cell of its own: merged, a value the copies give differently dropped)
  const domainCells = new Set<Element>();
  for (const { row, cells } of grid.rows) {
    if (cells.domain && domainCells.has(cells.domain)) continue;
    if (cells.domain) domainCells.add(cells.domain);
    const domain = shownTokens(page, cells.domain).map((t) => domainFromText(t)).find(Boolean);
    if (!domain) continue;
    if (!domains.some((d) => d.domain === domain)) noteRow(domain, row);
    const facts: DomainFacts = { domain };
    if (cells.status) {
      const status = domainStatusTokens(page, cells.status);
      if (status.length > 0) facts.status = status;
    }
    // No real-name column: the real-name word is a tag in the status cell or beside the domain name,
    // or a link there (未实名认证 leads to the verification page)
    // (the first that says passed or not: a "实名认证" link beside a 已实名认证 tag says neither)
    // (in a real-name column too: 未实名认证 may be drawn as a link there)
    // (beside the domain, a tag or a link — not any text: the user's 备注 line under the name, "备注：已实名认证 …", nor a
    // tag reading 键:值, the user's resource tag 实名:已认证 — says nothing of the domain's verification; nor a tag in the
    // value of such a line, "备注：" then a tag 已实名认证: ../dom/typed-text)
    // (beside the owner's name too, as a tag or a link — a TDesign list with no real-name column, the tag after the 域名所有者
    // name, round seventy-two's variants: the holder's verification is the domain's; the name's own text is no such word)
    const besideName = (c: Element) => (u: { kind: string; el: Element; text: string }) =>
      (c !== cells.domain && c !== cells.owner) || ((u.kind === 'status' || u.el.closest('a, button, [role="link"], [role="button"]') !== null) && !USER_TAG.test(u.text) && !inUserTextValue(u.el));
    const words = (cells.realName ? [cells.realName] : [cells.status, cells.domain, cells.owner]).flatMap((c) => (c ? page.units(c).filter(besideName(c)) : [])).filter((u) => u.kind !== 'help' && isRealNameWord(u.text));
    // (a pictograph alone, ✅, says it in the name the page gives it: ../dom/pictograph)
    const verified = realNameFromText(cells.realName && shownText(page, cells.realName)) ?? realNameFromText(pictographName(cells.realName, page.cache)) ?? realNameFromText((words.find((u) => realNameFromText(u.text) !== undefined) ?? words[0])?.text);
    if (verified !== undefined) facts.realNameVerified = verified;
    // (no expiry column: a 有效期 column's range, 2026-01-01 至 2027-01-01, ends on the expiry — ../dom/parse-date rangeEnd)
    const expiresAt = expiryDate(page.cellText(cells.expires)) ?? (grid.columns.includes('expires') ? undefined : rangeEnd(page.cellText(cells.validity)));
    if (expiresAt) facts.expiresAt = expiresAt;
    // a name cut short ("杭州茶语文化传播有限…") is the whole one its title holds
    // (the column's labels: a line in the cell opening with one, no colon — "持有者 周晓栖（原持有者）" — is no part of the name)
    const owner = registrantNameOf(meaningful(untruncated(cells.owner, page.cellText(cells.owner), page.cache)), exactLabels(TENCENT_DOMAIN_LIST_COLUMNS.owner));
    if (owner) facts.registrantName = owner;
    domains.push(facts);
  }
  return domains.length > 0 ? { version: 1, domains: mergeRepeated(domains, (d) => d.domain) } : null;
}

/**
 * The card view (a narrow window's list, the table hidden: ../shared/domain-cards): each card's labelled fields, read
 * as the table's cells are. Not on a domain's own page (its path names the domain: /domain/info/<domain>, above): its sections
 * are no list. A query naming a domain (?keyword=qingshan-tea.com: a list searched by it, matching qingshan-tea.com.cn
 * too; ?domain=…) does not say so: a domain's own page shows no two cards of domains (../shared/domain-cards).
 */
function readDomainCards(page: PageModel): PageFacts | null {
  const L = TENCENT_DOMAIN_LIST_COLUMNS;
  const domains: DomainFacts[] = [];
  const field = (card: Element, labels: Labels): Element | undefined => {
    const value = page.field(labels, card)?.value;
    return typeof value === 'string' ? undefined : value;
  };
  for (const { domain, card } of domainCards(page.root, exactLabels(L.status), [L.realName, L.expires, L.owner].flatMap((l) => exactLabels(l)), page.cache)) {
    noteRow(domain, card);
    const facts: DomainFacts = { domain };
    const status = domainStatusTokens(page, field(card, L.status));
    if (status.length > 0) facts.status = status;
    const realName = field(card, L.realName);
    const verified = realNameFromText(realName && shownText(page, realName)) ?? realNameFromText(pictographName(realName, page.cache));
    if (verified !== undefined) facts.realNameVerified = verified;
    const expiresAt = expiryDate(page.cellText(field(card, L.expires)));
    if (expiresAt) facts.expiresAt = expiresAt;
    const ownerBox = field(card, L.owner);
    const owner = registrantNameOf(meaningful(untruncated(ownerBox, page.cellText(ownerBox), page.cache)), exactLabels(L.owner));
    if (owner) facts.registrantName = owner;
    domains.push(facts);
  }
  return domains.length > 0 ? { version: 1, domains } : null;
}

/**
 * `url` is a domain's own page: a path segment is a domain (/domain/info/<domain>), or the path's last segment is the
 * information page's and the query names the domain (/domain/info?domain=<domain>, /domain/all-domain/all/info?domain=…:
 * tencent/domain-info's URLs). A list's query naming a domain (?keyword=, ?domain= on the list's own path) is a search.
 */
function urlNamesDomain(url: URL): boolean {
  const segments = url.pathname.split('/').map((p) => safeDecode(p).trim().toLowerCase());
  if (segments.some((text) => text !== '' && domainFromText(text) === text)) return true;
  const queried = safeDecode(url.searchParams.get('domain') ?? '').trim().toLowerCase();
  return segments.filter((p) => p !== '').pop() === 'info' && queried !== '' && domainFromText(queried) !== undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const tencentDomainListReader: Reader = {
  id: 'tencent-domain-list',
  family: 'tencent',
  kind: 'list',
  matchesUrl: isTencentDomainUrl,
  read: (doc, url) => {
    try {
      return readTencentDomainList(doc, url);
    } catch {
      return null;
    }
  },
};
