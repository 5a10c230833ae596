import { readFirst } from '../../readers/read-with';
import { tencentReaders } from '../../readers/tencent';
import type { Family } from '../../snapshot/snapshot-schema';
import { familyReadPage, type ReadPage } from './family-reader';
import { beianReaders } from './readers/beian';
import { domainReaders } from './readers/domain';
import { ecsReaders } from './readers/ecs';
import { swasReaders } from './readers/swas';

/**
 * How each console family's pages are read — the readers its content script would have run in the page
 * before reading moved out of it (../../snapshot/read-snapshot): a family's own readers, in
 * src/readers/index.ts order; the domain and filing consoles' first answer wins (readFirst).
 */
export const FAMILY_READS: Record<Family, ReadPage> = {
  ecs: familyReadPage(ecsReaders),
  swas: familyReadPage(swasReaders),
  domain: (doc, url) => readFirst(domainReaders, doc, url),
  beian: (doc, url) => readFirst(beianReaders, doc, url),
  tencent: familyReadPage(tencentReaders),
};
