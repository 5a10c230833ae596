import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take minutes, started first. On a clean checkout (CI) vitest has no timings of its own and starts
 * the largest files first; `mutations.test.ts` is small and ran last, alone on one core for its 96 s
 * (f513b33's run: 584 s). With these started first on the two workers, the short files fill in beside them.
 * The order only matters for the wall time; a file missing from this list runs as vitest would run it.
 */
const LONG_FILES = [
  'test/e2e/readers-in-chromium.test.ts',
  'test/readers/mutations.test.ts',
  'test/readers/read-first.test.ts',
  'test/e2e/in-page.test.ts',
  'test/e2e/extension.test.ts',
  'test/ui/page-memo-read.test.ts',
  'test/readers/unseen-fixtures.test.ts',
];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG_FILES.findIndex((p) => f.moduleId.replaceAll('\\', '/').endsWith(`/${p}`));
      return i < 0 ? LONG_FILES.length : i;
    };
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    // two files at a time: the default (cores − 1) runs every file one after another on a 2-core machine
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { sequencer: LongFilesFirst },
  },
});
