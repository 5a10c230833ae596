import type { Reader } from './types';

/** Placeholder: being written. */
export const ecsInstanceDetailReader: Reader = {
  id: 'aliyun-ecs-instance-detail',
  family: 'ecs',
  matchesUrl: (url) => /^ecs\.console\.(aliyun|alibabacloud)\.com$/.test(url.hostname),
  read: () => null,
};
