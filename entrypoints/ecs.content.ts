import { defineConsoleContentScript } from '../src/content/console-content-script';
import { ecsReaders } from '../src/ui/page/readers/ecs';

export default defineConsoleContentScript('ecs', ecsReaders, { guardSubmit: false });
