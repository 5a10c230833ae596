import type { Reader } from './types';

/** Placeholder: being written. */
export const swasInstanceDetailReader: Reader = {
  id: 'aliyun-swas-instance-detail',
  family: 'swas',
  matchesUrl: (url) => /^swas\.console\.(aliyun|alibabacloud)\.com$/.test(url.hostname),
  read: () => null,
};
