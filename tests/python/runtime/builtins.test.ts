import { describe, expect, it } from 'vitest';
import * as E from '../../../src/engine/exceptions.ts';
import { pyHash } from '../../../src/python/runtime/hash.ts';
import { typeAttribute } from '../../../src/python/runtime/builtin-types.ts';
import { eq } from '../../../src/python/runtime/ops.ts';
import { NO_CALL_SITE, PyBuiltin, PyClass, PyInstance, PyType, type Value } from '../../../src/python/runtime/values.ts';
import { B, call, dict, f, list, meth, printed, r, show, tup } from './helpers.ts';

// Expected texts are CPython 3.11's repr of each expression (or its exception line).
describe('builtins match CPython', () => {
  const cases: [string, () => Value, string][] = [
    ["len()", () => call('len'), "TypeError: len() takes exactly one argument (0 given)"],
    ["len(1,2)", () => call('len', [1, 2]), "TypeError: len() takes exactly one argument (2 given)"],
    ["len(5)", () => call('len', [5]), "TypeError: object of type 'int' has no len()"],
    ["len(x=1)", () => call('len', [], { x: 1 }), "TypeError: len() takes no keyword arguments"],
    ["len('a\ud83d\ude00')", () => call('len', ['a😀']), "2"],
    ["len({'a': 1}.keys())", () => call('len', [meth(dict(['a', 1]), 'keys')]), "1"],
    ["len(iter([]))", () => call('len', [call('iter', [list()])]), "TypeError: object of type 'list_iterator' has no len()"],
    ["abs()", () => call('abs'), "TypeError: abs() takes exactly one argument (0 given)"],
    ["abs('a')", () => call('abs', ['a']), "TypeError: bad operand type for abs(): 'str'"],
    ["abs(True)", () => call('abs', [true]), "1"],
    ["abs(-2.5)", () => call('abs', [f(-2.5)]), "2.5"],
    ["abs(-3)", () => call('abs', [-3]), "3"],
    ["abs(x=1)", () => call('abs', [], { x: 1 }), "TypeError: abs() takes no keyword arguments"],
    ["max()", () => call('max'), "TypeError: max expected at least 1 argument, got 0"],
    ["max([])", () => call('max', [list()]), "ValueError: max() arg is an empty sequence"],
    ["min([])", () => call('min', [list()]), "ValueError: min() arg is an empty sequence"],
    ["max([], default=3)", () => call('max', [list()], { default: 3 }), "3"],
    ["max(1,2, default=3)", () => call('max', [1, 2], { default: 3 }), "TypeError: Cannot specify a default for max() with multiple positional arguments"],
    ["max([1], foo=2)", () => call('max', [list(1)], { foo: 2 }), "TypeError: 'foo' is an invalid keyword argument for max()"],
    ["max(1)", () => call('max', [1]), "TypeError: 'int' object is not iterable"],
    ["max([1,'a'])", () => call('max', [list(1, 'a')]), "TypeError: '>' not supported between instances of 'str' and 'int'"],
    ["min([1,'a'])", () => call('min', [list(1, 'a')]), "TypeError: '<' not supported between instances of 'str' and 'int'"],
    ["max('a', 1)", () => call('max', ['a', 1]), "TypeError: '>' not supported between instances of 'int' and 'str'"],
    ["max(3, 1.5, 7)", () => call('max', [3, f(1.5), 7]), "7"],
    ["min('bca')", () => call('min', ['bca']), "'a'"],
    ["max(['aa', 'b', 'cc'], key=len)", () => call('max', [list('aa', 'b', 'cc')], { key: B.get('len') }), "'aa'"],
    ["min(['aa', 'b', 'cc'], key=len)", () => call('min', [list('aa', 'b', 'cc')], { key: B.get('len') }), "'b'"],
    ["max([(1, 'a'), (1, 'b')])", () => call('max', [list(tup(1, 'a'), tup(1, 'b'))]), "(1, 'b')"],
    ["max(1, True)", () => call('max', [1, true]), "1"],
    ["min(True, 1)", () => call('min', [true, 1]), "True"],
    ["sorted()", () => call('sorted'), "TypeError: sorted expected 1 argument, got 0"],
    ["sorted(1,2)", () => call('sorted', [1, 2]), "TypeError: sorted expected 1 argument, got 2"],
    ["sorted([3,1,2], reverse=True)", () => call('sorted', [list(3, 1, 2)], { reverse: true }), "[3, 2, 1]"],
    ["sorted([3,1,2], foo=1)", () => call('sorted', [list(3, 1, 2)], { foo: 1 }), "TypeError: 'foo' is an invalid keyword argument for sort()"],
    ["sorted([1,'a'])", () => call('sorted', [list(1, 'a')]), "TypeError: '<' not supported between instances of 'str' and 'int'"],
    ["sorted(['a',1])", () => call('sorted', [list('a', 1)]), "TypeError: '<' not supported between instances of 'int' and 'str'"],
    ["sorted('banana')", () => call('sorted', ['banana']), "['a', 'a', 'a', 'b', 'n', 'n']"],
    ["sorted({'b': 1, 'a': 2})", () => call('sorted', [dict(['b', 1], ['a', 2])]), "['a', 'b']"],
    ["sorted([5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10, 15, 13, 12, 14])", () => call('sorted', [list(5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10, 15, 13, 12, 14)]), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]"],
    ["sorted(['bb', 'a', 'cc', 'd', 'ee', 'f', 'gg', 'h', 'ii', 'j'], key=len)", () => call('sorted', [list('bb', 'a', 'cc', 'd', 'ee', 'f', 'gg', 'h', 'ii', 'j')], { key: B.get('len') }), "['a', 'd', 'f', 'h', 'j', 'bb', 'cc', 'ee', 'gg', 'ii']"],
    ["sorted(['bb', 'a', 'cc', 'd', 'ee', 'f', 'gg', 'h', 'ii', 'j'], key=len, reverse=True)", () => call('sorted', [list('bb', 'a', 'cc', 'd', 'ee', 'f', 'gg', 'h', 'ii', 'j')], { key: B.get('len'), reverse: true }), "['bb', 'cc', 'ee', 'gg', 'ii', 'a', 'd', 'f', 'h', 'j']"],
    ["sorted([(2, 'b'), (1, 'z'), (2, 'a')])", () => call('sorted', [list(tup(2, 'b'), tup(1, 'z'), tup(2, 'a'))]), "[(1, 'z'), (2, 'a'), (2, 'b')]"],
    ["sorted([3.5, 1, True, 2.0])", () => call('sorted', [list(f(3.5), 1, true, f(2))]), "[1, True, 2.0, 3.5]"],
    ["sum()", () => call('sum'), "TypeError: sum() takes at least 1 positional argument (0 given)"],
    ["sum(['a','b'], '')", () => call('sum', [list('a', 'b'), '']), "TypeError: sum() can't sum strings [use ''.join(seq) instead]"],
    ["sum([[1],[2]], [])", () => call('sum', [list(list(1), list(2)), list()]), "[1, 2]"],
    ["sum([1,2], 10)", () => call('sum', [list(1, 2), 10]), "13"],
    ["sum([0.1]*10)", () => call('sum', [list(...Array(10).fill(f(0.1)))]), "0.9999999999999999"],
    ["sum([1, 0.5, 2])", () => call('sum', [list(1, f(0.5), 2)]), "3.5"],
    ["sum([1,'a'])", () => call('sum', [list(1, 'a')]), "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
    ["sum(1)", () => call('sum', [1]), "TypeError: 'int' object is not iterable"],
    ["sum([1,2], start=5)", () => call('sum', [list(1, 2)], { start: 5 }), "8"],
    ["sum([True, True])", () => call('sum', [list(true, true)]), "2"],
    ["sum(range(101))", () => call('sum', [call('range', [101])]), "5050"],
    ["round(2.5)", () => call('round', [f(2.5)]), "2"],
    ["round(3.5)", () => call('round', [f(3.5)]), "4"],
    ["round(-2.5)", () => call('round', [f(-2.5)]), "-2"],
    ["round(2.675, 2)", () => call('round', [f(2.675), 2]), "2.67"],
    ["round(1234.5, -2)", () => call('round', [f(1234.5), -2]), "1200.0"],
    ["round(1250, -2)", () => call('round', [1250, -2]), "1200"],
    ["round(1350, -2)", () => call('round', [1350, -2]), "1400"],
    ["round(5, 2)", () => call('round', [5, 2]), "5"],
    ["round(True)", () => call('round', [true]), "1"],
    ["round('a')", () => call('round', ['a']), "TypeError: type str doesn't define __round__ method"],
    ["round(float('inf'))", () => call('round', [f(Infinity)]), "OverflowError: cannot convert float infinity to integer"],
    ["round(float('nan'))", () => call('round', [f(NaN)]), "ValueError: cannot convert float NaN to integer"],
    ["round(0.5, 0)", () => call('round', [f(0.5), 0]), "0.0"],
    ["round(-0.4, 0)", () => call('round', [f(-0.4), 0]), "-0.0"],
    ["round(1.5, None)", () => call('round', [f(1.5), null]), "2"],
    ["round(2.5, 1.0)", () => call('round', [f(2.5), f(1)]), "TypeError: 'float' object cannot be interpreted as an integer"],
    ["round(3.14159, ndigits=3)", () => call('round', [f(3.14159)], { ndigits: 3 }), "3.142"],
    ["round(0.1 + 0.2, 2)", () => call('round', [f(0.1 + 0.2), 2]), "0.3"],
    ["divmod(7, 2)", () => call('divmod', [7, 2]), "(3, 1)"],
    ["divmod(-7, 2)", () => call('divmod', [-7, 2]), "(-4, 1)"],
    ["divmod(7.5, 2)", () => call('divmod', [f(7.5), 2]), "(3.0, 1.5)"],
    ["divmod(-7.5, 2)", () => call('divmod', [f(-7.5), 2]), "(-4.0, 0.5)"],
    ["divmod(1, 0)", () => call('divmod', [1, 0]), "ZeroDivisionError: integer division or modulo by zero"],
    ["divmod(1.0, 0)", () => call('divmod', [f(1), 0]), "ZeroDivisionError: float divmod()"],
    ["divmod('a', 1)", () => call('divmod', ['a', 1]), "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"],
    ["divmod(1)", () => call('divmod', [1]), "TypeError: divmod expected 2 arguments, got 1"],
    ["pow(2, 10)", () => call('pow', [2, 10]), "1024"],
    ["pow(2, -1)", () => call('pow', [2, -1]), "0.5"],
    ["pow(2, 10, 1000)", () => call('pow', [2, 10, 1000]), "24"],
    ["pow(2, -1, 5)", () => call('pow', [2, -1, 5]), "3"],
    ["pow(3, 4, -5)", () => call('pow', [3, 4, -5]), "-4"],
    ["pow(2.0, 2, 3)", () => call('pow', [f(2), 2, 3]), "TypeError: pow() 3rd argument not allowed unless all arguments are integers"],
    ["pow(0, -1)", () => call('pow', [0, -1]), "ZeroDivisionError: 0.0 cannot be raised to a negative power"],
    ["pow(2, 0.5)", () => call('pow', [2, f(0.5)]), "1.4142135623730951"],
    ["pow()", () => call('pow'), "TypeError: pow() missing required argument 'base' (pos 1)"],
    ["pow(1)", () => call('pow', [1]), "TypeError: pow() missing required argument 'exp' (pos 2)"],
    ["pow(base=2, exp=3)", () => call('pow', [], { base: 2, exp: 3 }), "8"],
    ["hex(255)", () => call('hex', [255]), "'0xff'"],
    ["hex(-255)", () => call('hex', [-255]), "'-0xff'"],
    ["hex(1.5)", () => call('hex', [f(1.5)]), "TypeError: 'float' object cannot be interpreted as an integer"],
    ["bin(5)", () => call('bin', [5]), "'0b101'"],
    ["bin(-5)", () => call('bin', [-5]), "'-0b101'"],
    ["oct(8)", () => call('oct', [8]), "'0o10'"],
    ["chr(65)", () => call('chr', [65]), "'A'"],
    ["chr(128512)", () => call('chr', [128512]), "'\ud83d\ude00'"],
    ["chr(-1)", () => call('chr', [-1]), "ValueError: chr() arg not in range(0x110000)"],
    ["chr('a')", () => call('chr', ['a']), "TypeError: 'str' object cannot be interpreted as an integer"],
    ["ord('a')", () => call('ord', ['a']), "97"],
    ["ord('\ud83d\ude00')", () => call('ord', ['😀']), "128512"],
    ["ord('ab')", () => call('ord', ['ab']), "TypeError: ord() expected a character, but string of length 2 found"],
    ["ord(1)", () => call('ord', [1]), "TypeError: ord() expected string of length 1, but int found"],
    ["ord('')", () => call('ord', ['']), "TypeError: ord() expected a character, but string of length 0 found"],
    ["callable(len)", () => call('callable', [B.get('len')]), "True"],
    ["callable(int)", () => call('callable', [B.get('int')]), "True"],
    ["callable(1)", () => call('callable', [1]), "False"],
    ["isinstance(1, (int, float))", () => call('isinstance', [1, tup(B.get('int'), B.get('float'))]), "True"],
    ["isinstance(True, int)", () => call('isinstance', [true, B.get('int')]), "True"],
    ["isinstance(1, bool)", () => call('isinstance', [1, B.get('bool')]), "False"],
    ["isinstance(1.0, int)", () => call('isinstance', [f(1), B.get('int')]), "False"],
    ["isinstance(1.0, float)", () => call('isinstance', [f(1), B.get('float')]), "True"],
    ["isinstance([], list)", () => call('isinstance', [list(), B.get('list')]), "True"],
    ["isinstance({}, dict)", () => call('isinstance', [dict(), B.get('dict')]), "True"],
    ["isinstance('a', (list, str))", () => call('isinstance', ['a', tup(B.get('list'), B.get('str'))]), "True"],
    ["isinstance(1, 1)", () => call('isinstance', [1, 1]), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"],
    ["isinstance(1)", () => call('isinstance', [1]), "TypeError: isinstance expected 2 arguments, got 1"],
    ["isinstance(1, (int, 1))", () => call('isinstance', [1, tup(B.get('int'), 1)]), "True"],
    ["isinstance(1, (str, 1))", () => call('isinstance', [1, tup(B.get('str'), 1)]), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"],
    ["isinstance(None, object)", () => call('isinstance', [null, B.get('object')]), "True"],
    ["isinstance(range(3), range)", () => call('isinstance', [call('range', [3]), B.get('range')]), "True"],
    ["isinstance(int, type)", () => call('isinstance', [B.get('int'), B.get('type')]), "True"],
    ["isinstance(ValueError('x'), Exception)", () => call('isinstance', [E.pyErr(E.ValueError, 'x'), E.Exception]), "True"],
    ["isinstance(ValueError('x'), KeyError)", () => call('isinstance', [E.pyErr(E.ValueError, 'x'), E.KeyError]), "False"],
    ["isinstance(ValueError('x'), (KeyError, ValueError))", () => call('isinstance', [E.pyErr(E.ValueError, 'x'), tup(E.KeyError, E.ValueError)]), "True"],
    ["isinstance(5, ValueError)", () => call('isinstance', [5, E.ValueError]), "False"],
    ["issubclass(bool, int)", () => call('issubclass', [B.get('bool'), B.get('int')]), "True"],
    ["issubclass(KeyError, LookupError)", () => call('issubclass', [E.KeyError, E.LookupError]), "True"],
    ["type(1)", () => call('type', [1]), "<class 'int'>"],
    ["type(1.0)", () => call('type', [f(1)]), "<class 'float'>"],
    ["type('a')", () => call('type', ['a']), "<class 'str'>"],
    ["type(None)", () => call('type', [null]), "<class 'NoneType'>"],
    ["type([])", () => call('type', [list()]), "<class 'list'>"],
    ["type(True)", () => call('type', [true]), "<class 'bool'>"],
    ["type(range(1))", () => call('type', [call('range', [1])]), "<class 'range'>"],
    ["type(len)", () => call('type', [B.get('len')]), "<class 'builtin_function_or_method'>"],
    ["type(type)", () => call('type', [B.get('type')]), "<class 'type'>"],
    ["type(iter([]))", () => call('type', [call('iter', [list()])]), "<class 'list_iterator'>"],
    ["type(enumerate([]))", () => call('type', [call('enumerate', [list()])]), "<class 'enumerate'>"],
    ["type({}.keys())", () => call('type', [meth(dict(), 'keys')]), "<class 'dict_keys'>"],
    ["type(ValueError('x'))", () => call('type', [E.pyErr(E.ValueError, 'x')]), "<class 'ValueError'>"],
    ["type(1, 2)", () => call('type', [1, 2]), "TypeError: type() takes 1 or 3 arguments"],
    ["type()", () => call('type'), "TypeError: type() takes 1 or 3 arguments"],
    ["type(5)('42')", () => (call('type', [5]) as PyType).call(['42'], null, NO_CALL_SITE), "42"],
    ["int()", () => call('int'), "0"],
    ["int('42')", () => call('int', ['42']), "42"],
    ["int(' -42 ')", () => call('int', [' -42 ']), "-42"],
    ["int('1_000')", () => call('int', ['1_000']), "1000"],
    ["int('4.5')", () => call('int', ['4.5']), "ValueError: invalid literal for int() with base 10: '4.5'"],
    ["int('x')", () => call('int', ['x']), "ValueError: invalid literal for int() with base 10: 'x'"],
    ["int('')", () => call('int', ['']), "ValueError: invalid literal for int() with base 10: ''"],
    ["int(3.9)", () => call('int', [f(3.9)]), "3"],
    ["int(-3.9)", () => call('int', [f(-3.9)]), "-3"],
    ["int(True)", () => call('int', [true]), "1"],
    ["int(None)", () => call('int', [null]), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"],
    ["int([1])", () => call('int', [list(1)]), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"],
    ["int('ff', 16)", () => call('int', ['ff', 16]), "255"],
    ["int('0xff', 0)", () => call('int', ['0xff', 0]), "255"],
    ["int('010', 0)", () => call('int', ['010', 0]), "ValueError: invalid literal for int() with base 0: '010'"],
    ["int(10, 2)", () => call('int', [10, 2]), "TypeError: int() can't convert non-string with explicit base"],
    ["int('z', 37)", () => call('int', ['z', 37]), "ValueError: int() base must be >= 2 and <= 36, or 0"],
    ["int(float('inf'))", () => call('int', [f(Infinity)]), "OverflowError: cannot convert float infinity to integer"],
    ["int(float('nan'))", () => call('int', [f(NaN)]), "ValueError: cannot convert float NaN to integer"],
    ["int('1', base=16)", () => call('int', ['1'], { base: 16 }), "1"],
    ["int(x=1)", () => call('int', [], { x: 1 }), "TypeError: 'x' is an invalid keyword argument for int()"],
    ["int(1,2,3)", () => call('int', [1, 2, 3]), "TypeError: int() takes at most 2 arguments (3 given)"],
    ["float()", () => call('float'), "0.0"],
    ["float('1.5')", () => call('float', ['1.5']), "1.5"],
    ["float(' -inf ')", () => call('float', [' -inf ']), "-inf"],
    ["float('nan')", () => call('float', ['nan']), "nan"],
    ["float('1e5')", () => call('float', ['1e5']), "100000.0"],
    ["float('1_0.5')", () => call('float', ['1_0.5']), "10.5"],
    ["float('x')", () => call('float', ['x']), "ValueError: could not convert string to float: 'x'"],
    ["float(None)", () => call('float', [null]), "TypeError: float() argument must be a string or a real number, not 'NoneType'"],
    ["float(2)", () => call('float', [2]), "2.0"],
    ["float(True)", () => call('float', [true]), "1.0"],
    ["float(1,2)", () => call('float', [1, 2]), "TypeError: float expected at most 1 argument, got 2"],
    ["float(x=1)", () => call('float', [], { x: 1 }), "TypeError: float() takes no keyword arguments"],
    ["str()", () => call('str'), "''"],
    ["str(1, 2)", () => call('str', [1, 2]), "TypeError: str() argument 'encoding' must be str, not int"],
    ["str([1, 'a'])", () => call('str', [list(1, 'a')]), "\"[1, 'a']\""],
    ["str(2.50)", () => call('str', [f(2.5)]), "'2.5'"],
    ["str(None)", () => call('str', [null]), "'None'"],
    ["str(object='x')", () => call('str', [], { object: 'x' }), "'x'"],
    ["bool()", () => call('bool'), "False"],
    ["bool([])", () => call('bool', [list()]), "False"],
    ["bool('a')", () => call('bool', ['a']), "True"],
    ["bool(1, 2)", () => call('bool', [1, 2]), "TypeError: bool expected at most 1 argument, got 2"],
    ["list()", () => call('list'), "[]"],
    ["list(1)", () => call('list', [1]), "TypeError: 'int' object is not iterable"],
    ["list('ab')", () => call('list', ['ab']), "['a', 'b']"],
    ["list(1, 2)", () => call('list', [1, 2]), "TypeError: list expected at most 1 argument, got 2"],
    ["list({'a': 1})", () => call('list', [dict(['a', 1])]), "['a']"],
    ["list(range(3))", () => call('list', [call('range', [3])]), "[0, 1, 2]"],
    ["list(x=1)", () => call('list', [], { x: 1 }), "TypeError: list() takes no keyword arguments"],
    ["tuple()", () => call('tuple'), "()"],
    ["tuple([1])", () => call('tuple', [list(1)]), "(1,)"],
    ["tuple(1, 2)", () => call('tuple', [1, 2]), "TypeError: tuple expected at most 1 argument, got 2"],
    ["tuple('ab')", () => call('tuple', ['ab']), "('a', 'b')"],
    ["set()", () => call('set'), "set()"],
    ["set([1,1,2])", () => call('set', [list(1, 1, 2)]), "{1, 2}"],
    ["set([1, 1.0, True])", () => call('set', [list(1, f(1), true)]), "{1}"],
    ["set(1, 2)", () => call('set', [1, 2]), "TypeError: set expected at most 1 argument, got 2"],
    ["set([[1]])", () => call('set', [list(list(1))]), "TypeError: unhashable type: 'list'"],
    ["dict()", () => call('dict'), "{}"],
    ["dict(a=1)", () => call('dict', [], { a: 1 }), "{'a': 1}"],
    ["dict([('a', 1)], b=2)", () => call('dict', [list(tup('a', 1))], { b: 2 }), "{'a': 1, 'b': 2}"],
    ["dict({'a': 1})", () => call('dict', [dict(['a', 1])]), "{'a': 1}"],
    ["dict([1])", () => call('dict', [list(1)]), "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
    ["dict([(1,2,3)])", () => call('dict', [list(tup(1, 2, 3))]), "ValueError: dictionary update sequence element #0 has length 3; 2 is required"],
    ["dict(['ab'])", () => call('dict', [list('ab')]), "{'a': 'b'}"],
    ["dict(1)", () => call('dict', [1]), "TypeError: 'int' object is not iterable"],
    ["dict(1, 2)", () => call('dict', [1, 2]), "TypeError: dict expected at most 1 argument, got 2"],
    ["dict([('a', 1)], a=2)", () => call('dict', [list(tup('a', 1))], { a: 2 }), "{'a': 2}"],
    ["dict(zip('ab', [1, 2]))", () => call('dict', [call('zip', ['ab', list(1, 2)])]), "{'a': 1, 'b': 2}"],
    ["any([])", () => call('any', [list()]), "False"],
    ["all([])", () => call('all', [list()]), "True"],
    ["any([0, 1])", () => call('any', [list(0, 1)]), "True"],
    ["all([1, 0])", () => call('all', [list(1, 0)]), "False"],
    ["any(1)", () => call('any', [1]), "TypeError: 'int' object is not iterable"],
    ["any()", () => call('any'), "TypeError: any() takes exactly one argument (0 given)"],
    ["all(1, 2)", () => call('all', [1, 2]), "TypeError: all() takes exactly one argument (2 given)"],
    ["list(map(abs, [-1, -2]))", () => call('list', [call('map', [B.get('abs'), list(-1, -2)])]), "[1, 2]"],
    ["list(map(pow, [2, 3], [2]))", () => call('list', [call('map', [B.get('pow'), list(2, 3), list(2)])]), "[4]"],
    ["map(abs)", () => call('map', [B.get('abs')]), "TypeError: map() must have at least two arguments."],
    ["list(filter(None, [0, 1, 2]))", () => call('list', [call('filter', [null, list(0, 1, 2)])]), "[1, 2]"],
    ["list(filter(bool, ['', 'a']))", () => call('list', [call('filter', [B.get('bool'), list('', 'a')])]), "['a']"],
    ["filter(None)", () => call('filter', [null]), "TypeError: filter expected 2 arguments, got 1"],
    ["list(zip([1, 2], 'ab'))", () => call('list', [call('zip', [list(1, 2), 'ab'])]), "[(1, 'a'), (2, 'b')]"],
    ["list(zip())", () => call('list', [call('zip')]), "[]"],
    ["list(zip([1, 2, 3], 'ab'))", () => call('list', [call('zip', [list(1, 2, 3), 'ab'])]), "[(1, 'a'), (2, 'b')]"],
    ["list(zip([1, 2], 'abc', strict=True))", () => call('list', [call('zip', [list(1, 2), 'abc'], { strict: true })]), "ValueError: zip() argument 2 is longer than argument 1"],
    ["list(zip([1, 2, 3], 'ab', strict=True))", () => call('list', [call('zip', [list(1, 2, 3), 'ab'], { strict: true })]), "ValueError: zip() argument 2 is shorter than argument 1"],
    ["list(zip([1, 2], 'ab', [3], strict=True))", () => call('list', [call('zip', [list(1, 2), 'ab', list(3)], { strict: true })]), "ValueError: zip() argument 3 is shorter than arguments 1-2"],
    ["list(zip([1], 'ab', 'cde', strict=True))", () => call('list', [call('zip', [list(1), 'ab', 'cde'], { strict: true })]), "ValueError: zip() argument 2 is longer than argument 1"],
    ["zip(1)", () => call('zip', [1]), "TypeError: 'int' object is not iterable"],
    ["list(enumerate('ab', 1))", () => call('list', [call('enumerate', ['ab', 1])]), "[(1, 'a'), (2, 'b')]"],
    ["list(enumerate('ab', start=5))", () => call('list', [call('enumerate', ['ab'], { start: 5 })]), "[(5, 'a'), (6, 'b')]"],
    ["enumerate()", () => call('enumerate'), "TypeError: enumerate() missing required argument 'iterable'"],
    ["enumerate(1)", () => call('enumerate', [1]), "TypeError: 'int' object is not iterable"],
    ["enumerate('a', 'b')", () => call('enumerate', ['a', 'b']), "TypeError: 'str' object cannot be interpreted as an integer"],
    ["hash(-1)", () => call('hash', [-1]), "-2"],
    ["hash(42)", () => call('hash', [42]), "42"],
    ["hash(2.0)", () => call('hash', [f(2)]), "2"],
    ["hash(float('inf'))", () => call('hash', [f(Infinity)]), "314159"],
    ["hash(True)", () => call('hash', [true]), "1"],
    ["hash([])", () => call('hash', [list()]), "TypeError: unhashable type: 'list'"],
    ["format(3.14159, '.2f')", () => call('format', [f(3.14159), '.2f']), "'3.14'"],
    ["format(5)", () => call('format', [5]), "'5'"],
    ["format(1234567, ',')", () => call('format', [1234567, ',']), "'1,234,567'"],
    ["format('a', '>3')", () => call('format', ['a', '>3']), "'  a'"],
    ["format(True, '')", () => call('format', [true, '']), "'True'"],
    ["format(True, '>5')", () => call('format', [true, '>5']), "'    1'"],
    ["format([1], '')", () => call('format', [list(1), '']), "'[1]'"],
    ["format([1], 'x')", () => call('format', [list(1), 'x']), "TypeError: unsupported format string passed to list.__format__"],
    ["format(None, 'x')", () => call('format', [null, 'x']), "TypeError: unsupported format string passed to NoneType.__format__"],
    ["format(1, 2)", () => call('format', [1, 2]), "TypeError: format() argument 2 must be str, not int"],
    ["repr()", () => call('repr'), "TypeError: repr() takes exactly one argument (0 given)"],
    ["repr('a')", () => call('repr', ['a']), "\"'a'\""],
    ["ascii('\u00e9\ud83d\ude00')", () => call('ascii', ['é😀']), "\"'\\\\xe9\\\\U0001f600'\""],
    ["id()", () => call('id'), "TypeError: id() takes exactly one argument (0 given)"],
    ["getattr(1)", () => call('getattr', [1]), "TypeError: getattr expected at least 2 arguments, got 1"],
    ["getattr(1, 'x')", () => call('getattr', [1, 'x']), "AttributeError: 'int' object has no attribute 'x'"],
    ["getattr(1, 'x', 5)", () => call('getattr', [1, 'x', 5]), "5"],
    ["getattr(1, 2)", () => call('getattr', [1, 2]), "TypeError: attribute name must be string, not 'int'"],
    ["hasattr(1, 'x')", () => call('hasattr', [1, 'x']), "False"],
    ["setattr(1, 'x', 2)", () => call('setattr', [1, 'x', 2]), "AttributeError: 'int' object has no attribute 'x'"],
    ["object() == object()", () => eq(call('object'), call('object')), "False"],
    ["print(1, 'a', sep='')", () => call('print', [1, 'a'], { sep: '', end: '' }), "None"],
    ["print(sep=1)", () => call('print', [], { sep: 1 }), "TypeError: sep must be None or a string, not int"],
    ["print(foo=1)", () => call('print', [], { foo: 1 }), "TypeError: 'foo' is an invalid keyword argument for print()"],
  ];
  it.each(cases)('%s', (_py, thunk, expected) => {
    expect(show(thunk)).toBe(expected);
  });
});

describe('print', () => {
  it('writes one text per call, sep and end included', () => {
    printed.length = 0;
    call('print', [1, f(2.5), 'a', null, list('x')]);
    call('print', ['a', 'b'], { sep: '-', end: '!' });
    call('print');
    call('print', [1], { sep: null, end: null, flush: true });
    expect(printed).toEqual(["1 2.5 a None ['x']\n", 'a-b!', '\n', '1\n']);
  });
});

describe('hash', () => {
  it("computes CPython's exact values, even beyond 2**53", () => {
    expect(pyHash(tup(1, 2))).toBe(-3550055125485641917n);
    expect(pyHash(tup())).toBe(5740354900026072187n);
    expect(pyHash(tup(1))).toBe(-6644214454873602895n);
    expect(pyHash(tup(1, tup(f(2.5), -1)))).toBe(5356097903715399607n);
    expect(pyHash(f(1.5))).toBe(1152921504606846977n);
    expect(pyHash(f(-1.5))).toBe(-1152921504606846977n);
    expect(pyHash(f(1e100))).toBe(1822893315824342674n);
    expect(pyHash(f(0.1))).toBe(230584300921369408n);
    expect(pyHash(f(1e-300))).toBe(482449582752280463n);
    expect(pyHash(tup(-1))).toBe(8078679518589016365n);
  });
  it("returns CPython's hash beyond 2**53 as a big int, and a safe one as a number", () => {
    const h = call('hash', [tup(1, 2)]);
    expect(h).toBe(-3550055125485641917n);
    expect(call('hash', [2n ** 70n])).toBe(512);
    expect(call('hash', [-(2n ** 70n)])).toBe(-512);
    expect(call('hash', [f(2 ** 70)])).toBe(512);
    expect(call('hash', [tup(1, 2)])).toBe(h);
    expect(call('hash', [tup(2, 1)])).not.toBe(h);
    expect(call('hash', ['abc'])).toBe(call('hash', ['abc']));
  });
});

describe('attributes and ids', () => {
  const cls = new PyClass('Point', [], new Map<string, Value>([['kind', 'pt']]), null);
  cls.mro = [cls];
  it('getattr/setattr/hasattr work on instances through the default access', () => {
    const p = new PyInstance(cls);
    call('setattr', [p, 'x', 3]);
    expect(call('getattr', [p, 'x'])).toBe(3);
    expect(call('getattr', [p, 'kind'])).toBe('pt');
    expect(call('hasattr', [p, 'y'])).toBe(false);
    expect(show(() => call('getattr', [p, 'y']))).toBe("AttributeError: 'Point' object has no attribute 'y'");
    expect(call('isinstance', [p, cls])).toBe(true);
    expect(call('isinstance', [p, B.get('object')])).toBe(true);
    expect(call('type', [p])).toBe(cls);
  });
  it('id is stable per object and distinct between objects', () => {
    const a = list();
    expect(call('id', [a])).toBe(call('id', [a]));
    expect(call('id', [a])).not.toBe(call('id', [list()]));
    expect(r(call('object'))).toMatch(/^<object object at 0x[0-9a-f]+>$/);
  });
});

describe('user objects through the protocols', () => {
  function cls(name: string, methods: Record<string, (...args: Value[]) => Value>): PyClass {
    const c = new PyClass(name, [], new Map(Object.entries(methods).map(([k, m]) => [k, new PyBuiltin(k, (args) => m(...args))])), null);
    c.mro = [c];
    return c;
  }
  it('iterates __iter__/__next__ objects until StopIteration', () => {
    const Countdown = cls('Countdown', {
      __iter__: (self) => self,
      __next__: (self) => {
        const s = self as PyInstance;
        const n = s.dict.get('n') as number;
        if (n <= 0) throw E.pyErr(E.StopIteration);
        s.dict.set('n', n - 1);
        return n;
      },
    });
    const make = (n: number): PyInstance => {
      const p = new PyInstance(Countdown);
      p.dict.set('n', n);
      return p;
    };
    expect(r(call('list', [make(3)]))).toBe('[3, 2, 1]');
    expect(call('sum', [make(4)])).toBe(10);
    expect(call('next', [make(1)])).toBe(1);
    expect(show(() => call('next', [make(0)]))).toBe('StopIteration');
    expect(call('next', [make(0), 'done'])).toBe('done');
    expect(show(() => call('list', [new PyInstance(cls('Plain', {}))]))).toBe("TypeError: 'Plain' object is not iterable");
    const Bad = cls('Bad', { __iter__: () => list() });
    expect(show(() => call('list', [new PyInstance(Bad)]))).toBe("TypeError: iter() returned non-iterator of type 'list'");
  });
  it('sorts with __lt__ only, stably', () => {
    const P = cls('P', {
      __lt__: (a, b) => ((a as PyInstance).dict.get('k') as number) < ((b as PyInstance).dict.get('k') as number),
      __repr__: (a) => `P(${(a as PyInstance).dict.get('k')},${(a as PyInstance).dict.get('tag')})`,
    });
    const p = (k: number, tag: string): PyInstance => {
      const o = new PyInstance(P);
      o.dict.set('k', k);
      o.dict.set('tag', tag);
      return o;
    };
    const items = list(p(2, 'a'), p(1, 'b'), p(2, 'c'), p(1, 'd'));
    expect(r(call('sorted', [items]))).toBe('[P(1,b), P(1,d), P(2,a), P(2,c)]');
    expect(r(call('sorted', [items], { reverse: true }))).toBe('[P(2,a), P(2,c), P(1,b), P(1,d)]');
    expect(r(call('max', [items]))).toBe('P(2,a)');
    expect(r(call('min', [items]))).toBe('P(1,b)');
  });
  it('sort() sees an empty list while sorting and reports changes', () => {
    const l = list(3, 1, 2);
    const spy = new PyBuiltin('key', ([x]) => {
      if (x === 1) l.items.push(99);
      return x;
    });
    expect(show(() => meth(l, 'sort', [], { key: spy }))).toBe('ValueError: list modified during sort');
    expect(r(l)).toBe('[1, 2, 3]');
  });
});

describe('attributes of builtin types', () => {
  it('gives __name__, unbound methods and dict.fromkeys', () => {
    const strT = B.get('str') as PyType;
    expect(typeAttribute(strT, '__name__')).toBe('str');
    const lower = typeAttribute(strT, 'lower') as PyBuiltin;
    expect(lower.fn(['ABC'], null, NO_CALL_SITE)).toBe('abc');
    expect(r(call('sorted', [list('b', 'A', 'c')], { key: lower }))).toBe("['A', 'b', 'c']");
    expect(show(() => lower.fn([], null, NO_CALL_SITE))).toBe('TypeError: unbound method str.lower() needs an argument');
    expect(show(() => lower.fn([1], null, NO_CALL_SITE))).toBe("TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object");
    const fromkeys = typeAttribute(B.get('dict') as PyType, 'fromkeys') as PyBuiltin;
    expect(r(fromkeys.fn(['ab', 0], null, NO_CALL_SITE))).toBe("{'a': 0, 'b': 0}");
    expect(typeAttribute(strT, 'nope')).toBeUndefined();
    expect(typeAttribute(B.get('int') as PyType, '__name__')).toBe('int');
  });
});
