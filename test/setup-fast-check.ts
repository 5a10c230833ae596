import fc from 'fast-check';

/**
 * Property tests run the same cases on every run, so `npm test` (and CI) pass or fail on the code
 * alone. `FC_SEED=random npm run test:unit` explores new cases; `FC_SEED=<n>` replays a run whose
 * counterexample fast-check printed with that seed (add it to the test's `examples` once fixed).
 */
const given = process.env.FC_SEED;
if (given !== 'random') {
  const seed = given !== undefined && given !== '' ? Number(given) : 20261202;
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(given)}`);
  fc.configureGlobal({ seed });
}
