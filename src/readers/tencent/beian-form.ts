import type { PageFacts, PartialEntity, ServerFacts, Website } from '../../facts/schema';
import { isVisible, type VisibilityCache } from '../dom/visibility';
import { visibleText } from '../dom/visible-text';
import type { Reader } from '../types';
import { domainsFromText, maskedIdNumber, provinceAtStart } from '../aliyun/filing-values';
import { fieldTextOf, fieldValues, isTencentConsole, newCache, pageNotReady, pathUnder, valueTextOf } from './common';
import { authorizationCodeInText, entityTypeFromText, instanceIdsInText, productFromText, productOfInstanceId, tencentRegion } from './values';

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

export function isBeianFormUrl(url: URL): boolean {
  return isTencentConsole(url) && pathUnder(url, ['/beian']) && !/authcode|license-?key/i.test(url.pathname);
}

/** Sections about the entity's principal or contacts: their 证件类型 / 证件号码 are not the entity's. */
const PERSON_SECTION = /负责人|联系人|principal|contact/i;

function inPersonSection(el: Element, cache: VisibilityCache): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 8; e = e.parentElement, depth++) {
    const title = e.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > legend, :scope > [class*="title"], :scope > [class*="header"]');
    if (title && isVisible(title, cache) && PERSON_SECTION.test(visibleText(title, cache))) return true;
  }
  return false;
}

function entityText(root: Element, field: string, cache: VisibilityCache): string | undefined {
  for (const { anchor, value } of fieldValues(root, field, cache)) {
    if (inPersonSection(anchor, cache)) continue;
    const t = valueTextOf(value, cache);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** One block per website: the largest ancestor of a 网站名称 label holding no other such label. */
function websiteBlocks(root: Element, cache: VisibilityCache): Element[] {
  const anchors = fieldValues(root, 'websiteName', cache).map((h) => h.anchor);
  const blocks: Element[] = [];
  for (const a of anchors) {
    let block: Element = a;
    while (block.parentElement && block.parentElement !== root && !anchors.some((o) => o !== a && block.parentElement!.contains(o))) block = block.parentElement;
    if (!blocks.includes(block)) blocks.push(block);
  }
  return blocks;
}

/** The server picked in a block: the first instance id shown, with the text of the control around it. */
function pickedServer(block: Element, cache: VisibilityCache): { id: string; text: string } | undefined {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const id = instanceIdsInText(n.nodeValue)[0];
    const parent = n.parentElement;
    if (!id || !parent || !isVisible(parent, cache)) continue;
    let box: Element = parent;
    for (let i = 0; i < 2 && box.parentElement && visibleText(box.parentElement, cache).length < 80; i++) box = box.parentElement;
    return { id, text: visibleText(box, cache) };
  }
  return undefined;
}

function readWebsite(block: Element, cache: VisibilityCache, servers: ServerFacts[]): Website | undefined {
  const website: Website = { domains: [] };
  const name = fieldTextOf(block, 'websiteName', cache);
  if (name) website.name = name;
  website.domains = domainsFromText(fieldTextOf(block, 'domain', cache));
  const content = fieldTextOf(block, 'websiteContent', cache);
  if (content) website.content = content;
  const code = authorizationCodeInText(fieldTextOf(block, 'authCode', cache));
  if (code) website.serviceNumber = code;
  const picked = pickedServer(block, cache);
  if (picked) {
    website.serverId = picked.id;
    const product = productOfInstanceId(picked.id) ?? productFromText(fieldTextOf(block, 'filingResource', cache));
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
  const cache = newCache();
  const body = doc.body;
  if (!body || pageNotReady(doc, cache)) return null;
  const entity: PartialEntity = {};
  const type = entityTypeFromText(entityText(body, 'entityType', cache));
  if (type) entity.type = type;
  const name = entityText(body, 'entityName', cache);
  if (name) entity.name = name;
  const idType = entityText(body, 'entityIdType', cache);
  if (idType) entity.idType = idType;
  const idNumber = maskedIdNumber(entityText(body, 'entityIdNumber', cache));
  if (idNumber) entity.idNumber = idNumber;
  const province = provinceAtStart(entityText(body, 'filingRegion', cache));
  if (province) entity.province = province;

  const servers: ServerFacts[] = [];
  const websites: Website[] = [];
  const blocks = websiteBlocks(body, cache);
  if (blocks.length > 0) {
    for (const b of blocks) {
      const w = readWebsite(b, cache, servers);
      if (w) websites.push(w);
    }
  } else {
    // 验证备案类型: one domain and the resource, no 网站名称 yet.
    const w = readWebsite(body, cache, servers);
    if (w && (w.domains.length > 0 || w.serverId || w.serviceNumber)) websites.push(w);
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
  matchesUrl: isBeianFormUrl,
  read: (doc) => {
    try {
      return readTencentBeianForm(doc);
    } catch {
      return null;
    }
  },
};
