import { defineConsoleContentScript } from '../src/content/console-content-script';
import { swasHosts } from '../src/messaging/console-hosts';

// its pages are read with the Simple Application Server console's readers (src/ui/page/family-reads.ts), outside the page (src/snapshot)
export default defineConsoleContentScript(swasHosts, 'swas', {});
