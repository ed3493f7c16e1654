// Big ints through the runtime: operators, equality and ordering with floats, dict keys,
// builtins, formatting. Expected values are CPython 3.11's.
import { describe, expect, it } from 'vitest';
import { binop, compare, eq, keyOf } from '../../../src/python/runtime/ops.ts';
import { percentFormatValue, formatValue } from '../../../src/python/runtime/format-value.ts';
import { typeName } from '../../../src/python/runtime/types.ts';
import { call, dict, err, f, list, r, show, tup } from './helpers.ts';

const big = 2n ** 70n;

describe('operators', () => {
  it('overflow into bigints and come back to numbers when the result is safe', () => {
    expect(binop('+', Number.MAX_SAFE_INTEGER, 1)).toBe(2n ** 53n);
    expect(binop('-', 2n ** 53n, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(binop('//', 2n ** 60n, 2n ** 10n)).toBe(2 ** 50);
    expect(binop('**', 3, 40)).toBe(12157665459056928801n);
    expect(binop('<<', 1, 64)).toBe(2n ** 64n);
    expect(binop('%', -big, 7)).toBe(5);
    expect(r(binop('/', 10n ** 30n, 7))).toBe('1.4285714285714285e+29');
    expect(r(binop('**', 2, -1))).toBe('0.5');
  });
  it("raise CPython's errors", () => {
    expect(err(() => binop('+', 10n ** 400n, f(1)))).toBe('OverflowError: int too large to convert to float');
    expect(err(() => binop('/', 10n ** 400n, 3))).toBe('OverflowError: integer division result too large for a float');
    expect(err(() => binop('//', big, 0))).toBe('ZeroDivisionError: integer division or modulo by zero');
    expect(err(() => binop('<<', big, -1))).toBe('ValueError: negative shift count');
    expect(err(() => binop('<<', big, f(1)))).toBe("TypeError: unsupported operand type(s) for <<: 'int' and 'float'");
    expect(err(() => binop('*', 'ab', 2n ** 63n))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
  });
});

describe('comparisons are exact between ints and floats', () => {
  it('equality', () => {
    expect(eq(2n ** 53n, f(2 ** 53))).toBe(true);
    expect(eq(2n ** 53n + 1n, f(2 ** 53))).toBe(false);
    expect(eq(10n ** 400n, f(Infinity))).toBe(false);
    expect(eq(big, big * 1n)).toBe(true);
  });
  it('ordering', () => {
    expect(compare('>', 2n ** 53n + 1n, f(2 ** 53))).toBe(true);
    expect(compare('<', 10n ** 400n, f(Infinity))).toBe(true);
    expect(compare('<', 10n ** 400n, f(1e308))).toBe(false);
    expect(compare('<=', -big, 3)).toBe(true);
    expect(r(call('sorted', [list(big, f(1.5), -big, 3)]))).toBe('[-1180591620717411303424, 1.5, 3, 1180591620717411303424]');
  });
  it('one dict key for equal values', () => {
    expect(keyOf(f(2 ** 53))).toBe(keyOf(2n ** 53n));
    expect(keyOf(tup(f(2 ** 64), 1))).toBe(keyOf(tup(2n ** 64n, 1)));
    expect(r(dict([2n ** 53n, 'a'], [f(2 ** 53), 'b'], [10n ** 20n, 'c'], [f(1e20), 'd']))).toBe('{9007199254740992: \'b\', 100000000000000000000: \'d\'}');
  });
});

describe('builtins', () => {
  it('take and give big ints', () => {
    expect(typeName(big)).toBe('int');
    expect(r(call('isinstance', [big, call('type', [1])]))).toBe('True');
    expect(call('abs', [-big])).toBe(big);
    expect(call('hex', [-big])).toBe('-0x400000000000000000');
    expect(call('bin', [2n ** 54n])).toBe('0b1' + '0'.repeat(54));
    expect(r(call('divmod', [-big, 7]))).toBe('(-168655945816773043347, 5)');
    expect(call('pow', [3, -1, big + 1n])).toBe(393530540239137101142n);
    expect(call('pow', [big, big, 10 ** 9 + 7])).toBe(295837643);
    expect(call('round', [big, -5])).toBe(1180591620717411300000n);
    expect(call('int', ['9'.repeat(30)])).toBe(10n ** 30n - 1n);
    expect(call('int', [f(1e20)])).toBe(10n ** 20n);
    expect(r(call('float', [2n ** 54n + 1n]))).toBe('1.8014398509481984e+16');
    expect(call('sum', [list(2n ** 60n, 2n ** 60n, -(2n ** 61n))])).toBe(0);
    expect(call('hash', [-big])).toBe(-512);
    expect(r(call('bool', [big]))).toBe('True');
  });
  it('index and range with big ints as CPython does', () => {
    expect(err(() => call('len', [call('range', [2n ** 64n])]))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(call('len', [call('range', [2n ** 62n])])).toBe(2n ** 62n);
    expect(r(call('range', [10n ** 20n, 10n ** 20n + 5n, 2]))).toBe('range(100000000000000000000, 100000000000000000005, 2)');
    expect(r(call('list', [call('range', [2n ** 53n - 1n, 2n ** 53n + 1n])]))).toBe('[9007199254740991, 9007199254740992]');
  });
});

describe('formatting', () => {
  it('format() and f-string specs', () => {
    expect(formatValue(big, ',')).toBe('1,180,591,620,717,411,303,424');
    expect(formatValue(big, '_x')).toBe('40_0000_0000_0000_0000');
    expect(formatValue(big, 'e')).toBe('1.180592e+21');
    expect(formatValue(-big, '>30')).toBe('       -1180591620717411303424');
    expect(show(() => formatValue(10n ** 400n, 'e'))).toBe('OverflowError: int too large to convert to float');
    expect(show(() => formatValue(10n ** 4300n, ''))).toBe(
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    );
  });
  it("'%' of big ints and of floats past 2**53", () => {
    expect(percentFormatValue('%d', big)).toBe('1180591620717411303424');
    expect(percentFormatValue('%x|%o', tup(big, big))).toBe('400000000000000000|200000000000000000000000');
    expect(percentFormatValue('%d', f(1e21))).toBe('1000000000000000000000');
    expect(percentFormatValue('%.3e', big)).toBe('1.181e+21');
    expect(err(() => percentFormatValue('%c', big))).toBe('OverflowError: %c arg not in range(0x110000)');
    expect(err(() => percentFormatValue('%5%', tup(1)))).toBe("ValueError: unsupported format character '%' (0x25) at index 2");
  });
});
