/**
 * The interpreter's per-run state, started fresh for each run. A module that keeps state for
 * the run it serves (counters, numbering, caches, warnings already shown) registers how to
 * start it here, next to the state itself; run.ts begins a realm once per run, so no run can
 * inherit another's and none of that state is reset by hand in run.ts.
 */
const starters: (() => void)[] = [];

/** Register how to start one piece of per-run state (called again at each run's start). */
export function perRun(start: () => void): void {
  starters.push(start);
}

/** Start every piece of per-run state afresh: the first thing a run does. */
export function beginRealm(): void {
  for (const start of starters) start();
}
