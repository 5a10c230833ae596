import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    // two files at a time: the default (cores − 1) runs every file one after another on a 2-core machine
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
