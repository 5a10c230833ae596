import { defineConsoleContentScript } from '../src/content/console-content-script';
import { familyReadPage } from '../src/ui/page/family-reader';
import { ecsReaders } from '../src/ui/page/readers/ecs';

export default defineConsoleContentScript('ecs', familyReadPage(ecsReaders), { guardSubmit: false });
