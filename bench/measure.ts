/** Median wall time of `fn` over `runs` runs after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return Math.round(median * 1000) / 1000;
}

export interface BenchLine {
  name: string;
  median_ms?: number;
  budget_ms?: number;
  [key: string]: unknown;
}
