import type { PageFacts, PartialEntity, ServerFacts, Website } from '../../facts/schema';
import { labelKey, normalizeText } from '../dom/normalize-label';
import { parseRegion } from '../dom/parse-region';
import { readTableDetailed } from '../dom/table';
import { createVisibilityCache, isVisible, type VisibilityCache } from '../dom/visibility';
import { visibleText } from '../dom/visible-text';
import {
  domainsFromText,
  fieldHits,
  instanceIdFromText,
  maskedIdNumber,
  meaningful,
  pageError,
  precedes,
  pageLoading,
  productFromText,
  provinceAtStart,
  provinceOfAddress,
  valueText,
  visibleTokens,
} from './filing-values';

/**
 * The ICP filing form (beian.aliyun.com, beian.console.aliyun.com / .alibabacloud.com), shared by
 * the entity, website and server step readers. The form is read as a whole — every section the
 * page shows (主办单位信息, 主体负责人信息, 网站信息, 网站负责人信息, 产品验证 …) — and each field is
 * attributed to the section whose title precedes it, so the ID number of a website's manager is
 * never taken for the entity's. Which step the page is (and so which reader claims it) comes from
 * the steps bar's current item, the section titles, the path, and the fields found.
 */

export type FormStep = 'entity' | 'website' | 'server';
type SectionKind = 'entity' | 'leader' | 'website' | 'website-leader' | 'server' | 'base' | 'other';

/** Section and step titles, zh and en. 'other' are steps with nothing read (upload, submit). */
export const BEIAN_SECTION_TITLES: Record<SectionKind, readonly string[]> = {
  entity: [
    '主办单位信息', '主体信息', '备案主体信息', '主体基本信息', '填写主体信息', '主办者信息', '主办单位基本信息', '主体信息填写', '单位信息', '个人信息',
    'Entity Information', 'Entity Info', 'Entity Details', 'Filing Entity', 'Filing Entity Information', 'Organizer Information', 'Enter Entity Information', 'Entity',
  ],
  leader: [
    '主体负责人信息', '主体负责人', '负责人信息', '主办单位负责人', '主办单位负责人信息', '法人信息', '法定代表人信息', '主体联系人信息',
    'Person in Charge', 'Person in Charge of Entity', 'Entity Leader', 'Entity Owner', 'Principal', 'Entity Contact', 'Responsible Person',
  ],
  website: [
    '网站信息', '填写网站信息', '网站基本信息', '网站信息填写', '网站', 'Website Information', 'Website Info', 'Website Details', 'Enter Website Information', 'Website',
  ],
  'website-leader': [
    '网站负责人信息', '网站负责人', '网站联系人信息', 'Website Manager', 'Website Leader', 'Person in Charge of Website', 'Website Owner', 'Website Contact', 'Website Administrator',
  ],
  server: [
    '产品验证', '服务器信息', '接入信息', '验证备案服务号', '备案服务号信息', '实例信息', '产品信息', '服务器验证', '验证服务器', '云产品信息', '填写服务器信息', '服务器',
    'Server Information', 'Server Info', 'Product Verification', 'Instance Information', 'Verify Server', 'Access Information', 'Service Identification Number Information', 'Server Verification',
  ],
  base: [
    '验证备案类型', '基础信息', '填写基础信息', '备案类型验证', '基本信息', '验证备案信息', 'Basic Information', 'Basic Info', 'Verify Filing Type', 'Filing Type Verification',
  ],
  other: [
    '上传资料', '材料上传', '资料上传', '上传材料', '提交管局', '提交审核', '确认信息', '信息确认', '真实性核验', '提交备案', '管局审核', '短信核验', '提交',
    '填写备案信息', '备案信息', '阿里云初审', '初审', '完成', '备案完成', '核验', '人脸核验',
    'Upload Documents', 'Upload Materials', 'Submit to MIIT', 'Submit', 'Confirm Information', 'Confirm', 'Verify Authenticity', 'SMS Verification',
    'Enter Filing Information', 'Filing Information', 'Initial Review', 'Complete', 'Done', 'Submit Application',
  ],
};

/** Field labels, zh and en, per fact. */
export const BEIAN_FIELDS = {
  entityType: [
    '主办单位性质', '主体性质', '单位性质', '主体类型', '备案主体性质', '主办者性质', '主办单位类型', '备案主体类型',
    'Entity Type', 'Entity Nature', 'Nature of Entity', 'Organizer Type', 'Organizer Nature', 'Entity Category', 'Type of Entity', 'Sponsor Type', 'Sponsor Nature', 'Nature of Sponsor',
  ],
  entityName: [
    '主办单位名称', '主办单位或主办人名称', '主办单位或主办人', '主体名称', '单位名称', '主办者名称', '主办人名称', '主办人姓名', '个人姓名', '姓名',
    'Entity Name', 'Organizer Name', 'Organization Name', 'Name of Entity', 'Name', 'Full Name', 'Individual Name', 'Sponsor Name', 'Name of Sponsor',
  ],
  idType: [
    '主办单位证件类型', '主体证件类型', '单位证件类型', '主办者证件类型', '证件类型',
    'Entity ID Type', 'ID Type', 'Certificate Type', 'Document Type', 'Entity Certificate Type', 'Credential Type', 'ID Document Type', 'Sponsor ID Type', 'Sponsor Certificate Type', 'Organizer ID Type', 'Organizer Certificate Type',
  ],
  idNumber: [
    '主办单位证件号码', '主体证件号码', '单位证件号码', '主办者证件号码', '证件号码', '证件号', '身份证号码', '身份证号', '统一社会信用代码',
    'Entity ID Number', 'ID Number', 'Certificate Number', 'Document Number', 'Credential Number', 'ID No.', 'ID Card Number', 'Unified Social Credit Code',
    'Sponsor ID Number', 'Sponsor Certificate Number', 'Organizer ID Number', 'Organizer Certificate Number', 'Certificate No.', 'ID Card No.',
  ],
  province: [
    '主办单位所属区域', '所属区域', '所在省份', '备案省份', '主体所在省份', '所在地区', '所属地区', '省份', '备案地区', '主办单位所在地',
    'Province', 'Filing Province', 'Region of Entity', 'Entity Region', 'Entity Location', 'Entity Province', 'Province/Region', 'Province/City', 'Filing Region',
  ],
  /** The mailing address lies in the filing province (the administration requires it): a fallback. */
  address: ['通讯地址', '通信地址', '主办单位通讯地址', '主办单位通信地址', '地址', '联系地址', 'Address', 'Mailing Address', 'Correspondence Address', 'Contact Address', 'Communication Address'],
  homeProvince: [
    '证件住所', '主办单位证件住所', '证件地址', '注册地', '注册地址', '住所', '证件上的地址', '身份证地址', '户籍所在地', '证件所在省份', '证件住址', '身份证住址',
    'Address on ID', 'Registered Address', 'Certificate Address', 'ID Address', 'Address on Certificate', 'Domicile', 'Registered Place', 'Place of Registration', 'Registered Province',
  ],
  residencePermit: ['是否持有居住证', '是否有居住证', '居住证', '有无居住证', '持有居住证', 'Residence Permit', 'Has Residence Permit', 'Holds Residence Permit', 'Residence Permit Holder'],
  phone: ['手机号码', '手机号', '联系手机', '负责人手机号码', '手机', '移动电话', 'Mobile Phone', 'Mobile Number', 'Mobile', 'Mobile Phone Number', 'Cell Phone', 'Mobile Phone No.', 'Mobile No.'],
  phoneLocation: ['手机号码归属地', '号码归属地', '归属地', '手机归属地', '手机号归属地', 'Phone Location', 'Mobile Location', 'Number Location', 'Mobile Number Location', 'Phone Number Location'],
  websiteName: ['网站名称', 'Website Name', 'Site Name', 'Name of Website'],
  domains: [
    '网站域名', '域名', '域名列表', '网站域名列表', '备案域名', '网站域名/域名列表',
    'Domain Name', 'Domain Names', 'Domain', 'Domains', 'Website Domain', 'Website Domain Name', 'Website Domains', 'Domain Name List',
  ],
  content: [
    '网站服务内容', '服务内容', '网站内容', '内容类型', '网站内容类型', '网站服务类型', '网站类型', '服务类型',
    'Website Service Content', 'Service Content', 'Website Content', 'Content Type', 'Content Category', 'Website Type', 'Service Type', 'Website Service Type',
  ],
  preApproval: [
    '前置审批', '前置审批项', '前置审批类型', '涉及前置审批', '是否涉及前置审批', '前置审批内容', '前置审批事项',
    'Pre-approval', 'Pre-approval Type', 'Pre-approval Item', 'Pre-approval Items', 'Pre-approval Category', 'Pre-approval Required', 'Preapproval',
  ],
  preApprovalNumber: ['前置审批号', '审批文号', '前置审批文号', '审批号', '前置审批编号', 'Pre-approval Number', 'Pre-approval No.', 'Approval Number', 'Pre-approval Document Number'],
  product: ['产品类型', '服务器类型', '产品名称', '云产品类型', '接入产品', '产品', '云产品', 'Product Type', 'Product', 'Server Type', 'Product Name', 'Cloud Product'],
  instance: [
    '实例ID', '实例', '实例ID/名称', '服务器实例', '实例编号', '服务器', '服务器ID', '实例名称/ID', '主机ID', '云服务器实例',
    'Instance ID', 'Instance', 'Server ID', 'Instance ID/Name', 'Server', 'Instance Name/ID',
  ],
  serviceNumber: [
    '备案服务号', '服务号', '备案服务码', '备案服务号码', 'Service Identification Number', 'Service ID Number', 'ICP Service Number', 'Service Number', 'Filing Service Number',
    'Service Identification No.', 'Service Code', 'Filing Service Code', 'ICP Service Code', 'Service ID',
  ],
  region: ['地域', '所属地域', '地域名称', '实例地域', 'Region', 'Instance Region'],
} as const;

// ------------------------------------------------------------------ section titles

interface Title {
  el: Element;
  kind: SectionKind;
  /** An item of the steps bar, not a section of the form. */
  step: boolean;
  current: boolean;
}

const BARE_TITLES = new Set(['网站', 'website', 'entity', 'server', '服务器']);

/** The section kind of a title text: numbering ("1.", "第二步：") and counters ("（1）", " 2") ignored. */
function titleKind(text: string): SectionKind | undefined {
  let t = normalizeText(text);
  if (t === '' || t.length > 40) return undefined;
  t = t.replace(/^(?:\d+\s*[.、:)]?|第[一二三四五六七八九十\d]+步\s*[:：]?|[一二三四五六七八九十]+\s*[、.])\s*/, '');
  const numbered = /\s*[(（]?\d{1,2}[)）]?$/.test(t);
  t = t.replace(/\s*[(（]?\d{1,2}[)）]?$/, '');
  const key = labelKey(t);
  if (key === '') return undefined;
  for (const kind of Object.keys(BEIAN_SECTION_TITLES) as SectionKind[]) {
    for (const title of BEIAN_SECTION_TITLES[kind]) {
      const k = labelKey(title);
      if (k !== key) continue;
      // Bare "网站" / "Website" / "Entity" / "服务器" count only as numbered card titles ("网站1").
      if (BARE_TITLES.has(k) && !numbered) continue;
      return kind;
    }
  }
  return undefined;
}

const NOT_A_TITLE = 'nav, [role="menu"], [role="menuitem"], [role="navigation"], option, select, [role="option"], [role="listbox"], button, label, dt, th, td';

function findTitles(body: Element, cache: VisibilityCache): Title[] {
  const doc = body.ownerDocument;
  const titles: Title[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = (n.nodeValue ?? '').trim();
    if (raw.length < 2 || raw.length > 40) continue;
    const el = n.parentElement;
    if (!el || seen.has(el)) continue;
    seen.add(el);
    if (el.closest(NOT_A_TITLE)) continue;
    const kind = titleKind(visibleText(el, cache));
    if (!kind || !isVisible(el, cache)) continue;
    titles.push({ el, kind, step: false, current: false });
  }
  // The steps bar: an element holding three or more titles, no form controls and little else.
  for (const t of titles) {
    let a: Element | null = t.el.parentElement;
    for (let depth = 0; a && a !== body && depth < 5; depth++, a = a.parentElement) {
      const inside = titles.filter((o) => a!.contains(o.el));
      if (inside.length < 2) continue;
      if (inside.length === 2 && inside[0]!.kind === inside[1]!.kind) break;
      if (a.querySelector('input, select, textarea')) break;
      const extra = visibleText(a, cache).replace(/\s/g, '').length - inside.reduce((s, o) => s + visibleText(o.el, cache).replace(/\s/g, '').length, 0);
      if (extra > inside.length * 4 + 10) break;
      t.step = true;
      for (let e: Element | null = t.el; e && e !== a.parentElement; e = e.parentElement) {
        const cur = e.getAttribute('aria-current');
        if (cur !== null && cur !== 'false') t.current = true;
      }
      break;
    }
  }
  return titles;
}

// ------------------------------------------------------------------ fields

interface Hit {
  anchor: Element;
  value: Element | string;
  section: Title | undefined;
}


class FormScan {
  readonly cache: VisibilityCache;
  readonly titles: Title[];
  private readonly sections: Title[];

  constructor(readonly body: Element) {
    this.cache = createVisibilityCache();
    this.titles = findTitles(body, this.cache);
    this.sections = this.titles.filter((t) => !t.step && t.kind !== 'other');
  }

  get hasSteps(): boolean {
    return this.titles.some((t) => t.step);
  }

  get currentStep(): SectionKind | undefined {
    return this.titles.find((t) => t.step && t.current)?.kind;
  }

  sectionKinds(): Set<SectionKind> {
    return new Set(this.sections.map((t) => t.kind));
  }

  websiteTitles(): Title[] {
    return this.sections.filter((t) => t.kind === 'website');
  }

  sectionOf(anchor: Element): Title | undefined {
    let found: Title | undefined;
    for (const t of this.sections) {
      if (t.el === anchor || t.el.contains(anchor)) continue;
      if (precedes(t.el, anchor)) found = t;
      else break;
    }
    return found;
  }

  private inStepsBar(el: Element): boolean {
    return this.titles.some((t) => t.step && (t.el.contains(el) || el.contains(t.el)));
  }

  /** Every visible field with one of `labels`, in document order, with its section. */
  hits(labels: readonly string[]): Hit[] {
    const out: Hit[] = [];
    for (const f of fieldHits(this.body, labels, this.cache)) {
      if (this.inStepsBar(f.anchor)) continue;
      out.push({ anchor: f.anchor, value: f.value, section: this.sectionOf(f.anchor) });
    }
    return out;
  }

  /** The first field's text among hits in the allowed sections. */
  text(labels: readonly string[], allowed: ReadonlySet<SectionKind | undefined>): string | undefined {
    for (const h of this.hits(labels)) {
      if (!allowed.has(h.section?.kind)) continue;
      const v = valueText(h.value, this.cache);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** Text around a field's value (its control area), for notes such as a phone's home location. */
  valueArea(hit: Hit): string {
    if (typeof hit.value === 'string') return hit.value;
    let area: Element = hit.value;
    while (area.parentElement && area.parentElement !== this.body && !area.parentElement.contains(hit.anchor)) area = area.parentElement;
    return visibleText(area, this.cache);
  }

  /** Cells of a visible table's column headed by one of `labels` (a domain list shown as a table). */
  columnHits(labels: readonly string[]): Hit[] {
    const out: Hit[] = [];
    const table = readTableDetailed(this.body, { value: labels }, this.cache);
    if (!table) return out;
    for (const { cells } of table.rows) {
      if (cells.value) out.push({ anchor: cells.value, value: cells.value, section: this.sectionOf(cells.value) });
    }
    return out;
  }

  /** The row of an instance table the user selected (checked radio / aria-selected), or its only row. */
  selectedInstanceRow(): Partial<Record<'instance' | 'product' | 'serviceNumber' | 'region', Element>> | undefined {
    const table = readTableDetailed(
      this.body,
      { instance: BEIAN_FIELDS.instance, product: BEIAN_FIELDS.product, serviceNumber: BEIAN_FIELDS.serviceNumber, region: BEIAN_FIELDS.region },
      this.cache,
    );
    if (!table || !table.columns.includes('instance')) return undefined;
    const chosen = table.rows.filter(({ row }) => {
      if (row.getAttribute('aria-selected') === 'true') return true;
      return Array.from(row.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="radio"]')).some(
        (i) => (i as HTMLInputElement).checked === true || i.hasAttribute('checked') || i.getAttribute('aria-checked') === 'true',
      );
    });
    if (chosen.length === 1) return chosen[0]!.cells;
    const selectable = table.rows.some(({ row }) => row.querySelector('input[type="radio"], input[type="checkbox"], [role="radio"]'));
    if (!selectable && table.rows.length === 1) return table.rows[0]!.cells;
    return undefined;
  }

  /** Every domain name in the fields labelled `labels` among the hits in `allowed` sections (or under `title`). */
  domains(filter: (h: Hit) => boolean): string[] {
    const out: string[] = [];
    for (const h of [...this.hits(BEIAN_FIELDS.domains), ...this.columnHits(BEIAN_FIELDS.domains)]) {
      if (!filter(h)) continue;
      for (const d of domainsOfValue(domainArea(h), this.cache)) if (!out.includes(d)) out.push(d);
    }
    return out;
  }
}

/**
 * Where a domain field's values sit: several inputs may follow one label (`<label for=d1>` and
 * d1, d2, d3 after it). The label's and the control's common container when it holds no other label.
 */
function domainArea(h: Hit): Element | string {
  if (typeof h.value === 'string' || !h.value.matches('input, textarea') || h.anchor === h.value) return h.value;
  let lca: Element | null = h.value.parentElement;
  while (lca && !lca.contains(h.anchor)) lca = lca.parentElement;
  if (!lca || lca.querySelectorAll('label').length > 1 || lca.querySelectorAll('input, textarea').length > 20) return h.value;
  return lca;
}

function domainsOfValue(value: Element | string, cache: VisibilityCache): string[] {
  if (typeof value === 'string') return domainsFromText(value);
  const out: string[] = [];
  const add = (text: string | undefined) => {
    for (const line of (text ?? '').split(/[\n\r,，;；、\s]+/)) for (const d of domainsFromText(line)) if (!out.includes(d)) out.push(d);
  };
  const controls = value.matches('input, textarea') ? [value] : Array.from(value.querySelectorAll('input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), textarea'));
  for (const c of controls) {
    if (!isVisible(c, cache)) continue;
    const raw = c.tagName.toUpperCase() === 'TEXTAREA' ? ((c as HTMLTextAreaElement).value ?? c.textContent ?? '') : ((c as HTMLInputElement).value ?? c.getAttribute('value') ?? '');
    add(raw);
  }
  if (!value.matches('input, textarea')) for (const t of visibleTokens(value, cache)) add(t);
  return out;
}

// ------------------------------------------------------------------ values

const ORGANIZATION = /企业|公司|单位|团体|机关|机构|组织|基金会|律师|事务所|个体|部队|学校|医院|enterprise|company|organi[sz]ation|institution|government|agency|association|foundation|law firm|\bfirm\b|military|corporation|business/i;
const INDIVIDUAL = /个人|individual|personal|\bperson\b/i;

/** 个人 / Individual → individual; 企业 / 事业单位 / Enterprise … → organization. */
export function entityTypeFromText(text: string | undefined): 'individual' | 'organization' | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  if (ORGANIZATION.test(t)) return 'organization';
  if (INDIVIDUAL.test(t)) return 'individual';
  return undefined;
}

function yesNo(text: string | undefined): boolean | undefined {
  const t = normalizeText(text).toLowerCase();
  if (t === '') return undefined;
  if (/^(否|无|没有|未持有|未上传|不涉及|未涉及|不需要|no|none|not involved|not applicable|not required|no need|n\/a|false)(?![a-z])/.test(t)) return false;
  if (/^(是|有|持有|已持有|已上传|涉及|需要|yes|involved|true|uploaded)(?![a-z])/.test(t)) return true;
  return undefined;
}

function preApprovalFromText(text: string | undefined): boolean | undefined {
  const t = normalizeText(text);
  if (t === '') return undefined;
  const yn = yesNo(t);
  if (yn !== undefined) return yn;
  // A pre-approval category chosen (新闻, 出版, 教育 …): involved, documents in hand.
  return /新闻|出版|教育|医疗|药品|器械|文化|广播|电影|电视|网约车|电子公告|news|publish|education|medic|drug|culture|broadcast|film|television|car.?hailing|bulletin/i.test(t) ? true : undefined;
}

function serviceNumberFromText(text: string | undefined): string | undefined {
  const t = normalizeText(text);
  for (const token of t.split(/[\s/|,，()（）:：]+/)) {
    if (/^[A-Za-z0-9-]{4,40}$/.test(token) && /\d{4}/.test(token)) return token;
  }
  return undefined;
}

function phoneNote(text: string): string | undefined {
  const t = normalizeText(text)
    .replace(/^[\d\s*＊+\-()（）.]+/, '')
    .replace(/^(手机号码归属地|号码归属地|归属地|所属地|location|home location)\s*[:：]?\s*/i, '');
  return provinceAtStart(t);
}

// ------------------------------------------------------------------ the form

const ENTITY_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'entity', 'base']);
const PHONE_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'entity', 'base', 'leader']);
const WEBSITE_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'website', 'base']);
const SERVER_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set([undefined, 'server', 'base']);

function readEntity(scan: FormScan): PartialEntity {
  const entity: PartialEntity = {};
  const type = entityTypeFromText(scan.text(BEIAN_FIELDS.entityType, ENTITY_SECTIONS));
  if (type) entity.type = type;
  const name = meaningful(scan.text(BEIAN_FIELDS.entityName, ENTITY_SECTIONS));
  if (name) entity.name = name;
  const idType = meaningful(scan.text(BEIAN_FIELDS.idType, ENTITY_SECTIONS));
  if (idType) entity.idType = idType;
  const idNumber = maskedIdNumber(scan.text(BEIAN_FIELDS.idNumber, ENTITY_SECTIONS));
  if (idNumber) entity.idNumber = idNumber;
  const province = provinceAtStart(scan.text(BEIAN_FIELDS.province, ENTITY_SECTIONS)) ?? provinceOfAddress(scan.text(BEIAN_FIELDS.address, ENTITY_SECTIONS));
  if (province) entity.province = province;
  const home = provinceOfAddress(scan.text(BEIAN_FIELDS.homeProvince, ENTITY_SECTIONS));
  if (home) entity.homeProvince = home;
  const permit = yesNo(scan.text(BEIAN_FIELDS.residencePermit, PHONE_SECTIONS));
  if (permit !== undefined) entity.residencePermit = permit;
  let phoneProvince = phoneNote(scan.text(BEIAN_FIELDS.phoneLocation, PHONE_SECTIONS) ?? '');
  if (!phoneProvince) {
    for (const h of scan.hits(BEIAN_FIELDS.phone)) {
      if (!PHONE_SECTIONS.has(h.section?.kind)) continue;
      const area = scan.valueArea(h);
      const label = typeof h.value === 'string' ? '' : visibleText(h.anchor, scan.cache);
      phoneProvince = phoneNote(label && area.startsWith(label) ? area.slice(label.length) : area);
      if (phoneProvince) break;
    }
  }
  if (phoneProvince) entity.phoneProvince = phoneProvince;
  return entity;
}

function readWebsite(scan: FormScan, filter: (h: Hit) => boolean): Website {
  const first = (labels: readonly string[]) => {
    for (const h of scan.hits(labels)) {
      if (!filter(h)) continue;
      const v = valueText(h.value, scan.cache);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const website: Website = { domains: scan.domains(filter) };
  const name = meaningful(first(BEIAN_FIELDS.websiteName));
  if (name) website.name = name;
  const content = meaningful(first(BEIAN_FIELDS.content));
  if (content) website.content = content;
  const pre = preApprovalFromText(first(BEIAN_FIELDS.preApproval));
  if (pre !== undefined) website.preApproval = pre;
  else if (meaningful(first(BEIAN_FIELDS.preApprovalNumber))) website.preApproval = true;
  return website;
}

function readWebsites(scan: FormScan): Website[] {
  const titles = scan.websiteTitles();
  if (titles.length >= 2) {
    return titles.map((t) => readWebsite(scan, (h) => h.section === t)).filter((w) => w.name || w.domains.length > 0);
  }
  const inWebsite = readWebsite(scan, (h) => h.section?.kind === 'website' || h.section === undefined);
  if (inWebsite.domains.length === 0) {
    inWebsite.domains = scan.domains((h) => WEBSITE_SECTIONS.has(h.section?.kind));
  }
  const any = inWebsite.name || inWebsite.domains.length > 0 || inWebsite.content || inWebsite.preApproval !== undefined;
  return any ? [inWebsite] : [];
}

export interface FormRead {
  step: FormStep;
  facts: PageFacts;
}

function pathStep(url: URL | undefined): FormStep | undefined {
  if (!url) return undefined;
  const p = (url.pathname + url.search + url.hash).toLowerCase();
  if (/entity|subject|zhuti|organizer|main-?info/.test(p)) return 'entity';
  if (/website|site-?info|wangzhan/.test(p)) return 'website';
  if (/server|product|instance|service-?(code|number)|base/.test(p)) return 'server';
  return undefined;
}

/** Reads the filing form on `doc`; null when it is not a filing form, still loading, or in error. */
export function readBeianForm(doc: Document, url?: URL): FormRead | null {
  const body = doc.body;
  if (!body) return null;
  const scan = new FormScan(body);
  if (pageError(body, scan.cache) || pageLoading(body, scan.cache)) return null;

  const facts: PageFacts = { version: 1 };
  const entity = readEntity(scan);
  if (Object.keys(entity).length > 0) facts.entity = entity;
  const websites = readWebsites(scan);

  const row = scan.selectedInstanceRow();
  const cell = (el: Element | undefined) => (el ? visibleText(el, scan.cache) : undefined);
  const serverId = instanceIdFromText(scan.text(BEIAN_FIELDS.instance, SERVER_SECTIONS)) ?? instanceIdFromText(cell(row?.instance));
  const serviceNumber = serviceNumberFromText(scan.text(BEIAN_FIELDS.serviceNumber, SERVER_SECTIONS)) ?? serviceNumberFromText(cell(row?.serviceNumber));
  const product = productFromText(scan.text(BEIAN_FIELDS.product, SERVER_SECTIONS)) ?? productFromText(cell(row?.product));
  const region = parseRegion(scan.text(BEIAN_FIELDS.region, new Set(['server']))) ?? parseRegion(cell(row?.region));
  const hasServer = serverId !== undefined || serviceNumber !== undefined;
  if (hasServer) {
    let target: Website | undefined;
    if (websites.length === 1) target = websites[0];
    else if (websites.length === 0) {
      target = { domains: [] };
      websites.push(target);
    }
    if (target) {
      if (serverId) target.serverId = serverId;
      if (serviceNumber) target.serviceNumber = serviceNumber;
    }
  }
  if (websites.length > 0) facts.websites = websites;
  if (serverId && product) {
    const server: ServerFacts = { id: serverId, provider: 'aliyun', product };
    if (region) server.region = region;
    facts.servers = [server];
  }

  const has: Record<FormStep, number> = {
    entity: Object.keys(entity).length,
    website: websites.reduce((n, w) => n + (w.name ? 1 : 0) + (w.domains.length > 0 ? 1 : 0) + (w.content ? 1 : 0) + (w.preApproval !== undefined ? 1 : 0), 0),
    server: (serverId ? 1 : 0) + (serviceNumber ? 1 : 0) + (product ? 1 : 0),
  };
  // A filing form shows its steps or section titles (or the path says which step); a page with
  // neither, elsewhere on the host, is not read unless its labelled fields say enough.
  const recognised = scan.hasSteps || scan.sectionKinds().size > 0 || pathStep(url) !== undefined || has.entity + has.website + has.server >= 3;
  if (!recognised) return null;
  const step = claimStep(scan, has, url);
  return step ? { step, facts } : null;
}

function claimStep(scan: FormScan, has: Record<FormStep, number>, url: URL | undefined): FormStep | undefined {
  const asStep = (k: SectionKind | undefined): FormStep | undefined =>
    k === 'entity' || k === 'leader' ? 'entity' : k === 'website' || k === 'website-leader' ? 'website' : k === 'server' ? 'server' : undefined;
  const current = scan.currentStep;
  const fromCurrent = asStep(current);
  if (fromCurrent && has[fromCurrent] > 0) return fromCurrent;
  if (current === 'base') {
    if (has.server > 0) return 'server';
    if (has.entity > 0) return 'entity';
    if (has.website > 0) return 'website';
  }
  const fromPath = pathStep(url);
  if (fromPath && has[fromPath] > 0) return fromPath;
  // The sections shown: the step whose section is on the page with the most facts read; then any.
  const kinds = scan.sectionKinds();
  const present: Record<FormStep, boolean> = {
    entity: kinds.has('entity') || kinds.has('leader'),
    website: kinds.has('website') || kinds.has('website-leader'),
    server: kinds.has('server') || kinds.has('base'),
  };
  const order: FormStep[] = ['entity', 'website', 'server'];
  const best = (candidates: FormStep[]) => candidates.reduce<FormStep | undefined>((b, s) => (has[s] > 0 && (b === undefined || has[s] > has[b]) ? s : b), undefined);
  return best(order.filter((s) => present[s])) ?? best(order);
}

/** True on the filing system and the filing console. */
export function isBeianHost(url: URL): boolean {
  return /^beian\.aliyun\.com$|^beian\.console\.(aliyun|alibabacloud)\.com$|^beian\.alibabacloud\.com$/.test(url.hostname);
}
