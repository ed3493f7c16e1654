// Expected results are CPython 3.11's for the same arguments (see the Python at the bottom).
import { describe, expect, it } from 'vitest';
import { strFormat } from '../../../src/python/format';
import { PyException } from '../../../src/engine/exceptions';
import { fl, formatHooks, type V } from './py-model';

const args: V[] = [7, fl(2.5), 'ab', null, [10, 20], new Map<string | number, V>([['k', 'v'], [1, 'one']]), { attrs: { x: 3, name: 'pt' } }];
const kwargs = new Map<string, V>([
  ['name', 'N'], ['w', 8], ['p', 2], ['f', fl(1.5)], ['s', 'hé'], ['d', new Map<string | number, V>([['a', 1]])],
]);

function run(template: string): [string, string] {
  try {
    return ['ok', strFormat(template, args, kwargs, formatHooks)];
  } catch (e) {
    if (e instanceof PyException) return [e.cls.name, String(e.args[0])];
    throw e;
  }
}

const cases: [string, string, string][] = [
  ["ok", "{} {}", "7 2.5"],
  ["ok", "{0} {1} {0}", "7 2.5 7"],
  ["ValueError", "{} {0}", "cannot switch from automatic field numbering to manual field specification"],
  ["ValueError", "{0} {}", "cannot switch from manual field specification to automatic field numbering"],
  ["ValueError", "{", "Single '{' encountered in format string"],
  ["ValueError", "}", "Single '}' encountered in format string"],
  ["ValueError", "a}b", "Single '}' encountered in format string"],
  ["ok", "{{}}", "{}"],
  ["ok", "{{{}}}", "{7}"],
  ["ok", "{:>5}", "    7"],
  ["ok", "{!r}", "7"],
  ["ok", "{2!r}", "'ab'"],
  ["ok", "{2!a:>8}", "    'ab'"],
  ["ValueError", "{!x}", "Unknown conversion specifier x"],
  ["ValueError", "{!r", "unmatched '{' in format spec"],
  ["ValueError", "{!}", "unmatched '{' in format spec"],
  ["ValueError", "{!rr}", "expected ':' after conversion specifier"],
  ["ok", "{6.x}", "3"],
  ["ok", "{6.name!r}", "'pt'"],
  ["ok", "{4[1]}", "20"],
  ["ok", "{5[k]}", "v"],
  ["ok", "{5[1]}", "one"],
  ["ValueError", "{0[}", "expected '}' before end of string"],
  ["KeyError", "{0]}", "0]"],
  ["ValueError", "{6.}", "Empty attribute in format string"],
  ["ValueError", "{4[]}", "Empty attribute in format string"],
  ["ValueError", "{:{}}", "Precision not allowed in integer format specifier"],
  ["ValueError", "{:{:{}}}", "Max string recursion exceeded"],
  ["ok", "{name}", "N"],
  ["IndexError", "{7}", "Replacement index 7 out of range for positional args tuple"],
  ["ok", "{0!r:>{1}}", " 7"],
  ["KeyError", "{ }", " "],
  ["KeyError", "{-1}", "-1"],
  ["KeyError", "{0x}", "0x"],
  ["TypeError", "{[0]}", "'int' object is not subscriptable"],
  ["ok", "{:}", "7"],
  ["ok", "{0:}", "7"],
  ["ok", "{f:<{w}.{p}f}", "1.50    "],
  ["ok", "{00}", "7"],
  ["ok", "{01}", "2.5"],
  ["ValueError", "x{", "Single '{' encountered in format string"],
  ["ok", "{0!r:}", "7"],
  ["ok", "{!s:{}}", "7 "],
  ["ValueError", "{:{{}}}", "Invalid format specifier '{}' for object of type 'int'"],
  ["ValueError", "{0{1}}", "unexpected '{' in field name"],
  ["ValueError", "{0}}", "Single '}' encountered in format string"],
  ["ValueError", "{:}}", "Single '}' encountered in format string"],
  ["ok", "{s!r} {s!a} {s:*^7}", "'hé' 'h\\xe9' **hé***"],
  ["ok", "{d[a]}", "1"],
  ["ok", "{0:,} {1:.3e} {2:>4}", "7 2.500e+00   ab"],
  ["ok", "{1:%}", "250.000000%"],
  ["ok", "{0:x} {0:#b}", "7 0b111"],
  ["ok", "{3} {3!r}", "None None"],
  ["ok", "{4} {5}", "[10, 20] {'k': 'v', 1: 'one'}"],
  ["KeyError", "{missing}", "missing"],
  ["ok", "{6.x.real}", "3"],
  ["ValueError", "{4[0]x}", "Only '.' or '[' may follow ']' in format field specifier"],
  ["ok", "{0:d}", "7"],
  ["ValueError", "{2:d}", "Unknown format code 'd' for object of type 'str'"],
  ["ValueError", "{1:d}", "Unknown format code 'd' for object of type 'float'"],
  ["ok", "plain", "plain"],
  ["ok", "", ""],
  ["ok", "a{{b}}c", "a{b}c"]
];

describe('str.format', () => {
  it.each(cases)('%s: %j -> %j', (kind, template, want) => {
    expect(run(template)).toEqual([kind, want]);
  });
  it('accepts a bare formatValue callback and no kwargs', () => {
    expect(strFormat('{}-{}', [1, 2], null, (v, spec) => `<${String(v)}|${spec}>`)).toBe('<1|>-<2|>');
  });
});

/* The CPython side:
class P:
    def __init__(self): self.x = 3; self.name = 'pt'
args = (7, 2.5, 'ab', None, [10, 20], {'k': 'v', 1: 'one'}, P())
kwargs = {'name': 'N', 'w': 8, 'p': 2, 'f': 1.5, 's': 'hé', 'd': {'a': 1}}
template.format(*args, **kwargs)   # KeyError rows hold the missing key
*/
