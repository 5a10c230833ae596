import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlows, runFlow } from './flow-run';
import { launch, type Harness } from './harness';

/**
 * Round eighty-four (test/fixtures-unseen/README.md "Eighty-fourth round"): six more flows of pages that change while the
 * user works, of kinds round 83 did not have — rows' cells polled in place, a virtual window's rows recycled, rows moved
 * by a sort, a page size grown, a detail page routed to another instance, dialogs closed and opened, the console's
 * language switched in place, a filing form filled in by the user. The runner is round 83's (`flow-run.ts`).
 */
let h: Harness;
beforeAll(async () => {
  h = await launch();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const flows = loadFlows(84);
const log: string[] = [];
afterAll(() => {
  console.log(`FLOW-SUMMARY\n${log.join('\n')}`);
});

describe('pages that change while the user works, second round: each step read as the page shows it (the built extension)', () => {
  it('six flows', async () => {
    if (!process.env.FLOWS_DIR && !process.env.FLOWS_ONLY) expect(flows.length).toBe(6);
    const failures: string[] = [];
    for (const flow of flows) await runFlow(h, flow, log, failures);
    expect(failures).toEqual([]);
  }, Math.max(240_000, flows.length * 45_000)); // (a folder of variants: FLOWS_DIR)
});
