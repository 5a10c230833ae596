// Bundles the command line (src/cli/main.ts with the engine, readers and rules/) into one CommonJS
// file, dist/cli/main.cjs, so `icp-preflight` starts as plain JavaScript with a V8 code cache (see
// bin/icp-preflight.js). Run by `npm install` / `npm ci` (prepare), `npm run build` and `npm test`.
// happy-dom (only `read` needs it) stays in node_modules.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // an install without dev dependencies: bin/icp-preflight.js runs the sources through tsx instead
  console.warn('icp-preflight: esbuild is not installed; the command line runs from its sources (slower start)');
  process.exit(0);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(outdir, 'main.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['happy-dom'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
