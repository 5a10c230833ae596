#!/usr/bin/env node
// Runs the bundled command line (dist/cli/main.cjs, built on `npm install` / `npm ci` through
// `prepare`, or `npm run build:cli`) with a V8 code cache beside it, so it starts in about the time
// node itself does; without a bundle, the TypeScript sources through tsx.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

process.stdout.on('error', (e) => {
  // a closed pipe (`… | head`) ends the output, not with a stack trace
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const bundle = fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url));

function loadBundle() {
  const cacheFile = `${bundle}.v8cache`;
  const source = readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // first run: made below
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('../dist/cli', import.meta.url)));
  if (cachedData === undefined || script.cachedDataRejected) {
    // after the run's first use of the code, so the cache holds the functions it compiled
    process.once('beforeExit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // a read-only install runs without a cache
      }
    });
  }
  return module.exports;
}

let main;
if (existsSync(bundle)) ({ main } = loadBundle());
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
