import { createPageReading, type PageReading, type ReadPage } from './page-reading';
import type { ShadowWatch } from './shadow-watch';

/**
 * A console page read in the page itself (./page-reading: a read session, idle-time chunks), as the content
 * scripts read until session 53 moved reading out of the page (./snapshot-reading): for tests of the content
 * script's logic without an extension behind it (runConsolePage `reading`).
 */
export function inPageReading(read: ReadPage): (shadows: ShadowWatch) => PageReading {
  return (shadows) => createPageReading(read, { shadowHosts: shadows.hosts });
}
