import { normalizeText } from './normalize-label';

/**
 * A value the console withholds from the signed-in user for lack of permission — a RAM user's or a CAM
 * sub-user's / collaborator's cell or field drawn as "无权限查看", "您没有权限查看此信息", "暂无权限", "您没有该资源的访问
 * 权限", "No permission", "Access denied" (often with a lock icon) in place of the value. Such words say nothing of
 * the value: neither a value (a registrant named 无权限查看) nor its absence (a 公网IP field with no address, so no
 * public bandwidth). The words are a page state's, the same for every provider, as ./page-state's are (label files
 * carry none). The whole shown text is such a notice, a lock glyph or a final stop aside. Pure; never throws.
 */
export function saysNoPermission(text: string | undefined): boolean {
  if (text === undefined || text.length > 80 || !MAY_SAY.test(text)) return false;
  const t = normalizeText(text).replace(/^[\u{1F512}\u{1F510}\s]+/u, '').replace(/[。.!！]+$/, '').trim();
  if (t === '' || t.length > 60) return false;
  return NO_PERMISSION_ZH.test(t) || NO_PERMISSION_EN.test(t);
}

/** (a cheap first look: most runs of a page have none of these) */
const MAY_SAY = /权|permission|denied|authori[sz]ed/i;
const NO_PERMISSION_ZH =
  /^(?:您|你|当前(?:账号|用户|身份|角色))?(?:暂)?(?:没有|无|暂无|未获得|缺少)(?:该资源的?|此资源的?|该信息的?|此信息的?)?(?:查看|访问|读取)?(?:的)?权限(?:查看|访问)?(?:该资源|此资源|该信息|此信息|该字段)?$|^(?:权限不足|无权(?:查看|访问)|未授权(?:查看|访问)?)$/;
const NO_PERMISSION_EN =
  /^(?:you (?:do not|don't) have (?:the )?permissions?(?: to (?:view|access|see) (?:this|it)(?: (?:information|resource|field))?)?|no (?:view |access )?permissions?|permission denied|access denied|not authori[sz]ed|unauthori[sz]ed|insufficient permissions?)$/i;

/**
 * A value masked whole, or a link asking for the permission to see it: "******" (a public address "******(公)"), 申请权限,
 * "Request Permission" — a RAM user's or a CAM sub-user's cell or field drawn with stars where the value is, no character of
 * it shown. Like saysNoPermission's words, it says nothing of the value (round fifty-four: an ECS row's IP cell "******(公)"
 * was read as no public address, so a public bandwidth of 0). Not a masked number that shows some of its characters
 * (4101**********1234), nor a password field's dots beside its label's words. Pure; never throws.
 */
export function masksWholeValue(text: string | undefined): boolean {
  if (text === undefined || text.length > 40) return false;
  const t = normalizeText(text).replace(/^[\u{1F512}\u{1F510}\s]+/u, '').trim();
  return MASKED_WHOLE.test(t) || ASKS_PERMISSION.test(t);
}
/** Stars alone (after NFKC ＊ is *), a short bracketed tag after them (公, 私有, Public) at most. */
const MASKED_WHOLE = /^[*•●]{3,}\s*(?:[(（][^()（）]{1,8}[)）])?$/u;
/** A link asking for the permission to see the value. */
const ASKS_PERMISSION = /^(?:申请权限|申请查看权限|申请访问权限|request (?:the )?permissions?|apply for (?:the )?permissions?)$/i;
