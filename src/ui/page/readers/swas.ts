import { swasInstanceListReader } from '../../../readers/aliyun/swas-instance-list';
import { swasInstanceDetailReader } from '../../../readers/aliyun/swas-instance-detail';
import type { Reader } from '../../../readers/types';

/** The Simple Application Server console's readers (test/ui/family-readers.test.ts checks the list). */
export const swasReaders: Reader[] = [swasInstanceListReader, swasInstanceDetailReader];
