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
  if (text === undefined || text.length > 160 || !MAY_SAY.test(text)) return false;
  const t = normalizeText(text).replace(/^[\u{1F512}\u{1F510}\s]+/u, '').replace(/[。.!！]+$/, '').trim();
  if (t === '') return false;
  if (t.length > 60) return withheldClauses(t);
  if (NO_PERMISSION_ZH.test(t) || NO_PERMISSION_EN.test(t)) return true;
  // (round fifty-four's variants: the console's longer sentences in a value's place — 您没有查看持有者信息的权限, 当前子账号无
  // domain:QueryRegistrantProfiles 权限, 无权限，请联系主账号授权, 仅主账号可见, 该信息已隐藏, "You are not authorized to view this
  // information", "No permission to view" — were read as the holder's name, and "公网IP：当前子账号无 … 权限" in an IP cell as no
  // public address; a short label before the words, 公网IP：, is the cell's own)
  const bare = t.replace(CELL_LABEL, '').replace(ASK_AFTER, '').trim();
  if (WITHHELD_ZH.test(bare) || WITHHELD_EN.test(bare) || NO_PERMISSION_ZH.test(bare) || NO_PERMISSION_EN.test(bare)) return true;
  // (session 48, left open by round fifty-four: "Contact your administrator for access", 仅限授权用户, 未开通权限 in a holder's
  // place were read as the holder's name)
  if (ASKS_ADMIN_EN.test(bare) || AUTHORIZED_ONLY_ZH.test(bare)) return true;
  return withheldClauses(t);
}

/**
 * (session 48's review of ed881c9 / 779c17c: the same notice in other words was still read as the holder's name — 子账号无权限查看,
 * 需要主账号授权, 无权限查看 申请权限, 内容已隐藏，无权限查看, 仅主账号及授权子账号可见, "No access", "Permission denied: ram:ListUsers",
 * "The current user does not have permission", "You are not authorized to view this information. Please contact the account
 * owner.", "Hidden due to insufficient permissions", "You lack permission to view this information") — the text cut at its
 * stops into clauses: one says the user lacks the permission (a subject, a negation, up to a few words, 权限 / permission /
 * authorized / access, what to do with it at most), each other one that too, that the value is hidden, or what to do about it
 * (联系主账号, 申请权限, Please contact …). A name holding such a word (杭州权限科技有限公司, No Access Key Ltd) has none of these shapes.
 */
function withheldClauses(t: string): boolean {
  if (t.length > 120) return false;
  const clauses = t
    .replace(CELL_LABEL, '')
    .split(/\s*[，,。;；!！]\s*|(?<=[a-z\u3400-\u9fff])\.\s+|\s+(?=申请|request\b|apply\b)/iu)
    .map((c) => c.trim().replace(/[.。]+$/, ''))
    .filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 3) return false;
  let says = false;
  for (const c of clauses) {
    const lacks = LACKS_ZH.test(c) || LACKS_EN.test(c) || NO_PERMISSION_ZH.test(c) || NO_PERMISSION_EN.test(c) || WITHHELD_ZH.test(c) || WITHHELD_EN.test(c);
    if (lacks || HIDDEN_CLAUSE.test(c)) says = true;
    // (an apology before the notice — 抱歉，您没有权限查看该内容, "Sorry, you don't have permission to view this." — was read as
    // the holder's name: review of cd2236f, session 49)
    else if (!ASK_CLAUSE.test(c) && !SORRY_CLAUSE.test(c)) return false;
  }
  return says;
}
/** 子账号无权限查看, 您的账号没有此操作权限, 当前用户不具备 X 权限, 需要主账号授权, 仅主账号及授权子账号可见, 权限不足. */
const LACKS_ZH =
  /^(?:您的?|你的?|当前|该|此)?(?:主账号|子账号|子用户|RAM\s?用户|协作者|账号|用户|身份|角色)?(?:暂|尚|还)?(?:没有|无|暂无|未被授予|未获得|缺少|不具备|不具有)[^，,。;；\s]{0,16}?(?:\s?[A-Za-z][\w:*.-]{2,60}\s?)?(?:的)?(?:查看|访问|操作|读取)?权限(?:查看|访问|读取)?(?:该|此)?(?:信息|资源|字段|内容|数据|页面)?(?:\s?[(（][\w:*./\s-]{2,60}[)）])?$|^(?:您的?|你的?|当前)?(?:主账号|子账号|子用户|RAM\s?用户|账号|用户)?(?:暂)?无权(?:查看|访问|读取)(?:该|此)?(?:信息|资源|字段|内容|数据|页面)?$|^(?:需要?|须|请先?)(?:主账号|管理员)?(?:申请|开通)?(?:授权|权限)(?:后(?:查看|可见|访问))?$|^(?:该信息|此信息|该字段)?仅(?:限)?[\p{Script=Han}]{1,8}(?:及|和|或)[\p{Script=Han}]{1,8}可见$|^权限(?:不足|受限)$/u;
/** "No access", "Permission denied: ram:ListUsers", "The current user does not have permission", "You lack permission to view …". */
const LACKS_EN =
  /^(?:(?:you|your\s+account|(?:the\s+)?(?:current\s+)?(?:ram\s+|sub-?)?(?:user|account|sub-?account)|this\s+(?:ram\s+)?(?:user|account))\s+)?(?:(?:are|is)\s+not\s+authori[sz]ed|(?:do|does)\s+not\s+have\s+(?:the\s+)?(?:required\s+|necessary\s+|sufficient\s+)?(?:permissions?|access)|don't\s+have\s+(?:the\s+)?(?:required\s+|necessary\s+|sufficient\s+)?(?:permissions?|access)|(?:have|has)\s+no\s+(?:permissions?|access)|lacks?\s+(?:the\s+)?(?:permissions?|access))(?:\s+to\s+(?:view|access|see|read|perform)\b[^.;]{0,40})?$|^(?:no\s+(?:access|permissions?)|permission\s+denied|access\s+denied|insufficient\s+permissions?|permissions?\s+required|requires?\s+(?:authori[sz]ation|permissions?)|(?:hidden|withheld)\s+(?:due\s+to|for\s+lack\s+of)\s+(?:insufficient\s+)?permissions?)(?:\s+to\s+(?:view|access|see)\b[^.;:]{0,40})?(?:\s*:\s*[A-Za-z][\w:*./-]{2,60})?$|^(?:403\s+)?forbidden$|^unauthori[sz]ed(?:\s+access)?$/i;
/** 抱歉, 很抱歉, 对不起, "Sorry", "We're sorry": an apology opening the notice. */
const SORRY_CLAUSE = /^(?:很?抱歉|对不起|(?:we're\s+|we\s+are\s+)?sorry)$/i;
/** 该信息已隐藏, 内容已隐藏, "This information is hidden", "This content is restricted". */
const HIDDEN_CLAUSE = /^(?:该|此)?(?:信息|字段|内容|数据)?已隐藏$|^(?:this|the)\s+(?:information|field|value|data|content)\s+is\s+(?:hidden|restricted)$/iu;
/** 请联系主账号授权, 申请权限, 联系管理员, "Please contact the account owner", "Apply for permission", "Request access". */
const ASK_CLAUSE =
  /^(?:请|可|您可|如需查看请?)?(?:联系|申请|向|前往)[^，,。;；]{0,30}$|^(?:please\s+)?(?:contact|ask|request|apply\s+for)\b[^.;]{0,60}$/iu;

/** The whole text a request to an administrator for access: "Contact your administrator for access", "Please contact the account owner to request access". */
const ASKS_ADMIN_EN =
  /^(?:please\s+)?contact\s+(?:your|the)\s+(?:(?:account\s+|system\s+)?administrator|admin|account\s+owner|main\s+account|owner)\s+(?:for\s+(?:access|permissions?)|to\s+(?:request|get|gain|obtain)\s+(?:access|permissions?))$/i;
/** 仅限授权用户（查看）, 仅授权账号可见, 未开通权限, 您未开通查看权限. */
const AUTHORIZED_ONLY_ZH =
  /^(?:该信息|此信息)?仅限?授权(?:用户|账号|人员|成员)(?:查看|可见|访问)?$|^(?:您|你|当前(?:账号|用户|子账号|子用户))?(?:暂)?未开通(?:查看|访问)?权限$/u;

/** A short label a cell puts before its words (公网IP：, Public IP:). */
const CELL_LABEL = /^[\p{Script=Han}A-Za-z0-9]{1,10}\s?[：:]\s*/u;
/** A request after the words: ，请联系主账号授权 / 。申请权限 / ". Contact the account owner." */
const ASK_AFTER = /\s*[，,。.;；]\s*(?:(?:请|可|您可)?(?:联系|申请|向|前往)[^，,。.;；]{0,30}|(?:please\s+)?(?:contact|ask|request)\b[^.;]{0,50})[。.]?$/iu;
/** 您没有查看持有者信息的权限, 当前子账号无 domain:QueryRegistrantProfiles 权限, 子用户未被授予 X、Y 权限, 仅主账号可见, 该信息已隐藏, 您无权查看, 需授权后查看, 权限不足，无法查看. */
const WITHHELD_ZH =
  /^(?:您|你|当前|该|此)?(?:主账号|子账号|子用户|RAM\s?用户|协作者|账号|用户|身份|角色)?(?:暂)?(?:没有|无|暂无|未被授予|未获得|缺少)\s?(?:查看|访问|读取|获取)?(?:[\p{Script=Han}]{1,12}的|\s?[A-Za-z][\w:*.-]{2,60}(?:\s?[、,，]\s?[A-Za-z][\w:*.-]{2,60}){0,3}\s?(?:等)?)\s?(?:查看|访问|操作)?权限$|^(?:该信息|此信息|该字段)?仅(?:限)?[\p{Script=Han}]{1,8}可见$|^(?:该|此)?(?:信息|字段|内容|数据)?已隐藏$|^(?:您|你|当前(?:账号|用户|身份|角色|子账号|子用户))?(?:暂)?无权(?:查看|访问|读取)(?:该信息|此信息|该资源|此资源|该字段)?$|^(?:需|需要|请)(?:申请)?(?:授权|权限)后(?:查看|可见|访问)$|^权限不足\s?[，,]?\s?(?:无法|不能)(?:查看|显示|访问)$/u;
/** "You are not authorized to view this information", "The current RAM user is not authorized …", "No permission to view", "Insufficient permissions to view", "You do not have access", "Access restricted", "Permission required". */
const WITHHELD_EN =
  /^(?:you|the\s+current\s+(?:ram\s+)?user|this\s+(?:ram\s+)?user|(?:the\s+)?current\s+sub-?account)\s+(?:are|is)\s+not\s+authori[sz]ed(?:\s+to\s+(?:view|access|see|read)\b[^.;]{0,40})?$|^no\s+permissions?\s+to\s+(?:view|access|see)(?:\s+(?:this|it|the))?(?:\s+(?:information|resource|field|value|data))?$|^(?:only\s+visible|visible\s+only)\s+to\s+[^.;]{1,30}$|^insufficient\s+permissions?(?:\s+to\s+(?:view|access|see)\b[^.;]{0,30})?$|^not\s+authori[sz]ed\s+to\s+(?:view|access|see)\b[^.;]{0,30}$|^you\s+(?:do\s+not|don't)\s+have\s+access(?:\s+to\s+(?:this|it)(?:\s+(?:information|resource|field))?)?$|^access\s+restricted$|^permissions?\s+required$/i;

/** (a cheap first look: most runs of a page have none of these) */
const MAY_SAY = /权|permission|denied|authori[sz]|可见|隐藏|visible|\baccess\b|restricted|hidden|forbidden/i;
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
// (and a link to ask the administrator — 无权限查看 <a>联系管理员</a> gave 联系管理员 as the holder's name: review of cd2236f, session 49)
const ASKS_PERMISSION =
  /^(?:申请权限|申请查看权限|申请访问权限|申请授权|去授权|联系(?:管理员|主账号|账号管理员)(?:授权)?|request (?:the )?(?:permissions?|access)|apply for (?:the )?(?:permissions?|access)|contact (?:your |the )?(?:administrator|admin|account owner))$/i;

/**
 * A link or button asking for the permission to see a value (申请权限, Request Permission): no part of the value it stands
 * beside — "无权限查看 <a>申请权限</a>" in a holder's cell gave 申请权限 as the holder's name (invented; session 48's review of
 * f77cdaa). Pure; never throws.
 */
export function asksPermission(text: string | undefined): boolean {
  if (text === undefined || text.length > 40) return false;
  return ASKS_PERMISSION.test(normalizeText(text).replace(/^[\u{1F512}\u{1F510}\s]+/u, '').trim());
}
