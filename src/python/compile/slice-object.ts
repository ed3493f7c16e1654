/**
 * The `slice` builtin: the type of `a:b:c` inside a subscript, so a class's __getitem__ can
 * test isinstance(key, slice), read start/stop/step and call indices(len).
 */
import * as E from '../../engine/exceptions.ts';
import { count, noKwargs } from '../runtime/builtin-args.ts';
import { typeName } from '../runtime/types.ts';
import { PyTuple, PyType, type Value } from '../runtime/values.ts';
import { registerBinding } from './objects.ts';
import { PySlice, sliceIndices } from './subscript.ts';

export const sliceType = new PyType(
  'slice',
  (args, kwargs) => {
    noKwargs('slice', kwargs);
    count('slice', args, 1, 3);
    if (args.length === 1) return new PySlice(null, args[0]!, null);
    return new PySlice(args[0]!, args[1]!, args[2] ?? null);
  },
  (v) => v instanceof PySlice,
);


registerBinding(PySlice, {
  methods: new Map([
    [
      'indices',
      (self: PySlice, args: Value[]) => {
        const n = args[0];
        if (args.length !== 1) throw E.pyErr(E.TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
        if (typeof n !== 'number' && typeof n !== 'boolean') throw E.pyErr(E.TypeError, `'${typeName(n ?? null)}' object cannot be interpreted as an integer`);
        const len = Number(n);
        if (len < 0) throw E.pyErr(E.ValueError, 'length should not be negative');
        return new PyTuple(sliceIndices(self, len));
      },
    ],
  ]),
  props: new Map<string, (self: never) => Value>([
    ['start', (self: PySlice) => self.start],
    ['stop', (self: PySlice) => self.stop],
    ['step', (self: PySlice) => self.step],
  ]),
});
