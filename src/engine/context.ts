/**
 * contextvars' Context as the loop carries it: every Task runs in a copy of the context it
 * was created in, and every callback in a copy of the context it was scheduled from, so a
 * ContextVar set in one task is never seen by another (tasks.py and events.Handle do this).
 * The map is never changed in place, only replaced: holding it is a snapshot, which makes a
 * copy O(1).
 */
export class RunContext {
  constructor(public vars: ReadonlyMap<object, unknown> = new Map()) {}

  copy(): RunContext {
    return new RunContext(this.vars);
  }

  set(key: object, value: unknown): void {
    this.vars = new Map(this.vars).set(key, value);
  }

  delete(key: object): void {
    const next = new Map(this.vars);
    next.delete(key);
    this.vars = next;
  }
}
