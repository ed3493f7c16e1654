/** repr() and str() of every value, byte-exact with CPython where a program can see it. */
import { OSError, PyException, isSubclass, type ExcClass } from '../../engine/exceptions.ts';
import { Future } from '../../engine/future.ts';
import { doneCallbackText, Task } from '../../engine/task.ts';
import { typeError } from './errors.ts';
import { NativeType, PyNative } from './native.ts';
import { nativeSubclass } from './subclass-hooks.ts';
import { tupleMembers } from './group-members.ts';
import { builtinTypeOf } from './types/type-of.ts';
import { interp } from './hooks.ts';
import { builtinExcClasses, typeName } from './types.ts';
import {
  BoundMethod,
  PyBuiltin,
  PyClass,
  PyCoroutine,
  PyInstance,
  PyModule,
  PyTuple,
  PyType,
  type Value,
} from './values.ts';
import { currentRealm } from './realm.ts';

/**
 * repr() and str() of engine objects whose CPython text is more than `<X object at 0x...>`
 * (Queue, TaskGroup, Timeout): the asyncio module registers them by constructor.
 */
export interface EngineText {
  readonly repr: (self: never) => string;
  readonly str?: (self: never) => string;
}
const engineTexts = new Map<unknown, EngineText>();
export function registerEngineText(ctor: abstract new (...args: never[]) => unknown, text: EngineText): void {
  engineTexts.set(ctor, text);
}
function engineTextOf(v: object): EngineText | undefined {
  for (let proto = Object.getPrototypeOf(v); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const t = engineTexts.get(proto.constructor);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Objects in the middle of being printed, so `a.append(a)` prints `[[...]]` instead of looping. */
const active = new Set<unknown>();

/**
 * A stable fake address per object: real CPython prints memory addresses, which never repeat.
 * Each realm numbers its objects from the same start, so a second run prints what the first did.
 */
export function fakeAddress(o: object): string {
  const realm = currentRealm;
  let a = realm.addresses.get(o);
  if (a === undefined) {
    a = '0x' + realm.nextAddress.toString(16);
    realm.nextAddress += 0x30;
    realm.addresses.set(o, a);
  }
  return a;
}

function userDunder(v: PyInstance | PyException, name: string): Value | undefined {
  const cls = v instanceof PyInstance ? v.cls : v.cls instanceof PyClass ? v.cls : null;
  if (cls === null) return undefined;
  for (const c of cls.mro) if (c instanceof PyClass && c.dict.has(name)) return c.dict.get(name);
  return undefined;
}

function callDunderStr(v: PyInstance | PyException, name: string): string | undefined {
  const m = userDunder(v, name);
  if (m === undefined) return undefined;
  const r = interp.call(m, [v]);
  if (typeof r !== 'string') typeError(`${name} returned non-string (type ${typeName(r)})`);
  return r as string;
}

/** Where CPython defines asyncio's (and random's) classes: `type(task)` is `<class '_asyncio.Task'>`. */
const ASYNCIO_TYPE_MODULES = new Map<string, string>([
  ['Task', '_asyncio'],
  ['Future', '_asyncio'],
  ['_GatheringFuture', 'asyncio.tasks'],
  ['Queue', 'asyncio.queues'],
  ['LifoQueue', 'asyncio.queues'],
  ['PriorityQueue', 'asyncio.queues'],
  ['Lock', 'asyncio.locks'],
  ['Event', 'asyncio.locks'],
  ['Condition', 'asyncio.locks'],
  ['Semaphore', 'asyncio.locks'],
  ['BoundedSemaphore', 'asyncio.locks'],
  ['Barrier', 'asyncio.locks'],
  ['TaskGroup', 'asyncio.taskgroups'],
  ['Timeout', 'asyncio.timeouts'],
  ['Handle', 'asyncio.events'],
  ['TimerHandle', 'asyncio.events'],
  ['Random', 'random'],
  ['SystemRandom', 'random'],
]);

export function repr(v: Value): string {
  const type = builtinTypeOf(v);
  // Primitives (the common case) skip the subclass check: only objects can be a Counter or a namedtuple.
  const sub = typeof v === 'object' ? nativeSubclass(v) : null;
  if (sub !== null) return sub.pyRepr();
  if (type?.repr !== undefined) return type.repr(v);
  if (v instanceof PyNative) return v.pyRepr();
  if (v instanceof PyInstance) {
    const s = callDunderStr(v, '__repr__');
    return s ?? `<${v.cls.module}.${v.cls.dict.get('__qualname__') ?? v.cls.name} object at ${fakeAddress(v)}>`;
  }
  if (v instanceof PyException) {
    const s = callDunderStr(v, '__repr__');
    if (s !== undefined) return s;
    const args = v.args;
    return `${v.cls.name}(${args.length === 1 ? repr(args[0]) : args.map(repr).join(', ')})`;
  }
  if (v instanceof PyClass) return v.meta?.repr?.(v) ?? (v.module === 'builtins' ? `<class '${v.name}'>` : `<class '${v.module}.${v.dict.get('__qualname__') ?? v.name}'>`);
  if (v instanceof NativeType) return v.module === 'builtins' ? `<class '${v.name}'>` : `<class '${v.module}.${v.name}'>`;
  if (v instanceof PyType) {
    const module = ASYNCIO_TYPE_MODULES.get(v.name);
    return `<class '${module === undefined ? '' : module + '.'}${v.name}'>`;
  }
  if (builtinExcClasses.has(v as ExcClass)) {
    const c = v as ExcClass;
    return `<class '${c.module === 'builtins' ? '' : c.module + '.'}${c.name}'>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyBuiltin) {
    return v.self === undefined ? `<built-in function ${v.name}>` : `<built-in method ${v.name} of ${typeName(v.self)} object at ${fakeAddress(v.self as object)}>`;
  }
  if (v instanceof BoundMethod) return `<bound method ${functionName(v.fn)} of ${repr(v.self)}>`;
  if (v instanceof PyCoroutine) return `<coroutine object ${v.qualName ?? v.coroName} at ${fakeAddress(v)}>`;
  if (v instanceof Future) {
    // A task whose result is itself would print forever; CPython's reprlib guard prints '...'.
    if (active.has(v)) return '...';
    active.add(v);
    try {
      return v instanceof Task ? taskRepr(v) : futureRepr(v);
    } finally {
      active.delete(v);
    }
  }
  if (typeof v === 'object' && v !== null && 'pyName' in v) {
    return `<function ${(v as unknown as { qualName: string }).qualName} at ${fakeAddress(v)}>`;
  }
  if (typeof v === 'object' && v !== null) {
    const text = engineTextOf(v);
    if (text !== undefined) return text.repr(v as never);
  }
  // An exception group's sub-exceptions are an engine array: shown as the sequence it was made from.
  if (Array.isArray(v)) return tupleMembers.has(v) ? seqRepr('(', v as Value[], v.length === 1 ? ',)' : ')', v) : seqRepr('[', v as Value[], ']', v);
  if (typeof v === 'object' && v !== null) return `<${typeName(v)} object at ${fakeAddress(v)}>`;
  return String(v);
}

function functionName(fn: Value): string {
  if (typeof fn === 'object' && fn !== null && 'qualName' in fn) return (fn as { qualName: string }).qualName;
  return '?';
}

/** The repr of a container: `nested` when it is already being printed further out. */
export function containerRepr(self: object, nested: string, text: () => string): string {
  if (active.has(self)) return nested;
  active.add(self);
  try {
    return text();
  } finally {
    active.delete(self);
  }
}

/** `[1, 2]`, `(1,)`, `{1, 2}`: the items' reprs between `open` and `close`. */
export function seqRepr(open: string, items: readonly Value[], close: string, self: object): string {
  return containerRepr(self, `${open}...${close.slice(-1)}`, () => {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    return s + close;
  });
}

function stateWord(f: Future<unknown>): string {
  return f.cancelled() ? 'cancelled' : f.done() ? 'finished' : 'pending';
}

function futureRepr(f: Future<unknown>): string {
  let extra = '';
  if (f.done() && !f.cancelled()) {
    const exc = f.peekException();
    extra = exc !== null ? ` exception=${repr(exc)}` : ` result=${repr(f.peekResult())}`;
  }
  return `<${typeName(f)} ${stateWord(f)}${extra}${callbacksText(f)}>`;
}

/** format_helpers' `cb=[...]`: up to two callbacks by name, more as `first, <n more>, last`. */
function callbacksText(f: Future<unknown>): string {
  // Only callbacks Python can name: the engine's own bookkeeping (all_tasks, run) has no text.
  const cbs = f.doneCallbacks().filter((cb) => doneCallbackText(cb) !== undefined);
  if (cbs.length === 0) return '';
  const text = (cb: (typeof cbs)[number]): string => doneCallbackText(cb)!;
  const shown = cbs.length <= 2 ? cbs.map(text) : [text(cbs[0]!), `<${cbs.length - 2} more>`, text(cbs[cbs.length - 1]!)];
  return ` cb=[${shown.join(', ')}]`;
}

/** base_tasks._task_repr_info: state, name, coroutine, what it waits for, outcome, callbacks. */
function taskRepr(t: Task<unknown>): string {
  const state = t.cancelling() > 0 && !t.done() ? 'cancelling' : stateWord(t);
  let s = `<Task ${state} name=${repr(t.name)}`;
  const coro = coroText(t);
  if (coro !== '') s += ` coro=<${coro}>`;
  if (t.futWaiter !== null && !t.done()) s += ` wait_for=${repr(t.futWaiter)}`;
  if (t.done() && !t.cancelled()) {
    const exc = t.peekException();
    s += exc !== null ? ` exception=${repr(exc)}` : ` result=${repr(t.peekResult())}`;
  }
  return `${s}${callbacksText(t)}>`;
}

/** coroutines._format_coroutine: `main.<locals>.work() running at prog.py:7`, or `done, defined at`. */
function coroText(t: Task<unknown>): string {
  const c = t.getCoro();
  const frame = c instanceof PyCoroutine ? c.frame : null;
  if (frame !== null) {
    const code = frame.code;
    const qual = (c as PyCoroutine).qualName ?? code.qualName;
    if (t.done() || (c as PyCoroutine).finalized) return `${qual}() done, defined at ${code.filename}:${code.line}`;
    return `${qual}() running at ${code.filename}:${frame.line === 0 ? code.line : frame.line}`;
  }
  // asyncio's own coroutines: CPython names a file of its library here.
  return t.coroName ? `${t.coroName}() ${t.done() ? 'done' : 'running'}` : '';
}

export function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance) {
    const s = callDunderStr(v, '__str__');
    return s ?? repr(v);
  }
  if (v instanceof PyException) return excStr(v);
  const sub = nativeSubclass(v);
  if (sub?.pyStr !== undefined) return sub.pyStr();
  if (v instanceof PyNative && v.pyStr !== undefined) return v.pyStr();
  if (typeof v === 'object' && v !== null) {
    const text = engineTextOf(v);
    if (text?.str !== undefined) return text.str(v as never);
  }
  return repr(v);
}

/** str(exception): the message; a KeyError shows its key's repr. */
export function excStr(e: PyException): string {
  const s = callDunderStr(e, '__str__');
  if (s !== undefined) return s;
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 2 && Array.isArray(args[1])) {
    // An exception group: its message and how many exceptions it holds.
    const n = args[1].length;
    return `${str(args[0])} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  if (args.length === 1) {
    if (isKeyError(e.cls)) return repr(args[0]);
    return str(args[0]);
  }
  if (args.length === 2 && isSubclass(e.cls, OSError)) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]) reads "[Errno 2] msg: 'f'".
    const head = `[Errno ${str(args[0])}] ${str(args[1])}`;
    const f1 = e.attrs?.get('filename') ?? null;
    const f2 = e.attrs?.get('filename2') ?? null;
    if (f1 !== null && f2 !== null) return `${head}: ${repr(f1 as Value)} -> ${repr(f2 as Value)}`;
    if (f1 !== null) return `${head}: ${repr(f1 as Value)}`;
    return head;
  }
  return repr(new PyTuple(args));
}

function isKeyError(c: ExcClass): boolean {
  if (c.name === 'KeyError' && c.module === 'builtins' && builtinExcClasses.has(c)) return true;
  return c.bases.some(isKeyError);
}
