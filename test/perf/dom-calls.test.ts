import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/cli/html-document';
import { readPage } from '../../src/readers';
import { countDomCalls } from '../helpers/dom-calls';
import { ecsList500Html, ecsList500Url } from '../helpers/ecs-list-500';
import { tencentCvmList500Html, tencentCvmList500Url } from '../helpers/tencent-cvm-list-500';

/**
 * THE WORK OF A FIRST READ, COUNTED. The happy-dom first read of the 500-row ECS list grew from 77 to 584 ms over
 * sessions 33–44 and no test saw it: timing is left to `npm run bench` (its budgets), which no session ran. A read's DOM
 * calls do not depend on the machine: each page below has a budget of calls per element of the page, about 1.5 times
 * what session 46 left (ECS 11.3, Tencent CVM 15.8 per element; 19.8 and 19.6 at its start); since session 47 a query counts
 * the elements it walks (../helpers/dom-calls) and the budgets are about 1.15 times the 11.0 and 15.1 it left (17 → 12.5,
 * 26 → 17.5: the session's three queries over the ECS body, ×1.3 in time, counted 13.3) — a check that makes every element cost a few calls more
 * fails here. The budget is a decision: raise it in the same change as what needs it, with the bench's figures.
 */
const PAGES = [
  { name: 'ECS list, 500 rows', html: ecsList500Html(), url: ecsList500Url, perElement: 12.5 },
  { name: 'Tencent CVM list, 500 rows', html: tencentCvmList500Html(), url: tencentCvmList500Url, perElement: 17.5 },
];

describe('DOM calls of a first read (happy-dom)', () => {
  it.each(PAGES)('$name: within its budget of calls per element', ({ html, url, perElement }) => {
    const doc = htmlToDocument(html, url);
    const elements = doc.getElementsByTagName('*').length;
    const { result, calls } = countDomCalls(doc, () => readPage(doc, new URL(url)));
    expect(result?.facts.servers?.length).toBe(500);
    console.log(`${url}: ${calls} DOM calls, ${elements} elements, ${(calls / elements).toFixed(1)} per element (budget ${perElement})`);
    expect(calls / elements).toBeLessThanOrEqual(perElement);
    // (the counter counts: a read makes at least one call per row)
    expect(calls).toBeGreaterThan(500);
  });
});
