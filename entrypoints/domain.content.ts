import { defineConsoleContentScript } from '../src/content/console-content-script';
import { familyReadPage } from '../src/ui/page/family-reader';
import { domainReaders } from '../src/ui/page/readers/domain';

export default defineConsoleContentScript('domain', familyReadPage(domainReaders), { guardSubmit: false });
