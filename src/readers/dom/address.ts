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
  return idContainers(root, pattern, cache, (v) => v.toLowerCase(), opts.skip).some((c) => c.id === named) ? named : undefined;
}
