import { findLabelElements } from '../dom/field';
import { isVisible, type VisibilityCache } from '../dom/visibility';
import { domainFromText } from './filing-values';

/**
 * The card view of a domain list (the list below a narrow window's breakpoint, a phone): one card per
 * domain, titled by the domain, with labelled fields under it (域名状态, 域名持有者, 实名认证, 到期时间).
 * A card is the largest element around one visible `anchorLabels` label (the status) that holds no other
 * card's; its domain is the first visible domain shown in it before that label (the title, not a DNS
 * server in a field below). Two cards at least, side by side (siblings of one kind): one box with a status, or sections
 * of a detail page, are no list. Pure; never throws.
 */
export function domainCards(root: Element, anchorLabels: readonly string[], cache: VisibilityCache): Array<{ domain: string; card: Element }> {
  const out: Array<{ domain: string; card: Element }> = [];
  try {
    const anchors = findLabelElements(root, anchorLabels, cache).filter((l) => isVisible(l, cache));
    if (anchors.length < 2) return out;
    for (const anchor of anchors) {
      let card: Element = anchor;
      while (card.parentElement && card.parentElement !== root && !anchors.some((a) => a !== anchor && card.parentElement!.contains(a))) card = card.parentElement;
      // (a card holding another label of the same field, or inside another card, is no card of its own)
      if (card === anchor || anchors.some((a) => a !== anchor && card.contains(a))) continue;
      const domain = titleDomain(card, anchor, cache);
      if (domain && !out.some((c) => c.domain === domain)) out.push({ domain, card });
    }
  } catch {
    // partial
  }
  // Cards of one list stand side by side: boxes that are no siblings (a detail page's sections, one with the
  // domain's 域名状态, one with a DNS server's 状态) are no card list.
  const first = out[0]?.card;
  return out.length >= 2 && out.every((c) => c.card.parentElement === first?.parentElement && c.card.tagName === first?.tagName) ? out : [];
}

/** The first visible domain in `card` before `anchor` (document order), or undefined. */
function titleDomain(card: Element, anchor: Element, cache: VisibilityCache): string | undefined {
  const walker = card.ownerDocument.createTreeWalker(card, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // eslint-disable-next-line no-bitwise
    if (anchor.contains(n) || (anchor.compareDocumentPosition(n) & 4) !== 0) return undefined;
    const parent = n.parentElement;
    const text = (n.nodeValue ?? '').trim();
    if (!parent || text === '' || !isVisible(parent, cache)) continue;
    const domain = domainFromText(text);
    if (domain) return domain;
  }
  return undefined;
}
