/**
 * An "after …" in a date's clause before it: a Chinese word then 后 (not 后台 / 后端), or "after" — an event to come
 * ("续费后 2028-12-05 到期", "转包年包月后 …", "After renewal, expires at …"): the date is the one that event would give,
 * not the resource's now. A countdown to the expiry ("7 天后到期", "Expires after 7 days"), the expiry itself ("到期后自动续费",
 * "after expiry") or arrears (欠费后) is no such event: a cell's lines run together, so such a note above the date is in its
 * clause too. (A relative time that is an action's term, "续费 1 个月后", "续费 1 年后", is one.) `before`: the text before
 * the date (only its last clause, after a comma or a full stop, counts). Pure; never throws.
 */
export function afterEvent(before: string): boolean {
  const clause = CLAUSE_END.exec(before)?.[0] ?? '';
  if (eventInClause(clause)) return true;
  // (the event's phrase set off by a comma before the date's clause: "续费后，2028-12-05 到期", "After renewal, expires at …")
  const previous = PREVIOUS_CLAUSE.exec(before.slice(0, before.length - clause.length))?.[1] ?? '';
  // (a Chinese phrase ending with its 后 at the comma; an English "after" anywhere in it, the phrase opening the sentence)
  const han = HAN_AFTER_END.exec(previous);
  if (han && !NO_EVENT_THEN_AFTER.test(previous.slice(0, han.index + 1))) return true;
  for (const m of previous.matchAll(LATIN_AFTER)) if (!NOT_AN_EVENT_LATIN.test(previous.slice((m.index ?? 0) + m[0].length))) return true;
  return false;
}

function eventInClause(clause: string): boolean {
  for (const m of clause.matchAll(HAN_AFTER)) {
    const head = clause.slice(0, (m.index ?? 0) + 1);
    if (NO_EVENT_THEN_AFTER.test(head)) continue;
    // (a relative time then 后 is a countdown — "7 天后到期", "3 天后自动续费", "即将到期（3 天后）" — unless an action names
    // it as its term before it and the expiry does not follow: "续费 1 个月后", "升级 1 年后" is the term of an action to
    // come, whose date the one after it is)
    const relative = RELATIVE_THEN_AFTER.exec(head);
    if (relative && (COUNTDOWN_END.test(clause.slice((m.index ?? 0) + m[0].length)) || !termOfAction(head.slice(0, relative.index)))) continue;
    return true;
  }
  for (const m of clause.matchAll(LATIN_AFTER)) if (!NOT_AN_EVENT_LATIN.test(clause.slice((m.index ?? 0) + m[0].length))) return true;
  return false;
}
const CLAUSE_END = /[^，,;；。]*$/;

/** Actions whose term a relative time names (续费, 升级: rules/labels `values.termActions`), registered by each provider's values module. */
const termActions = new Set<string>();
export function registerTermActions(words: readonly string[]): void {
  for (const w of words) if (w.trim() !== '') termActions.add(w.trim().toLowerCase());
}
/** An action right before a relative time: its term ("续费 1 个月"). */
function termOfAction(before: string): boolean {
  const near = before.slice(-8).toLowerCase();
  for (const w of termActions) if (near.includes(w)) return true;
  return false;
}
/** The clause before the date's, ending with a comma. */
const PREVIOUS_CLAUSE = /([^，,;；。]*)[，,]\s*$/;
/** A clause ending with a Chinese word then 后: "续费后". */
const HAN_AFTER_END = /\p{Script=Han}后\s*$/u;
const HAN_AFTER = /\p{Script=Han}后(?![台端])/gu;
const LATIN_AFTER = /\bafter\b/gi;
const RELATIVE_THEN_AFTER = /\d+\s*个?\s*(?:年|月|周|星期|天|日|小时|分钟)$/;
// (欠费后: the account's arrears, a condition whose outcome a notice names — "欠费后 15 天内未充值将被回收" — and no event that
// would give the date: the expiry is not moved by it)
const NO_EVENT_THEN_AFTER = /(?:到期|过期|欠费)$/;
// (not 到期时间 / 到期日期, a label of the date after it: "续费 1 年后到期时间：2028-03-05" is the renewal's date — session 51's
// review: the Tencent detail's expiry field read it so once a date its own word names was preferred)
const COUNTDOWN_END = /^\s*(?:到期|过期)(?!\s*(?:时间|日期))/;
const NOT_AN_EVENT_LATIN = /^\s+(?:\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b|expir(?:y|ation|ing)\b)/i;
