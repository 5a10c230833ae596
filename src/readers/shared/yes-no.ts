import { normalizeText } from '../dom/normalize-label';

/** A yes / no answer as a filing form shows it (是 / 否, 不涉及, Not involved …); undefined for anything else. */
export function yesNo(text: string | undefined): boolean | undefined {
  const t = normalizeText(text).toLowerCase();
  if (t === '') return undefined;
  if (/^(否|无|没有|未持有|未上传|不涉及|未涉及|不需要|no|none|not involved|not applicable|not required|no need|n\/a|false)(?![a-z])/.test(t)) return false;
  if (/^(是|有|持有|已持有|已上传|涉及|需要|yes|involved|true|uploaded)(?![a-z])/.test(t)) return true;
  return undefined;
}

/** The 前置审批 (pre-approval) answer: not involved, or involved (a category chosen counts as involved). */
export function preApprovalFromText(text: string | undefined): boolean | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const yn = yesNo(t);
  if (yn !== undefined) return yn;
  // A pre-approval category chosen (新闻, 出版, 教育 …): involved, documents in hand.
  return /新闻|出版|教育|医疗|药品|器械|文化|广播|电影|电视|网约车|电子公告|news|publish|education|medic|drug|culture|broadcast|film|television|car.?hailing|bulletin/i.test(t) ? true : undefined;
}
