/**
 * Augmented assignment (`x += y`): mutable operands change in place, so every alias sees
 * the change (`self.items += [x]`, `s |= other`), user classes get their `__iadd__` etc.,
 * and the rest falls back to the plain operator, with the augmented symbol in its errors.
 */
import { interp } from './hooks.ts';
import { iterate } from './iter.ts';
import { dictUpdate } from './types/dict-type.ts';
import { binop, findMethod, isInt } from './ops.ts';
import { PyNative } from './native.ts';
import { PyDict, PyInstance, PyList, PySet, type Value } from './values.ts';

const IDUNDER: Record<string, string> = {
  '+': '__iadd__',
  '-': '__isub__',
  '*': '__imul__',
  '/': '__itruediv__',
  '//': '__ifloordiv__',
  '%': '__imod__',
  '**': '__ipow__',
  '|': '__ior__',
  '&': '__iand__',
  '^': '__ixor__',
  '<<': '__ilshift__',
  '>>': '__irshift__',
};

export function inplaceOp(op: string, a: Value, b: Value): Value {
  if (a instanceof PyList) {
    if (op === '+') {
      // Snapshot first: `xs += xs` must not see its own appends.
      const add = b instanceof PyList ? b.items.slice() : [...iterate(b)];
      for (const x of add) a.items.push(x);
      return a;
    }
    if (op === '*' && isInt(b)) {
      // `*` checks the count (and the size limit); the list itself is then refilled in place.
      const made = (binop('*', a, b) as PyList).items;
      a.items.length = 0;
      for (const x of made) a.items.push(x);
      return a;
    }
  } else if (a instanceof PySet && b instanceof PySet) {
    if (setInplace(op, a, b)) return a;
  } else if (a instanceof PyDict && op === '|') {
    dictUpdate(a, b, null);
    return a;
  } else if (a instanceof PyInstance) {
    const m = findMethod(a, IDUNDER[op]!);
    if (m !== undefined) return interp.call(m, [a, b]);
  } else if (a instanceof PyNative && a.pyInplace !== undefined) {
    const r = a.pyInplace(op, b);
    if (r !== undefined) return r;
  }
  return binop(op, a, b, true);
}

function setInplace(op: string, a: PySet, b: PySet): boolean {
  switch (op) {
    case '|':
      for (const [k, v] of b.map) if (!a.map.has(k)) a.map.set(k, v);
      return true;
    case '&':
      for (const k of [...a.map.keys()]) if (!b.map.has(k)) a.map.delete(k);
      return true;
    case '-':
      for (const k of b.map.keys()) a.map.delete(k);
      return true;
    case '^':
      for (const [k, v] of [...b.map]) {
        if (a.map.has(k)) a.map.delete(k);
        else a.map.set(k, v);
      }
      return true;
  }
  return false;
}
