import { findLabelElements } from '../dom/field';
import { labelKey } from '../dom/normalize-label';
import { textUnits } from '../dom/units';
import { isVisible, type VisibilityCache } from '../dom/visibility';
import { visibleText } from '../dom/visible-text';
import { domainFromText } from './text-values';
import { follows } from '../dom/doc-order';

/**
 * The card view of a domain list (the list below a narrow window's breakpoint, a phone), both providers' consoles:
 * one card per domain, titled by the domain, with labelled fields under it (域名状态, 域名持有者, 实名认证, 到期时间).
 * A card is the largest element around one visible `anchorLabels` label (the status) that holds no other card's; its
 * domain is the first visible domain shown in it before that label (the title, not a DNS server in a field below, nor
 * one written as a field's "标签：值"). Two cards at least, side by side (siblings), drawn by one component: of one tag,
 * or each naming its status by the same label (a card linking to its domain may be an `<a>` beside `<div>`s; a detail
 * page's sections, one with the domain's 域名状态 and one with a DNS server's 状态, are no list). A card shows a field of
 * the list's besides its status (`fieldLabels`: 实名认证, 到期时间, 域名持有者): a box naming a domain and a status only
 * — a DNS server's, a batch task's domain and its 执行成功, a search result's 未注册 — is no card of the account's
 * domains. Pure; never throws.
 */
export function domainCards(root: Element, anchorLabels: readonly string[], fieldLabels: readonly string[], cache: VisibilityCache): Array<{ domain: string; card: Element }> {
  const out: Array<{ domain: string; card: Element; label: string }> = [];
  try {
    const anchors = findLabelElements(root, anchorLabels, cache).filter((l) => isVisible(l, cache));
    if (anchors.length < 2) return [];
    for (const anchor of anchors) {
      let card: Element = anchor;
      while (card.parentElement && card.parentElement !== root && !anchors.some((a) => a !== anchor && card.parentElement!.contains(a))) card = card.parentElement;
      // (a card holding another label of the same field, or inside another card, is no card of its own)
      if (card === anchor || anchors.some((a) => a !== anchor && card.contains(a))) continue;
      const domain = titleDomain(card, anchor, cache);
      if (domain && findLabelElements(card, fieldLabels, cache).length === 0) continue;
      if (domain && !out.some((c) => c.domain === domain)) out.push({ domain, card, label: labelKey(visibleText(anchor, cache)) });
    }
  } catch {
    // partial
  }
  // Cards of one list stand side by side: boxes that are no siblings are no card list, nor siblings of differing
  // tags whose status labels differ.
  const first = out[0];
  if (!first || out.length < 2) return [];
  const parent = first.card.parentElement;
  if (!out.every((c) => c.card.parentElement === parent)) return [];
  const oneTag = out.every((c) => c.card.tagName === first.card.tagName);
  const oneLabel = first.label !== '' && out.every((c) => c.label === first.label);
  return oneTag || oneLabel ? out.map(({ domain, card }) => ({ domain, card })) : [];
}

/**
 * The first visible domain in `card` before `anchor` (document order), not one after a label's colon, or undefined.
 * Read by text units, not text nodes: a domain drawn in pieces (a search match, wan<mark>gfan</mark>g-design.com, or
 * break points, wangfang-<wbr>design.com) is one run of text.
 */
function titleDomain(card: Element, anchor: Element, cache: VisibilityCache): string | undefined {
  for (const u of textUnits(card, cache)) {
    // eslint-disable-next-line no-bitwise
    if (anchor.contains(u.el) || follows(anchor, u.el)) return undefined;
    // ("DNS 服务器：ns1.dnspod.net" is a field's value, no title)
    if (u.kind === 'help' || /^[^:：]{1,24}[:：](?!\/\/)/.test(u.text)) continue;
    const domain = domainFromText(u.text);
    if (domain) return domain;
  }
  return undefined;
}
