/**
 * @typing.runtime_checkable: isinstance(x, P) for a Protocol class P checks structurally, as
 * CPython's _ProtocolMeta does: x has every member the protocol classes define or annotate.
 */
import { optionalAttr } from '../../compile/descriptor-builtins.ts';
import { PyDict, PyInstance, PyClass, type Value } from '../../runtime/values.ts';

// Names every class body has, which CPython's _get_protocol_attrs leaves out.
const NOT_MEMBERS = new Set([
  '__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__annotations__', '__init__',
  '__abstractmethods__', '__parameters__', '__orig_bases__', '__slots__', '__class_getitem__',
  '__init_subclass__', '__subclasshook__', '__protocol_attrs__', '__match_args__', '_is_protocol', '_is_runtime_protocol',
]);

function protocolMembers(cls: PyClass, protocol: PyClass): string[] {
  const names = new Set<string>();
  for (const base of cls.mro) {
    if (!(base instanceof PyClass) || base === protocol || base.mro.indexOf(protocol) < 0) continue;
    for (const k of base.dict.keys()) if (!NOT_MEMBERS.has(k) && !k.startsWith('_abc_')) names.add(k);
    const ann = base.dict.get('__annotations__');
    if (ann instanceof PyDict) for (const { k } of ann.map.values()) if (typeof k === 'string') names.add(k);
  }
  return [...names];
}

const MISSING = Symbol('missing') as unknown as Value;

export function makeRuntimeCheckable(cls: Value, protocol: PyClass): Value {
  if (!(cls instanceof PyClass) || !cls.mro.includes(protocol)) return cls;
  const members = protocolMembers(cls, protocol);
  Object.defineProperty(cls, 'pyInstanceCheck', {
    value: (v: Value): boolean => {
      if (v instanceof PyInstance && v.cls.mro.includes(cls)) return true;
      return members.every((m) => optionalAttr(v, m, MISSING) !== MISSING);
    },
  });
  return cls;
}
