import { defineConsoleContentScript } from '../src/content/console-content-script';
import { beianReaders } from '../src/ui/page/readers/beian';

export default defineConsoleContentScript('beian', beianReaders, { guardSubmit: true });
