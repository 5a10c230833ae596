import { defineConsoleContentScript } from '../src/content/console-content-script';
import { domainReaders } from '../src/ui/page/readers/domain';

export default defineConsoleContentScript('domain', domainReaders, { guardSubmit: false });
