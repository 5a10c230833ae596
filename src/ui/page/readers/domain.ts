import { domainHolderReader } from '../../../readers/aliyun-domain-holder';
import { domainListReader } from '../../../readers/aliyun-domain-list';
import { virtualHostListReader } from '../../../readers/aliyun-virtual-host-list';
import type { Reader } from '../../../readers/types';

/** The domain (and 万网 hosting) console's readers (test/ui/family-readers.test.ts checks the list). */
export const domainReaders: Reader[] = [domainHolderReader, domainListReader, virtualHostListReader];
