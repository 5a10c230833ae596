/**
 * The reader test files that share one module graph per worker (vitest.config.ts, project `readers`): every
 * reader and label file loaded before each file, so the words a file's readers see (each provider's label
 * module registers its words at load: src/readers/dom/units.ts registerUnitWords) are the same whichever
 * files ran before it in that worker — every word, as the CLI and most of these files load them anyway.
 */
import '../src/readers';

import { afterAll } from 'vitest';
import { closeDocuments } from '../src/cli/html-document';

// The pages a file read, released after it: happy-dom keeps every window until it is closed, and this project's
// workers run a hundred files each (src/cli/html-document.ts closeDocuments).
afterAll(closeDocuments);
