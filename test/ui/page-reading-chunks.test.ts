import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowWindow } from '../../src/readers/dom/row-window';
import { FIRST_CHUNK_ROWS, createPageReading } from '../../src/ui/page/page-reading';

/**
 * Chunks sized by time (issue 11: no long task on a 20,000-row page): the first chunk is small (it
 * also finds the grid and lists its rows), each next one as big as the last one's time per row
 * allows; the slices are back to back and every row is read once.
 */
describe('page reading with chunkMs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back-to-back slices sized to the time budget', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const total = 1500;
    const windows: Array<{ start: number; limit: number }> = [];
    const reading = createPageReading(
      () => {
        const w = rowWindow();
        if (!w) throw new Error('no window');
        w.totalRows = total;
        const n = Math.max(0, Math.min(w.limit, total - w.start));
        windows.push({ start: w.start, limit: w.limit });
        // 0.4 ms per row, and the first chunk pays 30 ms more (finding the grid)
        clock += n * 0.4 + (w.start === 0 ? 30 : 0);
        const servers = Array.from({ length: n }, (_, i) => ({ id: `i-${w.start + i}`, provider: 'aliyun' as const, product: 'ecs' as const }));
        return { reader: 'r', facts: { version: 1 as const, servers } };
      },
      { idle: (fn) => setTimeout(fn, 0), chunkMs: 20 },
    );
    const out = await reading.read({} as Document, new URL('https://ecs.console.aliyun.com/'));
    expect(windows[0]).toEqual({ start: 0, limit: FIRST_CHUNK_ROWS });
    // 0.7 ms per row in the first chunk → 28 rows; then 0.4 ms per row → 49–50 rows (20 ms, rounded down)
    expect(windows[1]?.limit).toBe(28);
    expect(windows[2]?.limit).toBeGreaterThanOrEqual(49);
    expect(windows[2]?.limit).toBeLessThanOrEqual(50);
    for (let i = 1; i < windows.length; i++) {
      const prev = windows[i - 1] as { start: number; limit: number };
      expect(windows[i]?.start).toBe(prev.start + prev.limit);
    }
    const ids = out?.facts.servers?.map((s) => s.id) ?? [];
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });
});
