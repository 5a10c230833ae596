import type { Reader } from './types';

/** Placeholder: being written. */
export const ecsInstanceListReader: Reader = {
  id: 'aliyun-ecs-instance-list',
  family: 'ecs',
  matchesUrl: (url) => /^ecs\.console\.(aliyun|alibabacloud)\.com$/.test(url.hostname),
  read: () => null,
};
