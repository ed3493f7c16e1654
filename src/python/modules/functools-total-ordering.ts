/** functools.total_ordering: the missing rich comparisons, derived from the one the class defines. */
import { valueError } from '../runtime/errors.ts';
import { eq, truthy } from '../runtime/ops.ts';
import { NotImplemented } from '../runtime/not-implemented.ts';
import { interp } from '../runtime/hooks.ts';
import { PyBuiltin, PyClass, type Value } from '../runtime/values.ts';
import { nativeFunction } from './native-class.ts';

type Derive = (r: Value, self: Value, other: Value) => Value;
const notR: Derive = (r) => !truthy(r);
const andNe: Derive = (r, a, b) => truthy(r) && !eq(a, b);
const orEq: Derive = (r, a, b) => truthy(r) || eq(a, b);
const notAndNe: Derive = (r, a, b) => !truthy(r) && !eq(a, b);
const notOrEq: Derive = (r, a, b) => !truthy(r) || eq(a, b);

/** functools._convert: for each root, how each other comparison follows from it. */
const CONVERT: Record<string, [string, Derive][]> = {
  __lt__: [
    ['__gt__', notAndNe],
    ['__le__', orEq],
    ['__ge__', notR],
  ],
  __le__: [
    ['__ge__', notOrEq],
    ['__lt__', andNe],
    ['__gt__', notR],
  ],
  __gt__: [
    ['__lt__', notAndNe],
    ['__ge__', orEq],
    ['__le__', notR],
  ],
  __ge__: [
    ['__le__', notOrEq],
    ['__gt__', andNe],
    ['__lt__', notR],
  ],
};

/** A comparison the class (or a base of the program's) defines, not object's default. */
function defined(cls: PyClass, name: string): Value | undefined {
  for (const c of cls.mro) if (c instanceof PyClass && c.dict.has(name)) return c.dict.get(name);
  return undefined;
}

export function makeTotalOrdering(): PyBuiltin {
  return new PyBuiltin('total_ordering', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyClass)) return cls;
    const roots = Object.keys(CONVERT).filter((op) => defined(cls, op) !== undefined);
    // CPython picks max(roots): the largest name, so __lt__ before __le__, __gt__, __ge__.
    if (roots.length === 0) valueError('must define at least one ordering operation: < > <= >=');
    const root = roots.sort().at(-1)!;
    for (const [op, derive] of CONVERT[root]!) {
      if (roots.includes(op)) continue;
      const f = nativeFunction(`total_ordering.<locals>.${op}`, { params: ['self', 'other'], filename: 'functools.py' }, (a) => {
        const self = a.get('self');
        const other = a.get('other');
        const r = interp.call(defined(cls, root), [self, other]);
        if (r === NotImplemented) return r;
        return derive(r, self, other);
      });
      cls.dict.set(op, f);
    }
    return cls;
  });
}
