import { readFileSync } from 'node:fs';
import { htmlToDocument } from '../../src/cli/html-document';
import { readTableDetailed } from '../../src/readers/dom/table';
import { ECS_LIST_LABELS } from '../../src/readers/aliyun-ecs-instance-list';
const doc = htmlToDocument(readFileSync('test/e2e/pages/ecs-instance-list.html', 'utf8'), 'https://ecs.console.aliyun.com/server/region/cn-hangzhou');
const t = readTableDetailed(doc, ECS_LIST_LABELS);
console.log(t?.columns, t?.rows.length, doc.querySelectorAll('th').length);
