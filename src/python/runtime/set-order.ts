/**
 * The order in which CPython iterates (and prints) a set. CPython lays a set out in a hash
 * table and walks its slots, so `{3, 1, 2}` prints `{1, 2, 3}`; our PySet keeps insertion
 * order. For members whose hashes CPython fixes (ints, floats, bools, tuples of them) this
 * replays the insertions into a model of CPython's table (setobject.c: linear probes of 9,
 * then perturbed jumps; resized to 4x the used count at 60% fill) and reads the slots back.
 * Members with per-process hashes (str, None, objects) have no fixed order in CPython, so
 * such sets keep insertion order. Deletions are not replayed: a set that lost members is laid
 * out as if built from the survivors, which can differ from CPython's table with its dummies.
 */
import { pyHash } from './hash.ts';
import { keyOf } from './ops.ts';
import { PyFloat, PySet, PyTuple, type Value } from './values.ts';

const LINEAR_PROBES = 9;
const MIN_SIZE = 8;

function hasFixedHash(v: Value): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  return v instanceof PyTuple && v.items.every(hasFixedHash);
}

/**
 * Places `item` in the first free slot of its probe sequence (set_insert_clean). `hash` is
 * the unsigned 64-bit hash: a number when it is a safe integer (the common case, and
 * arithmetic without BigInt), else a bigint.
 */
function insert(table: Int32Array, mask: number, hash: number | bigint, item: number): void {
  if (typeof hash === 'bigint') return insertBig(table, mask, hash, item);
  let perturb = hash;
  let i = hash % (mask + 1);
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      if (table[i + j] < 0) {
        table[i + j] = item;
        return;
      }
    }
    perturb = Math.floor(perturb / 32);
    // All terms stay below 2**53, so % of a power of two equals C's & mask.
    i = (i * 5 + 1 + perturb) % (mask + 1);
  }
}

function insertBig(table: Int32Array, mask: number, hash: bigint, item: number): void {
  let perturb = hash;
  let i = Number(hash & BigInt(mask));
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      if (table[i + j] < 0) {
        table[i + j] = item;
        return;
      }
    }
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

interface Layout {
  /** Item indices in slot order. */
  readonly order: number[];
  readonly mask: number;
}

function readSlots(table: Int32Array): number[] {
  const out: number[] = [];
  for (const idx of table) if (idx >= 0) out.push(idx);
  return out;
}

/** Adds items one by one (`sequence` of indices into `hashes`) to an empty set, as set.add does. */
function addAll(hashes: readonly (number | bigint)[], sequence: readonly number[]): Layout {
  let mask = MIN_SIZE - 1;
  let table = new Int32Array(MIN_SIZE).fill(-1);
  let fill = 0;
  for (const k of sequence) {
    insert(table, mask, hashes[k], k);
    fill++;
    if (fill * 5 >= mask * 3) {
      let size = MIN_SIZE;
      const minUsed = fill > 50000 ? fill * 2 : fill * 4;
      while (size <= minUsed) size <<= 1;
      const old = table;
      table = new Int32Array(size).fill(-1);
      mask = size - 1;
      for (const idx of old) if (idx >= 0) insert(table, mask, hashes[idx], idx);
    }
  }
  return { order: readSlots(table), mask };
}

/** set_merge of a set with this layout into an empty set (what `set(other)` and SET_UPDATE do). */
function mergeIntoEmpty(hashes: readonly (number | bigint)[], from: Layout): Layout {
  const n = from.order.length;
  let size = MIN_SIZE;
  // One resize up front to twice the incoming count, when it would pass 60% of 8 slots.
  if (n * 5 >= (MIN_SIZE - 1) * 3) while (size <= n * 2) size <<= 1;
  if (size - 1 === from.mask) return from;
  const table = new Int32Array(size).fill(-1);
  for (const idx of from.order) insert(table, size - 1, hashes[idx], idx);
  return { order: readSlots(table), mask: size - 1 };
}

/** Sets whose exact CPython layout is known (built from constants), keyed to their members then. */
const knownLayouts = new WeakMap<PySet, { keys: unknown[]; order: Value[] }>();

function hashesOf(items: readonly Value[]): (number | bigint)[] {
  return items.map((x) => {
    if (typeof x === 'number' && x >= 0) return x;
    const h = BigInt.asUintN(64, pyHash(x));
    return h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
  });
}

/**
 * A set display of constants, `{3, 1, 2}`: CPython folds it at compile time into a frozenset
 * (built once from the items, then rebuilt from that frozenset's order when constants are
 * merged) and copies that into a new set at run time. The result's members are in CPython's
 * iteration order.
 */
export function setFromConstants(values: readonly Value[]): PySet {
  const s = new PySet();
  const items: Value[] = [];
  for (const v of values) {
    const k = keyOf(v);
    if (!s.map.has(k)) {
      s.map.set(k, v);
      items.push(v);
    }
  }
  if (values.length <= 2 || items.length < 2 || !items.every(hasFixedHash)) return s;
  const hashes = hashesOf(items);
  const first = addAll(hashes, items.map((_, i) => i));
  const rebuilt = addAll(hashes, first.order);
  const order = mergeIntoEmpty(hashes, rebuilt).order.map((i) => items[i]);
  knownLayouts.set(s, { keys: [...s.map.keys()], order });
  return s;
}

function unchangedSince(s: PySet, keys: readonly unknown[]): boolean {
  if (s.map.size !== keys.length) return false;
  let i = 0;
  for (const k of s.map.keys()) if (k !== keys[i++]) return false;
  return true;
}

/** The set's members in CPython's iteration order. */
export function setOrder(s: PySet): Value[] {
  const known = knownLayouts.get(s);
  if (known !== undefined) {
    if (unchangedSince(s, known.keys)) return known.order;
    knownLayouts.delete(s);
  }
  const items = [...s.map.values()];
  if (items.length < 2 || !items.every(hasFixedHash)) return items;
  return addAll(hashesOf(items), items.map((_, i) => i)).order.map((i) => items[i]);
}
