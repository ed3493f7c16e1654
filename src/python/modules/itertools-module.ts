/**
 * The `itertools` module, lazy as CPython's: each function returns an iterator that pulls from
 * its inputs only as far as it is consumed (islice(count(), 3) ends). Inputs are turned into
 * iterators at the call, so a non-iterable argument fails there, as in CPython.
 */
import { register } from '../runtime/builtin-types.ts';
import { asIndex, noKwargs } from '../runtime/builtin-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { interp } from '../runtime/hooks.ts';
import { iterate, makeIterator, PyIterator } from '../runtime/iter.ts';
import { binop, eq, truthy } from '../runtime/ops.ts';
import { NativeType } from '../runtime/native.ts';
import { typeName } from '../runtime/types.ts';
import { repr } from '../runtime/repr.ts';
import { PyModule, PyTuple, type NativeFn, type Value } from '../runtime/values.ts';

type Kw = Map<string, Value> | null;
type Gen = Generator<Value, void, undefined>;

const iter = (v: Value): Iterator<Value> => iterate(v)[Symbol.iterator]();

function checkKw(fn: string, kw: Kw, allowed: readonly string[]): void {
  for (const k of kw?.keys() ?? []) if (!allowed.includes(k)) typeError(`${fn}() got an unexpected keyword argument '${k}'`);
}

/** count() and repeat() print their state, as CPython's do: count(6), repeat('x', 2). */
class StatefulIterator extends PyIterator {
  constructor(
    step: () => IteratorResult<Value>,
    kind: string,
    private readonly text: () => string,
  ) {
    super({ next: step }, kind);
  }
  override pyRepr(): string {
    return this.text();
  }
}

function countIter(start: Value, step: Value): PyIterator {
  let n = start;
  const it = new StatefulIterator(
    () => {
      const v = n;
      n = binop('+', n, step);
      return { done: false, value: v };
    },
    'itertools.count',
    () => (step === 1 ? `count(${repr(n)})` : `count(${repr(n)}, ${repr(step)})`),
  );
  return it;
}

function repeatIter(v: Value, times: number | null): PyIterator {
  let left = times;
  return new StatefulIterator(
    () => {
      if (left === null) return { done: false, value: v };
      if (left <= 0) return { done: true, value: undefined };
      left--;
      return { done: false, value: v };
    },
    'itertools.repeat',
    () => (left === null ? `repeat(${repr(v)})` : `repeat(${repr(v)}, ${left})`),
  );
}

/** An itertools type: callable, `<class 'itertools.x'>`, and what type() of its iterators is. */
function itType(name: string, make: (args: Value[], kw: Kw) => Gen | PyIterator, attrs: Record<string, Value> = {}): NativeType {
  const kind = `itertools.${name}`;
  const t = new (class extends NativeType {
    override typeAttr(n: string): Value | undefined {
      return attrs[n];
    }
  })(
    name,
    'itertools',
    ((args: Value[], kw: Kw) => {
      const r = make(args, kw);
      return r instanceof PyIterator ? r : makeIterator(kind, r);
    }) as NativeFn,
    (v) => v instanceof PyIterator && v.pyTypeName === kind,
  );
  register(kind, t);
  return t;
}

function* cycle(it: Iterator<Value>): Gen {
  const saved: Value[] = [];
  for (let r = it.next(); !r.done; r = it.next()) {
    saved.push(r.value);
    yield r.value;
  }
  if (saved.length === 0) return;
  for (;;) yield* saved;
}

function* accumulate(it: Iterator<Value>, func: Value, initial: Value): Gen {
  let total: Value = initial;
  let started = initial !== null;
  if (started) yield total;
  for (let r = it.next(); !r.done; r = it.next()) {
    total = !started ? r.value : func === null ? binop('+', total, r.value) : interp.call(func, [total, r.value]);
    started = true;
    yield total;
  }
}

function* chain(its: Iterable<Value>): Gen {
  for (const x of its) yield* iterate(x);
}

function* compress(data: Iterator<Value>, sel: Iterator<Value>): Gen {
  for (;;) {
    const d = data.next();
    if (d.done) return;
    const s = sel.next();
    if (s.done) return;
    if (truthy(s.value)) yield d.value;
  }
}

function* dropwhile(pred: Value, it: Iterator<Value>): Gen {
  let dropping = true;
  for (let r = it.next(); !r.done; r = it.next()) {
    if (dropping && truthy(interp.call(pred, [r.value]))) continue;
    dropping = false;
    yield r.value;
  }
}

function* takewhile(pred: Value, it: Iterator<Value>): Gen {
  for (let r = it.next(); !r.done; r = it.next()) {
    if (!truthy(interp.call(pred, [r.value]))) return;
    yield r.value;
  }
}

function* filterfalse(pred: Value, it: Iterator<Value>): Gen {
  for (let r = it.next(); !r.done; r = it.next()) if (!truthy(pred === null ? r.value : interp.call(pred, [r.value]))) yield r.value;
}

function* starmap(fn: Value, it: Iterator<Value>): Gen {
  for (let r = it.next(); !r.done; r = it.next()) yield interp.call(fn, [...iterate(r.value)]);
}

function* pairwise(it: Iterator<Value>): Gen {
  let prev = it.next();
  if (prev.done) return;
  for (let r = it.next(); !r.done; r = it.next()) {
    yield new PyTuple([prev.value, r.value]);
    prev = r;
  }
}

function* islice(it: Iterator<Value>, start: number, stop: number | null, step: number): Gen {
  let next = start;
  for (let i = 0; stop === null || i < stop; i++) {
    const r = it.next();
    if (r.done) return;
    if (i === next) {
      yield r.value;
      next += step;
    }
  }
}

function sliceArg(v: Value, what: 'Stop' | 'Indices'): number | null {
  if (v === null) return null;
  const ok = typeof v === 'number' || typeof v === 'boolean';
  const n = ok ? asIndex(v) : -1;
  if (!ok || n < 0) {
    valueError(what === 'Stop' ? 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.' : 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  }
  return n;
}

function* zipLongest(its: Iterator<Value>[], fill: Value): Gen {
  if (its.length === 0) return;
  const done = its.map(() => false);
  let active = its.length;
  for (;;) {
    const row: Value[] = [];
    for (let i = 0; i < its.length; i++) {
      if (done[i]) {
        row.push(fill);
        continue;
      }
      const r = its[i]!.next();
      if (r.done) {
        done[i] = true;
        if (--active === 0) return;
        row.push(fill);
      } else row.push(r.value);
    }
    yield new PyTuple(row);
  }
}

function* product(pools: Value[][]): Gen {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield new PyTuple(idx.map((j, i) => pools[i]![j]));
    let i = pools.length - 1;
    while (i >= 0 && ++idx[i]! === pools[i]!.length) idx[i--] = 0;
    if (i < 0) return;
  }
}

function* permutations(pool: Value[], r: number): Gen {
  const n = pool.length;
  if (r > n) return;
  const idx = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield new PyTuple(idx.slice(0, r).map((i) => pool[i]));
  while (n > 0) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        idx.push(...idx.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        [idx[i], idx[n - j]] = [idx[n - j]!, idx[i]!];
        yield new PyTuple(idx.slice(0, r).map((k) => pool[k]));
        break;
      }
    }
    if (i < 0) return;
  }
}

function* combinations(pool: Value[], r: number, replace: boolean): Gen {
  const n = pool.length;
  if (!replace && r > n) return;
  if (replace && n === 0 && r > 0) return;
  const idx = replace ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  yield new PyTuple(idx.map((i) => pool[i]));
  for (;;) {
    let i = r - 1;
    while (i >= 0 && idx[i] === (replace ? n - 1 : i + n - r)) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < r; j++) idx[j] = replace ? idx[i]! : idx[j - 1]! + 1;
    yield new PyTuple(idx.map((k) => pool[k]));
  }
}

/** groupby: one shared pass over the input; advancing to the next group ends the previous grouper. */
function groupby(it: Iterator<Value>, keyfn: Value): Gen {
  const st = { cur: undefined as Value, curKey: undefined as Value, has: false, done: false, gen: 0 };
  const advance = (): boolean => {
    const r = it.next();
    if (r.done) {
      st.done = true;
      return false;
    }
    st.cur = r.value;
    st.curKey = keyfn === null ? r.value : interp.call(keyfn, [r.value]);
    st.has = true;
    return true;
  };
  function* grouper(gen: number, key: Value): Gen {
    while (gen === st.gen && st.has && eq(st.curKey, key)) {
      yield st.cur;
      st.has = false;
      if (!advance()) return;
    }
  }
  return (function* (): Gen {
    let tgt: Value = undefined;
    let first = true;
    for (;;) {
      if (!st.has && !st.done && !advance()) return;
      if (st.done && !st.has) return;
      while (!first && eq(st.curKey, tgt)) {
        st.has = false;
        if (!advance()) return;
      }
      first = false;
      tgt = st.curKey;
      st.gen++;
      yield new PyTuple([st.curKey, makeIterator('itertools._grouper', grouper(st.gen, tgt))]);
    }
  })();
}

function tee(src: Iterator<Value>, n: number): PyTuple {
  const buffers: Value[][] = Array.from({ length: n }, () => []);
  const pull = (me: number): IteratorResult<Value> => {
    if (buffers[me]!.length > 0) return { done: false, value: buffers[me]!.shift() };
    const r = src.next();
    if (!r.done) buffers.forEach((b, i) => i !== me && b.push(r.value));
    return r;
  };
  return new PyTuple(buffers.map((_, i) => makeIterator('itertools._tee', { next: () => pull(i) })));
}

export function makeItertoolsModule(): PyModule {
  const d = new Map<string, Value>();
  const def = (name: string, make: (args: Value[], kw: Kw) => Gen | PyIterator, attrs?: Record<string, Value>): void => {
    d.set(name, itType(name, make, attrs));
  };
  const need = (fn: string, args: Value[], min: number, max: number): void => {
    if (args.length < min) typeError(`${fn} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    if (args.length > max) typeError(`${fn} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  };
  def('count', (a, kw) => {
    checkKw('count', kw, ['start', 'step']);
    const start = a[0] ?? kw?.get('start') ?? 0;
    const step = a[1] ?? kw?.get('step') ?? 1;
    for (const v of [start, step]) if (typeof v !== 'number' && typeof v !== 'boolean' && typeName(v) !== 'float') typeError('a number is required');
    return countIter(start, step);
  });
  def('cycle', (a, kw) => (noKwargs('cycle', kw), need('cycle', a, 1, 1), cycle(iter(a[0]))));
  def('repeat', (a, kw) => {
    checkKw('repeat', kw, ['object', 'times']);
    const obj = a.length > 0 ? a[0] : kw?.get('object');
    if (obj === undefined) typeError("repeat() missing required argument 'object' (pos 1)");
    const times = a.length > 1 ? a[1] : (kw?.get('times') ?? null);
    return repeatIter(obj, times === null ? null : Math.max(0, asIndex(times)));
  });
  def('accumulate', (a, kw) => {
    checkKw('accumulate', kw, ['iterable', 'func', 'initial']);
    const src = a[0] ?? kw?.get('iterable');
    if (src === undefined) typeError("accumulate() missing required argument 'iterable' (pos 1)");
    return accumulate(iter(src), a[1] ?? kw?.get('func') ?? null, kw?.get('initial') ?? null);
  });
  const fromIterable = itType('chain.from_iterable', (a, kw) => (noKwargs('chain.from_iterable', kw), need('from_iterable', a, 1, 1), chain(iterate(a[0]))));
  def('chain', (a, kw) => (noKwargs('chain', kw), chain(a)), { from_iterable: fromIterable });
  def('compress', (a, kw) => {
    checkKw('compress', kw, ['data', 'selectors']);
    return compress(iter(a[0] ?? kw?.get('data')), iter(a[1] ?? kw?.get('selectors')));
  });
  def('dropwhile', (a, kw) => (noKwargs('dropwhile', kw), need('dropwhile', a, 2, 2), dropwhile(a[0], iter(a[1]))));
  def('takewhile', (a, kw) => (noKwargs('takewhile', kw), need('takewhile', a, 2, 2), takewhile(a[0], iter(a[1]))));
  def('filterfalse', (a, kw) => (noKwargs('filterfalse', kw), need('filterfalse', a, 2, 2), filterfalse(a[0], iter(a[1]))));
  def('starmap', (a, kw) => (noKwargs('starmap', kw), need('starmap', a, 2, 2), starmap(a[0], iter(a[1]))));
  def('pairwise', (a, kw) => (noKwargs('pairwise', kw), need('pairwise', a, 1, 1), pairwise(iter(a[0]))));
  def('islice', (a, kw) => {
    noKwargs('islice', kw);
    need('islice', a, 2, 4);
    const it = iter(a[0]);
    if (a.length === 2) return islice(it, 0, sliceArg(a[1], 'Stop'), 1);
    const start = sliceArg(a[1], 'Indices') ?? 0;
    const stop = sliceArg(a[2], 'Stop');
    const stepV = a.length > 3 ? a[3] : null;
    const step = stepV === null ? 1 : typeof stepV === 'number' || typeof stepV === 'boolean' ? asIndex(stepV) : 0;
    if (step <= 0) valueError('Step for islice() must be a positive integer or None.');
    return islice(it, start, stop, step);
  });
  def('zip_longest', (a, kw) => {
    checkKw('zip_longest', kw, ['fillvalue']);
    return zipLongest(a.map(iter), kw?.get('fillvalue') ?? null);
  });
  def('product', (a, kw) => {
    checkKw('product', kw, ['repeat']);
    const n = asIndex(kw?.get('repeat') ?? 1);
    if (n < 0) valueError('repeat argument cannot be negative');
    const pools = a.map((x) => [...iterate(x)]);
    const all: Value[][] = [];
    for (let i = 0; i < n; i++) all.push(...pools);
    return product(all);
  });
  def('permutations', (a, kw) => {
    checkKw('permutations', kw, ['iterable', 'r']);
    const pool = [...iterate(a[0] ?? kw?.get('iterable'))];
    const rv = a[1] ?? kw?.get('r') ?? null;
    const r = rv === null ? pool.length : asIndex(rv);
    if (r < 0) valueError('r must be non-negative');
    return permutations(pool, r);
  });
  for (const [name, replace] of [['combinations', false], ['combinations_with_replacement', true]] as const) {
    def(name, (a, kw) => {
      checkKw(name, kw, ['iterable', 'r']);
      const src = a[0] ?? kw?.get('iterable');
      const rv = a[1] ?? kw?.get('r');
      if (src === undefined || rv === undefined) typeError(`${name}() missing required argument '${src === undefined ? 'iterable' : 'r'}' (pos ${src === undefined ? 1 : 2})`);
      const r = asIndex(rv);
      if (r < 0) valueError('r must be non-negative');
      return combinations([...iterate(src)], r, replace);
    });
  }
  def('groupby', (a, kw) => {
    checkKw('groupby', kw, ['iterable', 'key']);
    return groupby(iter(a[0] ?? kw?.get('iterable')), a[1] ?? kw?.get('key') ?? null);
  });
  d.set(
    'tee',
    new NativeType('tee', 'itertools', (a, kw) => {
      noKwargs('tee', kw);
      need('tee', a, 1, 2);
      const n = a.length > 1 ? asIndex(a[1]) : 2;
      if (n < 0) valueError('n must be >= 0');
      return tee(iter(a[0]), n);
    }, () => false),
  );
  return new PyModule('itertools', d);
}
