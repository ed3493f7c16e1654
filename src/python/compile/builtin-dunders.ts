/**
 * The dunder methods of builtin values (`[1].__len__()`, `(3).__add__(4)`, `int.__add__`,
 * `hasattr(x, "__iter__")`): each runs the operator or builtin it stands for. A type's
 * declaration (runtime/types/) lists which it has. A binary operator's method answers
 * NotImplemented for an operand it does not take, as CPython's do.
 */
import * as E from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { hashOf } from '../runtime/hash.ts';
import { toIterator } from '../runtime/iter.ts';
import { binop, compare, contains, pyLen, truthy } from '../runtime/ops.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { nativeSubclass } from '../runtime/subclass-hooks.ts';
import { ARITHMETIC_DUNDERS, BITWISE_DUNDERS, BuiltinType } from '../runtime/types/builtin-type.ts';
import { builtinTypeOf } from '../runtime/types/type-of.ts';
import { PyBuiltin, PyType, type Value } from '../runtime/values.ts';
import { delItem, getItem, setItem } from './subscript.ts';

const OPERATOR_DUNDERS = new Map<string, { op: string; reflected: boolean }>();
for (const [ops, symbols] of [
  [ARITHMETIC_DUNDERS, ['+', '-', '*', '/', '//', '%', '**']],
  [BITWISE_DUNDERS, ['&', '|', '^', '<<', '>>']],
] as const) {
  ops.forEach((name, i) => OPERATOR_DUNDERS.set(name, { op: symbols[i >> 1]!, reflected: i % 2 === 1 }));
}
const COMPARISONS = new Map([
  ['__eq__', '=='],
  ['__ne__', '!='],
  ['__lt__', '<'],
  ['__le__', '<='],
  ['__gt__', '>'],
  ['__ge__', '>='],
]);

/** The plain function behind `type.name` (self first); null for an unhashable type's __hash__; undefined when absent. */
function dunder(type: BuiltinType, name: string): ((self: Value, args: Value[]) => Value) | null | undefined {
  if (type.dunders === null) return undefined;
  const cmp = COMPARISONS.get(name);
  if (cmp !== undefined) return (self, args) => compare(cmp, self, args[0]!);
  switch (name) {
    case '__repr__':
      return (self) => repr(self);
    case '__str__':
      return (self) => str(self);
    case '__hash__':
      // Mutable containers are unhashable: their __hash__ is None.
      return type.hash === null ? null : (self) => hashOf(self);
  }
  if (!type.dunders.has(name)) return undefined;
  const operator = OPERATOR_DUNDERS.get(name);
  if (operator !== undefined) {
    const { op, reflected } = operator;
    return (self, args) => {
      if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
      try {
        return reflected ? binop(op, args[0]!, self) : binop(op, self, args[0]!);
      } catch (e) {
        if (e instanceof E.PyException && E.isSubclass(e.cls, E.TypeError)) return NotImplemented;
        throw e;
      }
    };
  }
  switch (name) {
    case '__len__':
      return (self) => pyLen(self);
    case '__contains__':
      return (self, args) => contains(self, args[0]!);
    case '__iter__':
      return (self) => toIterator(self);
    case '__getitem__':
      return (self, args) => getItem(self, args[0]!);
    case '__setitem__':
      return (self, args) => (setItem(self, args[0]!, args[1]!), null);
    case '__delitem__':
      return (self, args) => (delItem(self, args[0]!), null);
    case '__bool__':
      return (self) => truthy(self);
  }
  return undefined;
}

/** `obj.__name__` for a builtin value: a bound method, None (unhashable __hash__), or undefined. */
export function valueDunder(obj: Value, name: string): Value | undefined {
  if (!name.startsWith('__') || nativeSubclass(obj) !== null) return undefined;
  const type = builtinTypeOf(obj);
  if (type === undefined) return undefined;
  const fn = dunder(type, name);
  if (fn === undefined || fn === null) return fn;
  return new PyBuiltin(name, (args) => fn(obj, args), obj);
}

/** `int.__add__` and the like: the unbound form, taking the instance first. */
export function typeDunder(type: PyType, name: string): Value | undefined {
  if (!name.startsWith('__') || !(type instanceof BuiltinType)) return undefined;
  const fn = dunder(type, name);
  if (fn === undefined || fn === null) return fn;
  return new PyBuiltin(name, (args) => {
    if (args.length === 0 || !type.test(args[0]!)) typeError(args.length === 0 ? `descriptor '${name}' of '${type.name}' object needs an argument` : `descriptor '${name}' requires a '${type.name}' object but received a '${typeName(args[0]!)}'`);
    return fn(args[0]!, args.slice(1));
  });
}
