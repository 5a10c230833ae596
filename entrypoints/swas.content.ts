import { defineConsoleContentScript } from '../src/content/console-content-script';
import { swasHosts } from '../src/messaging/console-hosts';
import { familyReadPage } from '../src/ui/page/family-reader';
import { swasReaders } from '../src/ui/page/readers/swas';

export default defineConsoleContentScript(swasHosts, familyReadPage(swasReaders), {});
