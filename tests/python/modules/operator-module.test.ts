import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('operator', () => {
  it('has the operators as functions and the getters with their reprs', () => {
    const src = py(
      'import operator',
      'from operator import itemgetter, attrgetter, methodcaller',
      'print(operator.add(1, 2), operator.mul("a", 3), operator.lt(1, 2), operator.not_([]), operator.neg(4))',
      'print(itemgetter(1)("ab"), itemgetter(0, 2)([1, 2, 3]), methodcaller("upper")("x"), attrgetter("real")(5))',
      'print(itemgetter(1), attrgetter("a.b"), methodcaller("f", 1, k=2))',
    );
    expect(out(src)).toBe("3 aaa True True -4\nb (1, 3) X 5\noperator.itemgetter(1) operator.attrgetter('a.b') operator.methodcaller('f', 1, k=2)\n");
  });
});
