/**
 * The SyntaxErrors of except*, the walrus and match statements, in CPython 3.11's words. Every
 * row of CPYTHON came from `compile(src, 'f.py', 'exec')` in CPython 3.11.7: type, message,
 * line, 0-based column and, for a range on one line, the 0-based exclusive end column. VALID
 * holds sources CPython compiles, which must parse here too.
 */
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/python/syntax/parser';
import { PySyntaxError } from '../../src/python/syntax/syntax-error';

type Row = [source: string, type: string, message: string, line: number, col: number, endCol?: number];

const CPYTHON: Row[] = [
  ["x := 1", "SyntaxError", "invalid syntax", 1, 2, 4],
  ["a.b := 1", "SyntaxError", "cannot use assignment expressions with attribute", 1, 0, 3],
  ["(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 4],
  ["(a[0] := 1)", "SyntaxError", "cannot use assignment expressions with subscript", 1, 1, 5],
  ["((a, b) := 1)", "SyntaxError", "cannot use assignment expressions with tuple", 1, 1, 7],
  ["[x := 1 for x in range(3)]", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 1, 2],
  ["[i for i in (j := range(3))]", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 13, 26],
  ["class A:\n    [y := 1 for x in range(3)]", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 5, 6],
  ["def f(x = y := 1): pass", "SyntaxError", "invalid syntax", 1, 12, 14],
  ["f(k=a := 1)", "SyntaxError", "invalid syntax", 1, 6, 8],
  ["lambda: x := 1", "SyntaxError", "cannot use assignment expressions with lambda", 1, 0, 9],
  ["x = y := 1", "SyntaxError", "invalid syntax", 1, 6, 8],
  ["[[(j := j) for i in range(5)] for j in range(5)]", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 3, 4],
  ["[i := 0 for i, j in []]", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 1, 2],
  ["{x := 1: 2}", "SyntaxError", "invalid syntax", 1, 7, 8],
  ["assert x := 1", "SyntaxError", "invalid syntax", 1, 9, 11],
  ["return x := 1", "SyntaxError", "invalid syntax", 1, 9, 11],
  ["True := 1", "SyntaxError", "cannot use assignment expressions with True", 1, 0, 4],
  ["(True := 1)", "SyntaxError", "cannot use assignment expressions with True", 1, 1, 5],
  ["(def := 1)", "SyntaxError", "invalid syntax", 1, 1, 4],
  ["[x for x in range(3) if y := 1]", "SyntaxError", "invalid syntax", 1, 26, 28],
  ["def f():\n    [(nonlocal_x := 1) for i in []]\n    nonlocal nonlocal_x", "SyntaxError", "name 'nonlocal_x' is assigned to before nonlocal declaration", 3, 4, 23],
  ["[x for x in [y := 1 for z in w]]", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 13, 19],
  ["[x for x in (lambda: (y := 1))()]", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 22, 28],
  ["[x for x in range(3) for z in (q := [1])]", "SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 31, 39],
  ["[i for i in range(5) if (j := 0) for j in range(5)]", "SyntaxError", "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 37, 38],
  ["def f():\n    x = [(a := 1) for i in range(2)]\n    global a", "SyntaxError", "name 'a' is assigned to before global declaration", 3, 4, 12],
  ["[(a.b := 1) for i in []]", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 5],
  ["f() := 1", "SyntaxError", "cannot use assignment expressions with function call", 1, 0, 3],
  ["x, y := 1", "SyntaxError", "invalid syntax", 1, 5, 7],
  ["1 := 2", "SyntaxError", "cannot use assignment expressions with literal", 1, 0, 1],
  ["print(1); a.b := 2", "SyntaxError", "cannot use assignment expressions with attribute", 1, 10, 13],
  ["a[0] := 2", "SyntaxError", "cannot use assignment expressions with subscript", 1, 0, 4],
  ["x = a.b := 2", "SyntaxError", "invalid syntax", 1, 8, 10],
  ["-x := 1", "SyntaxError", "cannot use assignment expressions with expression", 1, 0, 2],
  ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 0, 6],
  ["try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 0, 7],
  ["try:\n    pass\nexcept*:\n    pass", "SyntaxError", "expected one or more exception types", 3, 7, 8],
  ["for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 8, 13],
  ["for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 8, 16],
  ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 15, 16],
  ["try:\n    pass\nexcept* ValueError, TypeError:\n    pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 29],
  ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 0, 6],
  ["while True:\n    try:\n        pass\n    finally:\n        try:\n            pass\n        except* ValueError:\n            break", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 8, 12, 17],
  ["def f():\n    try:\n        pass\n    except* ValueError:\n        return", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 8, 14],
  ["def f():\n    try:\n        pass\n    except* ValueError:\n        return x + 1", "SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 8, 20],
  ["match x:\n    case [a, a]:\n        pass", "SyntaxError", "multiple assignments to name 'a' in pattern", 2, 13, 14],
  ["match x:\n    case a:\n        pass\n    case 1:\n        pass", "SyntaxError", "name capture 'a' makes remaining patterns unreachable", 2, 9, 10],
  ["match x:\n    case _:\n        pass\n    case 1:\n        pass", "SyntaxError", "wildcard makes remaining patterns unreachable", 2, 9, 10],
  ["match x:\n    case 1 | a:\n        pass", "SyntaxError", "alternative patterns bind different names", 2, 13, 14],
  ["match x:\n    case a | 1:\n        pass", "SyntaxError", "name capture 'a' makes remaining patterns unreachable", 2, 9, 10],
  ["match x:\n    case [a] | [b]:\n        pass", "SyntaxError", "alternative patterns bind different names", 2, 16, 17],
  ["match x:\n    case C(x=1, x=2):\n        pass", "SyntaxError", "attribute name repeated in class pattern: x", 2, 18, 19],
  ["match x:\n    case C(x=1, 2):\n        pass", "SyntaxError", "positional patterns follow keyword patterns", 2, 16, 17],
  ["match x:\n    case [*a, *b]:\n        pass", "SyntaxError", "multiple starred names in sequence pattern", 2, 9, 17],
  ["match x:\n    case {\"a\": 1, \"a\": 2}:\n        pass", "SyntaxError", "mapping pattern checks duplicate key ('a')", 2, 9, 25],
  ["match x:\n    case 1 as _:\n        pass", "SyntaxError", "cannot use '_' as a target", 2, 14, 15],
  ["match x:\n    case 1 as a.b:\n        pass", "SyntaxError", "invalid syntax", 2, 15, 16],
  ["match x:\n    case {f(): 1}:\n        pass", "SyntaxError", "invalid syntax", 2, 11, 12],
  ["match x:\n    case -a:\n        pass", "SyntaxError", "invalid syntax", 2, 10, 11],
  ["match x:\n    case {**rest, \"a\": 1}:\n        pass", "SyntaxError", "invalid syntax", 2, 18, 21],
  ["match x:\n    case 1 + 2:\n        pass", "SyntaxError", "imaginary number required in complex literal", 2, 13, 14],
  ["match x:\n    case *a:\n        pass", "SyntaxError", "invalid syntax", 2, 11, 12],
  ["match x:\n    case a:\n        pass\n    case _:\n        pass", "SyntaxError", "name capture 'a' makes remaining patterns unreachable", 2, 9, 10],
  ["match x:\n    case {\"a\": _, **_}:\n        pass", "SyntaxError", "invalid syntax", 2, 20, 21],
  ["match x:\ncase 1:\n    pass", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 0, 4],
  ["match x:\n    case 1:\n    pass", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 4, 8],
  ["match x:\n    pass", "SyntaxError", "invalid syntax", 2, 4, 8],
  ["match x:\n    case (a, b) | a:\n        pass", "SyntaxError", "alternative patterns bind different names", 2, 18, 19],
  ["match x:\n    case {\"a\": b, **b}:\n        pass", "SyntaxError", "multiple assignments to name 'b' in pattern", 2, 15, 16],
  ["match x:\n    case [a, *a]:\n        pass", "SyntaxError", "multiple assignments to name 'a' in pattern", 2, 13, 15],
  ["match x:\n    case (1 as a) as a:\n        pass", "SyntaxError", "multiple assignments to name 'a' in pattern", 2, 10, 11],
  ["match x:\n    case [a, b] | [a]:\n        pass", "SyntaxError", "alternative patterns bind different names", 2, 19, 20],
  ["match x:\n    case {1: _, 1.0: _}:\n        pass", "SyntaxError", "mapping pattern checks duplicate key (1.0)", 2, 9, 23],
  ["match x:\n    case {True: _, 1: _}:\n        pass", "SyntaxError", "mapping pattern checks duplicate key (1)", 2, 9, 24],
  ["match x:\n    case {\"a\": 1, 'a': 2}:\n        pass", "SyntaxError", "mapping pattern checks duplicate key ('a')", 2, 9, 25],
  ["match x:\n    case {-1: 1, -1: 2}:\n        pass", "SyntaxError", "mapping pattern checks duplicate key (-1)", 2, 9, 23],
  ["def f():\n    match x:\n        case 1:\n            return 1\n        case _:\n            await y", "SyntaxError", "'await' outside async function", 6, 12, 19],
  ["match f(a b):\n    case 1:\n        pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 11],
  ["match x:\n    case 1:\n        pass\n    print(1)", "SyntaxError", "invalid syntax", 4, 4, 9],
  ["match x:\n    case [1, 2:\n        pass", "SyntaxError", "invalid syntax", 2, 14, 15],
  ["match x:\n    case 1:\n        x = = 2", "SyntaxError", "invalid syntax", 3, 12, 13],
  ["match x:\n    case Point(x=):\n        pass", "SyntaxError", "invalid syntax", 2, 17, 18],
  ["match x:\n    case {\"a\" 1}:\n        pass", "SyntaxError", "invalid syntax", 2, 14, 15],
  ["match x:\n    case 1 if:\n        pass", "SyntaxError", "invalid syntax", 2, 13, 14],
  ["match(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9],
  ["match x y:\n    case 1:\n        pass", "SyntaxError", "invalid syntax", 1, 8, 9],
];

const VALID: string[] = [
  "(x := 1)",
  "[y := 1 for x in range(3)]",
  "def f(x = (y := 1)): pass",
  "f(a := 1)",
  "print(f\"{(x:=10)}\")",
  "lambda: (x := 1)",
  "y0 = (y1 := 1)",
  "def f():\n    global x\n    [x := 1 for i in range(2)]",
  "[0 for a in r if [(x := 1) for i in r] for x in r]",
  "[(a := 1) for i in r]\nglobal a",
  "def f():\n    x: int\n    def g():\n        nonlocal x",
  "[(lambda: (i := 1)) for i in range(2)]",
  "a[b:=1]",
  "a[b:=1, c:=2]",
  "{x := 1, 2}",
  "{(x := 1): 2}",
  "if x := 1: pass",
  "while (x := 1) is not None: pass",
  "[x for x in range(3) if (y := 1)]",
  "try:\n    pass\nexcept* ValueError:\n    for i in range(3):\n        break",
  "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1",
  "try:\n    pass\nexcept* (ValueError, TypeError) as eg:\n    pass",
  "try:\n    pass\nexcept *ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass",
  "try:\n    pass\nexcept* ValueError:\n    lambda: 1\n    class A:\n        def m(self):\n            return 2",
  "async def f():\n    try:\n        pass\n    except* ValueError:\n        async for x in y:\n            break",
  "match x:\n    case f():\n        pass",
  "match x:\n    case a.b():\n        pass",
  "match x:\n    case a if a > 1:\n        pass\n    case b:\n        pass",
  "match x:\n    case (a as b) as c:\n        pass",
  "match x:\n    case -1 | 1.5 | \"s\" | None | True:\n        pass",
  "match x, y:\n    case a, b:\n        pass",
  "match x:\n    case *a, b:\n        pass",
  "match x:\n    case [a, b] | [b, a]:\n        pass",
  "match x:\n    case a.b:\n        pass\n    case q.r:\n        pass",
  "match x:\n    case str() | bytes():\n        pass",
  "match x:\n    case a if a:\n        pass\n    case a:\n        pass",
  "match x:\n    case a:\n        pass",
  "match x:\n    case [1, 2] | [3, *_]:\n        pass",
  "match = 1\nmatch(x)\nmatch.a = 2\nmatch[0] = 1\nprint(match)",
  "match x:\n    case {\"k\": v} if (w := v):\n        pass",
  "match *a, b:\n    case _:\n        pass",
  "match a, *b:\n    case _:\n        pass",
  "match x:\n    case print(1):\n        pass",
  "match = 1",
  "match(x)",
  "match.x = 3",
  "match: int = 3",
  "match, case = 1, 2",
  "match -x:\n    case 1:\n        pass",
  "match not x:\n    case 1:\n        pass",
  "match lambda: 1:\n    case 1:\n        pass",
];

function errorOf(source: string): PySyntaxError {
  try {
    parseModule(source, 'f.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(source)}`);
}

describe('except*, walrus and match syntax errors match CPython 3.11', () => {
  it.each(CPYTHON)('%j', (source, type, message, line, col, endCol) => {
    const e = errorOf(source);
    expect({ type: e.type, message: e.message, line: e.line, col: e.col }).toEqual({ type, message, line, col });
    if (endCol !== undefined) expect(e.endCol).toBe(endCol);
    expect(e.unsupported).toBe(false);
  });
});

describe('except*, walrus and match forms CPython accepts', () => {
  it.each(VALID)('%j', (source) => {
    expect(() => parseModule(source, 'f.py')).not.toThrow();
  });
});
