import { beianServiceNumbersReader } from '../../../readers/aliyun/beian-service-numbers';
import { beianEntityReader } from '../../../readers/aliyun/beian-entity';
import { beianWebsiteReader } from '../../../readers/aliyun/beian-website';
import { beianServerReader } from '../../../readers/aliyun/beian-server';
import type { Reader } from '../../../readers/types';

/** The ICP filing console's readers (test/ui/family-readers.test.ts checks the list). */
export const beianReaders: Reader[] = [beianServiceNumbersReader, beianEntityReader, beianWebsiteReader, beianServerReader];
