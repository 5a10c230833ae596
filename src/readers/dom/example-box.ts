import { firstLabelledRow, holdsLabelledRows, isLabelBox } from './label-box';
import { normalizeText } from './normalize-label';
import { HELP_OPENER, isHeading, SAMPLE } from './sample';
import { defaultUnitWords } from './units';

/**
 * A box of more text under a field or a form (`…-extra`) that holds labelled rows shows an EXAMPLE, not
 * the page's fields, when (pure; never throws):
 *
 * - it is the extra of ONE field: it sits in the value side of a labelled field (antd's
 *   `ant-form-item-label` + `ant-form-item-control` › `ant-form-item-extra`, TEA's label + controls): what is
 *   under a field's control explains that field; the rows in it are no field of the record;
 * - its text before its first labelled row says so (示例：, 转包年包月示例, 例如：, e.g., Example);
 * - the short heading just before it (or before the wrapper it opens) says so (续费示例, Example).
 */
export function isExampleBox(box: Element): boolean {
  try {
    return inOneFieldsValue(box) || leadNamesExample(box) || headingNamesExample(box);
  } catch {
    return false;
  }
}

/** How far up a field's value side is looked for (extra › its wrapper › the control). */
const FIELD_LEVELS = 3;

function inOneFieldsValue(box: Element): boolean {
  for (let e: Element | null = box, up = 0; e && up < FIELD_LEVELS; e = e.parentElement, up++) {
    const before = e.previousElementSibling;
    if (before && isLabelBox(before) && normalizeText(before.textContent).length <= 40) return true;
  }
  return false;
}

/** Characters of text before the first labelled row looked at. */
const LEAD_CHARS = 80;

function leadNamesExample(box: Element): boolean {
  const stop = firstLabelledRow(box);
  if (!stop) return false;
  let lead = '';
  const visit = (n: Node): boolean => {
    if (n === stop) return true;
    if (n.nodeType === 3) {
      lead += ` ${n.nodeValue ?? ''}`;
      return lead.length > LEAD_CHARS;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (visit(c)) return true;
    return false;
  };
  visit(box);
  const text = normalizeText(lead);
  return text !== '' && (SAMPLE.test(text) || HELP_OPENER.test(text));
}

function headingNamesExample(box: Element): boolean {
  for (let e: Element | null = box, up = 0; e && up < 3; e = e.parentElement, up++) {
    const before = e.previousElementSibling;
    if (!before) continue;
    const text = normalizeText(before.textContent);
    return isHeading(before) && text.length <= 24 && (SAMPLE.test(text) || HELP_OPENER.test(text));
  }
  return false;
}

/** How many boxes up from a label the title of an example panel is looked for (descriptions label › cell › row › table › view › descriptions › card body › card). */
const PANEL_LEVELS = 8;

/** Tags and roles of a box that may be named as a whole (a side panel, a region, a group of fields). */
const NAMED_BOX = /^(?:ASIDE|SECTION|FIELDSET|FORM)$/;
const NAMED_ROLES = new Set(['region', 'complementary', 'group', 'note', 'form']);

/** (a bold line, <b> / <strong>, is the older consoles' heading: <b>新版详情页有哪些变化</b> over a list) */
const TITLE_TAGS = new Set(['SUMMARY', 'LEGEND', 'CAPTION', 'B', 'STRONG']);
const BOLD_TAGS = new Set(['B', 'STRONG']);

/**
 * A short text that says example (填写示例, 示例, Example, Sample) — or release notes (新版控制台更新说明, 新版详情页有哪些变化,
 * What's new: rules/labels releaseNotes): a panel telling what a new version changes shows its fields with made-up values.
 */
const namesExample = (text: string | null | undefined): boolean => {
  const t = normalizeText(text);
  // (a guide's title opening with its word may say more after a colon — "Quick Tour: Instance details", 新手引导：实例详情 —
  // longer than a title's 24 characters: its rows were an ECS / CVM detail's, invented; session 45 revb)
  return t !== '' && ((t.length <= 24 && (SAMPLE.test(t) || namesReleaseNotes(t))) || (t.length <= 48 && opensWithGuide(t)));
};
/** `text` opens with a guide's word (rules/labels `guides`) and a colon or a dash after it. */
function opensWithGuide(text: string): boolean {
  const folded = text.toLowerCase();
  return (defaultUnitWords().guides ?? []).some((w) => folded.startsWith(w.toLowerCase()) && /^\s*[:：\-–—|·]/.test(folded.slice(w.length)));
}

function namesReleaseNotes(text: string): boolean {
  const folded = text.toLowerCase();
  const { releaseNotes = [], guides = [] } = defaultUnitWords();
  // (a guided tour's or coach mark's title, 新手引导 / Quick tour, as a release note's: its rows show made-up values)
  return [...releaseNotes, ...guides].some((w) => folded.includes(w.toLowerCase()));
}

/**
 * A heading, or a header box around one (a card's header holding its title): no box of labelled rows — a
 * short example card of its own (填写示例 · 带宽上限 100 Mbps) before the page's form titles nothing.
 */
function isTitleBox(e: Element): boolean {
  // (a disclosure's summary and a fieldset's legend title the box they open)
  const tag = e.tagName.toUpperCase();
  // (a bold line saying more after a colon — 新功能：一键续费 — is a notice, no title of what follows)
  if (isHeading(e) || (TITLE_TAGS.has(tag) && !(BOLD_TAGS.has(tag) && /[:：]\s*\S/.test(normalizeText(e.textContent))))) return true;
  // (a line that opens what follows: 示例： / Example:)
  if (/[:：]\s*$/.test(e.textContent ?? '')) return true;
  if (holdsLabelledRows(e)) return false;
  // (a header box: its heading and little else — a close or collapse link beside it; a box saying more after its heading,
  // a 新手引导 strip with its steps, is a panel of its own, no title of the box after it)
  // (its links and buttons — 跳过引导, 不再提示, Skip — and a step counter — 1/3, Step 1 of 3 — are a header's too: a coach
  // mark's header "新手引导 1/3 跳过引导" kept its rows, 到期时间 2030-01-01 / 带宽 100Mbps, as the page's: invented;
  // session 44's review of 39110ed)
  const squeeze = (t: string | null | undefined) => normalizeText(t).replace(/\s+/g, '');
  const actions = Array.from(e.querySelectorAll('a, button, [role="button"]')).filter((a) => !Array.from(a.querySelectorAll('*')).some(isHeading));
  const actionChars = actions.filter((a) => !actions.some((o) => o !== a && o.contains(a))).reduce((n, a) => n + squeeze(a.textContent).length, 0);
  const whole = squeeze(e.textContent).replace(STEP_COUNTER, '');
  for (const c of Array.from(e.querySelectorAll('*')))
    if (headingIn(c) && namesExample(c.textContent) && whole.length - squeeze(c.textContent).length - actionChars <= HEADER_EXTRA) return true;
  return false;
}
/** A step counter in a guide's header (1/3, 第1步, Step1of3, its spaces squeezed out). */
const STEP_COUNTER = /\d+[/／]\d+|第\d+步|step\d+(?:of\d+)?/gi;
/** The longest text of a header box whose headings are looked at (a title, a step counter, a link or two). */
const HEADER_TEXT_MAX = 60;
/** Characters a header box may hold beside its heading (收起, 关闭, ×, Close). */
const HEADER_EXTRA = 6;

/**
 * `box` says example: its text is short and names one, or a heading in it does — a coach mark's header "Quick tour · Step
 * 1 of 3 · Skip" is longer than namesExample's 24 characters with its counter and link, which isTitleBox counts as a
 * header's own (its rows, 到期时间 2030-01-01 / 带宽 100Mbps, were the page's: invented; left open by session 44's review).
 */
function titledExample(box: Element): boolean {
  const text = normalizeText(box.textContent);
  if (namesExample(text)) return true;
  // (a header box is short: a longer box — a list, a form before the label's — is not looked into)
  return text.length <= HEADER_TEXT_MAX && Array.from(box.querySelectorAll('*')).some((c) => headingIn(c) && namesExample(c.textContent));
}

/**
 * A heading inside a header box: h1–h6, role=heading, a title class — or a bold line (<strong>新手引导</strong><span>1/3</span>
 * <a>跳过引导</a>, <b>Quick tour</b> · Step 1 of 3 · Skip): a coach mark's header so drawn kept its rows, 到期时间 2030-01-01 /
 * 带宽 100Mbps, as an ECS / CVM detail's (invented; session 45 revb of 942a964 / 3cb4531).
 */
const headingIn = (c: Element): boolean => isHeading(c) || BOLD_TAGS.has(c.tagName.toUpperCase());

/**
 * `el` (a label) sits in a panel shown as an example — a 填写示例 / 示例 / Example card or side panel beside a
 * form, quoting labelled example values (主办单位名称 广州市某某科技有限公司, 网站域名 mouke-tech.com, a full
 * ID number) — when a box holding it is titled so: the short heading (or the header box around one, a
 * `<summary>`, a `<legend>`, a line ending in a colon: 示例：) just before that box, or the box's own
 * `aria-label` / `aria-labelledby` when it is a panel (aside, section, region, group). Its labels are no
 * field of the page. Pure; never throws.
 */
export function inExamplePanel(el: Element): boolean {
  try {
    for (let e: Element | null = el, up = 0; e && up < PANEL_LEVELS; e = e.parentElement, up++) {
      const role = (e.getAttribute('role') ?? '').toLowerCase();
      if (NAMED_BOX.test(e.tagName.toUpperCase()) || NAMED_ROLES.has(role)) {
        if (namesExample(e.getAttribute('aria-label'))) return true;
        const by = e.getAttribute('aria-labelledby');
        if (by && by.split(/\s+/).some((id) => namesExample(e!.ownerDocument.getElementById(id)?.textContent))) return true;
      }
      const before = e.previousElementSibling;
      if (before && titledExample(before) && isTitleBox(before)) return true;
      // (… or the first line of the box holding it, its title inside it: a coach mark drawn as a plain box,
      // <strong>新手引导</strong> then its rows — every row of it, not only the one right after the title)
      const first: Element | null | undefined = e.parentElement?.firstElementChild;
      if (first && first !== e && first !== before && !first.contains(el) && titledExample(first) && isTitleBox(first)) return true;
    }
  } catch {
    // no example panel
  }
  return false;
}
