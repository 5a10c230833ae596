import { domainListReader } from '../../../readers/aliyun-domain-list';
import { domainHolderReader } from '../../../readers/aliyun-domain-holder';
import type { Reader } from '../../../readers/types';

/** The domain console's readers (test/ui/family-readers.test.ts checks the list). */
export const domainReaders: Reader[] = [domainListReader, domainHolderReader];
