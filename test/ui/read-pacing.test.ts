import { describe, expect, it } from 'vitest';
import { createReadPacing, MAX_WAIT_MS, NODES_CAP, QUIET_MS, type ReadPacing } from '../../src/ui/page/read-pacing';

/**
 * The pacing of re-reads (src/ui/page/read-pacing), driven as ./run-console-page drives it: each change arms the read's
 * timer again with the wait it gives; the timer firing starts a read (`started`), which ends `readMs` later (`read`,
 * whether it changed what is shown). A small event loop over a fake clock.
 */
interface Sim {
  /** the times reads started */
  reads: number[];
  /** the times reads ended, and whether they changed what is shown */
  ended: Array<{ at: number; changed: boolean }>;
}

/** Runs `changes` (time → whether this change's read will change what is shown, and whether it adds elements) until `until`. */
function simulate(pacing: ReadPacing, changes: Array<{ at: number; real?: boolean; nodes?: boolean; input?: boolean; delay?: number }>, until: number, readMs = 30, debounceMs = 60): Sim {
  const sim: Sim = { reads: [], ended: [] };
  let timer: number | undefined;
  let pendingReal = false;
  // the read under way: when it ends, and whether a real change was among those it read
  let reading: { end: number; real: boolean } | undefined;
  const queue = [...changes].sort((a, b) => a.at - b.at);
  for (let now = 0; now <= until; now++) {
    if (reading && now >= reading.end) {
      pacing.read(reading.real);
      sim.ended.push({ at: now, changed: reading.real });
      reading = undefined;
    }
    while (queue.length && queue[0]!.at <= now) {
      const c = queue.shift()!;
      if (c.input) pacing.reset();
      if (c.real) pendingReal = true;
      timer = now + pacing.change(now, c.delay ?? debounceMs, c.nodes);
    }
    // (one read at a time, as ./snapshot-reading asks them: a read due while one is under way waits for it)
    if (timer !== undefined && now >= timer && !reading) {
      timer = undefined;
      pacing.started();
      sim.reads.push(now);
      reading = { end: now + readMs, real: pendingReal };
      pendingReal = false;
    }
  }
  return sim;
}

const ticks = (from: number, to: number, every: number, extra: object = {}) => Array.from({ length: Math.floor((to - from) / every) + 1 }, (_, i) => ({ at: from + i * every, ...extra }));

describe('read pacing', () => {
  it('at the shortest waits it is the old debounce: 60 ms after the last change, never more than 240 ms after the first', () => {
    const p = createReadPacing(60);
    expect(p.change(1000, 60)).toBe(60);
    expect(p.change(1050, 60)).toBe(60);
    expect(p.change(1200, 60)).toBe(40); // (1000 + 240) - 1200
    expect(p.change(1239, 60)).toBe(1);
    expect(p.change(1300, 60)).toBe(0);
    p.started();
    // a show check asks for 0, typing for 240: as given
    expect(p.change(1310, 0)).toBe(0);
    p.started();
    expect(p.change(1320, 240)).toBe(240);
    expect(p.level).toBe(0);
  });

  it('reads that change nothing make the waits grow to MAX_WAIT_MS; one that changes something brings them back at once', () => {
    const p = createReadPacing(60);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      waits.push(p.change(100 * i, 60));
      p.started();
      p.read(false);
    }
    expect(waits).toEqual([60, 120, 240, 480, MAX_WAIT_MS, MAX_WAIT_MS, MAX_WAIT_MS]);
    expect(p.level).toBe(4);
    p.read(true);
    expect(p.level).toBe(0);
    expect(p.change(800, 60)).toBe(60);
  });

  it('backed off, a stream of changes is read no later than the cap after its first change (a trailing read always comes)', () => {
    const p = createReadPacing(60);
    for (let i = 0; i < 4; i++) p.read(false);
    let due = 0;
    for (let t = 0; t <= 2000; t += 100) {
      due = t + p.change(t, 60);
      expect(due).toBeLessThanOrEqual(MAX_WAIT_MS);
      if (t >= MAX_WAIT_MS) break;
    }
    expect(due).toBe(MAX_WAIT_MS);
  });

  it('the user input, or a change after a quiet period, brings the shortest waits back', () => {
    const p = createReadPacing(60);
    for (let i = 0; i < 4; i++) p.read(false);
    expect(p.change(0, 60)).toBe(MAX_WAIT_MS);
    p.reset();
    expect(p.change(50, 60)).toBe(60);
    p.started();
    for (let i = 0; i < 4; i++) p.read(false);
    expect(p.change(100, 60)).toBe(MAX_WAIT_MS);
    p.started();
    // the next change QUIET_MS after the last: as on a quiet page
    expect(p.change(100 + QUIET_MS, 60)).toBe(60);
    expect(p.level).toBe(0);
  });

  it("the user's input while a backed-off read is under way: that read's end, nothing changed, leaves the shortest waits", () => {
    const p = createReadPacing(60);
    for (let i = 0; i < 4; i++) p.read(false);
    p.started();
    // the pointer goes down (on a submit button) while the read is under way
    p.reset();
    p.read(false);
    // the click's changes: read after 60 ms of quiet (before: the read's end had backed the waits off to 120)
    expect(p.level).toBe(0);
    expect(p.change(0, 60)).toBe(60);
    // a read started after the input that changes nothing backs off as any
    p.started();
    p.read(false);
    expect(p.level).toBe(1);
  });

  it('a stream that adds elements with content waits at most NODES_CAP quiet periods from its first change, however far backed off', () => {
    const p = createReadPacing(60);
    for (let i = 0; i < 4; i++) p.read(false);
    expect(p.change(0, 60)).toBe(MAX_WAIT_MS);
    expect(p.change(100, 60, true)).toBe(NODES_CAP * 60 - 100);
    // (the stream's later text changes keep the cap until the read)
    expect(p.change(200, 60)).toBe(NODES_CAP * 60 - 200);
    p.started();
    expect(p.change(300, 60)).toBe(MAX_WAIT_MS);
  });

  it('a page ticking every 100 ms for 3 s, nothing read changing: 29 reads before, at most 6 now, the last tick read', () => {
    const changes = ticks(0, 3000, 100);
    // the old rule (never backed off: every read "changed" something)
    const old = simulate(createReadPacing(60), changes.map((c) => ({ ...c, real: true })), 4000);
    expect(old.reads.length).toBeGreaterThanOrEqual(29);
    const sim = simulate(createReadPacing(60), changes, 4000);
    expect(sim.reads.length).toBeLessThanOrEqual(6);
    expect(sim.reads.at(-1)!).toBeGreaterThan(3000);
  });

  it('a one-second countdown: read tick by tick at once, as before (a change after QUIET_MS starts afresh)', () => {
    const sim = simulate(createReadPacing(60), ticks(0, 5000, 1000), 6000);
    expect(sim.reads).toEqual([60, 1060, 2060, 3060, 4060, 5060]);
  });

  it('a real change while ticking is read within MAX_WAIT_MS, and the waits are short again after it', () => {
    for (const offset of [0, 130, 370, 555, 790]) {
      const at = 2000 + offset;
      const changes = [...ticks(0, 4000, 100), { at, real: true }];
      const sim = simulate(createReadPacing(60), changes, 5000);
      const read = sim.reads.find((t) => t >= at)!;
      expect(read - at, `a change at ${at}`).toBeLessThanOrEqual(MAX_WAIT_MS);
      // the read after the real one comes 60 ms after the next tick (the waits back to the shortest)
      const end = sim.ended.find((e) => e.changed)!.at;
      const next = sim.reads.find((t) => t > end)!;
      expect(next - end, `a change at ${at}`).toBeLessThanOrEqual(100 + 60);
    }
  });

  it('a real change at any millisecond while ticking — as a backed-off timer fires, while a read is under way — is read within MAX_WAIT_MS (rev58, guard)', () => {
    // (slow reads, 150 ms: a change often lands while one is under way; the first read to start after the change reads it)
    const readMs = 150;
    let worst = 0;
    for (let at = 2000; at < 3000; at++) {
      const sim = simulate(createReadPacing(60), [...ticks(0, 4000, 100), { at, real: true }], 5000, readMs);
      const read = sim.reads.find((t) => t > at)!;
      worst = Math.max(worst, read - at);
    }
    expect(worst).toBeLessThanOrEqual(MAX_WAIT_MS);
  });

  it('the user typing while the page ticks: read at the typing debounce (240 ms), not backed off', () => {
    const changes = [...ticks(0, 3000, 100), { at: 2005, input: true, delay: 240, real: true }];
    const sim = simulate(createReadPacing(60), changes, 4000);
    const read = sim.reads.find((t) => t >= 2005)!;
    expect(read - 2005).toBeLessThanOrEqual(240);
  });
});
