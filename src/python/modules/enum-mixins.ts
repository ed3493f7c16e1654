/**
 * IntEnum/StrEnum (and `class X(int, Enum)`): members act as their int or str value in
 * comparisons, hashing and arithmetic. Taskline cannot subclass the builtin types, so these
 * dunders unwrap the member's value instead.
 */
import { binop, compare, truthy } from '../runtime/ops.ts';
import { hashOf } from '../runtime/hash.ts';
import { str } from '../runtime/repr.ts';
import { formatValue } from '../runtime/format-value.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { PyInstance, type NativeFn, type Value } from '../runtime/values.ts';
import { nativeMethods } from './native-class.ts';
import { getattr } from '../compile/objects.ts';

export type Mixin = 'int' | 'str';

/** A member's value; anything else unchanged. */
export function unwrap(v: Value): Value {
  return v instanceof PyInstance && v.dict.has('_value_') && v.dict.has('_name_') ? v.dict.get('_value_') : v;
}

function fits(mixin: Mixin, v: Value): boolean {
  return mixin === 'int' ? typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'object' && v !== null && 'v' in v) : typeof v === 'string';
}

export function mixinMethods(mixin: Mixin, ownStr: boolean): [string, Value][] {
  const defs: Record<string, NativeFn> = {};
  for (const [name, op] of [
    ['__eq__', '=='],
    ['__lt__', '<'],
    ['__le__', '<='],
    ['__gt__', '>'],
    ['__ge__', '>='],
  ] as const) {
    defs[name] = (a) => {
      const other = unwrap(a[1]);
      if (!fits(mixin, other)) return op === '==' ? false : NotImplemented;
      return compare(op, unwrap(a[0]), other);
    };
  }
  defs['__hash__'] = (a) => hashOf(unwrap(a[0]));
  // The value's own attributes and methods (`.upper()`, `.real`) answer what the member lacks.
  defs['__getattr__'] = (a) => getattr(unwrap(a[0]), a[1] as string);
  const arith: [string, string][] =
    mixin === 'int'
      ? [['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'], ['and', '&'], ['or', '|'], ['xor', '^'], ['lshift', '<<'], ['rshift', '>>']]
      : [['add', '+'], ['mul', '*']];
  for (const [n, op] of arith) {
    defs[`__${n}__`] = (a) => binop(op, unwrap(a[0]), unwrap(a[1]));
    defs[`__r${n}__`] = (a) => binop(op, unwrap(a[1]), unwrap(a[0]));
  }
  if (mixin === 'int') {
    defs['__int__'] = (a) => unwrap(a[0]);
    defs['__index__'] = (a) => unwrap(a[0]);
    defs['__bool__'] = (a) => truthy(unwrap(a[0]));
    // The value is an int (or bool): -x is 0 - x, ~x is -x - 1, as for any int.
    defs['__neg__'] = (a) => binop('-', 0, unwrap(a[0]));
    defs['__pos__'] = (a) => binop('+', 0, unwrap(a[0]));
    defs['__abs__'] = (a) => (compare('<', unwrap(a[0]), 0) ? binop('-', 0, unwrap(a[0])) : binop('+', 0, unwrap(a[0])));
    defs['__invert__'] = (a) => binop('-', binop('-', 0, unwrap(a[0])), 1);
  } else {
    defs['__len__'] = (a) => [...(unwrap(a[0]) as string)].length;
  }
  if (ownStr) {
    // ReprEnum: str() and format() are the value's own.
    defs['__str__'] = (a) => str(unwrap(a[0]));
    defs['__format__'] = (a) => formatValue(unwrap(a[0]), (a[1] as string | undefined) ?? '');
  }
  return nativeMethods(mixin === 'int' ? 'enum.IntEnum' : 'enum.StrEnum', defs);
}
