import type { PageFacts } from '../facts/schema';
import type { Reader } from './types';
import { readWith } from './read-with';
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

/** Runs the readers for `url` over `doc` (see readWith: first answer wins, page kind settles a one-record list). Never throws. */
export function readPage(doc: Document, url: URL): { reader: string; facts: PageFacts } | null {
  return readWith(findReaders(url), doc, url);
}
