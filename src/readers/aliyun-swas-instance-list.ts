import type { Reader } from './types';

/** Placeholder: being written. */
export const swasInstanceListReader: Reader = {
  id: 'aliyun-swas-instance-list',
  family: 'swas',
  matchesUrl: (url) => /^swas\.console\.(aliyun|alibabacloud)\.com$/.test(url.hostname),
  read: () => null,
};
