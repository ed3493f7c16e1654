/** range: small ranges as PyRange, ranges past 2**53 as PyBigRange; both print and hash as range. */
import * as E from '../../../engine/exceptions.ts';
import type { Int } from '../../format/int-arith.ts';
import { PyBigRange } from '../big-range.ts';
import { asIndex, asInt, count, noKwargs, one, type Kwargs } from '../builtin-args.ts';
import { valueError } from '../errors.ts';
import { PyRange } from '../iter.ts';
import { eq } from '../ops.ts';
import { repr } from '../repr.ts';
import type { Value } from '../values.ts';
import { BuiltinType, CONTAINER_DUNDERS } from './builtin-type.ts';

type Range = PyRange | PyBigRange;

const rangeMethods = {
  count(self: Range, args: Value[], kw: Kwargs): Value {
    const v = one('range.count', args, kw);
    if (self instanceof PyBigRange) return self.indexOf(v) === -1 ? 0 : 1;
    let n = 0;
    for (let i = 0; i < self.length; i++) if (eq(self.at(i), v)) n++;
    return n;
  },
  index(self: Range, args: Value[], kw: Kwargs): Value {
    noKwargs('range.index', kw);
    const v = one('range.index', args, null);
    if (self instanceof PyBigRange) {
      const i = self.indexOf(v);
      return i === -1 ? valueError(`${repr(v)} is not in range`) : i;
    }
    for (let i = 0; i < self.length; i++) if (eq(self.at(i), v)) return i;
    return valueError(`${repr(v)} is not in range`);
  },
};

function bigRange(n: Int[]): PyBigRange {
  if (n.length === 1) return new PyBigRange(0, n[0], 1);
  if (n[2] === 0) throw E.pyErr(E.ValueError, 'range() arg 3 must not be zero');
  return new PyBigRange(n[0], n[1], n.length > 2 ? n[2] : 1);
}

export const rangeType = new BuiltinType<Range>({
  name: 'range',
  construct(args, kwargs) {
    noKwargs('range', kwargs);
    count('range', args, 1, 3);
    if (args.some((a) => typeof a === 'bigint')) return bigRange(args.map(asInt));
    const n = args.map(asIndex);
    if (n.length === 1) return new PyRange(0, n[0], 1);
    if (n[2] === 0) throw E.pyErr(E.ValueError, 'range() arg 3 must not be zero');
    return new PyRange(n[0], n[1], n.length > 2 ? n[2] : 1);
  },
  test: (v) => v instanceof PyRange || v instanceof PyBigRange,
  methods: rangeMethods,
  dunders: [...CONTAINER_DUNDERS, '__getitem__', '__bool__'],
  props: {
    start: (r) => r.start,
    stop: (r) => r.stop,
    step: (r) => r.step,
  },
  repr: (r) => r.pyRepr(),
});
