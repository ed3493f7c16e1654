/** `class` statements: run the body in its own namespace, then build the class object. */
import type * as A from '../ast.ts';
import type { ExcClass } from '../../engine/exceptions.ts';
import { typeError, Unsupported } from '../runtime/errors.ts';
import { builtinExcClasses, isExcClass } from '../runtime/types.ts';
import { Cell, PyClass, PyType, type Value } from '../runtime/values.ts';
import { lift, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { Frame, NORMAL, PyFunction, type CodeInfo, type Suspended } from './frame.ts';
import { cellSlotsOf, closureBuilder, docstringOf } from './function.ts';
import { compileBlock, type CS } from './stmt.ts';
import { storeName } from './targets.ts';
import { decorated } from './decorators.ts';
import { hasMroEntries, isClassBuilder } from '../runtime/subclass-hooks.ts';

type AnyClass = PyClass | ExcClass;

export function compileClass(c: Compiler, st: A.ClassDef): CS {
  if (st.keywords.some((k) => k.arg === null || k.arg === 'metaclass')) throw new Unsupported('class keywords (such as metaclass=) are not supported by Taskline', st.span.line);
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
    const ns = new Map<string, Value>();
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

/**
 * The class a class statement makes: bases that stand for others (Generic[T], Protocol) are
 * replaced first, as CPython's __mro_entries__; a base that builds classes itself
 * (typing.NamedTuple, TypedDict, a namedtuple class) then makes it, as a metaclass would.
 */
export function buildClass(name: string, baseVals: Value[], ns: Map<string, Value>, kw: ReadonlyMap<string, Value> = new Map(), line: number | null = null): Value {
  const bases = baseVals.flatMap((b) => (hasMroEntries(b) ? b.pyMroEntries(ns) : [b]));
  const builder = bases.find(isClassBuilder);
  if (builder !== undefined) return builder.pyBuildClass(name, bases, ns, kw);
  if (kw.size > 0) throw new Unsupported('class keywords (such as metaclass=) are not supported by Taskline', line);
  return makeClass(name, bases, ns);
}

export function makeClass(name: string, baseVals: Value[], ns: Map<string, Value>): PyClass {
  const bases: AnyClass[] = [];
  for (const b of baseVals) {
    if (b instanceof PyClass || builtinExcClasses.has(b as ExcClass)) bases.push(b as AnyClass);
    else if (b instanceof PyType && b.name === 'object') continue;
    else if (b instanceof PyType) throw new Unsupported(`subclassing the builtin type '${b.name}' is not supported by Taskline`);
    else typeError('bases must be types');
  }
  let excBase: ExcClass | null = null;
  for (const b of bases) {
    if (b instanceof PyClass) excBase ??= b.excBase;
    else if (isExcClass(b)) excBase ??= b;
  }
  // As in CPython, defining __eq__ without __hash__ makes instances unhashable.
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  const cls = new PyClass(name, bases, ns, excBase);
  cls.mro = linearize(cls);
  for (const v of ns.values()) if (v instanceof PyFunction && v.ownerClass === null) v.ownerClass = cls;
  return cls;
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

/**
 * abc: a class with ABC among its bases (marked `__abc__` by abc.ABC's __mro_entries__) cannot
 * be instantiated while a method @abstractmethod marked is still the one its MRO finds. The
 * names, sorted, as CPython's message lists them.
 */
export function abstractMethodsOf(cls: PyClass): string[] {
  // Computed once per class, as CPython fixes __abstractmethods__ when it makes the class.
  let names = abstractCache.get(cls);
  if (names === undefined) abstractCache.set(cls, (names = computeAbstract(cls)));
  return names;
}
const abstractCache = new WeakMap<PyClass, string[]>();

function computeAbstract(cls: PyClass): string[] {
  if (!cls.mro.some((c) => c instanceof PyClass && c.dict.has('__abc__'))) return [];
  const names = new Set<string>();
  for (const c of cls.mro) if (c instanceof PyClass) for (const k of c.dict.keys()) names.add(k);
  const out: string[] = [];
  for (const n of names) {
    const owner = cls.mro.find((c) => c instanceof PyClass && c.dict.has(n)) as PyClass;
    const v = owner.dict.get(n);
    if (v instanceof PyFunction && v.attrs?.get('__isabstractmethod__') === true) out.push(n);
  }
  return out.sort();
}
