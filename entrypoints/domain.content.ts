import { defineConsoleContentScript } from '../src/content/console-content-script';
import { domainHosts } from '../src/messaging/console-hosts';

// its pages are read with the domain console's readers, the first answer winning (src/ui/page/family-reads.ts), outside the page (src/snapshot)
export default defineConsoleContentScript(domainHosts, 'domain', {});
