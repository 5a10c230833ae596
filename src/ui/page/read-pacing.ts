/**
 * When a console page is read again after it changes (./run-console-page `schedule`). Pure: times are given.
 *
 * Until session 58 a change was read after a quiet period (`debounceMs`, 60 ms), never later than 4 quiet periods
 * after the first change of a stream — so a page that changes all the time while nothing it shows does (a renewal
 * countdown ticking every 100 ms, "3 秒前" updated, a polled progress bar's width, a spinner's class, a rotating
 * banner) was read once per change: 29–31 reads in 3 s (round 84; test/e2e/churn-reads), each a snapshot patch in the
 * page, a message, and a re-read in the reader document competing with the page for the machine's cores.
 *
 * Now the wait backs off while reads find nothing new: each read whose answer changes nothing shown (the same
 * results, language, blocking list and note: the caller tells, `read`) doubles the quiet period and its cap, up to
 * MAX_WAIT_MS (60 → 120 → 240 → 480 → 800 ms; the cap 240 → 480 → 800), so a stream of such changes is read about once
 * in 800 ms, and a real change in it (a row's text turned pay-as-you-go) is shown within ~1 s: the wait, the read, the
 * markers drawn (1000 ms let the slowest of test/e2e/churn-reads' reach 1.14 s). It is back to the shortest waits at once
 * - when a read changes what is shown (the page is doing something the user sees: its next changes are read fast),
 * - on the user's own input (a pointer down, a click, a key, a field's input or change, a submit: `reset`; the caller
 *   re-arms a read already waiting, so a submit click's pre-submit check has the page's last changes), on a tab coming
 *   back to the foreground and on a new address,
 * - after a quiet period: a change QUIET_MS or more after the previous one starts afresh — a page changing once a
 *   second or less often (a one-second countdown) is read change by change as before: that is never more than ~1 read
 *   a second anyway, and a real change in it is read as fast as before.
 * The last change of a stream is always read: every change arms the read's timer (the caller's), none cancels it.
 *
 * Elements with content added or removed (rows rendered, a list re-rendered: `nodes`) wait at most NODES_CAP quiet
 * periods (480 ms at 60 ms) from the first change even backed off: a list arriving while a loading bar trickles, or a row inserted while a countdown
 * ticks, is shown within half a second, not one; so does content an attribute change shows or hides for certain (the caller's
 * show check: a panel's `hidden`, an inline `display: none` taken away; not a class or a width, which a progress bar and a
 * spinner tick). Text and attribute changes (what tickers, bars and spinners change)
 * back off fully. At the shortest waits (level 0) this is the old rule exactly: a page that does not churn is read as
 * fast as before.
 *
 * Why not only skip reads in the content script: it cannot know a change is irrelevant (the readers run in the reader
 * document, on the copy); only a read's answer says so, and after one that changed nothing the next is likely the same.
 */
export interface ReadPacing {
  /**
   * A change to be read at `now` (performance.now()), `delay` the caller's quiet period for it (debounceMs; 0: at once;
   * more for typing), `nodes` whether it added or removed elements with content: the ms to wait before reading.
   */
  change(now: number, delay: number, nodes?: boolean): number;
  /** A read starts: the changes so far are its (the next change starts a new stream's wait). */
  started(): void;
  /**
   * A read ended: whether its answer changed what the page shows (false: the waits grow — but not when `reset` came
   * after it started: it read the page before the user's input).
   */
  read(changed: boolean): void;
  /** The user's own input or a new address: the shortest waits again. */
  reset(): void;
  /** How far backed off (0: the shortest waits). */
  readonly level: number;
}

/** The longest quiet period and cap once backed off (a change in a churning page is read within about this). */
export const MAX_WAIT_MS = 800;
/** A change this long after the previous one is read as on a quiet page (the waits start afresh). */
export const QUIET_MS = 900;
/** The cap for a stream adding or removing elements with content, however far backed off, in quiet periods (`debounceMs`). */
export const NODES_CAP = 8;
/** Levels: 60 ms · 2^level passes MAX_WAIT_MS at 4. */
const MAX_LEVEL = 4;

export function createReadPacing(debounceMs = 60): ReadPacing {
  let level = 0;
  /** The first change not yet read, the last change seen (undefined: none), whether the stream added elements. */
  let first: number | undefined;
  let lastChange: number | undefined;
  let nodesInStream = false;
  /** Resets so far, and as many when the last read started: a read that started before the user's input says nothing of the page after it. */
  let resets = 0;
  let resetsAtStart = 0;
  return {
    change(now, delay, nodes = false) {
      if (lastChange !== undefined && now - lastChange >= QUIET_MS) level = 0;
      lastChange = now;
      first ??= now;
      if (nodes) nodesInStream = true;
      const grown = Math.min(MAX_WAIT_MS, debounceMs * 2 ** level);
      // level 0: the caller's delay as given (0 for a show check, more for typing) and 4 quiet periods at most, as before
      const quiet = level === 0 ? delay : Math.max(delay, grown);
      let cap = level === 0 ? 4 * debounceMs : Math.min(MAX_WAIT_MS, 4 * grown);
      if (nodesInStream) cap = Math.min(cap, NODES_CAP * debounceMs);
      return Math.max(0, Math.min(quiet, first + cap - now));
    },
    started() {
      first = undefined;
      nodesInStream = false;
      resetsAtStart = resets;
    },
    read(changed) {
      // (the user's input while it was under way: the shortest waits stay — the pointer going down on a submit button as a
      // backed-off read was under way had that read's end back them off again, and the click's own changes waited 120 ms
      // of quiet, not 60: rev59)
      if (resets !== resetsAtStart) return;
      level = changed ? 0 : Math.min(MAX_LEVEL, level + 1);
    },
    reset() {
      level = 0;
      resets++;
    },
    get level() {
      return level;
    },
  };
}
