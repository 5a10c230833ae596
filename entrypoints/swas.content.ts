import { defineConsoleContentScript } from '../src/content/console-content-script';
import { swasReaders } from '../src/ui/page/readers/swas';

export default defineConsoleContentScript('swas', swasReaders, { guardSubmit: false });
