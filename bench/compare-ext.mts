// One Chromium measurement of the extension in EXTENSION_DIR (default .output/chrome-mv3), for
// before/after runs interleaved in one session:
//   for i in 1 2 3; do EXTENSION_DIR=/tmp/before npx tsx bench/compare-ext.mts main; npx tsx bench/compare-ext.mts main; done
// measures: main (added main-thread time, 500 rows), main-css (the same with a style sheet of 8,000 rules), tencent (the same on the Tencent CVM list), reread (one row changed, its warning comes and goes), reread-fact (a fact changes, no finding), big (20,000 rows).
import { launch, resetExtension } from '../test/e2e/harness';
import { bigList, mainThread500, PLAIN_URL, rereadOneRow, TENCENT_PLAIN_URL } from './extension.bench';
import { tencentCvmList500Html, tencentCvmList500Url } from '../test/helpers/tencent-cvm-list-500';
import { ECS_URL, ecsListPage, withConsoleCss } from './ecs-list-page';

const which = process.argv.slice(2);
const h = await launch();
try {
  await resetExtension(h, { lang: 'zh' });
  for (const w of which.length ? which : ['main', 'reread', 'big']) {
    const line = w === 'tencent' ? await mainThread500(h, 'content-script-main-thread-tencent-cvm-500-rows', tencentCvmList500Url, TENCENT_PLAIN_URL, tencentCvmList500Html()) : w === 'main' ? await mainThread500(h, 'content-script-main-thread-500-rows', ECS_URL, PLAIN_URL, ecsListPage(500)) : w === 'main-css' ? await mainThread500(h, 'content-script-main-thread-500-rows-console-css', ECS_URL, PLAIN_URL, withConsoleCss(ecsListPage(500))) : w === 'reread' ? await rereadOneRow(h) : w === 'reread-fact' ? await rereadOneRow(h, 'fact-changes') : await bigList(h);
    console.log(JSON.stringify({ dir: process.env.EXTENSION_DIR ?? 'current', ...line }));
  }
} finally {
  await h.close();
}
