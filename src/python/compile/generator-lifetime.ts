/**
 * When generators die: CPython closes a generator when it frees it. Without reference counts
 * this happens where the moment is certain: a local that owns its generator (see
 * owned-generators.ts) when the function returns or the local is rebound, and the globals at
 * exit, cleared in CPython's order.
 */
import { PyException } from '../../engine/exceptions.ts';
import { Cell, PyDict, PyInstance, PyList, PyTuple, type Value } from '../runtime/values.ts';
import { PyAsyncGen } from './async-generator.ts';
import type { Frame } from './frame.ts';
import { PyGen } from './generator.ts';
import { frameOfEntry } from './traceback.ts';
import { currentRealm } from '../runtime/realm.ts';

// The realm's lastGenerator is the generator a call or generator expression made last: a local
// assigned straight from that call holds the only reference to it (see owned-generators.ts).

/** A local that owns generators was assigned `v` (after the old value `old` was replaced). */
export function ownedStore(frame: Frame, old: Value, v: Value): void {
  if (v !== old && (v instanceof PyGen || v instanceof PyAsyncGen) && v === currentRealm.lastGenerator && v.owner === null) v.owner = frame;
  if (old !== v) release(old, frame);
}

/**
 * A call's arguments that are generators just made by the argument's own expression
 * (`take(ticker(), 3)`): the callee's frame gets the only reference. They stay in
 * currentRealm.generatorsHandedOver only while that call runs.
 */
export function handOver(args: readonly Value[], fresh: readonly boolean[]): object[] | null {
  let out: object[] | null = null;
  for (let i = 0; i < fresh.length; i++) {
    const v = args[i];
    if (fresh[i] && (v instanceof PyGen || v instanceof PyAsyncGen) && v.owner === null) (out ??= []).push(v);
  }
  if (out !== null) for (const g of out) currentRealm.generatorsHandedOver.add(g);
  return out;
}

/** The call ended: what its callee did not adopt stays unowned. */
export function handOverEnded(gens: readonly object[]): void {
  for (const g of gens) currentRealm.generatorsHandedOver.delete(g);
}

/** A new frame adopts the handed-over generators its owning parameters were bound to. */
export function adoptArguments(frame: Frame): void {
  for (const slot of frame.code.ownedSlots) {
    const v = frame.vars[slot];
    if ((v instanceof PyGen || v instanceof PyAsyncGen) && v.owner === null && currentRealm.generatorsHandedOver.has(v)) {
      currentRealm.generatorsHandedOver.delete(v);
      v.owner = frame;
    }
  }
}

/** `del g` on a local that owns its generator: the generator is freed, so finalized. */
export function ownedDelete(frame: Frame, old: Value): void {
  release(old, frame);
}

/** The function returned: the generators its owning locals hold are freed, so finalized. */
export function releaseOwned(frame: Frame): void {
  for (const slot of frame.code.ownedSlots) {
    const v = frame.vars[slot];
    frame.vars[slot] = undefined;
    release(v, frame);
  }
}

function release(v: Value, frame: Frame): void {
  if (!(v instanceof PyGen || v instanceof PyAsyncGen) || v.owner !== frame) return;
  v.owner = null;
  finalize(v);
}

/** `next(gen())`: the generator was only the argument, so it is freed when next() returns. */
export function releaseArgument(v: Value): void {
  if (v instanceof PyGen && v.owner === null) finalize(v);
}

function finalize(v: PyGen | PyAsyncGen): void {
  if (v instanceof PyAsyncGen) {
    v.drop();
    return;
  }
  if (v.state !== 'suspended') return;
  try {
    v.close();
  } catch (e) {
    // CPython reports an error from a finalizer as "Exception ignored in: ..." and goes on.
    if (!(e instanceof PyException)) throw e;
  }
}

/**
 * At exit the program's namespace is garbage (its functions and it refer to each other), and
 * CPython's collector finalizes every generator still alive in it in the order they were made:
 * a paused one is closed then, and its finally blocks print. Those that the globals reach
 * (directly, or through lists, tuples, dicts, objects' attributes, paused generators' locals
 * and kept exceptions' frames) are alive; an exception
 * from a close is "ignored" and only reported.
 */
export function closeGlobalGenerators(globals: ReadonlyMap<string, Value>, ignored: (gen: PyGen, e: PyException) => void): void {
  const seen = new Set<object>();
  const found: PyGen[] = [];
  const visit = (v: Value, depth: number): void => {
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > 4) return;
    seen.add(v);
    if (v instanceof PyGen) {
      if (v.state !== 'suspended') return;
      found.push(v);
      // What its paused frame holds is alive too.
      if (v.frame !== null) for (const x of v.frame.vars) visit(x instanceof Cell ? x.v : x, depth + 1);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      for (const x of v.items) visit(x, depth + 1);
    } else if (v instanceof PyDict) {
      for (const e of v.map.values()) visit(e.v, depth + 1);
    } else if (v instanceof PyInstance) {
      for (const x of v.dict.values()) visit(x, depth + 1);
    } else if (v instanceof PyException) {
      // A kept exception keeps its traceback's frames, and so their locals.
      for (const entry of v.traceback) {
        const fr = frameOfEntry(entry);
        if (fr !== undefined) for (const x of fr.vars) visit(x instanceof Cell ? x.v : x, depth + 1);
      }
    }
  };
  for (const v of globals.values()) visit(v, 0);
  found.sort((a, b) => a.serial - b.serial);
  for (const g of found) {
    if (g.state !== 'suspended') continue;
    try {
      g.close();
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      ignored(g, e);
    }
  }
}

/**
 * A handler finished with an exception it let go: the frames its traceback held are freed, and
 * with them the generators their locals owned. Only plain functions' frames: a coroutine's or a
 * generator's may still be held by a task or a generator object.
 */
export function releaseTraceback(exc: PyException, current: Frame): void {
  const frames: Frame[] = [];
  for (const entry of exc.traceback) {
    const fr = frameOfEntry(entry);
    if (fr === undefined || fr === current) continue;
    if (fr.code.isAsync || fr.code.isGenerator) return;
    if (fr.code.ownedSlots.length > 0) frames.push(fr);
  }
  // The traceback is freed from its outermost frame inwards.
  for (let i = frames.length - 1; i >= 0; i--) releaseOwned(frames[i]!);
}
