/**
 * Work on the page's main thread in short slices, each in a moment the page leaves idle: the
 * reader's scrolling, typing and rendering come first. A step function (a generator that
 * yields often) is run until its slice is used up, then waits for the next idle period.
 * Each slice is recorded in the page's performance timeline as `news-context:<name>`.
 */

/**
 * A slice takes no new step after this long (ms). A step is a fraction of a millisecond to
 * about two (a selector query over a huge page, met for the first time), so a slice stays under
 * the 5 ms the page's thread is promised before detection, a tenth of a long task.
 */
export const IDLE_SLICE_MS = 2.5;
/** Shortest slice (ms), even when the idle period is nearly over: progress is guaranteed. */
const MIN_SLICE_MS = 1;
/** How long an idle period is waited for (ms) before the slice runs anyway (a page that is never idle). */
const IDLE_TIMEOUT_MS = 150;

/** What a run of slices produced, and the main-thread time it took. */
export interface SlicedResult<T> {
  value: T;
  /** Time spent in the slices (ms), waits excluded. */
  busyMs: number;
  slices: number;
}

/**
 * Resolves in the next idle period of the page (or after {@link IDLE_TIMEOUT_MS}) with the
 * time the browser says is left of it (ms). `requestIdleCallback` is read from the content
 * script's own world, which a page cannot redefine; engines without it get a task.
 */
function idle(): Promise<number> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((deadline) => resolve(deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(() => resolve(IDLE_SLICE_MS), 0);
    }
  });
}

/** Records a phase of our work in the page's performance timeline (DevTools shows it; the benches and e2e tests read it). */
export function measure(name: string, start: number, end = performance.now()): void {
  try {
    performance.measure(`news-context:${name}`, { start, end });
  } catch {
    // Older engines without measure options: the figures are diagnostics only.
  }
}

/**
 * Runs `steps` to its end in idle slices of at most {@link IDLE_SLICE_MS}. Resolves with null
 * (and abandons the steps) as soon as `stale()` says the result is no longer wanted.
 */
export async function runInIdleSlices<T>(name: string, steps: Generator<void, T, void>, stale: () => boolean): Promise<SlicedResult<T> | null> {
  let busyMs = 0;
  let slices = 0;
  for (;;) {
    const left = await idle();
    if (stale()) return null;
    const budget = Math.min(IDLE_SLICE_MS, Math.max(MIN_SLICE_MS, left));
    const start = performance.now();
    let now = start;
    let r: IteratorResult<void, T>;
    do {
      r = steps.next();
      now = performance.now();
    } while (!r.done && now - start < budget);
    measure(name, start, now);
    slices++;
    busyMs += now - start;
    if (r.done) return { value: r.value, busyMs, slices };
  }
}
