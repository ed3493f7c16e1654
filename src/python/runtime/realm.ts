/**
 * The interpreter's per-run state, held by one object made for each run: its builtins, its
 * modules, its budget, its seed, the warnings it has shown and the counters behind fake
 * addresses, ids and creation order. Nothing of a run lives in module-level variables, so two
 * runs in one process (even one started inside another) cannot see each other's state and
 * nothing has to be reset by hand between them.
 *
 * The compiler captures the realm it compiles for, so compiled code reaches builtins and the
 * budget without a lookup; runtime code that has no compiled code to hand it reads
 * `currentRealm`, which `inRealm` sets for the duration of a run.
 */
import type { SourceSpan } from '../../trace/format.ts';
import type { PyModule, Value } from './values.ts';
import type { RunningFrame } from './running-frame.ts';
import { UnstartedCoroutines } from './unstarted-coroutines.ts';
import type { PyException } from '../../engine/exceptions.ts';
import type { AsyncGenHooks } from '../compile/async-generator.ts';
import { WarningFilters } from './warning-filters.ts';

/** What a realm is made from: the parts run.ts builds for one run. */
export interface RealmParts {
  /** The seed `random` starts from unless the program seeds it itself. */
  readonly seed: number;
  /** One budget step; compiled loops call it on every iteration (a hot path: keep it direct). */
  readonly tick: () => void;
  /** The program's file name and lines, for what the run reports about them (warnings). */
  readonly filename?: string;
  readonly sourceLines?: readonly string[];
}

const FIRST_ADDRESS = 0x7f3a1c000000;
const FIRST_SMALL_ID = 0x7f3a2c000000 / 16;

export class Realm {
  readonly seed: number;
  readonly filename: string;
  readonly sourceLines: readonly string[];
  /** Whether the program drew from the run's seed (only then does the seed matter). */
  seedUsed = false;
  /** The builtins module's names: global lookups fall back to them. */
  readonly builtins = new Map<string, Value>();
  /** The run's modules, made on first import (set once run.ts has the run's module context). */
  modules: (name: string) => PyModule = () => {
    throw new Error('internal: this realm has no modules yet');
  };
  /** The run budget as compiled code sees it: `budget.tick()` in every loop iteration. */
  readonly budget: { readonly tick: () => void };
  /** The async generator hooks in force (set for the run's loop, as asyncio's run_forever does). */
  asyncgenHooks: AsyncGenHooks | null = null;
  /** Where an exception a future's done callback raised is reported ("Exception in callback"). */
  reportCallbackError: (e: PyException) => void = () => {};

  /** The warnings filters and what they have shown (warnings.warn and the run's own warnings). */
  readonly warnings = new WarningFilters();
  /** Fake memory addresses repr() prints, handed out in creation order from a fixed start. */
  readonly addresses = new WeakMap<object, string>();
  nextAddress = FIRST_ADDRESS;
  /** id() of ints and strs: a stable number per value. */
  readonly smallIds = new Map<unknown, number>();
  nextSmallId = FIRST_SMALL_ID;
  /** Hash keys for objects inside tuples (ops.ts), and instances keyed by their __hash__. */
  readonly objectIds = new WeakMap<object, number>();
  nextObjectId = 1;
  readonly instancesByHash = new Map<bigint, object[]>();
  /** Creation order of generators (what CPython's collector finalizes them by at exit). */
  generatorSerial = 0;
  /** How deep the Python call stack is (for RecursionError before the JS stack gives out). */
  callDepth = 0;
  /** Coroutines made but never started: "never awaited" if freed so. */
  readonly unstartedCoroutines = new UnstartedCoroutines();
  /** Literal provenance of module-level names (compile/literals.ts). */
  readonly globalLits = new Map<string, SourceSpan>();
  /** The generator a call made last, and those handed over from a local (generator-lifetime.ts). */
  lastGenerator: object | null = null;
  readonly generatorsHandedOver = new WeakSet<object>();
  /** atexit.register's functions, called last first when the program ends. */
  readonly exitFunctions: { readonly fn: Value; readonly args: readonly Value[]; readonly kwargs: Map<string, Value> | null }[] = [];
  /** The Python frame running now (what sys.exc_info() and tracebacks start from). */
  runningFrame: RunningFrame | null = null;

  constructor(parts: RealmParts) {
    this.seed = parts.seed;
    this.budget = { tick: parts.tick };
    this.filename = parts.filename ?? 'main.py';
    this.sourceLines = parts.sourceLines ?? [];
  }
}

/** The realm of the run in progress: for runtime code that compiled code cannot hand one. */
export let currentRealm: Realm = new Realm({ seed: 0, tick: () => {} });

/** Run `f` with `realm` as the current realm, then restore the one before (runs may nest). */
export function inRealm<T>(realm: Realm, f: () => T): T {
  const outer = currentRealm;
  currentRealm = realm;
  try {
    return f();
  } finally {
    currentRealm = outer;
  }
}
