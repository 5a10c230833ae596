import { defineConsoleContentScript } from '../src/content/console-content-script';
import { beianHosts } from '../src/messaging/console-hosts';
import { guardSubmit } from '../src/ui/page/submit-guard';

// its pages are read with the filing console's readers, the first answer winning (src/ui/page/family-reads.ts), outside the page (src/snapshot)
export default defineConsoleContentScript(beianHosts, 'beian', { guardSubmit });
