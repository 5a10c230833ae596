import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take minutes, started first. On a clean checkout (CI) vitest has no timings of its own and starts
 * the largest files first; `mutations.test.ts` is small and ran last, alone on one core for its 96 s
 * (f513b33's run: 584 s). With these started first on the two workers, the short files fill in beside them.
 * The order only matters for the wall time; a file missing from this list runs as vitest would run it.
 */
const LONG_FILES = [
  'test/e2e/snapshot-read-in-chromium.test.ts',
  'test/e2e/patched-copy.test.ts',
  // (a sample of the pages read in Firefox, ~60 s)
  'test/e2e/snapshot-read-in-firefox.test.ts',
  'test/readers/mutations.test.ts',
  'test/readers/read-first.test.ts',
  // (the flows wait for pages to settle, about 50 s each: started late, one of them was the run's tail, alone)
  'test/e2e/reread-flows.test.ts',
  'test/e2e/reread-flows-84.test.ts',
  'test/e2e/in-page.test.ts',
  'test/e2e/extension.test.ts',
  'test/ui/page-memo-read.test.ts',
  'test/readers/unseen-fixtures.test.ts',
];

/**
 * Reader test files that may not share a module graph: the long files (each alone in a worker, with its own heap:
 * they read thousands of documents), and files that need the module state of a fresh import (only some label
 * files loaded, or none: the words registered at load, src/readers/dom/units.ts registerUnitWords).
 */
const OWN_GRAPH = new Set([
  'mutations.test.ts',
  'read-first.test.ts',
  'unseen-fixtures.test.ts',
  // loads the filing console's readers alone after vi.resetModules
  'aliyun-family-words.test.ts',
  // its cells' kinds are those with no label file loaded (no status words registered)
  'units-inherited-kind.test.ts',
]);
/**
 * The other reader test files share one module graph in each worker (`isolate: false`): each had imported every
 * reader and label file afresh, about 195 s of CPU summed over a run. Their setup loads every reader first, so each
 * sees the same registered words whichever files ran before it in its worker.
 */
const SHARED_PROJECT = 'readers';
const SHARED_GRAPH = readdirSync(fileURLToPath(new URL('test/readers/', import.meta.url)))
  .filter((f) => f.endsWith('.test.ts') && !OWN_GRAPH.has(f))
  .map((f) => `test/readers/${f}`);

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // then the files of the shared module graph one after another: a worker keeps its graph for the next file
    // only when that file is of the same project (vitest's pool), so one file of another between them costs a
    // fresh worker and a fresh import of every reader
    const rank = (f: TestSpecification) => {
      const i = LONG_FILES.findIndex((p) => f.moduleId.replaceAll('\\', '/').endsWith(`/${p}`));
      return i >= 0 ? i : f.project.name === SHARED_PROJECT ? LONG_FILES.length : LONG_FILES.length + 1;
    };
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    setupFiles: ['test/setup-fast-check.ts'],
    // two files at a time: the default (cores − 1) runs every file one after another on a 2-core machine
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        extends: true,
        // (a worker of this project runs a hundred files in one heap: at session 51's end one reached V8's default 4 GB
        // limit during fuzz.test.ts and died in a clean-clone run; 6 GB each, two workers, on the 23 GB machine)
        test: { name: SHARED_PROJECT, include: SHARED_GRAPH, isolate: false, setupFiles: ['test/setup-readers-loaded.ts'], execArgv: ['--max-old-space-size=6144'] },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SHARED_GRAPH] },
      },
    ],
  },
});
