import { idContainers } from './id-containers';
import type { VisibilityCache } from './visibility';

/**
 * The part of a page's address that can name a record: its path, query and fragment, decoded and in lower case — not
 * its host (a console's host, `ecs.console.aliyun.com`, names no domain of the account). undefined when it does not
 * decode. Pure.
 */
export function addressText(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.pathname + url.search + url.hash).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * True when the address's route — its path, and its fragment's path (before a `?`) — holds an id of `pattern`: the page
 * is that one record's own (ECS `/server/i-…/detail`, SWAS `#/server/<id>/<region>/dashboard`), whatever tables of
 * other records it carries. A query (`?instanceIds=i-…`, `?from=…`) names no page of one record. Pure.
 */
export function routeNames(url: URL, pattern: RegExp): boolean {
  try {
    const route = decodeURIComponent(url.pathname + url.hash.split('?')[0]!);
    return pattern.test(route);
  } catch {
    return false;
  }
}

/**
 * The id of `pattern` the address names (the first that `accept` takes) when the page under `root` shows it too, in
 * its visible text outside the places `skip` leaves out (./id-containers): a detail page's own record, named by its
 * route and its header, whatever a labelled id field of another record says. Ids in lower case; undefined otherwise.
 */
export function shownIdTheAddressNames(
  root: Element,
  url: URL,
  pattern: RegExp,
  cache: VisibilityCache,
  opts: { accept?: (id: string) => boolean; skip?: (at: Element) => boolean } = {},
): string | undefined {
  const where = addressText(url);
  if (!where) return undefined;
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const named = [...where.matchAll(global)].map((m) => m[0]).find((id) => opts.accept?.(id) ?? true);
  if (!named) return undefined;
  const skip = (at: Element) => inConsoleNavigation(at) || (opts.skip?.(at) ?? false);
  return idContainers(root, pattern, cache, (v) => v.toLowerCase(), skip).some((c) => c.id === named) ? named : undefined;
}

/**
 * An id shown in the console's navigation — a list of recently visited instances (最近访问) in a side bar, an instance
 * switcher's options — names a record the user may open, not the page's: the address may still name the one last
 * opened while the page shows another's detail, labelled with that one's id. A navigation element: nav, aside, a
 * navigation / menu / listbox / option / tree role, or a class token nav, menu, sidebar, sider, aside — holding no h1 / h2
 * (a layout wrapper "has-sidebar" around the page is none). A breadcrumb names the page itself: it counts.
 */
function inConsoleNavigation(at: Element): boolean {
  for (let e: Element | null = at; e; e = e.parentElement) {
    const cls = e.getAttribute('class') ?? '';
    if (BREADCRUMB.test(cls) || BREADCRUMB.test(e.getAttribute('aria-label') ?? '')) return false;
    const nav = e.matches(NAV_ELEMENT) || NAV_CLASS.test(cls);
    if (nav && !e.querySelector('h1, h2')) return true;
  }
  return false;
}
const NAV_ELEMENT = 'nav, aside, [role="navigation"], [role="menu"], [role="menubar"], [role="listbox"], [role="option"], [role="tree"]';
const NAV_CLASS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|sider|aside)(?:$|[\s_-])/i;
const BREADCRUMB = /breadcrumb|面包屑/i;
