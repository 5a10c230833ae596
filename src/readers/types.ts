import type { PageFacts } from '../facts/schema';

/** The console families a content script is built for (one content script per family). */
export type ConsoleFamily = 'ecs' | 'swas' | 'domain' | 'beian';

/**
 * One reader per console page (STYLE.md conventions 2 and 3): a URL match plus a pure
 * read(document) -> facts. No storage, messaging or clock; never throws; a fact whose label is
 * not on the page is absent, never guessed. `read` returns null when the document is not this page
 * (or not rendered yet), so an unrecognised page on a known host yields no facts.
 */
export interface Reader {
  /** kebab-case, e.g. 'aliyun-ecs-instance-list'; also the file name under src/readers/. */
  id: string;
  family: ConsoleFamily;
  /**
   * What the page this reader reads is, by structure (the reading model's pageKind): a one-record
   * answer of a list reader yields to a detail / form reader that answers too when the page is not a list.
   */
  kind?: 'list' | 'detail' | 'form';
  /** True when the URL is on a host (and path, where stable) this reader may handle. */
  matchesUrl(url: URL): boolean;
  read(doc: Document, url: URL): PageFacts | null;
}
