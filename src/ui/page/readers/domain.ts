import { domainHolderReader } from '../../../readers/aliyun/domain-holder';
import { domainListReader } from '../../../readers/aliyun/domain-list';
import { virtualHostListReader } from '../../../readers/aliyun/virtual-host-list';
import type { Reader } from '../../../readers/types';

/** The domain (and 万网 hosting) console's readers, in src/readers/index.ts order (test/ui/family-readers.test.ts checks). */
export const domainReaders: Reader[] = [domainListReader, domainHolderReader, virtualHostListReader];
