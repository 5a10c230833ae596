import { defineConsoleContentScript } from '../src/content/console-content-script';
import { ecsHosts } from '../src/messaging/console-hosts';

// its pages are read with the ECS console's readers (src/ui/page/family-reads.ts), outside the page (src/snapshot)
export default defineConsoleContentScript(ecsHosts, 'ecs', {});
