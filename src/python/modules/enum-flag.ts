/** Flag and IntFlag: members combine with `| & ^ ~`; a combination is a pseudo-member named `R|W`. */
import { typeError } from '../runtime/errors.ts';
import { keyOf } from '../runtime/ops.ts';
import { makeIterator } from '../runtime/iter.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { PyClass, PyInstance, type Value } from '../runtime/values.ts';
import { nativeMethods } from './native-class.ts';
import type { EnumInfo } from './enum-module.ts';

/** Flag._generate_next_value_: the next power of two above the highest value so far. */
export function nextFlagValue(last: readonly Value[]): number {
  let high = 0;
  for (const v of last) if (typeof v === 'number' && v > high) high = v;
  if (high === 0) return 1;
  return 2 ** Math.floor(Math.log2(high) + 1);
}

function valueOf(v: Value): number | null {
  if (v instanceof PyInstance && typeof v.dict.get('_value_') === 'number') return v.dict.get('_value_') as number;
  return typeof v === 'number' ? v : null;
}

/** The single-bit members of `value`, in definition order (Flag._iter_member_by_def_). */
function parts(info: EnumInfo, value: number): PyInstance[] {
  return info.members.filter((m) => {
    const v = m.dict.get('_value_') as number;
    return v !== 0 && (v & (v - 1)) === 0 && (value & v) === v;
  });
}

export const flagProtocolParts = {
  contains(cls: PyClass, v: PyInstance): boolean {
    return v.cls === cls;
  },
  /** `Perm(3)`: the pseudo-member for a combination of members' bits, made once. */
  compose(cls: PyClass, info: EnumInfo, value: Value): PyInstance | null {
    if (typeof value !== 'number') return null;
    let all = 0;
    for (const m of info.members) all |= m.dict.get('_value_') as number;
    if ((value & ~all) !== 0 && info.mixin !== 'int') return null;
    const m = new PyInstance(cls);
    const ps = parts(info, value);
    m.dict.set('_value_', value);
    const names = ps.map((p) => p.dict.get('_name_') as string);
    // IntFlag keeps bits no member names, shown as a number: `X|4`.
    const covered = ps.reduce((acc, p) => acc | (p.dict.get('_value_') as number), 0);
    if ((value & ~covered) !== 0 && names.length > 0) names.push(String(value & ~covered));
    m.dict.set('_name_', names.length === 0 ? null : names.join('|'));
    info.byValue.set(keyOf(value), m);
    return m;
  },
};

export function flagMethods(infoOf: (cls: PyClass) => EnumInfo | undefined): [string, Value][] {
  const make = (self: PyInstance, value: number): Value => {
    const info = infoOf(self.cls)!;
    return info.byValue.get(keyOf(value)) ?? flagProtocolParts.compose(self.cls, info, value);
  };
  const binary = (f: (x: number, y: number) => number) => (a: Value[]) => {
    const self = a[0] as PyInstance;
    const other = a[1];
    const isMember = other instanceof PyInstance && other.cls === self.cls;
    if (!isMember && !(infoOf(self.cls)!.mixin === 'int' && typeof other === 'number')) return NotImplemented;
    return make(self, f(valueOf(self)!, valueOf(other)!));
  };
  return nativeMethods('enum.Flag', {
    __or__: binary((x, y) => x | y),
    __and__: binary((x, y) => x & y),
    __xor__: binary((x, y) => x ^ y),
    __ror__: binary((x, y) => x | y),
    __rand__: binary((x, y) => x & y),
    __invert__: (a) => {
      const self = a[0] as PyInstance;
      let all = 0;
      for (const m of infoOf(self.cls)!.members) all |= m.dict.get('_value_') as number;
      return make(self, all & ~valueOf(self)!);
    },
    __bool__: (a) => valueOf(a[0]) !== 0,
    __contains__: (a) => {
      const self = a[0] as PyInstance;
      const other = a[1];
      if (!(other instanceof PyInstance) || other.cls !== self.cls) typeError(`unsupported operand type(s) for 'in': '${other instanceof PyInstance ? other.cls.name : typeof other}' and '${self.cls.name}'`);
      const v = valueOf(other)!;
      return (valueOf(self)! & v) === v;
    },
    __iter__: (a) => {
      const self = a[0] as PyInstance;
      return makeIterator('list_iterator', parts(infoOf(self.cls)!, valueOf(self)!));
    },
    __len__: (a) => parts(infoOf((a[0] as PyInstance).cls)!, valueOf(a[0])!).length,
    __repr__: (a) => {
      const self = a[0] as PyInstance;
      const name = self.dict.get('_name_');
      return name === null ? `<${self.cls.name}: ${String(valueOf(self))}>` : `<${self.cls.name}.${String(name)}: ${String(valueOf(self))}>`;
    },
    __str__: (a) => {
      const self = a[0] as PyInstance;
      const name = self.dict.get('_name_');
      if (infoOf(self.cls)!.mixin === 'int') return String(valueOf(self));
      return name === null ? `${self.cls.name}(${String(valueOf(self))})` : `${self.cls.name}.${String(name)}`;
    },
  });
}
