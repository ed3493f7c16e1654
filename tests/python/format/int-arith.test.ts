// Ints of any size against CPython 3.11 (fixtures/tables/int-arith.py writes the rows), and
// the representation rule: a number while safe, a bigint beyond, never both for one value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bitLength, floatRepr, intAdd, intAnd, intDivmod, intFloorDiv, intFromDigits, intMod, intMul, intOr,
  intPow, intRound, intShl, intShr, intSub, intToFloat, intToString, intTrueDiv, intXor, normBig,
  parseIntStr, type Int,
} from '../../../src/python/format';
import { PyException } from '../../../src/engine/exceptions';

type Row = [op: string, a: string, b: string, kind: string, result: string | string[]];
const rows = JSON.parse(readFileSync(new URL('./fixtures/int-arith.json', import.meta.url), 'utf8')) as Row[];

const int = (s: string): Int => normBig(BigInt(s));
const show = (v: Int | number, isFloat: boolean): [string, string] => (isFloat ? ['float', floatRepr(v as number)] : ['int', intToString(v)]);

const ops: Record<string, (a: Int, b: Int) => [string, string | string[]]> = {
  add: (a, b) => show(intAdd(a, b), false),
  sub: (a, b) => show(intSub(a, b), false),
  mul: (a, b) => show(intMul(a, b), false),
  floordiv: (a, b) => show(intFloorDiv(a, b), false),
  mod: (a, b) => show(intMod(a, b), false),
  divmod: (a, b) => ['pair', intDivmod(a, b).map((x) => intToString(x))],
  truediv: (a, b) => show(intTrueDiv(a, b), true),
  and: (a, b) => show(intAnd(a, b), false),
  or: (a, b) => show(intOr(a, b), false),
  xor: (a, b) => show(intXor(a, b), false),
  pow: (a, b) => show(intPow(a, b), false),
  shl: (a, b) => show(intShl(a, b), false),
  shr: (a, b) => show(intShr(a, b), false),
  float: (a) => show(intToFloat(a), true),
  round: (a, b) => show(intRound(a, Number(b)), false),
};

function run(op: string, a: Int, b: Int): [string, string | string[]] {
  try {
    return ops[op]!(a, b);
  } catch (e) {
    if (e instanceof PyException) return [e.cls.name, String(e.args[0])];
    throw e;
  }
}

describe('int arithmetic matches CPython on both sides of 2**53', () => {
  it.each(rows)('%s(%s, %s)', (op, a, b, kind, result) => {
    expect(run(op, int(a), int(b))).toEqual([kind, result]);
  });
});

describe('one representation per value', () => {
  it('keeps safe results as numbers and larger ones as bigints', () => {
    expect(intFloorDiv(2n ** 60n, 2n ** 10n)).toBe(2 ** 50);
    expect(intSub(2n ** 53n, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(intAdd(Number.MAX_SAFE_INTEGER, 1)).toBe(2n ** 53n);
    expect(intMul(2 ** 30, 2 ** 30)).toBe(2n ** 60n);
    expect(normBig(-5n)).toBe(-5);
    expect(intMod(-(2n ** 70n), 7)).toBe(5);
  });
  it('refuses ints past its size limit with a MemoryError instead of freezing the tab', () => {
    expect(() => intPow(2, 2 ** 30)).toThrow(PyException);
    expect(() => intShl(1, 2n ** 40n)).toThrow(PyException);
  });
  it('measures bit lengths exactly', () => {
    expect([0, 1, 255, 2 ** 31, Number.MAX_SAFE_INTEGER, 2n ** 53n, -(2n ** 70n)].map((n) => bitLength(n))).toEqual([0, 1, 8, 32, 53, 54, 71]);
  });
});

describe("str(int) and int(str) keep CPython 3.11's 4300-digit limit", () => {
  const limitError = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof PyException) return `${e.cls.name}: ${String(e.args[0])}`;
    }
    return 'no error';
  };
  it('prints 4300 digits and refuses 4301', () => {
    expect(intToString(10n ** 4299n).length).toBe(4300);
    expect(intToString(-(10n ** 4299n)).length).toBe(4301);
    expect(limitError(() => intToString(10n ** 4300n))).toBe(
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    );
    expect(intToString(10n ** 4300n, 16).slice(0, 5)).toBe('1392b');
  });
  it('parses 4300 digits and refuses more, counting digits without underscores', () => {
    expect(parseIntStr('9'.repeat(4300))).toBe(10n ** 4300n - 1n);
    expect(limitError(() => parseIntStr('1_0'.repeat(2200)))).toBe(
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4400 digits; use sys.set_int_max_str_digits() to increase the limit',
    );
    // Power-of-two bases have no limit.
    expect(intFromDigits('f'.repeat(5000), 16, false)).toBe(16n ** 5000n - 1n);
    expect(parseIntStr('z'.repeat(20), 36)).toBe(13367494538843734067838845976575n);
  });
});
