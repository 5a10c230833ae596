/**
 * Is an element visible to the user? Text the user cannot see is not a fact (DESIGN.md), so
 * readers skip hidden columns, closed menus, tooltips, popovers and column-settings panels.
 * Works in a real browser and in happy-dom: computed styles when the window offers them, inline
 * `style` attributes and ARIA/HTML attributes always. Pure (no writes); never throws.
 */

/** Per-read memo of element → visible; pass the same one to many calls on one document. */
export type VisibilityCache = WeakMap<Element, boolean>;

export function createVisibilityCache(): VisibilityCache {
  return new WeakMap();
}

const NEVER_RENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'DATALIST']);
/** Roles of overlays that are only shown on demand; hidden when their trigger says collapsed. */
const OVERLAY_ROLES = new Set(['menu', 'listbox', 'dialog', 'alertdialog', 'tree', 'grid', 'menubar']);

function inlineHidden(style: string): boolean {
  if (style === '') return false;
  const s = style.toLowerCase();
  return (
    /(?:^|;)\s*display\s*:\s*none\b/.test(s) ||
    /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/.test(s) ||
    /(?:^|;)\s*opacity\s*:\s*0(?:\.0*)?\s*(?:!important\s*)?(?:;|$)/.test(s) ||
    /(?:^|;)\s*content-visibility\s*:\s*hidden\b/.test(s)
  );
}

function isZeroish(v: string): boolean {
  return /^(?:0|0px|1px)$/.test(v.trim());
}

interface StyleLike {
  display?: string;
  visibility?: string;
  opacity?: string;
  position?: string;
  clip?: string;
  clipPath?: string;
  overflow?: string;
  width?: string;
  height?: string;
  left?: string;
  top?: string;
  contentVisibility?: string;
}

function computedHidden(el: Element): boolean {
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  let cs: StyleLike | null = null;
  try {
    cs = view.getComputedStyle(el) as unknown as StyleLike;
  } catch {
    return false;
  }
  if (!cs) return false;
  const display = String(cs.display ?? '').trim();
  if (display === 'none') return true;
  const visibility = String(cs.visibility ?? '').trim();
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  const opacity = String(cs.opacity ?? '').trim();
  if (opacity !== '' && Number(opacity) === 0) return true;
  if (String(cs.contentVisibility ?? '').trim() === 'hidden') return true;
  const position = String(cs.position ?? '').trim();
  if (position === 'absolute' || position === 'fixed') {
    // Screen-reader-only text: clipped to nothing, 1px boxes, or pushed far off screen.
    const clip = String(cs.clip ?? '').replace(/\s+/g, '');
    if (/^rect\((0|0px|1px),?(0|0px|1px),?(0|0px|1px),?(0|0px|1px)\)$/.test(clip)) return true;
    const clipPath = String(cs.clipPath ?? '').replace(/\s+/g, '');
    if (clipPath === 'inset(50%)' || clipPath === 'inset(100%)') return true;
    if (String(cs.overflow ?? '').includes('hidden') && (isZeroish(String(cs.width ?? '')) || isZeroish(String(cs.height ?? '')))) return true;
    const far = (v: unknown) => {
      const m = /^(-\d+(?:\.\d+)?)px$/.exec(String(v ?? '').trim());
      return m !== null && Number(m[1]) <= -999;
    };
    if (far(cs.left) || far(cs.top)) return true;
  }
  return false;
}

function collapsedByTrigger(el: Element): boolean {
  const id = el.getAttribute('id');
  if (!id) return false;
  const doc = el.ownerDocument;
  if (!doc) return false;
  let safe: string;
  try {
    safe = typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
  } catch {
    return false;
  }
  try {
    return doc.querySelector(`[aria-controls~="${safe}"][aria-expanded="false"], [aria-owns~="${safe}"][aria-expanded="false"]`) !== null;
  } catch {
    return false;
  }
}

/** True when this element itself (ignoring its ancestors) hides its content from the user. */
export function isSelfHidden(el: Element): boolean {
  try {
    const tag = el.tagName.toUpperCase();
    if (NEVER_RENDERED.has(tag)) return true;
    if (el.hasAttribute('hidden')) return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    if (tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
    if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
    const parent = el.parentElement;
    if (parent && parent.tagName.toUpperCase() === 'DETAILS' && !parent.hasAttribute('open') && tag !== 'SUMMARY') return true;
    const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
    // Tooltip text is help, never a fact on the page.
    if (role === 'tooltip') return true;
    if (el.hasAttribute('popover')) {
      let open = false;
      try {
        open = el.matches(':popover-open');
      } catch {
        open = false;
      }
      if (!open) return true;
    }
    const state = (el.getAttribute('data-state') ?? '').toLowerCase();
    if (state === 'closed' || state === 'hidden') return true;
    if (OVERLAY_ROLES.has(role) && collapsedByTrigger(el)) return true;
    if (inlineHidden(el.getAttribute('style') ?? '')) return true;
    return computedHidden(el);
  } catch {
    return false;
  }
}

/**
 * False when `el` or an ancestor is hidden: `hidden`, `aria-hidden="true"`, display:none,
 * visibility:hidden, opacity:0, screen-reader-only clipping, a tooltip, a closed popover / dialog /
 * <details>, or a menu / listbox / dialog whose trigger says aria-expanded="false".
 */
export function isVisible(el: Element | null | undefined, cache?: VisibilityCache): boolean {
  if (!el) return false;
  try {
    const path: Element[] = [];
    let node: Element | null = el;
    let result = true;
    while (node) {
      const known = cache?.get(node);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(node);
      if (isSelfHidden(node)) {
        result = false;
        break;
      }
      node = node.parentElement;
    }
    // Everything below a hidden node is hidden; everything below a visible one is as computed.
    if (cache) {
      if (result) {
        for (const p of path) cache.set(p, true);
      } else {
        for (const p of path) cache.set(p, false);
      }
    }
    return result;
  } catch {
    return false;
  }
}
