import type { PageFacts } from '../facts/schema';
import type { Reader } from './types';
import { readWith } from './read-with';
import { createReadSession, readSession, withReadSession } from './dom/read-session';
import { ecsInstanceListReader } from './aliyun/ecs-instance-list';
import { ecsInstanceDetailReader } from './aliyun/ecs-instance-detail';
import { swasInstanceListReader } from './aliyun/swas-instance-list';
import { swasInstanceDetailReader } from './aliyun/swas-instance-detail';
import { domainListReader } from './aliyun/domain-list';
import { domainHolderReader } from './aliyun/domain-holder';
import { beianServiceNumbersReader } from './aliyun/beian-service-numbers';
import { beianEntityReader } from './aliyun/beian-entity';
import { beianWebsiteReader } from './aliyun/beian-website';
import { beianServerReader } from './aliyun/beian-server';
import { virtualHostListReader } from './aliyun/virtual-host-list';
import { tencentReaders } from './tencent';

/**
 * Every console page reader. Order matters only among readers whose URLs overlap: the first whose
 * URL matches and whose read returns facts wins (readPage).
 */
export const readers: Reader[] = [
  ecsInstanceListReader,
  ecsInstanceDetailReader,
  swasInstanceListReader,
  swasInstanceDetailReader,
  domainListReader,
  domainHolderReader,
  beianServiceNumbersReader,
  beianEntityReader,
  beianWebsiteReader,
  beianServerReader,
  virtualHostListReader,
  ...tencentReaders,
];

/** The readers that may handle `url` (host and, where stable, path). */
export function findReaders(url: URL): Reader[] {
  return readers.filter((r) => {
    try {
      return r.matchesUrl(url);
    } catch {
      return false;
    }
  });
}

/**
 * Runs the readers for `url` over `doc` (see readWith: first answer wins, page kind settles a one-record list). Never throws.
 * Outside a read session (the command line, a test: the extension's page reading runs each read in its own), the read
 * runs in a session of its own, so what one reader or row asks again of an element — a cell's text units, its page-wide
 * checks — is worked out once, as in the extension: without it a 500-row list's cells were walked up to three times.
 */
export function readPage(doc: Document, url: URL): { reader: string; facts: PageFacts } | null {
  if (readSession()) return readWith(findReaders(url), doc, url);
  return withReadSession(createReadSession(), doc, () => readWith(findReaders(url), doc, url));
}
