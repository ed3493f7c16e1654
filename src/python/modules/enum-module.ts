/**
 * `enum`: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique. The class behaviour that
 * CPython's EnumType metaclass gives (iteration, len, `Color(1)`, `Color['RED']`, `in`, the
 * class repr, members made from the class body) is written against PyClass's ClassProtocol.
 */
import { attributeError, raise, typeError, valueError } from '../runtime/errors.ts';
import * as E from '../../engine/exceptions.ts';
import { interp } from '../runtime/hooks.ts';
import { eq, keyOf } from '../runtime/ops.ts';
import { repr, str } from '../runtime/repr.ts';
import { formatValue } from '../runtime/format-value.ts';
import { PyMetaclass } from '../runtime/metaclass.ts';
import { PyBuiltin, PyClass, PyDict, PyInstance, PyList, PyModule, PyTuple, PyType, type ClassProtocol, type Value } from '../runtime/values.ts';
import { hashOf } from '../runtime/hash.ts';
import { typeName } from '../runtime/types.ts';
import { PyFunction } from '../compile/frame.ts';
import { isDataDescriptor, PyClassMethod, PyProperty, PyStaticMethod } from '../compile/descriptors.ts';
import { PyMethodDescriptor } from '../runtime/method-descriptor.ts';
import { lookupClass } from '../compile/instance-attrs.ts';
import { nativeClass, nativeMethods } from './native-class.ts';
import { makeClass } from '../compile/class.ts';
import { iterate, toArray } from '../runtime/iter.ts';
import { mixinMethods, type Mixin } from './enum-mixins.ts';
import { flagMethods, flagProtocolParts, nextFlagValue } from './enum-flag.ts';

/** What the metaclass keeps per enum class: members by name (aliases too) and by value. */
export interface EnumInfo {
  readonly byName: Map<string, PyInstance>;
  /** Canonical members in definition order. */
  readonly members: PyInstance[];
  readonly byValue: Map<unknown, PyInstance>;
  readonly flag: boolean;
  readonly mixin: Mixin | null;
}

function isSunderOrDunder(name: string): boolean {
  return (name.length > 2 && name.startsWith('__') && name.endsWith('__')) || (name.length > 2 && name.startsWith('_') && name.endsWith('_'));
}

function isDescriptorLike(v: Value): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyStaticMethod ||
    v instanceof PyClassMethod ||
    v instanceof PyMethodDescriptor ||
    v instanceof PyBuiltin ||
    v instanceof PyClass ||
    isDataDescriptor(v) ||
    (v instanceof PyInstance && lookupClass(v.cls, '__get__') !== undefined)
  );
}

function singleBit(v: Value | undefined): boolean {
  // log2 is exact at powers of two (beyond 32 bits, where `&` would truncate).
  if (typeof v === 'number') return v > 0 && Number.isInteger(v) && Number.isInteger(Math.log2(v));
  if (typeof v === 'bigint') return v > 0n && (v & (v - 1n)) === 0n;
  return false;
}

export function makeEnumModule(): PyModule {
  const d = new Map<string, Value>();
  const infos = new WeakMap<PyClass, EnumInfo>();
  const infoOf = (cls: PyClass): EnumInfo | undefined => infos.get(cls);

  const auto = nativeClass(
    'enum',
    'auto',
    [],
    nativeMethods('enum.auto', {
      __init__: (args) => {
        (args[0] as PyInstance).dict.set('value', args.length > 1 ? args[1] : autoPending);
        return null;
      },
      __repr__: (args) => `auto(${repr((args[0] as PyInstance).dict.get('value'))})`,
    }),
  );
  const autoPending = new PyInstance(nativeClass('enum', '_auto_null', [], []));

  /**
   * The members that iteration, len() and _member_names_ show: a Flag's are its single-bit
   * ones (3.11 treats 0 and multi-bit values like RW = R | W as aliases).
   */
  const listed = (info: EnumInfo): PyInstance[] => (info.flag ? info.members.filter((m) => singleBit(m.dict.get('_value_'))) : info.members);
  /** An `auto()` member's value, as _generate_next_value_ (or the kind's default) gives it. */
  const resolveAuto = (raw: Value, name: string, gen: Value | undefined, flag: boolean, mixin: Mixin | null, count: number, lastValues: readonly Value[]): Value => {
    if (!(raw instanceof PyInstance && raw.cls === auto)) return raw;
    const value = raw.dict.get('value')!;
    if (value !== autoPending) return value;
    const fn = gen instanceof PyStaticMethod ? gen.fn : gen;
    if (fn !== undefined && !(fn instanceof PyMethodDescriptor)) return interp.call(fn, [name, 1, count, listOf([...lastValues])]);
    if (flag) return nextFlagValue(lastValues);
    return mixin === 'str' ? name.toLowerCase() : nextValue(lastValues);
  };

  /**
   * The class body's namespace (EnumType.__prepare__'s _EnumDict): `R = auto()` stores the
   * value right away, so later lines of the body can use it (`RW = R | W` in a Flag).
   */
  class EnumNamespace extends Map<string, Value> {
    private readonly memberValues: Value[] = [];
    constructor(
      private readonly baseVals: readonly Value[],
      private readonly flag: boolean,
      private readonly mixin: Mixin | null,
    ) {
      super();
    }
    override set(name: string, v: Value): this {
      // Map's constructor has no entries to add here; members start once the fields exist.
      if (this.memberValues === undefined || isSunderOrDunder(name) || isDescriptorLike(v)) return super.set(name, v);
      const gen = super.get('_generate_next_value_') ?? this.baseVals.map((b) => (b instanceof PyClass ? lookupClass(b, '_generate_next_value_') : undefined)).find((g) => g !== undefined);
      const value = resolveAuto(v, name, gen, this.flag, this.mixin, this.memberValues.length, this.memberValues);
      this.memberValues.push(value);
      return super.set(name, value);
    }
  }

  const prepare = (bases: readonly Value[]): Map<string, Value> => {
    const inherited = bases.map((b) => (b instanceof PyClass ? infos.get(b) : undefined)).find((i) => i !== undefined);
    const builtin = bases.find((b): b is PyType => b instanceof PyType && (b.name === 'int' || b.name === 'str'));
    const mixin = (builtin?.name as Mixin | undefined) ?? inherited?.mixin ?? null;
    return new EnumNamespace(bases, inherited?.flag ?? false, mixin);
  };

  const lookupValue = (cls: PyClass, value: Value): PyInstance | null => {
    const info = infoOf(cls)!;
    let key: unknown;
    try {
      key = keyOf(value);
    } catch (e) {
      // An unhashable value (a list): compare with each member's value instead.
      if (!(e instanceof E.PyException)) throw e;
      return info.members.find((m) => eq(m.dict.get('_value_'), value)) ?? null;
    }
    return info.byValue.get(key) ?? null;
  };


  const protocol: ClassProtocol = {
    mixesIn: ['int', 'str'],
    prepare,
    created(cls) {
      const baseInfo = cls.mro.slice(1).find((b): b is PyClass => b instanceof PyClass && infos.has(b));
      const inherited = baseInfo !== undefined ? infos.get(baseInfo)! : null;
      if (inherited !== null && inherited.members.length > 0) typeError(`<enum ${repr(cls.name)}> cannot extend ${repr(baseInfo!)}`);
      const mixinName = cls.dict.get('__enum_mixin__') ?? inherited?.mixin ?? null;
      const flag = inherited?.flag ?? false;
      const info: EnumInfo = { byName: new Map(), members: [], byValue: new Map(), flag, mixin: (mixinName as Mixin | null) ?? null };
      infos.set(cls, info);
      if (typeof mixinName === 'string' && cls.dict.has('__enum_mixin__')) for (const [k, v] of mixinMethods(mixinName as Mixin, false)) if (!cls.dict.has(k)) cls.dict.set(k, v);
      const ignore = cls.dict.get('_ignore_');
      const ignored = new Set<string>(typeof ignore === 'string' ? ignore.split(/[\s,]+/) : ignore instanceof PyList || ignore instanceof PyTuple ? (ignore.items as string[]) : []);
      const gen = lookupClass(cls, '_generate_next_value_');
      const lastValues: Value[] = [];
      for (const [name, raw] of [...cls.dict]) {
        if (isSunderOrDunder(name) || ignored.has(name) || isDescriptorLike(raw)) continue;
        const value = resolveAuto(raw, name, gen, flag, info.mixin, info.members.length, lastValues);
        lastValues.push(value);
        const existing = lookupValue(cls, value);
        if (existing !== null) {
          // An alias: the same member under another name.
          info.byName.set(name, existing);
          cls.dict.set(name, existing);
          continue;
        }
        const member = new PyInstance(cls);
        member.dict.set('_value_', value);
        member.dict.set('_name_', name);
        const init = lookupClass(cls, '__init__');
        if (init instanceof PyFunction) interp.call(init, [member, ...(value instanceof PyTuple ? value.items : [value])]);
        info.byName.set(name, member);
        info.members.push(member);
        try {
          info.byValue.set(keyOf(value), member);
        } catch (e) {
          // Unhashable values are found by a linear search (lookupValue).
          if (!(e instanceof E.PyException)) throw e;
        }
        cls.dict.set(name, member);
      }
      const map = new PyDict();
      for (const [k, v] of info.byName) map.map.set(k, { k, v });
      cls.dict.set('__members__', map);
      cls.dict.set('_member_names_', listOf(listed(info).map((m) => m.dict.get('_name_'))));
    },
    iter: (cls) => listed(infoOf(cls)!),
    len: (cls) => listed(infoOf(cls)!).length,
    contains(cls, v) {
      if (v instanceof PyInstance && v.cls.mro.includes(cls)) return infoOf(cls)!.flag ? flagProtocolParts.contains(cls, v) : infoOf(cls)!.members.includes(v);
      return typeError(`unsupported operand type(s) for 'in': '${typeName(v)}' and 'EnumType'`);
    },
    getItem(cls, key) {
      const m = typeof key === 'string' ? infoOf(cls)!.byName.get(key) : undefined;
      if (m === undefined) throw E.pyErr(E.KeyError, key);
      return m;
    },
    call(cls, args, kwargs) {
      if (args.length >= 2 || kwargs?.has('names') === true) return functional(cls, args, kwargs);
      if (kwargs !== null && kwargs.size > 0) typeError(`${cls.name}() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
      if (args.length !== 1) typeError(`EnumType.__call__() missing 1 required positional argument: 'value'`);
      const value = args[0];
      if (value instanceof PyInstance && value.cls === cls) return value;
      const found = lookupValue(cls, value);
      if (found !== null) return found;
      if (infoOf(cls)!.flag) {
        const made = flagProtocolParts.compose(cls, infoOf(cls)!, value);
        if (made !== null) return made;
      }
      const missing = lookupClass(cls, '_missing_');
      if (missing instanceof PyClassMethod) {
        const r = interp.call(missing.fn, [cls, value]);
        if (r instanceof PyInstance && r.cls === cls) return r;
      }
      return raise(E.ValueError, `${repr(value)} is not a valid ${cls.dict.get('__qualname__') ?? cls.name}`);
    },
    repr: (cls) => `<${infoOf(cls)?.flag === true ? 'flag' : 'enum'} '${cls.name}'>`,
    missingAttr(cls, name) {
      const m = name.startsWith('__') && name.endsWith('__') ? undefined : infoOf(cls)?.byName.get(name);
      return m ?? raise(E.AttributeError, name);
    },
    delattr(cls, name) {
      if (infoOf(cls)?.byName.has(name) === true) attributeError(`'${cls.name}' cannot delete member '${name}'.`);
      return false;
    },
    setattr(cls, name) {
      if (infoOf(cls)?.byName.has(name) === true) attributeError(`cannot reassign member '${name}'`);
      return false;
    },
  };

  /** The functional API: `Enum('Color', 'RED GREEN')`, a list of names, of (name, value) pairs, or a dict. */
  const functional = (base: PyClass, args: Value[], kwargs: Map<string, Value> | null): PyClass => {
    const name = args[0] ?? kwargs?.get('value');
    const names = args.length > 1 ? args[1] : kwargs?.get('names');
    if (infoOf(base)!.members.length > 0) typeError(`<enum ${repr(name)}> cannot extend ${repr(base)}`);
    if (typeof name !== 'string') typeError('Enum() first argument must be the class name');
    const ns = new Map<string, Value>([
      ['__module__', '__main__'],
      ['__qualname__', name],
    ]);
    const autoValue = (): PyInstance => {
      const a = new PyInstance(auto);
      a.dict.set('value', autoPending);
      return a;
    };
    if (typeof names === 'string') {
      for (const n of names.replace(/,/g, ' ').split(/\s+/).filter((x) => x !== '')) ns.set(n, autoValue());
    } else if (names instanceof PyDict) {
      for (const { k, v } of names.map.values()) ns.set(k as string, v);
    } else {
      for (const item of iterate(names)) {
        if (typeof item === 'string') ns.set(item, autoValue());
        else {
          const [k, v] = toArray(item);
          ns.set(k as string, v);
        }
      }
    }
    return makeClass(name as string, [base], ns);
  };

  // enum.property: members' name and value cannot be set or deleted.
  const memberAttr = (attr: string, slot: string): PyProperty => {
    const p = new PyProperty(
      new PyBuiltin(attr, (a) => (a[0] as PyInstance).dict.get(slot)),
      new PyBuiltin(attr, () => attributeError(`<enum 'Enum'> cannot set attribute '${attr}'`)),
      new PyBuiltin(attr, () => attributeError(`<enum 'Enum'> cannot delete attribute '${attr}'`)),
      null,
    );
    p.name = attr;
    return p;
  };
  const nameProp = memberAttr('name', '_name_');
  const valueProp = memberAttr('value', '_value_');
  const enumBase = (name: string, bases: PyClass[], extra: [string, Value][]): PyClass => {
    const cls = nativeClass('enum', name, bases, extra);
    cls.meta = protocol;
    const flag = name === 'Flag' || bases.some((b) => infos.get(b)?.flag === true);
    const ownMixin = extra.find(([k]) => k === '__enum_mixin__')?.[1] as Mixin | undefined;
    const mixin = ownMixin ?? bases.map((b) => infos.get(b)?.mixin ?? null).find((m) => m !== null) ?? null;
    infos.set(cls, { byName: new Map(), members: [], byValue: new Map(), flag, mixin });
    return cls;
  };
  const Enum = enumBase('Enum', [], [
    ['name', nameProp],
    ['value', valueProp],
    ...nativeMethods('enum.Enum', {
      __repr__: (a) => {
        const m = a[0] as PyInstance;
        return `<${m.cls.name}.${String(m.dict.get('_name_'))}: ${reprValue(m)}>`;
      },
      __str__: (a) => `${(a[0] as PyInstance).cls.name}.${String((a[0] as PyInstance).dict.get('_name_'))}`,
      __format__: (a) => formatValue(str(a[0]), (a[1] as string | undefined) ?? ''),
      __hash__: (a) => hashName(a[0] as PyInstance),
      __reduce_ex__: () => null,
    }),
  ]);
  const reprValue = (m: PyInstance): string => {
    const info = infoOf(m.cls);
    const v = m.dict.get('_value_');
    return info?.mixin === 'int' && typeof v === 'number' ? String(v) : repr(v);
  };
  const hashName = (m: PyInstance): Value => hashOf(m.dict.get('_name_'));

  const IntEnum = enumBase('IntEnum', [Enum], [['__enum_mixin__', 'int'], ...mixinMethods('int', true)]);
  const StrEnum = enumBase('StrEnum', [Enum], [['__enum_mixin__', 'str'], ...mixinMethods('str', true)]);
  const Flag = enumBase('Flag', [Enum], flagMethods(infoOf));
  const IntFlag = enumBase('IntFlag', [Flag], [['__enum_mixin__', 'int'], ...mixinMethods('int', true), ...flagMethods(infoOf)]);
  for (const [k, v] of [['Enum', Enum], ['IntEnum', IntEnum], ['StrEnum', StrEnum], ['Flag', Flag], ['IntFlag', IntFlag], ['auto', auto]] as const) d.set(k, v);
  d.set('EnumType', new PyMetaclass('EnumType', 'enum', protocol));
  d.set('EnumMeta', d.get('EnumType'));
  d.set(
    'unique',
    new PyBuiltin('unique', (args) => {
      const cls = args[0] as PyClass;
      const info = infoOf(cls);
      if (info === undefined) return cls;
      const dups: string[] = [];
      for (const [name, m] of info.byName) if (m.dict.get('_name_') !== name) dups.push(`${name} -> ${String(m.dict.get('_name_'))}`);
      if (dups.length > 0) valueError(`duplicate values found in ${repr(cls)}: ${dups.join(', ')}`);
      return cls;
    }),
  );
  return new PyModule('enum', d);
}

function listOf(items: Value[]): PyList {
  return new PyList(items);
}

/** Enum._generate_next_value_: one more than the last value that supports `+ 1`, else 1. */
function nextValue(last: readonly Value[]): Value {
  for (let i = last.length - 1; i >= 0; i--) {
    const v = last[i];
    if (typeof v === 'number') return v + 1;
  }
  return 1;
}
