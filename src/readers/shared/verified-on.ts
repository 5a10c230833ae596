import { normalizeText } from '../dom/normalize-label';
import { parseDate } from '../dom/parse-date';

/**
 * The date a domain's real-name verification passed, written in its real-name value itself: "已认证（2025-04-03 11:20:05
 * 审核通过）", "Verified on 2025-04-03", or with a verification-time label of its own, "已认证（认证时间：2025-06-03）".
 * `labels` are the page's verification-time labels (认证时间, Verification Time). Tencent's domain info page first; the
 * Alibaba holder page's "Verified on Jun 20, 2025" beside its tag since session 52 (round seventy-six's open item).
 */
export function verifiedOnIn(text: string | undefined, labels: readonly string[]): string | undefined {
  return passedOn(text) ?? labelledTime(text, labels);
}

/** A pass with its date in the real-name value itself ("已认证（2025-04-03 11:20:05 审核通过）", "Verified on 2025-04-03"). */
const PASSED_ON = /通过|认证于|审核于|verified on|approved|passed/i;
/**
 * The value's clauses: a date and its event are written in one ("2025-06-18 提交，2025-06-20 审核通过", "Submitted on Jun 18,
 * 2025 · Verified on Jun 20, 2025"). A comma before an English date's year ("Jun 20, 2025") is no break.
 */
const CLAUSE_BREAK = /[，；;·|。\n]|,(?!\s*\d{4}(?![-/.年\d]))/u;
/** A clause naming a date to come — validity, expiry, the next check — not the day it passed ("审核通过，资料有效期至 2030-06-20"). */
const DATE_TO_COME = /有效期|到期|截止|下次|下一次|\bnext\b|expir|validity|valid (?:until|through|to)|until|\bdue\b/i;
function passedOn(text: string | undefined): string | undefined {
  if (!text || !PASSED_ON.test(text)) return undefined;
  // (the date of the clause saying the pass: the whole text's first date was a submission's — 2025-06-18 提交 before
  // 2025-06-20 审核通过 — or a validity's end: session 52's review of the holder page's realNameVerifiedAt, wrong / invented)
  for (const clause of normalizeText(text).split(CLAUSE_BREAK)) {
    if (!PASSED_ON.test(clause) || DATE_TO_COME.test(clause)) continue;
    const date = dateOfPass(clause);
    if (date) return date;
  }
  return undefined;
}

/** Words after which the date of the pass follows ("Verified on Jun 20, 2025", 认证于 2025-06-20). */
const DATE_FOLLOWS = /认证于|审核于|verified on/i;
/** Where a date may begin: a year with its separator, an English month's name before a day. */
const DATE_STARTS = /\d{4}\s*[-/.年]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/gi;

/**
 * The date of a clause's pass: after "verified on" / 认证于; else the last date before the pass word ("2025-06-18 提交审核
 * 2025-06-20 通过": the submission's came first), else the one after it ("审核通过 2025-06-20", "Approved on …").
 */
function dateOfPass(clause: string): string | undefined {
  const follows = DATE_FOLLOWS.exec(clause);
  if (follows) return parseDate(clause.slice(follows.index));
  const pass = PASSED_ON.exec(clause)!;
  const before = clause.slice(0, pass.index);
  const starts = [...before.matchAll(DATE_STARTS)].map((m) => m.index).reverse();
  for (const at of starts) {
    const date = parseDate(before.slice(at));
    if (date) return date;
  }
  return parseDate(clause.slice(pass.index));
}

/**
 * The date the value itself labels with a verification-time label and a colon ("已认证（认证时间：2025-06-03
 * 11:20:45）", "Verified (Verification Time: 2025-06-03)"): the words of the 认证时间 field written inline.
 */
function labelledTime(text: string | undefined, labels: readonly string[]): string | undefined {
  if (!text) return undefined;
  const norm = normalizeText(text);
  const lower = norm.toLowerCase();
  for (const label of labels) {
    // the label standing alone, not the end of another's ("下次认证时间", "Next Verification Time": a date to come)
    for (let at = lower.indexOf(label.toLowerCase()); at >= 0; at = lower.indexOf(label.toLowerCase(), at + 1)) {
      const before = norm.slice(0, at);
      if (/[\p{L}\p{N}]$/u.test(before) || /[A-Za-z0-9]\s+$/.test(before)) continue;
      const rest = /^\s*[:：]\s*(.*)$/.exec(norm.slice(at + label.length))?.[1];
      const date = rest ? parseDate(rest.split(/[)）]/)[0]) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}
