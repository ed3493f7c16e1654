// TEMPORARY placeholder written by the lead so that run.ts compiles while the builtins helper works.
// The builtins helper owns this file and replaces it entirely (keep the makeBuiltins signature).
import { PyBuiltin, PyFloat, PyList, type Value } from './values.ts';
import { PyRange } from './iter.ts';
import { pyLen } from './ops.ts';
import { str, repr } from './repr.ts';
import { interp } from './hooks.ts';

export function makeBuiltins(_io: { write(text: string): void }): Map<string, Value> {
  const m = new Map<string, Value>();
  m.set('range', new PyBuiltin('range', (a) => (a.length === 1 ? new PyRange(0, a[0] as number, 1) : new PyRange(a[0] as number, a[1] as number, (a[2] as number) ?? 1))));
  m.set('len', new PyBuiltin('len', (a) => pyLen(a[0])));
  m.set('str', new PyBuiltin('str', (a) => str(a[0])));
  m.set('repr', new PyBuiltin('repr', (a) => repr(a[0])));
  m.set('list', new PyBuiltin('list', (a) => new PyList(a.length ? [...interp.iterate(a[0])] : [])));
  m.set('float', new PyBuiltin('float', (a) => new PyFloat(Number(a[0]))));
  return m;
}
