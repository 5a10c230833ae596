// The bench's `content-script-20000-rows-longest-task` line alone (bench/extension.bench.ts bigList):
// `npx wxt build && npx tsx bench/big-longest.mts` (RUNS=3 page loads; EXTENSION_DIR= another build).
import { launch } from '../test/e2e/harness';
import { bigList } from './extension.bench';

const h = await launch();
try {
  console.log(JSON.stringify(await bigList(h, Number(process.env.RUNS ?? 3))));
} finally {
  await h.close();
}
