import { ecsInstanceListReader } from '../../../readers/aliyun/ecs-instance-list';
import { ecsInstanceDetailReader } from '../../../readers/aliyun/ecs-instance-detail';
import type { Reader } from '../../../readers/types';

/** The ECS console's readers, in src/readers/index.ts order (test/ui/family-readers.test.ts checks). */
export const ecsReaders: Reader[] = [ecsInstanceListReader, ecsInstanceDetailReader];
