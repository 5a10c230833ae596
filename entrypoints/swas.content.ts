import { defineConsoleContentScript } from '../src/content/console-content-script';
import { familyReadPage } from '../src/ui/page/family-reader';
import { swasReaders } from '../src/ui/page/readers/swas';

export default defineConsoleContentScript('swas', familyReadPage(swasReaders), { guardSubmit: false });
