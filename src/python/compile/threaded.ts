/**
 * Python code on a worker thread (asyncio.to_thread, loop.run_in_executor). A plain function
 * compiles once more, lazily, in a form where every call can suspend: a `time.sleep` reached
 * through it suspends the worker's lane (and only that) instead of moving the loop's clock.
 * Calls into code this form does not reach (a builtin's callback, a class body, a lambda)
 * run as usual, and a time.sleep there in a worker is refused by name.
 */
import type * as A from '../syntax/ast.ts';
import type { Yielded } from './frame.ts';
import type { LaneBody } from '../../engine/worker-lanes.ts';
import { BoundMethod, NO_CALL_SITE, PyBuiltin, PyInstance, PyModule, type CallSite, type NativeFn, type Value } from '../runtime/values.ts';
import { Compiler, run, type CE } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { planArgs, siteOf } from './call-expr.ts';
import { bindArgs, PyFunction, RETURN, type CodeInfo, type Frame } from './frame.ts';
import { callValue, getattr, lookupClass } from './objects.ts';
import { moduleAttr } from './imports.ts';
import { addTracebackFrame } from './traceback.ts';
import type { Scope } from '../syntax/resolve/scope.ts';
import { compileBlock, type CS } from './stmt.ts';

export type LaneFn = (args: Value[], kwargs: Map<string, Value> | null, site: CallSite) => Generator<Yielded, Value, unknown>;

/** A builtin that blocks its thread (time.sleep): in a worker it suspends the lane instead. */
export class LaneAwareBuiltin extends PyBuiltin {
  constructor(
    name: string,
    fn: NativeFn,
    readonly inLane: LaneFn,
  ) {
    super(name, fn);
  }
}

/** Objects whose methods block a thread (future.result()): in a worker they suspend the lane. */
export interface LaneMethods {
  laneMethod(name: string): LaneFn | undefined;
}

function laneMethodOf(obj: Value, name: string): LaneFn | undefined {
  return typeof obj === 'object' && obj !== null && typeof (obj as LaneMethods).laneMethod === 'function' ? (obj as LaneMethods).laneMethod(name) : undefined;
}

/** The worker-thread form of a def's body, compiled on first use (null: it could not be). */
export function lazyThreadedBody(c: Compiler, body: readonly A.Stmt[], scope: Scope, qualPrefix: string): () => CS | null {
  const table = c.table;
  const filename = c.filename;
  const realm = c.realm;
  const mangle = c.mangleClass;
  let made: CS | null | undefined;
  return () => {
    if (made !== undefined) return made;
    // A generator function called in a worker makes a generator, as anywhere: no threaded form.
    if (body.some(hasYield)) return (made = null);
    const tc = new Compiler(table, filename, realm);
    tc.threaded = true;
    tc.mangleClass = mangle;
    try {
      made = tc.withScope(scope, qualPrefix, () => compileBlock(tc, body));
    } catch {
      // Something this form does not cover (await in a class body...): run the usual way.
      made = null;
    }
    return made;
  };
}

/** Compile `e` the usual way even inside a threaded body (the fallback a statement may need). */
export function plainly<T>(c: Compiler, f: () => T): T {
  const saved = c.threaded;
  c.threaded = false;
  try {
    return f();
  } finally {
    c.threaded = saved;
  }
}

/** A call in a threaded body: the usual closure for places that need one, and one that can suspend. */
export function threadedCall(c: Compiler, e: A.Call, usual: () => CE): CE {
  const sync = plainly(c, usual);
  const plan = planArgs(c, e.args, e.keywords);
  const site = siteOf(c, e, plan, e.keywords);
  const method = e.func.kind === 'Attribute' ? c.attrName(e.func.attr) : null;
  const target = compileExpr(c, e.func.kind === 'Attribute' ? e.func.value : e.func);
  const kids = plan.kids;
  const line = e.span.line;
  const g = function* (f: Frame): Generator<Yielded, Value, unknown> {
    const t = yield* run(target, f);
    const inLane = method === null ? undefined : laneMethodOf(t, method);
    const callee = method === null ? t : inLane !== undefined ? null : t instanceof PyModule ? moduleAttr(t, method, line, getattr) : getattr(t, method);
    const vals: Value[] = [];
    for (const k of kids) vals.push(yield* run(k, f));
    const readers = vals.map((v) => () => v);
    const [args, kw] = plan.collect(readers, f, () => callee);
    if (inLane !== undefined) return yield* inLane(args, kw, site(f));
    return yield* callInLane(callee, args, kw, site(f));
  };
  return { s: sync.s, g };
}

/** Call `callee` from a worker's code: Python functions run in their threaded form. */
/**
 * A job's body as its lane runs it. A Python `yield` never reaches the lane (a generator the job
 * runs is driven by its own generator object), so only the lane's own sleeps come out.
 */
export function laneBody(callee: Value, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): LaneBody {
  return callInLane(callee, args, kwargs, site) as LaneBody;
}

export function* callInLane(callee: Value, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Generator<Yielded, Value, unknown> {
  if (callee instanceof LaneAwareBuiltin) return yield* callee.inLane(args, kwargs, site);
  if (callee instanceof PyFunction && !callee.code.isAsync) return yield* callThreaded(callee, args, kwargs, site);
  if (callee instanceof BoundMethod && callee.fn instanceof PyFunction && !callee.fn.code.isAsync) {
    const lits = site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site;
    return yield* callThreaded(callee.fn, [callee.self, ...args], kwargs, lits);
  }
  if (callee instanceof PyInstance) {
    // An instance with __call__ (a callable object handed to to_thread).
    const call = lookupClass(callee.cls, '__call__');
    if (call instanceof PyFunction && !call.code.isAsync) return yield* callThreaded(call, [callee, ...args], kwargs, NO_CALL_SITE);
  }
  return callValue(callee, args, kwargs, site);
}

/**
 * A user class's dunder (`__enter__`, `__exit__`) called from a worker's code: its threaded
 * form when it is a plain Python method, else `usual()` (which also makes the usual checks).
 */
export function* dunderInLane(obj: Value, name: string, args: Value[], usual: () => Value): Generator<Yielded, Value, unknown> {
  if (obj instanceof PyInstance && !obj.dict.has(name)) {
    const m = lookupClass(obj.cls, name);
    if (m instanceof PyFunction && !m.code.isAsync) return yield* callThreaded(m, [obj, ...args], null, NO_CALL_SITE);
  }
  return usual();
}

/** A plain function called on a worker thread. */
export function* callThreaded(fn: PyFunction, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Generator<Yielded, Value, unknown> {
  const body = threadedBodyOf(fn.code);
  if (body === null) return callValue(fn, args, kwargs, site);
  const frame = bindArgs(fn, args, kwargs, site.argLiterals);
  try {
    let r = body.g !== null ? body.g(frame) : body.s!(frame);
    if (typeof r !== 'number') r = yield* r;
    return r === RETURN ? frame.ret : null;
  } catch (e) {
    throw addTracebackFrame(e, frame);
  }
}

function threadedBodyOf(code: CodeInfo): CS | null {
  return code.expr !== null || code.threaded === undefined ? null : code.threaded();
}

/** Whether `node` holds a `yield` of its own function (nested functions and classes have theirs). */
function hasYield(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasYield);
  const kind = (node as { kind?: unknown }).kind;
  if (kind === 'Yield' || kind === 'YieldFrom') return true;
  if (kind === 'FunctionDef' || kind === 'AsyncFunctionDef' || kind === 'Lambda' || kind === 'ClassDef') return false;
  for (const [k, v] of Object.entries(node)) if (k !== 'span' && typeof v === 'object' && hasYield(v)) return true;
  return false;
}
