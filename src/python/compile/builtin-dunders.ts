/**
 * The dunder methods of builtin values (`[1].__len__()`, `(3).__add__(4)`, `int.__add__`,
 * `hasattr(x, "__iter__")`): each runs the operator or builtin it stands for. A binary
 * operator's method answers NotImplemented for an operand it does not take, as CPython's do.
 */
import * as E from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { hashOf } from '../runtime/hash.ts';
import { toIterator } from '../runtime/iter.ts';
import { binop, compare, contains, pyLen, truthy } from '../runtime/ops.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, type Value } from '../runtime/values.ts';
import { delItem, getItem, setItem } from './subscript.ts';

const ARITH: Record<string, string> = { add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**' };
const BITS: Record<string, string> = { and: '&', or: '|', xor: '^', lshift: '<<', rshift: '>>' };
const CMP: Record<string, string> = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

function binaries(names: Record<string, string>, only?: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const [n, op] of Object.entries(names)) {
    if (only !== undefined && !only.includes(n)) continue;
    out.push([`__${n}__`, op], [`__r${n}__`, op]);
  }
  return out;
}

type Kind = 'int' | 'bool' | 'float' | 'str' | 'list' | 'tuple' | 'dict' | 'set';
const SEQ = ['add', 'mul'];

/** Which operator dunders each builtin type has. */
const OPERATORS: Record<Kind, Map<string, string>> = {
  int: new Map([...binaries(ARITH), ...binaries(BITS)]),
  bool: new Map([...binaries(ARITH), ...binaries(BITS)]),
  float: new Map(binaries(ARITH)),
  str: new Map([...binaries(ARITH, SEQ), ['__mod__', '%'], ['__rmul__', '*']]),
  list: new Map([...binaries(ARITH, SEQ)]),
  tuple: new Map([...binaries(ARITH, SEQ)]),
  dict: new Map(binaries(BITS, ['or'])),
  set: new Map([...binaries(BITS, ['and', 'or', 'xor']), ...binaries(ARITH, ['sub'])]),
};
for (const k of ['str', 'list', 'tuple'] as const) OPERATORS[k].delete('__radd__');

const CONTAINERS: readonly Kind[] = ['str', 'list', 'tuple', 'dict', 'set'];
const NUMBERS: readonly Kind[] = ['int', 'bool', 'float'];

function kindOf(typeNameOf: string): Kind | null {
  return typeNameOf in OPERATORS ? (typeNameOf as Kind) : null;
}

/** The plain function behind `kind.name` (self first), or undefined when the type has no such method. */
function dunder(kind: Kind, name: string): ((self: Value, args: Value[]) => Value) | null | undefined {
  const op = OPERATORS[kind].get(name);
  if (op !== undefined) {
    const reflected = name.startsWith('__r') && name !== '__rshift__' && name !== '__round__';
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
  const m = /^__(\w+)__$/.exec(name)?.[1];
  if (m !== undefined && m in CMP) return (self, args) => compare(CMP[m]!, self, args[0]!);
  switch (name) {
    case '__repr__':
      return (self) => repr(self);
    case '__str__':
      return (self) => str(self);
    case '__hash__':
      // Mutable containers are unhashable: their __hash__ is None.
      return kind === 'list' || kind === 'dict' || kind === 'set' ? null : (self) => hashOf(self);
  }
  if (CONTAINERS.includes(kind)) {
    switch (name) {
      case '__len__':
        return (self) => pyLen(self);
      case '__contains__':
        return (self, args) => contains(self, args[0]!);
      case '__iter__':
        return (self) => toIterator(self);
      case '__getitem__':
        return kind === 'set' ? undefined : (self, args) => getItem(self, args[0]!);
      case '__setitem__':
        return kind === 'list' || kind === 'dict' ? (self, args) => (setItem(self, args[0]!, args[1]!), null) : undefined;
      case '__delitem__':
        return kind === 'list' || kind === 'dict' ? (self, args) => (delItem(self, args[0]!), null) : undefined;
    }
  }
  if (NUMBERS.includes(kind) && name === '__bool__') return (self) => truthy(self);
  return undefined;
}

/** `obj.__name__` for a builtin value: a bound method, None (unhashable __hash__), or undefined. */
export function valueDunder(obj: Value, name: string): Value | undefined {
  if (!name.startsWith('__')) return undefined;
  const kind = kindOf(typeName(obj));
  if (kind === null) return undefined;
  const fn = dunder(kind, name);
  if (fn === undefined || fn === null) return fn;
  return new PyBuiltin(name, (args) => fn(obj, args), obj);
}

/** `int.__add__` and the like: the unbound form, taking the instance first. */
export function typeDunder(typeNameOf: string, test: (v: Value) => boolean, name: string): Value | undefined {
  if (!name.startsWith('__')) return undefined;
  const kind = kindOf(typeNameOf);
  if (kind === null) return undefined;
  const fn = dunder(kind, name);
  if (fn === undefined || fn === null) return fn;
  return new PyBuiltin(name, (args) => {
    if (args.length === 0 || !test(args[0]!)) typeError(args.length === 0 ? `descriptor '${name}' of '${typeNameOf}' object needs an argument` : `descriptor '${name}' requires a '${typeNameOf}' object but received a '${typeName(args[0]!)}'`);
    return fn(args[0]!, args.slice(1));
  });
}
