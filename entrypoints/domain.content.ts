import { defineConsoleContentScript } from '../src/content/console-content-script';
import { domainHosts } from '../src/messaging/console-hosts';
import { readFirst } from '../src/readers/read-with';
import { domainReaders } from '../src/ui/page/readers/domain';

// The domain console's readers never answer one page together: the first answer wins (src/readers/read-with.ts readFirst).
export default defineConsoleContentScript(domainHosts, (doc, url) => readFirst(domainReaders, doc, url), {});
