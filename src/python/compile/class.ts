/** `class` statements: run the body in its own namespace, then build the class object. */
import { builtinBase, isSubclassableBuiltin } from './builtin-subclass.ts';
import type * as A from '../syntax/ast.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { typeError, Unsupported } from '../runtime/errors.ts';
import { builtinExcClasses, isExcClass } from '../runtime/types.ts';
import { Cell, PyClass, PyList, PyTuple, PyType, type ClassProtocol, type Value } from '../runtime/values.ts';
import { NativeType } from '../runtime/native.ts';
import { lift, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { Frame, NORMAL, PyFunction, type CodeInfo, type Suspended } from './frame.ts';
import { cellSlotsOf, closureBuilder, docstringOf } from './function.ts';
import { compileBlock, type CS } from './stmt.ts';
import { storeName } from './targets.ts';
import { decorated } from './decorators.ts';
import { hasMroEntries, isClassBuilder } from '../runtime/subclass-hooks.ts';
import { descriptorGet, PyClassMethod, PyProperty, PyStaticMethod, setNames } from './descriptors.ts';
import { noteClassAttr } from './instance-attrs.ts';
import { interp } from '../runtime/hooks.ts';
import { PyMetaclass } from '../runtime/metaclass.ts';

type AnyClass = PyClass | ExcClass;

export function compileClass(c: Compiler, st: A.ClassDef): CS {
  if (st.keywords.some((k) => k.arg === null)) throw new Unsupported('`**` in a class statement is not supported by Taskline', st.span.line);
  const cs = c.scopeOf(st);
  const qual = c.qualPrefix + st.name;
  const savedClass = c.mangleClass;
  c.mangleClass = st.name;
  let body;
  try {
    body = c.withScope(cs, `${qual}.`, () => compileBlock(c, st.body));
  } finally {
    c.mangleClass = savedClass;
  }
  if (body.g !== null) throw new Unsupported('`await` in a class body is not allowed', st.span.line);
  const code: CodeInfo = {
    name: st.name,
    qualName: qual,
    filename: c.filename,
    line: st.span.line,
    params: { positional: [], posonlyCount: 0, vararg: null, kwonly: [], kwarg: null, defaultIndex: [] },
    slotCount: cs.slotCount,
    cellSlots: cellSlotsOf(cs),
    isAsync: false,
    isGenerator: false,
    ownedSlots: [],
    freeVars: cs.freeVars,
    body,
    expr: null,
  };
  const closure = closureBuilder(c, cs);
  const store = storeName(c, st.name);
  const line = st.span.line;
  const name = st.name;
  const doc = docstringOf(st.body);
  // Other class keywords (TypedDict's total=False) go to a base that builds the class.
  const kwNames = st.keywords.map((k) => k.arg!);
  const nBases = st.bases.length;
  const classValue = lift(c, [...st.bases, ...st.keywords.map((k) => k.value)].map((b) => compileExpr(c, b)), (vals) => (f) => {
    const baseVals = vals.slice(0, nBases).map((v) => v(f));
    const kwVals = new Map(kwNames.map((k, i) => [k, vals[nBases + i]!(f)] as [string, Value]));
    f.line = line;
    const ns = namespaceFor(baseVals);
    ns.set('__module__', '__main__');
    ns.set('__qualname__', qual);
    ns.set('__doc__', doc);
    const vars: Value[] = new Array(cs.slotCount);
    for (const s of code.cellSlots) vars[s] = new Cell(undefined);
    const frame = new Frame(code, vars, closure(f), f.globals, ns, null);
    body.s!(frame);
    return buildClass(name, baseVals, ns, kwVals, line);
  });
  const value = decorated(c, st.decorators, classValue);
  if (value.g === null) {
    const v = value.s!;
    return {
      s: (f) => {
        store(f, v(f));
        return NORMAL;
      },
      g: null,
    };
  }
  const vg = value.g;
  return {
    s: null,
    g: function* (f): Suspended {
      store(f, yield* vg(f));
      return NORMAL;
    },
  };
}

/** A class body's namespace: a plain dict, unless a base's protocol prepares its own (enum's). */
function namespaceFor(baseVals: readonly Value[]): Map<string, Value> {
  for (const b of baseVals) if (b instanceof PyClass && b.meta?.prepare !== undefined) return b.meta.prepare(baseVals);
  return new Map<string, Value>();
}

/**
 * The class a class statement makes: bases that stand for others (Generic[T], Protocol) are
 * replaced first, as CPython's __mro_entries__; a base that builds classes itself
 * (typing.NamedTuple, TypedDict, a namedtuple class) then makes it, as a metaclass would.
 */
export function buildClass(name: string, baseVals: Value[], ns: Map<string, Value>, keywords: ReadonlyMap<string, Value>, line: number): Value {
  const bases = baseVals.flatMap((b) => (hasMroEntries(b) ? b.pyMroEntries(ns) : [b]));
  const builder = bases.find(isClassBuilder);
  if (builder !== undefined) return builder.pyBuildClass(name, bases, ns, keywords);
  return makeClass(name, bases, ns, keywords.size > 0 ? new Map(keywords) : null, line);
}

export function makeClass(name: string, baseVals: Value[], ns: Map<string, Value>, keywords: Map<string, Value> | null = null, line?: number): PyClass {
  let meta: ClassProtocol | null = null;
  if (keywords?.has('metaclass') === true) {
    const m = keywords.get('metaclass');
    keywords = new Map(keywords);
    keywords.delete('metaclass');
    if (m instanceof PyMetaclass) meta = m.protocol;
    else if (!(m instanceof PyType && m.name === 'type')) throw new Unsupported('metaclasses are not supported by Taskline', line);
  }
  const bases: AnyClass[] = [];
  for (const b of baseVals) {
    if (b instanceof PyClass || builtinExcClasses.has(b as ExcClass)) bases.push(b as AnyClass);
    else if (b instanceof PyType && b.name === 'object') continue;
    else if (b instanceof NativeType && b.subclassBase !== null) bases.push(b.subclassBase);
    else if (b instanceof PyType && mixinHost(baseVals)?.mixesIn?.includes(b.name) === true) ns.set('__enum_mixin__', b.name);
    else if (b instanceof PyType && b.name === 'type') throw new Unsupported('metaclasses are not supported by Taskline', line);
    else if (b instanceof PyType && !(b instanceof NativeType) && isSubclassableBuiltin(b.name)) bases.push(builtinBase(b.name));
    else if (b instanceof PyType) throw new Unsupported(`subclassing the builtin type '${b.name}' is not supported by Taskline`, line);
    else typeError('bases must be types');
  }
  let excBase: ExcClass | null = null;
  for (const b of bases) {
    if (b instanceof PyClass) excBase ??= b.excBase;
    else if (isExcClass(b)) excBase ??= b;
  }
  // As in CPython, defining __eq__ without __hash__ makes instances unhashable.
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  // Every attribute read would have to go through it; Taskline's lookup does not.
  if (ns.get('__getattribute__') instanceof PyFunction) throw new Unsupported('a class with its own `__getattribute__` is not supported by Taskline (use `__getattr__`)', line);
  // These two are implicit classmethods, as in CPython.
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    const v = ns.get(k);
    if (v instanceof PyFunction) ns.set(k, new PyClassMethod(v));
  }
  // And __new__ is an implicit staticmethod.
  const made = ns.get('__new__');
  if (made instanceof PyFunction) ns.set('__new__', new PyStaticMethod(made));
  const cls = new PyClass(name, bases, ns, excBase);
  cls.mro = linearize(cls);
  cls.meta = meta ?? inheritedMeta(bases);
  setSlots(cls);
  for (const v of ns.values()) {
    if (v instanceof PyFunction && v.ownerClass === null) v.ownerClass = cls;
    else if ((v instanceof PyClassMethod || v instanceof PyStaticMethod) && v.fn instanceof PyFunction && v.fn.ownerClass === null) v.fn.ownerClass = cls;
    else if (v instanceof PyProperty) for (const fn of [v.fget, v.fset, v.fdel]) if (fn instanceof PyFunction && fn.ownerClass === null) fn.ownerClass = cls;
    noteClassAttr(cls, v);
  }
  cls.meta?.created?.(cls);
  setNames(cls);
  initSubclass(cls, keywords);
  return cls;
}

/** The protocol of a base that can stand in for a builtin base (enum's, for `int` and `str`). */
function mixinHost(baseVals: Value[]): ClassProtocol | null {
  for (const b of baseVals) if (b instanceof PyClass && b.meta?.mixesIn !== undefined) return b.meta;
  return null;
}

/** `__slots__`: instances are limited to the declared names when every class up the MRO declares them. */
export function setSlots(cls: PyClass): void {
  const names = new Set<string>();
  let everywhere = true;
  for (const c of cls.mro) {
    if (!(c instanceof PyClass)) continue;
    const own = c === cls ? slotList(c.dict.get('__slots__')) : null;
    const declared = c === cls ? own : c.slotNames;
    if (declared === null) everywhere = false;
    else for (const n of declared) names.add(n);
    if (c !== cls && c.slots === null) everywhere = false;
  }
  cls.slotNames = names.size > 0 ? names : null;
  cls.slots = everywhere && slotList(cls.dict.get('__slots__')) !== null && !names.has('__dict__') ? names : null;
}

function slotList(v: Value): string[] | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return [v];
  if (v instanceof PyTuple || v instanceof PyList) return (v.items as Value[]).filter((x): x is string => typeof x === 'string');
  return null;
}

function inheritedMeta(bases: readonly AnyClass[]): ClassProtocol | null {
  for (const b of bases) if (b instanceof PyClass && b.meta !== null) return b.meta;
  return null;
}

/** `super(cls, cls).__init_subclass__(**keywords)`: the nearest base's hook, or object's. */
function initSubclass(cls: PyClass, keywords: Map<string, Value> | null): void {
  for (const c of cls.mro.slice(1)) {
    if (!(c instanceof PyClass) || !c.dict.has('__init_subclass__')) continue;
    interp.call(descriptorGet(c.dict.get('__init_subclass__'), undefined, cls), [], keywords);
    return;
  }
  if (keywords !== null && keywords.size > 0) typeError(`${String(cls.dict.get('__qualname__') ?? cls.name)}.__init_subclass__() takes no keyword arguments`);
}

/** C3 linearisation: the method resolution order Python uses. */
export function linearize(cls: AnyClass): AnyClass[] {
  const seqs: AnyClass[][] = cls.bases.map((b) => (b instanceof PyClass ? [...b.mro] : linearize(b)));
  seqs.push([...cls.bases]);
  const out: AnyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: AnyClass | null = null;
    for (const s of nonEmpty) {
      const cand = s[0]!;
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) return typeError('Cannot create a consistent method resolution order (MRO)');
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}
