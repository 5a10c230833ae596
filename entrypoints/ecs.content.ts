import { defineConsoleContentScript } from '../src/content/console-content-script';
import { ecsHosts } from '../src/messaging/console-hosts';
import { familyReadPage } from '../src/ui/page/family-reader';
import { ecsReaders } from '../src/ui/page/readers/ecs';

export default defineConsoleContentScript(ecsHosts, familyReadPage(ecsReaders), {});
