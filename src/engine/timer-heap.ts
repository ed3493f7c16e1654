import type { TimerHandle } from './handles.ts';

/**
 * A binary min-heap of timers ordered by (when, seq). CPython's heapq orders by `when`
 * alone; the extra key gives equal deadlines the order a real clock would (see python-subset.md).
 */
export class TimerHeap {
  private items: TimerHandle<never>[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): TimerHandle<never> | undefined {
    return this.items[0];
  }

  /** All timers in no particular order (for the loop inspector and purging). */
  all(): readonly TimerHandle<never>[] {
    return this.items;
  }

  push(h: TimerHandle<never>): void {
    const a = this.items;
    a.push(h);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h, a[p]!)) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = h;
  }

  pop(): TimerHandle<never> | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      let i = 0;
      const n = a.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && less(a[r]!, a[l]!) ? r : l;
        if (!less(a[c]!, last)) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }

  /** Rebuild from the given handles (used when many cancelled timers are dropped at once). */
  replace(handles: TimerHandle<never>[]): void {
    this.items = [];
    for (const h of handles) this.push(h);
  }
}

function less(a: TimerHandle<never>, b: TimerHandle<never>): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}
