import { defineConsoleContentScript } from '../src/content/console-content-script';
import { beianHosts } from '../src/messaging/console-hosts';
import { readFirst } from '../src/readers/read-with';
import { beianReaders } from '../src/ui/page/readers/beian';
import { guardSubmit } from '../src/ui/page/submit-guard';

// The filing console's readers never answer one page together: the first answer wins (src/readers/read-with.ts readFirst).
export default defineConsoleContentScript(beianHosts, (doc, url) => readFirst(beianReaders, doc, url), { guardSubmit });
