/**
 * Attribute access and calls: the object protocol of the subset (instances, classes,
 * exceptions, modules, builtin types' methods and the engine's asyncio objects).
 */
import * as E from '../../engine/exceptions.ts';
import { PyException, type ExcClass } from '../../engine/exceptions.ts';
import type { SourceSpan } from '../../trace/format.ts';
import { attributeError, raise, typeError, Unsupported } from '../runtime/errors.ts';
import * as MT from '../runtime/method-tables.ts';
import { repr } from '../runtime/repr.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { checkModuleAttr } from './imports.ts';
import { objectType, typeAttribute } from '../runtime/builtin-types.ts';
import { numberAttr } from '../runtime/methods-number.ts';
import { PyRange } from '../runtime/iter.ts';
import { PyNative } from '../runtime/native.ts';
import { nativeSubclass, PyMethodBuiltin } from '../runtime/subclass-hooks.ts';
import {
  BoundMethod,
  NO_CALL_SITE,
  PyBuiltin,
  PyClass,
  PyCoroutine,
  PyDict,
  PyFloat,
  PyInstance,
  PyList,
  PyModule,
  PySet,
  PyTuple,
  PyType,
  type CallSite,
  type Value,
} from '../runtime/values.ts';
import { bindArgs, PyFunction, RETURN } from './frame.ts';
import { abstractMethodsOf, linearize } from './class.ts';
import { newExceptionGroup } from '../runtime/exception-group.ts';
import { addTracebackFrame, callDepth } from './traceback.ts';

/** Methods and properties of engine objects (Task, Lock, Queue...), registered by the asyncio module. */
export interface ObjectBinding {
  readonly methods: ReadonlyMap<string, MT.Method>;
  readonly props?: ReadonlyMap<string, (self: never) => Value>;
}
const bindings = new Map<unknown, ObjectBinding>();
export function registerBinding(ctor: abstract new (...args: never[]) => unknown, b: ObjectBinding): void {
  bindings.set(ctor, b);
}
function bindingOf(obj: object): ObjectBinding | undefined {
  let proto = Object.getPrototypeOf(obj);
  while (proto !== null) {
    const b = bindings.get(proto.constructor);
    if (b !== undefined) return b;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/** The value `super()` gives inside a method: attribute lookup starts after `cls` in the MRO. */
export class PySuper {
  constructor(
    readonly cls: PyClass,
    readonly self: Value,
  ) {}
}

/** How CPython names a callable in argument errors: `__main__.Worker.run()`, `print()`. */
export function functionStr(fn: Value): string {
  if (fn instanceof BoundMethod) return functionStr(fn.fn);
  if (fn instanceof PyFunction) return `__main__.${fn.code.qualName}()`;
  if (fn instanceof PyClass) return `__main__.${fn.dict.get('__qualname__') ?? fn.name}()`;
  if (fn instanceof PyBuiltin || fn instanceof PyType) return `${fn.name}()`;
  return `${typeName(fn)} object`;
}

/** `super(Class, obj)`, the explicit form (the compiler handles a bare `super()` itself). */
export const superBuiltin = new PyBuiltin('super', (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) typeError('super() takes no keyword arguments');
  if (args.length === 0) raise(E.RuntimeError, 'super(): no arguments');
  if (args.length > 2) typeError(`super() expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) throw new Unsupported('`super()` with one argument (an unbound super object) is not supported by Taskline');
  const [cls, obj] = args as [Value, Value];
  const isType = cls instanceof PyClass || cls instanceof PyType || builtinExcClasses.has(cls as ExcClass);
  if (!isType) return typeError(`super() argument 1 must be a type, not ${typeName(cls)}`);
  const objCls = obj instanceof PyInstance ? obj.cls : obj instanceof PyException && obj.cls instanceof PyClass ? obj.cls : null;
  if (objCls === null || !objCls.mro.includes(cls as PyClass)) return typeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls as PyClass, obj);
});

function builtinTableOf(obj: Value): Map<string, MT.Method> | undefined {
  switch (typeof obj) {
    case 'string':
      return MT.strMethods;
    case 'number':
    case 'boolean':
      return MT.intMethods;
  }
  if (obj instanceof PyList) return MT.listMethods;
  if (obj instanceof PyDict) return MT.dictMethods;
  if (obj instanceof PyTuple) return MT.tupleMethods;
  if (obj instanceof PySet) return MT.setMethods;
  if (obj instanceof PyFloat) return MT.floatMethods;
  if (obj instanceof PyRange) return MT.rangeMethods;
  return undefined;
}

export function lookupClass(cls: PyClass, name: string): Value | undefined {
  for (const c of cls.mro) if (c instanceof PyClass && c.dict.has(name)) return c.dict.get(name);
  return undefined;
}

function classOf(v: PyInstance | PyException): PyClass | null {
  if (v instanceof PyInstance) return v.cls;
  return v.cls instanceof PyClass ? v.cls : null;
}

function bindIfFunction(self: Value, v: Value): Value {
  return v instanceof PyFunction || v instanceof PyMethodBuiltin ? new BoundMethod(self, v) : v;
}

export let typeObjectOf: (v: Value) => Value = () => null;
export function setTypeObjectOf(f: (v: Value) => Value): void {
  typeObjectOf = f;
}

export function getattr(obj: Value, name: string): Value {
  const sub = nativeSubclass(obj);
  if (sub !== null) {
    const a = sub.pyAttr(name);
    if (a !== undefined) return a;
  }
  const table = builtinTableOf(obj);
  if (table !== undefined) {
    const m = table.get(name);
    if (m !== undefined) return new PyBuiltin(name, (args, kw) => m(obj as never, args, kw), obj);
    if (name === '__class__') return typeObjectOf(obj);
    const a = numberAttr(obj, name);
    if (a !== undefined) return a;
    return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  if (obj instanceof PyInstance) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    const c = lookupClass(obj.cls, name);
    if (c !== undefined) return bindIfFunction(obj, c);
    if (name === '__class__') return obj.cls;
    if (name === '__dict__') return dictOf(obj.dict);
    return attributeError(`'${obj.cls.name}' object has no attribute '${name}'`);
  }
  if (obj instanceof PyException) return excAttr(obj, name);
  if (obj instanceof PyClass) {
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.dict.get('__qualname__') ?? obj.name;
    // Every class ends its MRO in object, and a class without bases has (object,).
    if (name === '__mro__') return new PyTuple([...obj.mro, objectType]);
    if (name === '__bases__') return new PyTuple(obj.bases.length > 0 ? obj.bases : [objectType]);
    const v = lookupClass(obj, name);
    if (v !== undefined) return v;
    return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    return attributeError(`module '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PySuper) return superAttr(obj, name);
  if (obj instanceof PyFunction) {
    if (name === '__name__') return obj.code.name;
    if (name === '__qualname__') return obj.code.qualName;
    if (name === '__doc__') return obj.code.doc ?? null;
    if (name === '__module__') return '__main__';
    const v = obj.attrs?.get(name);
    if (v !== undefined) return v;
    if (name === '__dict__') return dictOf(obj.attrs ??= new Map());
    return attributeError(`'function' object has no attribute '${name}'`);
  }
  if (obj instanceof PyType || builtinExcClasses.has(obj as ExcClass)) {
    if (name === '__name__' || name === '__qualname__') return (obj as { name: string }).name;
    if (!(obj instanceof PyType)) {
      const exc = obj as ExcClass;
      if (name === '__mro__') return new PyTuple([...linearize(exc), objectType]);
      if (name === '__bases__') return new PyTuple(exc.bases.length > 0 ? [...exc.bases] : [objectType]);
      if (name === '__module__') return exc.module;
    }
    if (obj instanceof PyType) {
      const v = typeAttribute(obj, name);
      if (v !== undefined) return v;
    }
    return attributeError(`type object '${(obj as { name: string }).name}' has no attribute '${name}'`);
  }
  if (obj instanceof PyCoroutine) {
    if (name === '__name__' || name === '__qualname__') return obj.coroName;
  }
  if (obj instanceof BoundMethod) {
    if (name === '__self__') return obj.self;
    return getattr(obj.fn, name);
  }
  if (obj instanceof PyBuiltin && name === '__name__') return obj.name;
  if (typeof obj === 'object' && obj !== null) {
    const b = bindingOf(obj);
    if (b !== undefined) {
      const m = b.methods.get(name);
      if (m !== undefined) return new PyBuiltin(name, (args, kw, site) => m(obj as never, args, kw, site), obj);
      const p = b.props?.get(name);
      if (p !== undefined) return p(obj as never);
    }
  }
  if (name === '__class__') return typeObjectOf(obj);
  return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

function dictOf(m: Map<string, Value>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.map.set(k, { k, v });
  return d;
}

function excAttr(e: PyException, name: string): Value {
  switch (name) {
    case 'args':
      return new PyTuple(e.args);
    case '__cause__':
      return e.cause;
    case '__context__':
      return e.context;
    case '__suppress_context__':
      return e.suppressContext;
    case '__traceback__':
      return null;
    case '__class__':
      return e.cls;
    case 'exceptions':
      if (e.args.length === 2 && Array.isArray(e.args[1])) return new PyTuple(e.args[1] as Value[]);
      break;
    case 'message':
      if (e.args.length === 2 && Array.isArray(e.args[1])) return e.args[0];
      break;
    case 'errno':
    case 'strerror':
    case 'filename':
    case 'filename2':
      if (E.isSubclass(e.cls as ExcClass, E.OSError) && !e.attrs?.has(name)) {
        // OSError(errno, strerror[, filename[, winerror[, filename2]]]); None when not given.
        if (name === 'errno' || name === 'strerror') return e.args.length === 2 ? e.args[name === 'errno' ? 0 : 1] : null;
        return null;
      }
      break;
    case 'add_note':
      return new PyBuiltin('add_note', (args, kw) => {
        if (kw !== null && kw.size > 0) typeError('BaseException.add_note() takes no keyword arguments');
        if (args.length !== 1) typeError(`BaseException.add_note() takes exactly one argument (${args.length} given)`);
        const note = args[0];
        if (typeof note !== 'string') typeError(`note must be a str, not '${typeName(note)}'`);
        let notes = e.attrs?.get('__notes__');
        if (!(notes instanceof PyList)) (e.attrs ??= new Map()).set('__notes__', (notes = new PyList([])));
        (notes as PyList).items.push(note);
        return null;
      }, e);
  }
  const own = e.attrs?.get(name);
  if (own !== undefined) return own;
  const cls = classOf(e);
  if (cls !== null) {
    const v = lookupClass(cls, name);
    if (v !== undefined) return bindIfFunction(e, v);
  }
  return attributeError(`'${e.cls.name}' object has no attribute '${name}'`);
}

function superAttr(s: PySuper, name: string): Value {
  const mro = s.self instanceof PyInstance || s.self instanceof PyException ? (classOf(s.self)?.mro ?? []) : s.cls.mro;
  const start = mro.indexOf(s.cls);
  for (let i = start + 1; i < mro.length; i++) {
    const c = mro[i]!;
    if (c instanceof PyClass) {
      if (c.dict.has(name)) return bindIfFunction(s.self, c.dict.get(name));
      continue;
    }
    // A builtin base (Exception, object): the few methods a subclass calls through super().
    if (name === '__init__') {
      return new PyBuiltin('__init__', (args) => {
        if (s.self instanceof PyException) s.self.args = args;
        return null;
      });
    }
    if (name === '__str__' && s.self instanceof PyException) {
      const self = s.self;
      return new PyBuiltin('__str__', () => {
        const saved = self.cls;
        return excStrDefault(self, saved);
      });
    }
    if (name === '__repr__') return new PyBuiltin('__repr__', () => repr(s.self));
  }
  if (name === '__init__') return new PyBuiltin('__init__', () => null);
  return attributeError(`'super' object has no attribute '${name}'`);
}

function excStrDefault(e: PyException, _cls: ExcClass): string {
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 1) return typeof args[0] === 'string' ? args[0] : repr(args[0]);
  return repr(new PyTuple(args));
}

export function setattr(obj: Value, name: string, value: Value): void {
  if (nativeSubclass(obj)?.pySetAttr?.(name, value) === true) return;
  if (obj instanceof PyInstance) {
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyException) {
    if (name === '__cause__') {
      obj.cause = value as PyException | null;
      obj.suppressContext = true;
      return;
    }
    if (name === 'args') {
      obj.args = [...(value as PyTuple).items];
      return;
    }
    (obj.attrs ??= new Map()).set(name, value);
    return;
  }
  if (obj instanceof PyClass) {
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyFunction && !name.startsWith('__')) {
    (obj.attrs ??= new Map()).set(name, value);
    return;
  }
  attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

export function delattr(obj: Value, name: string): void {
  if (obj instanceof PyInstance && obj.dict.delete(name)) return;
  if (obj instanceof PyException && obj.attrs?.delete(name)) return;
  attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

// ---- calls --------------------------------------------------------------------------------

const RECURSION_LIMIT = 990;

export function callFunction(fn: PyFunction, args: readonly Value[], kwargs: Map<string, Value> | null, site: CallSite): Value {
  const frame = bindArgs(fn, args, kwargs, site.argLiterals);
  const code = fn.code;
  if (code.isAsync) {
    const coro = new PyCoroutine(runAsync(frame), code.name, site.span, frame);
    PyCoroutine.unstarted.add(coro);
    return coro;
  }
  if (callDepth.n >= RECURSION_LIMIT) raise(E.RecursionError, 'maximum recursion depth exceeded');
  callDepth.n++;
  try {
    if (code.expr !== null) return code.expr(frame);
    const body = code.body!;
    return body.s!(frame) === RETURN ? frame.ret : null;
  } catch (e) {
    throw addTracebackFrame(e, frame);
  } finally {
    callDepth.n--;
  }
}

function* runAsync(frame: import('./frame.ts').Frame): Generator<import('../../engine/coroutine.ts').Yielded, Value, unknown> {
  const body = frame.code.body!;
  try {
    let c = body.g !== null ? body.g(frame) : body.s!(frame);
    if (typeof c !== 'number') c = yield* c;
    return c === RETURN ? frame.ret : null;
  } catch (e) {
    throw addTracebackFrame(e, frame);
  }
}

export function callValue(fn: Value, args: Value[], kwargs: Map<string, Value> | null, site: CallSite = NO_CALL_SITE): Value {
  if (fn instanceof PyFunction) return callFunction(fn, args, kwargs, site);
  if (fn instanceof PyBuiltin) return fn.fn(args, kwargs, site);
  if (fn instanceof BoundMethod) {
    return callValue(fn.fn, [fn.self, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
  }
  if (fn instanceof PyType) return fn.call(args, kwargs, site);
  if (fn instanceof PyClass) return instantiate(fn, args, kwargs, site);
  if (builtinExcClasses.has(fn as ExcClass)) {
    if (kwargs !== null && kwargs.size > 0) typeError(`${(fn as ExcClass).name}() takes no keyword arguments`);
    if (fn === E.ExceptionGroup || fn === E.BaseExceptionGroup) return newExceptionGroup(fn as ExcClass, args);
    if (E.isSubclass(fn as ExcClass, E.OSError)) return E.newOSError(fn as ExcClass, args);
    return new PyException(fn as ExcClass, args);
  }
  if (fn instanceof PyNative && fn.pyCall !== undefined) return fn.pyCall(args, kwargs);
  if (fn instanceof PyInstance) {
    const call = lookupClass(fn.cls, '__call__');
    if (call !== undefined) return callValue(call, [fn, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
  }
  return typeError(`'${typeName(fn)}' object is not callable`);
}

function instantiate(cls: PyClass, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Value {
  const abstract = abstractMethodsOf(cls);
  if (abstract.length > 0) typeError(`Can't instantiate abstract class ${cls.name} with abstract method${abstract.length > 1 ? 's' : ''} ${abstract.join(', ')}`);
  const self: PyInstance | PyException = cls.excBase !== null ? new PyException(cls, args) : new PyInstance(cls);
  const init = lookupClass(cls, '__init__');
  if (init !== undefined) {
    const r = callValue(init, [self, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
    if (r !== null) typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (cls.excBase === null && (args.length > 0 || (kwargs !== null && kwargs.size > 0))) {
    typeError(`${cls.name}() takes no arguments`);
  }
  return self;
}

/** `obj.name(args)` without allocating a bound method for builtin types and instances. */
export function callMethod(obj: Value, name: string, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Value {
  const table = nativeSubclass(obj) === null ? builtinTableOf(obj) : undefined;
  if (table !== undefined) {
    const m = table.get(name);
    if (m !== undefined) return m(obj as never, args, kwargs);
  } else if (obj instanceof PyInstance) {
    const own = obj.dict.get(name);
    if (own === undefined) {
      const c = lookupClass(obj.cls, name);
      if (c instanceof PyFunction) {
        return callFunction(c, [obj, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
      }
    }
  } else if (typeof obj === 'object' && obj !== null && !(obj instanceof PyModule)) {
    const b = bindingOf(obj);
    const m = b?.methods.get(name);
    if (m !== undefined) return m(obj as never, args, kwargs, site);
  }
  if (obj instanceof PyModule) checkModuleAttr(obj, name, site.span?.line ?? null);
  return callValue(getattr(obj, name), args, kwargs, site);
}

export type { SourceSpan };
