/**
 * A program's subclass of list, dict or str (`class Stack(list)`, `class Registry(dict)`):
 * its instances are ordinary instances holding the builtin value they stand for
 * (runtime/builtin-backing.ts). The base class every such subclass gets forwards the
 * builtin's methods and operators to that value, so `self.append(x)`, `self[k] = v`,
 * `len(self)`, iteration, repr and `super().__init__(items)` behave as in CPython, and the
 * program's own methods and overrides come first by the usual attribute lookup.
 */
import { MethodBuiltin } from '../runtime/native.ts';
import { backingOf, setBacking, setStandIn, type Backing } from '../runtime/builtin-backing.ts';
import type { Method } from '../runtime/method.ts';
import { listType } from '../runtime/types/list-type.ts';
import { dictType } from '../runtime/types/dict-type.ts';
import { strType } from '../runtime/types/str-type.ts';
import * as ops from '../runtime/ops.ts';
import { pyHash } from '../runtime/hash.ts';
import { formatValue } from '../runtime/format-value.ts';
import { toIterator, reversedOf } from '../runtime/iter.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeError } from '../runtime/errors.ts';
import { currentRealm } from '../runtime/realm.ts';
import { interp } from '../runtime/hooks.ts';
import { PyClass, PyDict, PyInstance, PyList, type NativeFn, type Value } from '../runtime/values.ts';
import { delItem, getItem, setItem } from './subscript.ts';

export type BuiltinBaseName = 'list' | 'dict' | 'str';

export function isSubclassableBuiltin(name: string): name is BuiltinBaseName {
  return name === 'list' || name === 'dict' || name === 'str';
}

/** The value an instance stands for; list and dict instances start empty until __init__ fills them. */
function valueOf(self: Value, kind: BuiltinBaseName): Backing {
  const b = backingOf(self);
  if (b !== undefined) return b;
  if (!(self instanceof PyInstance)) return typeError(`descriptor requires a '${kind}' object but received a '${typeof self}'`);
  const fresh = kind === 'list' ? new PyList([]) : kind === 'dict' ? new PyDict() : '';
  setBacking(self, fresh);
  return fresh;
}

/** What an operator gives back: another instance of the subclass unwraps to its value. */
function plain(v: Value): Value {
  return backingOf(v) ?? v;
}

function forwarded(kind: BuiltinBaseName, table: ReadonlyMap<string, Method>): [string, NativeFn][] {
  return [...table].map(([name, m]) => [name, (args, kw, site) => m(valueOf(args[0], kind) as never, args.slice(1), kw, site)] as [string, NativeFn]);
}

function dunders(kind: BuiltinBaseName): [string, NativeFn][] {
  const v = (args: Value[]): Backing => valueOf(args[0], kind);
  const binary = (op: string): NativeFn => (args) => ops.binop(op, v(args), plain(args[1]));
  const common: [string, NativeFn][] = [
    ['__len__', (a) => ops.pyLen(v(a))],
    ['__iter__', (a) => toIterator(v(a))],
    ['__contains__', (a) => ops.contains(v(a), a[1])],
    ['__getitem__', (a) => getItem(v(a), a[1])],
    ['__repr__', (a) => repr(v(a))],
    ['__format__', (a) => formatValue(v(a), String(a[1]))],
    ['__eq__', (a) => ops.eq(v(a), plain(a[1]))],
    ['__ne__', (a) => !ops.eq(v(a), plain(a[1]))],
    ['__lt__', (a) => ops.order('<', v(a), plain(a[1]))],
    ['__le__', (a) => ops.order('<=', v(a), plain(a[1]))],
    ['__gt__', (a) => ops.order('>', v(a), plain(a[1]))],
    ['__ge__', (a) => ops.order('>=', v(a), plain(a[1]))],
    ['__bool__', (a) => ops.truthy(v(a))],
  ];
  if (kind === 'str') {
    return [
      ...common,
      // str's value is fixed when the object is made, whatever __init__ the subclass has.
      [
        '__new__',
        (a) => {
          const cls = a[0];
          if (!(cls instanceof PyClass)) return typeError('str.__new__(X): X is not a type object');
          const self = new PyInstance(cls);
          setBacking(self, a.length > 1 ? str(a[1]) : '');
          return self;
        },
      ],
      ['__init__', () => null],
      // list and dict have no __str__ of their own: a subclass's __repr__ serves print() too.
      ['__str__', (a) => v(a)],
      ['__hash__', (a) => pyHash(v(a))],
      ['__radd__', (a) => ops.binop('+', plain(a[1]), v(a))],
      ['__add__', binary('+')],
      ['__mul__', binary('*')],
      ['__mod__', binary('%')],
    ];
  }
  const init = (name: 'extend' | 'update'): NativeFn => (a, kw, site) => {
    const self = v(a);
    if (self instanceof PyList) self.items = [];
    else (self as PyDict).map.clear();
    const m = (kind === 'list' ? listType : dictType).methods.get(name)!;
    if (a.length > 2) typeError(`${kind} expected at most 1 argument, got ${a.length - 1}`);
    if (a.length > 1 || (kw !== null && kw.size > 0)) m(self as never, a.slice(1), kw, site);
    return null;
  };
  return [
    ...common,
    ['__init__', init(kind === 'list' ? 'extend' : 'update')],
    // dict's lookup asks a subclass's __missing__ for an absent key (Counter-style tallies).
    ...(kind === 'dict' ? ([['__getitem__', missingAware]] as [string, NativeFn][]) : []),
    ['__hash__', () => typeError(`unhashable type: '${kind}'`)],
    ['__setitem__', (a) => (setItem(v(a), a[1], a[2]), null)],
    ['__delitem__', (a) => (delItem(v(a), a[1]), null)],
    ['__reversed__', (a) => reversedOf(v(a))],
    ...(kind === 'list'
      ? ([
          ['__add__', binary('+')],
          ['__radd__', (a) => ops.binop('+', plain(a[1]), v(a))],
          ['__mul__', binary('*')],
          ['__iadd__', (a) => (listType.methods.get('extend')!(v(a) as never, [a[1]], null), a[0])],
        ] as [string, NativeFn][])
      : ([['__or__', binary('|')]] as [string, NativeFn][])),
  ];
}

const missingAware: NativeFn = (a) => {
  const d = valueOf(a[0], 'dict') as PyDict;
  const e = d.map.get(ops.keyOf(a[1]));
  if (e !== undefined) return e.v;
  const missing = a[0] instanceof PyInstance ? ops.findMethod(a[0], '__missing__') : undefined;
  return missing === undefined ? getItem(d, a[1]) : interp.call(missing, [a[0], a[1]]);
};

function makeBase(kind: BuiltinBaseName): PyClass {
  const type = kind === 'list' ? listType : kind === 'dict' ? dictType : strType;
  const defs = [...forwarded(kind, type.methods), ...dunders(kind)];
  const cls = new PyClass(kind, [], new Map(defs.map(([n, f]) => [n, new MethodBuiltin(n, f)])), null);
  cls.module = 'builtins';
  cls.mro = [cls];
  setStandIn(cls, type);
  return cls;
}

/** One base per run, so `__subclasses__()` never shows another run's classes. */
const bases = new WeakMap<object, Map<BuiltinBaseName, PyClass>>();

export function builtinBase(kind: BuiltinBaseName): PyClass {
  let byKind = bases.get(currentRealm);
  if (byKind === undefined) bases.set(currentRealm, (byKind = new Map()));
  let cls = byKind.get(kind);
  if (cls === undefined) byKind.set(kind, (cls = makeBase(kind)));
  return cls;
}
