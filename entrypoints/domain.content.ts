import { defineConsoleContentScript } from '../src/content/console-content-script';
import { domainHosts } from '../src/messaging/console-hosts';
import { familyReadPage } from '../src/ui/page/family-reader';
import { domainReaders } from '../src/ui/page/readers/domain';

export default defineConsoleContentScript(domainHosts, familyReadPage(domainReaders), {});
