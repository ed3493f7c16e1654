/**
 * The coroutines made but not started yet, for the "coroutine ... was never awaited" warnings
 * at exit. Nearly every coroutine starts a moment after it is made (`await q.get()`), so this
 * is a list that a started coroutine stays in until the list next sheds them, not a Set that
 * hashes each coroutine in and out on every await.
 */
import type { PyCoroutine } from './values.ts';

/** The list sheds its started coroutines when it grows to this, or to twice what it kept last time. */
const MIN_SHED_LENGTH = 1024;

export class UnstartedCoroutines {
  private list: PyCoroutine[] = [];
  private shedAt = MIN_SHED_LENGTH;

  add(c: PyCoroutine): void {
    this.list.push(c);
    if (this.list.length >= this.shedAt) {
      this.list = this.list.filter((x) => !x.started);
      this.shedAt = Math.max(MIN_SHED_LENGTH, 2 * this.list.length);
    }
  }

  /** Removes the unstarted coroutines `pick` chooses and returns them, oldest first. */
  take(pick: (c: PyCoroutine) => boolean): PyCoroutine[] {
    const taken: PyCoroutine[] = [];
    const rest: PyCoroutine[] = [];
    for (const c of this.list) if (!c.started) (pick(c) ? taken : rest).push(c);
    this.list = rest;
    return taken;
  }
}
