import type { TimerHandle } from './handles.ts';

/**
 * A binary min-heap of timers ordered by (when, seq), where seq is the order of push: CPython's
 * heapq orders by `when` alone; the extra key gives equal deadlines the order a real clock
 * would (see python-subset.md). Timers are pushed as they are scheduled, so the heap numbers
 * them itself and a handle carries no sequence number.
 *
 * The keys live in typed arrays beside the handles, so sifting compares numbers in one block
 * of memory instead of reading thousands of scattered handle objects: with 10,000 sleeping
 * tasks that is most of a push or pop's cost.
 */
export class TimerHeap {
  private items: TimerHandle<never>[] = [];
  private whens = new Float64Array(64);
  private seqs = new Float64Array(64);
  private nextSeq = 0;

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

  /**
   * The first `k` timers `keep` accepts, in firing order, without sorting the whole heap: a
   * best-first walk from the root, since a node fires before both its children.
   */
  earliest(k: number, keep: (h: TimerHandle<never>) => boolean): TimerHandle<never>[] {
    const out: TimerHandle<never>[] = [];
    const n = this.items.length;
    const frontier: number[] = n > 0 ? [0] : [];
    while (frontier.length > 0 && out.length < k) {
      let best = 0;
      for (let i = 1; i < frontier.length; i++) if (this.before(frontier[i]!, frontier[best]!)) best = i;
      const at = frontier[best]!;
      frontier[best] = frontier[frontier.length - 1]!;
      frontier.pop();
      const h = this.items[at]!;
      if (keep(h)) out.push(h);
      if (2 * at + 1 < n) frontier.push(2 * at + 1);
      if (2 * at + 2 < n) frontier.push(2 * at + 2);
    }
    return out;
  }

  private before(i: number, j: number): boolean {
    const wi = this.whens[i]!;
    const wj = this.whens[j]!;
    return wi < wj || (wi === wj && this.seqs[i]! < this.seqs[j]!);
  }

  push(h: TimerHandle<never>): void {
    const a = this.items;
    let i = a.length;
    if (i === this.whens.length) this.grow();
    const whens = this.whens;
    const seqs = this.seqs;
    const when = h.when;
    const seq = this.nextSeq++;
    a.push(h);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pw = whens[p]!;
      if (pw < when || (pw === when && seqs[p]! < seq)) break;
      a[i] = a[p]!;
      whens[i] = pw;
      seqs[i] = seqs[p]!;
      i = p;
    }
    a[i] = h;
    whens[i] = when;
    seqs[i] = seq;
  }

  pop(): TimerHandle<never> | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    const n = a.length;
    if (n > 0 && last !== undefined) {
      // siftDown's loop, written out: pop runs once per timer, and the call measured +0.8% Ir.
      const whens = this.whens;
      const seqs = this.seqs;
      const when = whens[n]!;
      const seq = seqs[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n) {
          const rw = whens[r]!;
          const lw = whens[l]!;
          if (rw < lw || (rw === lw && seqs[r]! < seqs[l]!)) c = r;
        }
        const cw = whens[c]!;
        if (!(cw < when || (cw === when && seqs[c]! < seq))) break;
        a[i] = a[c]!;
        whens[i] = cw;
        seqs[i] = seqs[c]!;
        i = c;
      }
      a[i] = last;
      whens[i] = when;
      seqs[i] = seq;
    }
    return top;
  }

  /** Drop every timer `drop` picks, keeping the others' order (used when many cancelled timers are purged at once). */
  removeWhere(drop: (h: TimerHandle<never>) => boolean): void {
    const a = this.items;
    const whens = this.whens;
    const seqs = this.seqs;
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      const h = a[i]!;
      if (drop(h)) continue;
      a[n] = h;
      whens[n] = whens[i]!;
      seqs[n] = seqs[i]!;
      n++;
    }
    a.length = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  clear(): void {
    this.items = [];
  }

  private siftDown(i: number): void {
    const a = this.items;
    const whens = this.whens;
    const seqs = this.seqs;
    const n = a.length;
    const h = a[i]!;
    const when = whens[i]!;
    const seq = seqs[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.before(r, l)) c = r;
      const cw = whens[c]!;
      if (!(cw < when || (cw === when && seqs[c]! < seq))) break;
      a[i] = a[c]!;
      whens[i] = cw;
      seqs[i] = seqs[c]!;
      i = c;
    }
    a[i] = h;
    whens[i] = when;
    seqs[i] = seq;
  }

  private grow(): void {
    const whens = new Float64Array(this.whens.length * 2);
    const seqs = new Float64Array(this.seqs.length * 2);
    whens.set(this.whens);
    seqs.set(this.seqs);
    this.whens = whens;
    this.seqs = seqs;
  }
}
