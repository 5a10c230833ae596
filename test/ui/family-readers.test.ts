import { describe, expect, it } from 'vitest';
import { readers } from '../../src/readers';
import { beianReaders } from '../../src/ui/page/readers/beian';
import { domainReaders } from '../../src/ui/page/readers/domain';
import { ecsReaders } from '../../src/ui/page/readers/ecs';
import { swasReaders } from '../../src/ui/page/readers/swas';

const lists = { ecs: ecsReaders, swas: swasReaders, domain: domainReaders, beian: beianReaders };

describe('each content script carries exactly its family’s readers', () => {
  it.each(Object.entries(lists))('%s', (family, list) => {
    const expected = readers.filter((r) => r.family === family).map((r) => r.id);
    expect(list.map((r) => r.id)).toEqual(expected);
  });
});
