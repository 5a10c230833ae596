import type { PageFacts, PartialEntity, ServerFacts, Website } from '../../facts/schema';
import { INLINE_TAGS } from '../dom/glue';
import type { FieldRead, PageModel } from '../dom/reading-model';
import type { Reader } from '../types';
import { provinceAtStart } from '../shared/provinces';
import { domainsFromText, maskedIdNumber, meaningful, showsWebsiteFilingNumber } from '../shared/text-values';
import { preApprovalFromText } from '../shared/yes-no';
import { isTencentConsole, pathUnder, tencentPage, valueTextOf } from './common';
import { tencentLabels } from './labels';
import { addressedToUser, refusesChoice, authorizationCodeInText, endsWithFormerBracket, opensWithFormerWord, entityTypeFromText, instanceIdsInText, isCancelledFiling, isFiledWebsite, isOtherServiceKind, productFromText, productOfInstanceId, tencentRegion } from './values';
import { upperTag } from '../dom/visibility';
import { groupCellOver } from '../dom/cell-span';
import { inTypedText, inUserTextValue, labelledAsUserText } from '../dom/typed-text';
import { firstLineValueText, isChecked } from '../dom/units';
import { inNotice, inTimelineItem, inTranscript } from '../dom/notice';
import { inLookupBox } from '../dom/lookup-box';
import { follows } from '../dom/doc-order';

/**
 * Tencent Cloud filing form (备案管理 › 首次备案 / 新增网站 …), whichever step is shown:
 * 验证备案类型 (备案区域, 主办单位性质, 证件类型 and number, the domain, 备案云服务 and the server),
 * 填写主体信息 (主办单位名称, its certificate type and masked number — never the principal's), and
 * the website steps (网站名称, the one 网站域名, 网站服务内容, 对应云服务: a server or a 备案授权码).
 * A 备案授权码 is reported as the website's serviceNumber (Tencent's counterpart of Alibaba
 * Cloud's service number).
 *
 * Test URLs: https://console.cloud.tencent.com/beian/manage/process/30173440149913160/type
 *            https://console.cloud.tencent.com/beian/manage/process/30173440149913160/website
 */

export const BEIAN_FORM_FIELDS = tencentLabels.group('beian-form', ['filingRegion', 'entityType', 'entityIdType', 'entityIdNumber', 'entityName', 'websiteName', 'domain', 'websiteContent', 'preApproval', 'resource', 'instance', 'authCode', 'otherService'] as const);
type FormField = keyof typeof BEIAN_FORM_FIELDS;

/**
 * Filing-console pages that are not the form: filings already made (我的备案, a website's record),
 * the order list, curtain and photo pages. What they show belongs to past filings, not the one in progress.
 */
const NOT_THE_FORM = ['/beian/manage/material', '/beian/manage/orders', '/beian/manage/web-app-detail', '/beian/manage/verification', '/beian/screen', '/beian/cammap'];

export function isBeianFormUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/beian']) && !/authcode|license-?key/i.test(url.pathname) && !pathUnder(url, NOT_THE_FORM);
}

/** Sections about the entity's principal or contacts: their 证件类型 / 证件号码 are not the entity's. */
// (法定代表人 / 法人代表: a 核验单 grouping the principal's rows under the legal representative's title; session 45's review)
// (person in charge: the English console's 负责人 — its Website Person in Charge card says Certificate Type / Certificate
// Number as the entity's fields do; round eighty-one)
const PERSON_SECTION = /负责人|联系人|法定代表人|法人代表|principal|contact|legal representative|persons? in charge/i;

function entityText(page: PageModel, field: FormField): string | undefined {
  const sections = page.sections();
  for (const read of page.fields(BEIAN_FORM_FIELDS[field])) {
    const section = page.sectionOf(read.label, sections)?.text ?? '';
    if (PERSON_SECTION.test(section)) continue;
    // (a row under a table's group cell naming a person — a printed 核验单's 主体负责人 cell spanning its 姓名 / 证件号码 rows —
    // is that person's: printed before the entity's rows, its 证件号码 was read as the entity's, round forty-five)
    const group = groupCellOver(read.label);
    if (group && PERSON_SECTION.test(page.visibleText(group))) continue;
    // (nor is a section titled for the filing before the change — a 变更主体 step's 原备案信息 / 变更前 card before the
    // 主办单位信息 one, its old name and 组织机构代码证: round forty-four's variants)
    if (opensWithFormerWord(section) || endsWithFormerBracket(section)) continue;
    // (nor a 备案号查询 box's answer — a search box showing the query, then another filing's 主办单位名称 and number)
    if (inLookupBox({ anchor: read.label, value: read.value }, page.root, [])) continue;
    // (nor a timeline's event — a 变更记录 drawn as a timeline, "主办单位名称：…" of an earlier change: ../dom/notice)
    if (inTimelineItem(read.label)) continue;
    // a name is one line: a note under it (许青山<br>与证件一致) is no part of it
    if (read.text !== undefined) return field === 'entityName' && typeof read.value !== 'string' ? firstLineValueText(read.value, page.cache, page.words) || read.text : read.text;
    // a help icon beside the label was taken as the value: the value box after the label's box
    const scope = read.label.parentElement?.parentElement ?? undefined;
    const text = scope ? valueTextOf(page, BEIAN_FORM_FIELDS[field], scope) : undefined;
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Whether `el` lies in a section of the entity (a heading whose range holds an entity field's label: 主办单位名称, its
 * certificate …), or in that section's heading, and not in the section of `block`'s own 网站名称: a block holding the
 * whole form (the entity and the website added, one box) holds the entity's 已备案 tag, its 备案状态 or its list of filed
 * websites' numbers — none of them says the website is filed.
 */
function entitySections(page: PageModel): (el: Element, block: Block) => boolean {
  const sections = page.sections();
  const fields = ['entityType', 'entityIdType', 'entityIdNumber', 'entityName'] as const;
  const own = new Set(fields.flatMap((f) => page.fields(BEIAN_FORM_FIELDS[f]).map((r) => page.sectionOf(r.label, sections))).filter((s) => s !== undefined));
  const at = (el: Element) => sections.find((s) => s.el.contains(el)) ?? page.sectionOf(el, sections);
  return (el, block) => {
    if (own.size === 0) return false;
    const s = at(el);
    return s !== undefined && own.has(s) && (!block.anchor || s !== page.sectionOf(block.anchor, sections));
  };
}

/** A control a value is filled in with. */
const CONTROL = 'input:not([type="hidden"]), textarea, select, [role="combobox"], [role="textbox"], [contenteditable="true"]';

interface Block {
  el: Element;
  /** Its 网站名称 label. */
  anchor?: Element;
  /** Whether an element is the website's: all of `el`, or in a table of label / value rows (a printed
   *  confirm sheet, 项目 / 内容) the rows from its 网站名称 row to the next website's. */
  keep: (e: Element) => boolean;
}

/** `b` is `a` or after it (in it, or past it) in document order. */
const atOrAfter = (a: Node, b: Node) => a === b || follows(a, b);

/**
 * One block per website: the largest ancestor of a 网站名称 label that holds no other, nor the name label
 * of another internet information service filed beside the websites (小程序名称, APP名称, 快应用名称): that
 * service's fields (its 对应云服务 server) are not the website's.
 */
function websiteBlocks(page: PageModel): Block[] {
  // (a 网站名称 in a timeline's event — a 变更记录 drawn as an antd / TEA timeline — is that change's, no website of the
  // form: it gave the entity step a website, invented; session 45's review)
  const reads = page.fields(BEIAN_FORM_FIELDS.websiteName).filter((r) => !inTimelineItem(r.label));
  const named = reads.map((r: FieldRead) => r.label);
  const lookupAnswers = new Set(reads.filter((r) => inLookupBox({ anchor: r.label, value: r.value }, page.root, [])).map((r) => r.label));
  // A table's 网站名称 column is a website's only when no labelled 网站名称 field is: beside the form's own websites, a
  // table (one row reads as its one record) lists other websites — the entity's filed ones (as ../aliyun/beian-form's
  // domains, a print preview's table of the filing's filed websites).
  // (nor is a 网站名称 a 备案号查询 box answered with — another filing's website, round forty-four's variants)
  const own = named.filter((l) => !isColumnHeader(l) && !lookupAnswers.has(l));
  const anchors = own.length > 0 ? own : named;
  const others = page.fields(BEIAN_FORM_FIELDS.otherService).map((r: FieldRead) => r.label);
  // (a column header not taken still bounds a block: the table of other websites is none of a website's block)
  const bounds = named.concat(others);
  const blocks: Block[] = [];
  anchors.forEach((a, i) => {
    let block: Element = a;
    while (block.parentElement && block.parentElement !== page.root && !bounds.some((o) => o !== a && block.parentElement!.contains(o))) block = block.parentElement;
    if (blocks.some((b) => b.el === block)) return;
    const next = anchors[i + 1];
    // one row of a table that holds the other websites' rows too: the rows up to the next website's
    if (upperTag(block) === 'TR' && block.parentElement) {
      const row = block;
      blocks.push({ el: row.parentElement!, anchor: a, keep: (e) => atOrAfter(row, e) && !(next && atOrAfter(next.closest('tr') ?? next, e)) });
    } else blocks.push({ el: block, anchor: a, keep: () => true });
  });
  return blocks;
}

/** A header cell of a column (`th` / columnheader in a row of header cells only), not a row's label beside its value. */
function isColumnHeader(label: Element): boolean {
  const cell = label.closest('th, [role="columnheader"]');
  const row = cell?.parentElement?.closest('tr, [role="row"]') ?? cell?.parentElement;
  if (!cell || !row) return false;
  return !Array.from(row.children).some((c) => upperTag(c) === 'TD' || /^(?:gridcell|cell)$/.test(c.getAttribute('role') ?? ''));
}

/**
 * The server picked in a block: the first instance id in its data or control units (not one in the row of
 * another service filed beside the website, a 小程序 or APP, nor one in a page notice or a transcript), with the text of
 * the line it is drawn in — a dropdown value may set the id, IP and region in spans of their own
 * ("lhins-… | 101.33.9.12 | 上海"): the id's inline ancestors are that one line.
 */
function pickedServer(page: PageModel, b: Block): { id: string; text: string } | undefined {
  // the value of the block's own 对应云服务 / 选择实例 field first: a line elsewhere in the block naming a server (a
  // to-do strip "您有 1 个备案订单待完善：… 对应云服务 云服务器 ins-…", drawn as no notice) is another order's
  const F = BEIAN_FORM_FIELDS;
  for (const r of [...page.fields(F.resource, b.el), ...page.fields(F.instance, b.el)]) {
    if (typeof r.value === 'string' || !b.keep(r.label)) continue;
    const picked = pickedIn(page, b, r.value);
    if (picked) return picked;
  }
  return pickedIn(page, b, b.el);
}

function pickedIn(page: PageModel, { el: block, keep }: Block, scope: Element): { id: string; text: string } | undefined {
  for (const u of page.units(scope)) {
    if ((u.kind !== 'data' && u.kind !== 'control') || !keep(u.el)) continue;
    // a banner or message about other resources ("您的轻量应用服务器 lhins-… 将于 … 到期") is no choice of the form's
    if (inNotice(u.el, block) || inTranscript(u.el)) continue;
    // (or drawn as no notice: a line the console addresses to the user, 您有 1 个备案订单待完善…, 您的实例 … 将于 … 到期)
    if (addressedToUser(u.text)) continue;
    // (nor a line refusing an instance, whatever opens it: 实例 ins-… 已被其他备案使用，请重新选择 — session 45 revb)
    if (refusesChoice(u.text)) continue;
    // (nor the user's own text: a remark typed in "原服务器 ins-…" — or shown as the 网站备注's text, a confirm view —, a line
    // giving the instance's name "实例名称：ins-…-备机")
    if (inTypedText(u.el) || inUserTextValue(u.el) || labelledAsUserText(u.text)) continue;
    const id = instanceIdsInText(u.text)[0];
    if (!id) continue;
    // a row of a table of instances to pick from (a radio / checkbox column): only the checked row is the
    // choice, and its line is the whole row (id, region and IP in cells of their own)
    const row = u.el.closest('tr, [role="row"]');
    const choice = row && block.contains(row) ? row.querySelector('input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]') : null;
    if (choice && !isChecked(choice)) continue;
    // a row of a table of the services filed beside the website (服务类型 小程序 / APP): that service's server
    if (row && !choice && Array.from(row.children).some((c) => isOtherServiceKind(page.visibleText(c)))) continue;
    // (a row of a list of filed websites — two or more rows, each showing a website filing number in a cell of its own,
    // none with a choice — is that website's: a 变更主体 page's 该主体下的网站 table gave its first row's ins-2hf4j6k8 under
    // hashed class names, where its 已注销 tag was no status tag any more; invented, left open by session 44)
    if (row && !choice && filedWebsitesList(row, page)) continue;
    // a native control's value is its own line (a <select multiple> lists every option around the chosen one)
    if (!choice && isNativeControl(u.el)) return { id, text: u.text };
    const line = page.visibleText(choice ? row! : inlineLine(u.el, block));
    return { id, text: line.includes(id) ? line : u.text };
  }
  return undefined;
}

/**
 * `row` is one of two or more body rows of its table (or grid), each showing a website filing number (粤ICP备…号-1) in a
 * cell of its own: the entity's filed websites listed, no choice of the form.
 */
function filedWebsitesList(row: Element, page: PageModel): boolean {
  const rows = Array.from(row.parentElement?.children ?? []).filter((r) => r.tagName === row.tagName && r.querySelector('td, [role="gridcell"], [role="cell"]') !== null);
  return rows.length >= 2 && rows.every((r) => Array.from(r.children).some((c) => showsWebsiteFilingNumber(page.visibleText(c))));
}

const isNativeControl = (el: Element) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(upperTag(el));

/**
 * The outermost inline element (span, b …) around `el` inside `block`: the line of text `el` is in. A link is inline
 * too: the id drawn in it in pieces (`<a><span>ins-7t</span><wbr><span>3w9k2d</span></a>`, wrap chunks, or a page
 * translator's <font> boxes) is in the line "云服务器 ins-7t3w9k2d（广州六区 | 43.139.57.201）" around the link, whose
 * region is the server's (held-out × wrapped-break-chunks / translation-font-wrappers, session 49: region lost).
 */
function inlineLine(el: Element, block: Element): Element {
  let e = el;
  const inline = (x: Element) => INLINE_TAGS.has(upperTag(x)) || upperTag(x) === 'A';
  while (e !== block && e.parentElement && e.parentElement !== block && inline(e.parentElement)) e = e.parentElement;
  return e;
}

/**
 * A website shown with its filing cancelled (已注销, Cancelled): a cell of its row — a one-row table of the entity's
 * other websites reads as that website's fields — or a tag in its block says so. A record of a past filing, none of
 * the form's websites. (A link or button 注销 in its row's operations cell offers to cancel it: no cancelled filing.)
 */
function cancelledWebsite(page: PageModel, b: Block): boolean {
  for (const r of page.fields(BEIAN_FORM_FIELDS.websiteName, b.el)) {
    if (!b.keep(r.label) || typeof r.value === 'string') continue;
    const row = r.value.closest('tr, [role="row"]');
    if (row && b.el.contains(row) && Array.from(row.children).some((c) => isCancelledFiling(page.visibleText(c)) && !offersAction(page, c))) return true;
  }
  return page.units(b.el).some((u) => u.kind === 'status' && b.keep(u.el) && isCancelledFiling(u.text) && !inOtherItem(u.el, b, page));
}

/**
 * `el` is in a list item or table row of the block that holds no field label (a form's row has one: 网站状态 | 已注销) and
 * not the block's 网站名称: another website's entry — a 新增接入 step's side list of the entity's filed websites, one of
 * them 已注销 (round forty-four) — whose tag is its own.
 */
function inOtherItem(el: Element, b: Block, page: PageModel): boolean {
  const item = el.closest('li, tr, [role="listitem"], [role="row"]');
  if (item && b.el.contains(item) && item !== b.el && b.anchor && !item.contains(b.anchor)) return item.querySelector(ROW_LABEL) === null;
  // (an entry drawn as plain boxes: the first box around the tag, short of the one holding the 网站名称, that shows a
  // website filing number of its own and no field label — round forty-four's variants)
  if (!b.anchor) return false;
  for (let e = el.parentElement; e && e !== b.el && !e.contains(b.anchor); e = e.parentElement) {
    if (e.querySelector(ROW_LABEL)) return false;
    if (showsWebsiteFilingNumber(page.visibleText(e))) return listed(e, page);
  }
  return false;
}

/** `e` is one of two or more sibling boxes of its kind (tag and class) each showing a website filing number: a list's entry. */
function listed(e: Element, page: PageModel): boolean {
  const kin = Array.from(e.parentElement?.children ?? []).filter((c) => c.tagName === e.tagName && c.getAttribute('class') === e.getAttribute('class'));
  return kin.length >= 2 && kin.every((c) => showsWebsiteFilingNumber(page.visibleText(c)));
}
const ROW_LABEL = 'label, th, [role="rowheader"], [class*="form__label"], [class*="form-item-label"], [class*="item-label"]';

/** A cell whose words are a control's (a link, a button): an action it offers, no state it shows. */
function offersAction(page: PageModel, cell: Element): boolean {
  const control = cell.querySelector('a, button, [role="button"], [role="link"]');
  return control !== null && page.visibleText(control) === page.visibleText(cell);
}

function readWebsite(page: PageModel, b: Block, servers: ServerFacts[]): Website | undefined {
  const F = BEIAN_FORM_FIELDS;
  if (cancelledWebsite(page, b)) return undefined;
  const website: Website = { domains: [] };
  // (a field in a timeline's event — a 变更记录 drawn as a timeline beside the form, "网站名称：…" / "网站域名：…" of an
  // earlier change — is that change's, none of the block's: ../dom/notice inTimelineItem; session 45's review)
  const keep = (e: Element) => b.keep(e) && !inTimelineItem(e);
  const text = (k: FormField) => valueTextOf(page, F[k], b.el, keep);
  const name = text('websiteName');
  if (name) website.name = name;
  website.domains = domainsFromText(text('domain'));
  // (a select still showing its placeholder — 网站服务内容 "请选择" — chose no content: it was read as the content, round
  // fifty-nine's variants; the Alibaba form's reader already passes it through meaningful)
  const content = meaningful(text('websiteContent'));
  if (content) website.content = content;
  const preApproval = preApprovalFromText(text('preApproval'));
  if (preApproval !== undefined) website.preApproval = preApproval;
  // The code in its own 备案授权码 field, or shown as the value of 对应云服务 ("备案授权码 BA…", no server in it).
  const resourceText = text('resource');
  const resourceCode = resourceText && instanceIdsInText(resourceText).length === 0 ? authorizationCodeInText(resourceText) : undefined;
  const code = page.fields(F.authCode, b.el).filter((r) => keep(r.label)).map((r) => authorizationCodeInText(r.text)).find(Boolean) ?? resourceCode;
  if (code) website.serviceNumber = code;
  const picked = pickedServer(page, b);
  if (picked) {
    website.serverId = picked.id;
    const product = productOfInstanceId(picked.id) ?? productFromText(resourceText);
    if (product && !servers.some((s) => s.id === picked.id)) {
      const server: ServerFacts = { id: picked.id, provider: 'tencent', product };
      const region = tencentRegion(picked.text.replace(picked.id, ' '));
      if (region) server.region = region;
      servers.push(server);
    }
  }
  const shown = website.name || website.domains.length > 0 || website.serverId || website.serviceNumber;
  return shown ? website : undefined;
}

export function readTencentBeianForm(doc: Document): PageFacts | null {
  const page = tencentPage(doc);
  if (!page) return null;
  const entity: PartialEntity = {};
  const type = entityTypeFromText(entityText(page, 'entityType'));
  if (type) entity.type = type;
  const name = entityText(page, 'entityName');
  if (name) entity.name = name;
  // (a select still showing its placeholder — 请选择, -- 请选择 -- — chose no ID type: it was read as one, review of ac5695e)
  const idType = meaningful(entityText(page, 'entityIdType'));
  if (idType) entity.idType = idType;
  const idNumber = maskedIdNumber(entityText(page, 'entityIdNumber'));
  if (idNumber) entity.idNumber = idNumber;
  const province = provinceAtStart(entityText(page, 'filingRegion'));
  if (province) entity.province = province;

  const servers: ServerFacts[] = [];
  const websites: Website[] = [];
  const blocks = websiteBlocks(page);
  // A block showing a website's own filing number (a panel "网站 1　粤ICP备…号-1" of the entity's filed websites) beside
  // one showing none (新增网站: the website added) is none of this filing's; where every block shows one (接入备案), all are.
  // (or a tag saying so: 已备案)
  const ofEntity = entitySections(page);
  // (a 已备案 tag in the box of a domain being filled in — an input, the website added — is that domain's state, not the
  // website's; beside a domain shown as text, a filed website's in the list, it is the website's)
  const domainBoxes = page
    .fields(BEIAN_FORM_FIELDS.domain)
    .flatMap((r) => (r.value && typeof r.value !== 'string' && (r.value.matches(CONTROL) || r.value.querySelector(CONTROL) !== null) ? [r.value] : []));
  const aboutDomain = (el: Element) => domainBoxes.some((box) => box.contains(el));
  const filed = new Set(
    blocks.filter((b) =>
      // (what the user typed into a remark — "原备案号 粤ICP备2024000001号-2" —, or wrote there and a confirm view shows as the
      // 网站备注's text, is not the block showing its number: ../dom/typed-text)
      page.units(b.el).some((u) => b.keep(u.el) && !ofEntity(u.el, b) && !inTypedText(u.el) && !inUserTextValue(u.el) && (showsWebsiteFilingNumber(u.text) || (isFiledWebsite(u.text) && !aboutDomain(u.el)))),
    ),
  );
  const adding = filed.size > 0 && filed.size < blocks.length;
  // 验证备案类型 has no 网站名称 yet: the form itself is the one website (its domain and resource).
  for (const b of blocks.length > 0 ? blocks : [{ el: page.root, keep: () => true }]) {
    if (adding && filed.has(b)) continue;
    const w = readWebsite(page, b, servers);
    if (w && (blocks.length > 0 || w.domains.length > 0 || w.serverId || w.serviceNumber)) websites.push(w);
  }
  const facts: PageFacts = { version: 1 };
  if (Object.keys(entity).length > 0) facts.entity = entity;
  if (websites.length > 0) facts.websites = websites;
  if (servers.length > 0) facts.servers = servers;
  return facts.entity || facts.websites ? facts : null;
}

export const beianFormReader: Reader = {
  id: 'tencent-beian-form',
  family: 'tencent',
  kind: 'form',
  matchesUrl: isBeianFormUrl,
  read: (doc) => {
    try {
      return readTencentBeianForm(doc);
    } catch {
      return null;
    }
  },
};
