/**
 * Attribute access and calls: the object protocol of the subset (instances, classes,
 * exceptions, modules, builtin types' methods and the engine's asyncio objects).
 */
import * as E from '../../engine/exceptions.ts';
import { PyException, type ExcClass } from '../../engine/exceptions.ts';
import type { SourceSpan } from '../../trace/format.ts';
import { attributeError, raise, typeError } from '../runtime/errors.ts';
import { builtinExcClasses, typeName } from '../runtime/types.ts';
import { checkModuleAttr } from './imports.ts';
import { objectType, typeAttribute } from '../runtime/builtin-types.ts';
import { builtinTypeOf } from '../runtime/types/type-of.ts';
import { dictSet } from '../runtime/ops.ts';
import { nativeSubclass, PyDictSubclass } from '../runtime/subclass-hooks.ts';
import { dictType } from '../runtime/types/dict-type.ts';
import { listType } from '../runtime/types/list-type.ts';
import { strType } from '../runtime/types/str-type.ts';
import { NativeType, PyNative } from '../runtime/native.ts';
import { tracebackOf } from './traceback-object.ts';
import {
  BoundMethod,
  NO_CALL_SITE,
  PyBuiltin,
  PyClass,
  PyCoroutine,
  PyDict,
  PyInstance,
  PyList,
  PyModule,
  PyTuple,
  PyType,
  type CallSite,
  type Value,
} from '../runtime/values.ts';
import { bindArgs, PyFunction, RETURN } from './frame.ts';
import { linearize } from './class.ts';
import { objectAttribute, PySuper, superAttr } from './object-base.ts';
export { PySuper, superBuiltin } from './object-base.ts';
import { descriptorGet, PyClassMethod, PyMethodDescriptor, PyStaticMethod } from './descriptors.ts';
import { dictOf, instanceDelattr, instanceGetattr, instanceSetattr, lookupClass, noteClassAttr } from './instance-attrs.ts';
import { groupMembers, groupMethod, newExceptionGroup } from '../runtime/exception-group.ts';
import { addTracebackFrame } from './traceback.ts';
import { PyGen, runFrame } from './generator.ts';
import { PyAsyncGen } from './async-generator.ts';
import { typeDunder, valueDunder } from './builtin-dunders.ts';
import { adoptArguments, releaseOwned } from './generator-lifetime.ts';
import { currentRealm } from '../runtime/realm.ts';
import { bindingOf, onRebind } from '../runtime/types/engine-type.ts';
import type { Method } from '../runtime/method.ts';
import { asSeen } from '../runtime/builtin-backing.ts';

/**
 * The methods `obj.name(...)` calls straight away for an object of one JS class: its builtin
 * type's (not for a library subclass such as Counter, whose own attributes come first), else
 * its binding's (an engine object: Queue, Task, Lock); null for neither (a module). Cached per
 * class: the instanceof checks that find them cost more than `await q.get()` itself.
 */
const directMethodsByClass = new Map<unknown, ReadonlyMap<string, Method> | null>();
onRebind(() => directMethodsByClass.clear());
function directMethodsOf(obj: object): ReadonlyMap<string, Method> | null {
  const key = obj.constructor;
  let table = directMethodsByClass.get(key);
  if (table === undefined) {
    const type = nativeSubclass(obj) === null ? builtinTypeOf(obj) : undefined;
    table = type !== undefined ? type.methods : obj instanceof PyModule ? null : (bindingOf(obj)?.methods ?? null);
    directMethodsByClass.set(key, table);
  }
  return table;
}

/** How CPython names a callable in argument errors: `__main__.Worker.run()`, `print()`. */
export function functionStr(fn: Value): string {
  if (fn instanceof BoundMethod) return functionStr(fn.fn);
  if (fn instanceof PyFunction) return `__main__.${fn.code.qualName}()`;
  if (fn instanceof PyClass) return `__main__.${fn.dict.get('__qualname__') ?? fn.name}()`;
  if (fn instanceof PyBuiltin || fn instanceof PyType) return `${fn.name}()`;
  return `${typeName(fn)} object`;
}

/** fn.__defaults__ (a tuple of the positional defaults) or fn.__kwdefaults__ (a dict); None when empty. */
function defaultsOf(fn: PyFunction, kwonly: boolean): Value {
  const p = fn.code.params;
  const n = p.positional.length;
  const idx = kwonly ? p.defaultIndex.slice(n, n + p.kwonly.length) : p.defaultIndex.slice(0, n);
  const names = kwonly ? p.kwonly : p.positional;
  const present = idx.map((d, i) => [d, names[i]!] as const).filter(([d]) => d >= 0);
  if (present.length === 0) return null;
  if (!kwonly) return new PyTuple(present.map(([d]) => fn.defaults[d]!));
  const d = new PyDict();
  for (const [i, k] of present) dictSet(d, k, fn.defaults[i]!);
  return d;
}

export { lookupClass };

export function classOf(v: PyInstance | PyException): PyClass | null {
  if (v instanceof PyInstance) return v.cls;
  return v.cls instanceof PyClass ? v.cls : null;
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
  const type = builtinTypeOf(obj);
  if (type !== undefined) {
    const m = type.methods.get(name);
    if (m !== undefined) return new PyBuiltin(name, (args, kw) => m(obj as never, args, kw), obj);
    if (name === '__class__') return typeObjectOf(obj);
    const prop = type.props.get(name);
    if (prop !== undefined) return prop(obj);
    const dd = valueDunder(obj, name);
    if (dd !== undefined) return dd;
    return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  if (obj instanceof PyInstance) return instanceGetattr(obj, name);
  if (obj instanceof PyException) return excAttr(obj, name);
  if (obj instanceof PyClass) {
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.dict.get('__qualname__') ?? obj.name;
    // Every class ends its MRO in object, and a class without bases has (object,).
    if (name === '__mro__') return new PyTuple([...asSeen(obj.mro), objectType]);
    if (name === '__bases__') return new PyTuple(obj.bases.length > 0 ? asSeen(obj.bases) : [objectType]);
    // type.mro(): what __mro__ holds, as a fresh list.
    if (name === 'mro' && !obj.mro.some((k) => k instanceof PyClass && k.dict.has(name))) {
      return new PyBuiltin(name, () => new PyList([...asSeen(obj.mro), objectType]), obj);
    }
    if (name === '__subclasses__' && !obj.mro.some((k) => k instanceof PyClass && k.dict.has(name))) {
      return new PyBuiltin(name, () => new PyList(obj.subclasses.slice()), obj);
    }
    if (name === '__dict__') return dictOf(obj.dict);
    if (name === '__class__') return typeObjectOf(obj);
    const v = lookupClass(obj, name);
    if (v !== undefined) return descriptorGet(v, undefined, obj);
    // object's own __new__/__setattr__/... sit at the end of every class's MRO.
    if (name === '__new__' || name === '__setattr__' || name === '__delattr__' || name === '__getattribute__') return objectAttribute(name);
    const missing = obj.meta?.missingAttr?.(obj, name);
    if (missing !== undefined) return missing;
    return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    // Asked only on a miss, so the common lookups pay nothing for it.
    if (name === '__name__') return obj.name;
    return attributeError(`module '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PySuper) return superAttr(obj, name);
  if (obj instanceof PyFunction) {
    const v = obj.attrs?.get(name);
    if (v !== undefined) return v;
    if (name === '__name__') return obj.code.name;
    if (name === '__qualname__') return obj.code.qualName;
    if (name === '__doc__') return obj.code.doc ?? null;
    if (name === '__module__') return '__main__';
    if (name === '__defaults__' || name === '__kwdefaults__') return defaultsOf(obj, name === '__kwdefaults__');
    if (name === '__wrapped__' || name === '__isabstractmethod__') return attributeError(`'function' object has no attribute '${name}'`);
    if (name === '__dict__') return dictOf(obj.attrs ??= new Map());
    if (name === '__annotations__') return (obj.annotations ??= new PyDict());
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
      const v = obj === objectType ? objectAttribute(name) : typeAttribute(obj, name);
      if (v !== undefined) return v;
      const td = typeDunder(obj, name);
      if (td !== undefined) return td;
    }
    return attributeError(`type object '${(obj as { name: string }).name}' has no attribute '${name}'`);
  }
  if (obj instanceof PyCoroutine) {
    if (name === '__name__') return obj.coroName;
    if (name === '__qualname__') return obj.qualName ?? obj.coroName;
  }
  if (obj instanceof BoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.fn;
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
      const own = b.dict?.(obj as never).get(name);
      if (own !== undefined) return own;
    }
  }
  if (name === '__class__') return typeObjectOf(obj);
  return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
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
      return tracebackOf(e);
    case 'value':
      if (E.isSubclass(e.cls, E.StopIteration) && !e.attrs?.has('value')) return e.args.length > 0 ? e.args[0] : null;
      break;
    case '__class__':
      return e.cls;
    case 'exceptions':
      if (e.args.length === 2 && Array.isArray(e.args[1])) return new PyTuple(e.args[1] as Value[]);
      break;
    case 'message':
      if (e.args.length === 2 && Array.isArray(e.args[1])) return e.args[0];
      break;
    case 'split':
    case 'subgroup':
    case 'derive':
      if (groupMembers(e) !== null) return groupMethod(e, name);
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
    if (v !== undefined) return descriptorGet(v, e, cls);
  }
  return attributeError(`'${e.cls.name}' object has no attribute '${name}'`);
}

export function setattr(obj: Value, name: string, value: Value): void {
  if (nativeSubclass(obj)?.pySetAttr?.(name, value) === true) return;
  if (obj instanceof PyInstance) {
    instanceSetattr(obj, name, value);
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
  if (obj instanceof PyClass || obj instanceof PyModule) {
    if (obj instanceof PyClass && obj.meta?.setattr?.(obj, name, value) === true) return;
    obj.dict.set(name, value);
    if (obj instanceof PyClass) noteClassAttr(obj, value);
    return;
  }
  // A stdlib class attribute a program may set (`logging.Formatter.converter = time.gmtime`).
  if (obj instanceof NativeType && !name.startsWith('__')) {
    obj.attrs.set(name, value);
    return;
  }
  if (obj instanceof PyFunction) {
    if ((name === '__name__' || name === '__qualname__') && typeof value !== 'string') typeError(`${name} must be set to a string object`);
    (obj.attrs ??= new Map()).set(name, value);
    return;
  }
  if ((obj instanceof PyStaticMethod || obj instanceof PyClassMethod) && !name.startsWith('__')) {
    (obj.attrs ??= new Map()).set(name, value);
    return;
  }
  if (typeof obj === 'object' && obj !== null) {
    const set = bindingOf(obj)?.setters?.get(name);
    if (set !== undefined) {
      set(obj as never, value);
      return;
    }
  }
  const dict = typeof obj === 'object' && obj !== null ? bindingOf(obj)?.dict : undefined;
  if (dict !== undefined) {
    dict(obj as never).set(name, value);
    return;
  }
  attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

export function delattr(obj: Value, name: string): void {
  if (obj instanceof PyInstance) return instanceDelattr(obj, name);
  if (obj instanceof PyClass && (obj.meta?.delattr?.(obj, name) === true || obj.dict.delete(name))) return;
  if (obj instanceof PyFunction && obj.attrs?.delete(name)) return;
  if (obj instanceof PyException && obj.attrs?.delete(name)) return;
  attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

// ---- calls --------------------------------------------------------------------------------

export const RECURSION_LIMIT = 990;

export function callFunction(fn: PyFunction, args: readonly Value[], kwargs: Map<string, Value> | null, site: CallSite): Value {
  const frame = bindArgs(fn, args, kwargs, site.argLiterals);
  const code = fn.code;
  if (code.ownedSlots.length > 0) adoptArguments(frame);
  if (code.isGenerator) {
    const body = runFrame(frame);
    const g = code.isAsync ? new PyAsyncGen(body, frame, code.name, code.qualName) : new PyGen(body, frame, code.name, code.qualName);
    currentRealm.lastGenerator = g;
    return g;
  }
  if (code.isAsync) {
    const coro = new PyCoroutine(runFrame(frame), fn.pyName, site.span, frame);
    coro.qualName = fn.qualName;
    currentRealm.unstartedCoroutines.add(coro);
    return coro;
  }
  const realm = currentRealm;
  if (realm.callDepth >= RECURSION_LIMIT) raise(E.RecursionError, 'maximum recursion depth exceeded');
  realm.callDepth++;
  const caller = (frame.caller = realm.runningFrame);
  realm.runningFrame = frame;
  try {
    const r = code.expr !== null ? code.expr(frame) : code.body!.s!(frame) === RETURN ? frame.ret : null;
    if (code.ownedSlots.length > 0) releaseOwned(frame);
    // Handed back by a function, a generator may be held elsewhere too: no local owns it.
    if (r === realm.lastGenerator && r !== null) realm.lastGenerator = null;
    return r;
  } catch (e) {
    throw addTracebackFrame(e, frame);
  } finally {
    realm.callDepth--;
    frame.caller = null;
    realm.runningFrame = caller;
  }
}

export function callValue(fn: Value, args: Value[], kwargs: Map<string, Value> | null, site: CallSite = NO_CALL_SITE): Value {
  if (fn instanceof PyFunction) return callFunction(fn, args, kwargs, site);
  if (fn instanceof PyBuiltin) return fn.fn(args, kwargs, site);
  if (fn instanceof BoundMethod) {
    return callValue(fn.fn, [fn.self, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
  }
  if (fn instanceof PyType) return fn.call(args, kwargs, site);
  if (fn instanceof PyClass) return fn.meta?.call !== undefined ? fn.meta.call(fn, args, kwargs, site) : instantiate(fn, args, kwargs, site);
  if (fn instanceof PyStaticMethod) return callValue(fn.fn, args, kwargs, site);
  if (fn instanceof PyMethodDescriptor) return fn.fn(args, kwargs, site);
  if (builtinExcClasses.has(fn as ExcClass)) {
    if (kwargs !== null && kwargs.size > 0) typeError(`${(fn as ExcClass).name}() takes no keyword arguments`);
    if (fn === E.ExceptionGroup || fn === E.BaseExceptionGroup) return newExceptionGroup(fn as ExcClass, args);
    if (E.isSubclass(fn as ExcClass, E.OSError)) return E.newOSError(fn as ExcClass, args);
    return new PyException(fn as ExcClass, args);
  }
  if (fn instanceof PyNative && fn.pyCall !== undefined) return fn.pyCall(args, kwargs, site);
  if (fn instanceof PyInstance) {
    const call = lookupClass(fn.cls, '__call__');
    if (call !== undefined) return callValue(call, [fn, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
  }
  return typeError(`'${typeName(fn)}' object is not callable`);
}

export function instantiate(cls: PyClass, args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Value {
  cls.meta?.instantiate?.(cls);
  let self: PyInstance | PyException;
  const make = lookupClass(cls, '__new__');
  if (make !== undefined) {
    // A class's own __new__ (an implicit staticmethod) makes the object; __init__ runs only on an instance of cls.
    const made = callValue(make instanceof PyStaticMethod ? make.fn : make, [cls, ...args], kwargs, site);
    const madeClass = made instanceof PyInstance ? made.cls : made instanceof PyException && made.cls instanceof PyClass ? made.cls : null;
    if (madeClass === null || !madeClass.mro.includes(cls)) return made;
    self = made as PyInstance | PyException;
  } else self = cls.excBase === null ? new PyInstance(cls) : E.isSubclass(cls, E.BaseExceptionGroup) ? newExceptionGroup(cls, args) : new PyException(cls, args);
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
  // The common case first: a method of an exact str, list or dict. No JS class extends PyList,
  // and a library dict (Counter) is a PyDictSubclass, which takes the general path below.
  const exact = typeof obj === 'string' ? strType : obj instanceof PyList ? listType : obj instanceof PyDict && !(obj instanceof PyDictSubclass) ? dictType : undefined;
  if (exact !== undefined) {
    const m = exact.methods.get(name);
    if (m !== undefined) return m(obj as never, args, kwargs);
  }
  if (obj instanceof PyInstance) {
    const own = obj.dict.get(name);
    if (own === undefined) {
      const c = lookupClass(obj.cls, name);
      if (c instanceof PyFunction) {
        return callFunction(c, [obj, ...args], kwargs, site.argLiterals ? { span: site.span, argLiterals: [undefined, ...site.argLiterals] } : site);
      }
    }
  } else if (obj instanceof PyModule) {
    // `asyncio.sleep(d)`: a module function, called without getattr's search of the builtin types.
    const v = obj.dict.get(name);
    if (v !== undefined) return callValue(v, args, kwargs, site);
  } else {
    const table = typeof obj === 'object' && obj !== null ? directMethodsOf(obj) : builtinTypeOf(obj)?.methods;
    const m = table?.get(name);
    if (m !== undefined) return m(obj as never, args, kwargs, site);
  }
  if (obj instanceof PyModule) checkModuleAttr(obj, name, site.span?.line ?? null);
  let method: Value;
  try {
    method = getattr(obj, name);
  } catch (x) {
    if (x instanceof PyException) x.fromMethodLookup = true;
    throw x;
  }
  return callValue(method, args, kwargs, site);
}

export type { SourceSpan };
