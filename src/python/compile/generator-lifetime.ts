/**
 * When generators die: CPython closes a generator when it frees it. Without reference counts
 * this happens where the moment is certain: a local that owns its generator (see
 * owned-generators.ts) when the function returns or the local is rebound, and the globals at
 * exit, cleared in CPython's order.
 */
import { PyException } from '../../engine/exceptions.ts';
import type { Value } from '../runtime/values.ts';
import { PyAsyncGen } from './async-generator.ts';
import type { Frame } from './frame.ts';
import { PyGen } from './generator.ts';
import { frameOfEntry } from './traceback.ts';

/**
 * The generator a call or generator expression made last: a local assigned straight from that
 * call holds the only reference to it (see owned-generators.ts). Reset by each run.
 */
export const lastGenerator: { v: object | null } = { v: null };

/** A local that owns generators was assigned `v` (after the old value `old` was replaced). */
export function ownedStore(frame: Frame, old: Value, v: Value): void {
  if (v !== old && (v instanceof PyGen || v instanceof PyAsyncGen) && v === lastGenerator.v && v.owner === null) v.owner = frame;
  if (old !== v) release(old, frame);
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
 * At exit CPython clears the module's globals (names starting with one underscore first, then
 * the rest, in definition order), and a generator that only a global held is closed then: its
 * finally blocks run and print. An exception from that close is "ignored" and only reported.
 */
export function closeGlobalGenerators(globals: ReadonlyMap<string, Value>, ignored: (gen: PyGen, e: PyException) => void): void {
  const names = [...globals.keys()];
  const first = names.filter((n) => n.startsWith('_') && !n.startsWith('__'));
  const rest = names.filter((n) => !(n.startsWith('_') && !n.startsWith('__')));
  for (const n of [...first, ...rest]) {
    const v = globals.get(n);
    if (!(v instanceof PyGen) || v.state !== 'suspended') continue;
    try {
      v.close();
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      ignored(v, e);
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
