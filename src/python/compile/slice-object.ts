/**
 * The `slice` builtin: the type of `a:b:c` inside a subscript, so a class's __getitem__ can
 * test isinstance(key, slice), read start/stop/step and call indices(len).
 */
import * as E from '../../engine/exceptions.ts';
import { count, noKwargs } from '../runtime/builtin-args.ts';
import { typeName } from '../runtime/types.ts';
import { PyTuple } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { PySlice, sliceIndices } from './subscript.ts';

export const sliceType = declareEngineType({
  cls: PySlice,
  name: 'slice',
  module: 'builtins',
  construct: (args, kwargs) => {
    noKwargs('slice', kwargs);
    count('slice', args, 1, 3);
    if (args.length === 1) return new PySlice(null, args[0]!, null);
    return new PySlice(args[0]!, args[1]!, args[2] ?? null);
  },
  methods: [
    [
      'indices',
      (self, args) => {
        const n = args[0];
        if (args.length !== 1) throw E.pyErr(E.TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
        if (typeof n !== 'number' && typeof n !== 'boolean') throw E.pyErr(E.TypeError, `'${typeName(n ?? null)}' object cannot be interpreted as an integer`);
        const len = Number(n);
        if (len < 0) throw E.pyErr(E.ValueError, 'length should not be negative');
        return new PyTuple(sliceIndices(self, len));
      },
    ],
  ],
  props: [
    ['start', (self) => self.start],
    ['stop', (self) => self.stop],
    ['step', (self) => self.step],
  ],
});
