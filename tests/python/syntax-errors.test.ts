/**
 * Syntax errors in CPython 3.11's words. Every row of CPYTHON was produced by running the source
 * through `compile(src, 'f.py', 'exec')` in CPython 3.11.7: the exception type, message, line,
 * 0-based column (CPython's offset - 1) and, when CPython reports a range on the same line,
 * the 0-based exclusive end column (CPython's end_offset - 1).
 */
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/python/parser';
import { PySyntaxError } from '../../src/python/syntax-error';

type Row = [source: string, type: string, message: string, line: number, col: number, endCol?: number];

const CPYTHON: Row[] = [
  ["if x\n    pass", "SyntaxError", "expected ':'", 1, 4],
  ["if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0, 4],
  ["for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 0, 4],
  ["while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 0, 4],
  ["def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 0, 4],
  ["async def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 0, 4],
  ["class A:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 0, 4],
  ["try:\npass", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 0, 4],
  ["try:\n    pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 0, 4],
  ["try:\n    pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 0, 4],
  ["if x:\n    pass\nelif y:\npass", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 0, 4],
  ["if x:\n    pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 0, 4],
  ["async def f():\n    async with a:\n    pass", "IndentationError", "expected an indented block after 'with' statement on line 2", 3, 4, 8],
  ["async def f():\n    async for x in y:\n    pass", "IndentationError", "expected an indented block after 'for' statement on line 2", 3, 4, 8],
  ["with a:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 0, 4],
  ["  x = 1", "IndentationError", "unexpected indent", 1, 1],
  ["if x:\n        a\n    b", "IndentationError", "unindent does not match any outer indentation level", 3, 5],
  ["x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4],
  ["x = \"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 4],
  ["x = (1,", "SyntaxError", "'(' was never closed", 1, 4],
  ["x = 1)", "SyntaxError", "unmatched ')'", 1, 5],
  ["x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6],
  ["print \"hello\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0, 13],
  ["f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 5],
  ["f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0, 3],
  ["1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0, 1],
  ["await x", "SyntaxError", "'await' outside function", 1, 0, 7],
  ["def f():\n    await x", "SyntaxError", "'await' outside async function", 2, 4, 11],
  ["return 1", "SyntaxError", "'return' outside function", 1, 0, 8],
  ["break", "SyntaxError", "'break' outside loop", 1, 0, 5],
  ["continue", "SyntaxError", "'continue' not properly in loop", 1, 0, 8],
  ["async with a:\n    pass", "SyntaxError", "'async with' outside async function", 1, 0],
  ["async for x in y:\n    pass", "SyntaxError", "'async for' outside async function", 1, 0],
  ["x = 1abc", "SyntaxError", "invalid decimal literal", 1, 4],
  ["x = f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 9],
  ["x = 5 y = 6", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["if x = 1:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 8],
  ["True = 1", "SyntaxError", "cannot assign to True", 1, 0, 4],
  ["del f()", "SyntaxError", "cannot delete function call", 1, 4, 7],
  ["x = 0123", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 5],
  ["x = “hi”", "SyntaxError", "invalid character '“' (U+201C)", 1, 4],
  ["except ValueError, TypeError:", "SyntaxError", "invalid syntax", 1, 0, 6],
  ["try:\n    pass\nexcept ValueError, TypeError:\n    pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 7, 28],
  ["def f(x=1, y):\n    pass", "SyntaxError", "non-default argument follows default argument", 1, 11, 12],
  ["f(x=1, y)", "SyntaxError", "positional argument follows keyword argument", 1, 8, 9],
  ["f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 2, 14],
  ["*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 0, 2],
  ["a, *b, *c = x", "SyntaxError", "multiple starred expressions in assignment", 1, 0, 9],
  ["x = *a", "SyntaxError", "can't use starred expression here", 1, 4, 6],
  ["def f(*, ):\n    pass", "SyntaxError", "named arguments must follow bare *", 1, 6, 7],
  ["x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 4, 10],
  ["foo() bar()", "SyntaxError", "invalid syntax", 1, 6, 9],
  ["def f(x, x):\n    pass", "SyntaxError", "duplicate argument 'x' in function definition", 1, 9, 10],
  ["f(x=1, x=2)", "SyntaxError", "keyword argument repeated: x", 1, 7, 10],
  ["nonlocal x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 0, 10],
  ["def f():\n    x = 1\n    global x", "SyntaxError", "name 'x' is assigned to before global declaration", 3, 4, 12],
  ["x = $", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["x = 1 +", "SyntaxError", "invalid syntax", 1, 7],
  ["else:\n    pass", "SyntaxError", "invalid syntax", 1, 0, 4],
  ["def f(:\n    pass", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["x = [1, 2\ny = 3", "SyntaxError", "'[' was never closed", 1, 4],
  ["x = {'a': 1 'b': 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10, 15],
  ["a = [1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8],
  ["f(**)", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["x === y", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["if x:\n    pass\n  else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 7],
  ["for i in range(10) print(i)", "SyntaxError", "invalid syntax", 1, 19, 24],
  ["while True print(1)", "SyntaxError", "invalid syntax", 1, 11, 16],
  ["def f()\n    pass", "SyntaxError", "expected ':'", 1, 7],
  ["class A\n    pass", "SyntaxError", "expected ':'", 1, 7],
  ["import asyncio as", "SyntaxError", "invalid syntax", 1, 17],
  ["from asyncio import", "SyntaxError", "invalid syntax", 1, 19],
  ["x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 15],
  ["a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0, 4],
  ["f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 0, 3],
  ["\"abc\" = 1", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0, 5],
  ["None = 1", "SyntaxError", "cannot assign to None", 1, 0, 4],
  ["a + b = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0, 5],
  ["-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0, 2],
  ["(a for a in b) = 1", "SyntaxError", "cannot assign to generator expression", 1, 0, 14],
  ["[a for a in b] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 0, 14],
  ["a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 0, 13],
  ["lambda: x = 1", "SyntaxError", "cannot assign to lambda", 1, 0, 9],
  ["f(a=1) = 2", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0, 6],
  ["{a: b} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 0, 6],
  ["{a} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 0, 3],
  ["await x = 1", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 0, 7],
  ["a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 0, 5],
  ["a and b = 1", "SyntaxError", "cannot assign to expression", 1, 0, 7],
  ["not a = 1", "SyntaxError", "cannot assign to expression", 1, 0, 5],
  ["def f():\n    return\n  x\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3],
  ["f(a b)\nx = \"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4],
  ["x = 5 y = 6\nx = \"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4],
  ["f() = 1\nx = \"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4],
  ["x = 5 y = 6\nx = (1,", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["x = (1,\ny = 5 z", "SyntaxError", "'(' was never closed", 1, 4],
  ["x = 5 y = 6\nif x:\n        a\n    b", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["x = 5 y = 6\nx = 1abc", "SyntaxError", "invalid decimal literal", 2, 4],
  ["f() = 1\nx = 1abc", "SyntaxError", "invalid decimal literal", 2, 4],
  ["x = 5 y = 6\nz = $", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["x = 5 y = 6\nz = ¬", "SyntaxError", "invalid character '¬' (U+00AC)", 2, 4],
  ["if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0],
  ["if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0],
  ["if x:\n    a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0],
  ["x = (", "SyntaxError", "'(' was never closed", 1, 4],
  ["x = [1,\n  2,", "SyntaxError", "'[' was never closed", 1, 4],
  ["def f(x):\n    return x +", "SyntaxError", "invalid syntax", 2, 14],
  ["f(", "SyntaxError", "'(' was never closed", 1, 1],
  ["foo(\nx = 1\ny = 2", "SyntaxError", "'(' was never closed", 1, 3],
  ["x = 1\n  y = 2\nz = \"abc", "IndentationError", "unexpected indent", 2, 1],
  ["print \"x\"\nz = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4],
  ["x = 12abc", "SyntaxError", "invalid decimal literal", 1, 5],
  ["x = 1_", "SyntaxError", "invalid decimal literal", 1, 5],
  ["x = 1__0", "SyntaxError", "invalid decimal literal", 1, 5],
  ["x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 5],
  ["x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 5],
  ["x = 1e", "SyntaxError", "invalid decimal literal", 1, 4],
  ["x = 1.5abc", "SyntaxError", "invalid decimal literal", 1, 6],
  ["x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 7],
  ["x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 6],
  ["x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 5],
  ["    x = 1", "IndentationError", "unexpected indent", 1, 3],
  ["x = 1\n    y = 2", "IndentationError", "unexpected indent", 2, 3],
  ["x = 1\n        y = 2", "IndentationError", "unexpected indent", 2, 7],
  ["x = f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 9],
  ["x = f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12],
  ["x = f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 8],
  ["x = f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 18],
  ["x = f\"{x\\n}\"", "SyntaxError", "f-string expression part cannot include a backslash", 1, 12],
  ["x = f\"{x#}\"", "SyntaxError", "f-string expression part cannot include '#'", 1, 11],
  ["x = f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 11],
  ["x = f\"abc {x\"", "SyntaxError", "f-string: expecting '}'", 1, 13],
  ["def f():\n    y = f\"{x\"", "SyntaxError", "f-string: expecting '}'", 2, 13],
  ["x = f\"{\"", "SyntaxError", "f-string: expecting '}'", 1, 8],
  ["x = f\"{x:{y}\"", "SyntaxError", "f-string: expecting '}'", 1, 13],
  ["x = \"\\x4\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 9],
  ["x = 'abc' \\", "SyntaxError", "unexpected EOF while parsing", 1, 11],
  ["x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 7],
  ["x = '''\nabc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 4],
  ["x = \"abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 4],
  ["x = a.", "SyntaxError", "invalid syntax", 1, 6],
  ["x = ?", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["x = !a", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["x = `a`", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["x = 1 <> 2", "SyntaxError", "invalid syntax", 1, 6, 8],
  ["def f(**kw, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 13],
  ["def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 10, 11],
  ["f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 7, 8],
  ["f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 8, 9],
  ["x = not", "SyntaxError", "invalid syntax", 1, 7],
  ["from a import b,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 16],
  ["def f() pass", "SyntaxError", "expected ':'", 1, 8, 12],
  ["try pass", "SyntaxError", "expected ':'", 1, 4, 8],
  ["if x:\n    pass\nelse pass", "SyntaxError", "expected ':'", 3, 5, 9],
  ["if x pass", "SyntaxError", "invalid syntax", 1, 5, 9],
  ["if x:\n    pass\nelif y pass", "SyntaxError", "invalid syntax", 3, 7, 11],
  ["class A pass", "SyntaxError", "invalid syntax", 1, 8, 12],
  ["class A(B) pass", "SyntaxError", "invalid syntax", 1, 11, 15],
  ["try:\n    pass\nexcept E pass", "SyntaxError", "invalid syntax", 3, 9, 13],
  ["try:\n    pass\nexcept E\n    pass", "SyntaxError", "expected ':'", 3, 8],
  ["try:\n    pass\nfinally pass", "SyntaxError", "expected ':'", 3, 8, 12],
  ["async def f():\n    async with a pass", "SyntaxError", "invalid syntax", 2, 17, 21],
  ["async def f():\n    async with a\n        pass", "SyntaxError", "expected ':'", 2, 16],
  ["def f x():\n    pass", "SyntaxError", "expected '('", 1, 6, 7],
  ["def ():\n    pass", "SyntaxError", "invalid syntax", 1, 4, 5],
  ["for x y:\n    pass", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["for x in y z:\n    pass", "SyntaxError", "invalid syntax", 1, 11, 12],
  ["for x in y\n    pass", "SyntaxError", "expected ':'", 1, 10],
  ["while x\n    pass", "SyntaxError", "expected ':'", 1, 7],
  ["elif x:\n    pass", "SyntaxError", "invalid syntax", 1, 0, 4],
  ["if x:\n    pass\nelse:\n    pass\nelse:\n    pass", "SyntaxError", "invalid syntax", 5, 0, 4],
  ["try:\n    pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 0, 1],
  ["try:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 8],
  ["def f():\n    return\nx = lambda x x", "SyntaxError", "invalid syntax", 3, 13, 14],
  ["x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8],
  ["x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8, 11],
  ["f(1, 2 3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8],
  ["print(\"a\" \"b\" c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 15],
  ["print(\"hello\" name)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 18],
  ["x = 1 +* 2", "SyntaxError", "invalid syntax", 1, 7, 8],
  ["x = a b", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["x = 1\nx y", "SyntaxError", "invalid syntax", 2, 2, 3],
  ["import", "SyntaxError", "invalid syntax", 1, 6],
  ["import asyncio,", "SyntaxError", "invalid syntax", 1, 15],
  ["from asyncio import sleep as", "SyntaxError", "invalid syntax", 1, 28],
  ["async def f():\n    await", "SyntaxError", "invalid syntax", 2, 9],
  ["class A:\n    def f(self)\n        pass", "SyntaxError", "expected ':'", 2, 15],
  ["if x == 1\n    print(x)", "SyntaxError", "expected ':'", 1, 9],
  ["x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 11],
  ["x = {1, 2: 3}", "SyntaxError", "invalid syntax", 1, 9, 10],
  ["x = [i for i in]", "SyntaxError", "invalid syntax", 1, 15, 16],
  ["x = [i for in y]", "SyntaxError", "invalid syntax", 1, 11, 13],
  ["x = f(a for a in b for)", "SyntaxError", "invalid syntax", 1, 22, 23],
  ["def f(a, b=1, c):\n    pass", "SyntaxError", "non-default argument follows default argument", 1, 14, 15],
  ["def f(a=1, /, b):\n    pass", "SyntaxError", "non-default argument follows default argument", 1, 14, 15],
  ["x.1", "SyntaxError", "invalid syntax", 1, 1, 3],
  ["print 1", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0, 7],
  ["print x, y", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0, 10],
  ["exec \"code\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 0, 11],
  ["x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 4, 10],
  ["async x", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["type X = int", "SyntaxError", "invalid syntax", 1, 5, 6],
  ["def f[T](x): pass", "SyntaxError", "expected '('", 1, 5, 6],
  ["del a + b", "SyntaxError", "cannot delete expression", 1, 4, 9],
  ["return", "SyntaxError", "'return' outside function", 1, 0, 6],
  ["a, b: int = 1", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0, 1],
  ["[a]: int = 1", "SyntaxError", "only single target (not list) can be annotated", 1, 0, 3],
  ["f(): int = 1", "SyntaxError", "illegal target for annotation", 1, 0, 3],
  ["if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 5],
  ["if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 5],
  ["def f():\n    if x:", "IndentationError", "expected an indented block after 'if' statement on line 2", 2, 9],
  ["for x in y:\n    pass\nelse:\nx = 1", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 0, 1],
  ["x = (1 if 2)", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 11],
  ["f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2, 6],
  ["f(True=1)", "SyntaxError", "cannot assign to True", 1, 2, 7],
  ["f(a, b for b in c)", "SyntaxError", "Generator expression must be parenthesized", 1, 5, 17],
  ["def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 8, 9],
  ["def f(a, /, /): pass", "SyntaxError", "/ may appear only once", 1, 12, 13],
  ["def f(*, a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 12, 13],
  ["def f(**a=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 9, 10],
  ["def f(**kw, *a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 13],
  ["lambda x, x: 0", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10, 11],
  ["for f() in y: pass", "SyntaxError", "cannot assign to function call", 1, 4, 7],
  ["for x, 1 in y: pass", "SyntaxError", "cannot assign to literal", 1, 7, 8],
  ["del f(), a", "SyntaxError", "cannot delete function call", 1, 4, 7],
  ["del *a", "SyntaxError", "cannot delete starred", 1, 4, 6],
  ["x = 1 +\ny = 2", "SyntaxError", "invalid syntax", 1, 7],
  ["x = [1, 2\ny = 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8],
  ["def f(a, b\n    pass", "SyntaxError", "'(' was never closed", 1, 5],
  ["if x:\n    pass\n    else:\n        pass", "SyntaxError", "invalid syntax", 3, 4, 8],
  ["x = 1;; y = 2", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["if x: if y: pass", "SyntaxError", "invalid syntax", 1, 6, 8],
  ["x = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 7],
  ["x = 1 if 2 else 3 = 4", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 0, 5],
  ["a = f() = 1", "SyntaxError", "cannot assign to function call", 1, 4, 7],
  ["x = a < b = 1", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 0, 5],
  ["async def f():\n    await = 1", "SyntaxError", "invalid syntax", 2, 10, 11],
  ["raise X, \"msg\"", "SyntaxError", "invalid syntax", 1, 7, 8],
  ["nonlocal", "SyntaxError", "invalid syntax", 1, 8],
  ["def f():\n    nonlocal x", "SyntaxError", "no binding for nonlocal 'x' found", 2, 4, 14],
  ["def f():\n    global x\n    def g():\n        nonlocal x", "SyntaxError", "no binding for nonlocal 'x' found", 4, 8, 18],
  ["def f(x):\n    global x", "SyntaxError", "name 'x' is parameter and global", 2, 4, 12],
  ["def f():\n    print(x)\n    global x", "SyntaxError", "name 'x' is used prior to global declaration", 3, 4, 12],
  ["class A:\n    return 1", "SyntaxError", "'return' outside function", 2, 4, 12],
  ["def f():\n    class A:\n        return 1", "SyntaxError", "'return' outside function", 3, 8, 16],
  ["for x in y:\n    def f():\n        break", "SyntaxError", "'break' outside loop", 3, 8, 13],
  ["while x:\n    class A:\n        continue", "SyntaxError", "'continue' not properly in loop", 3, 8, 16],
  ["async def f():\n    def g():\n        await x", "SyntaxError", "'await' outside async function", 3, 8, 15],
  ["async def f():\n    lambda: await x", "SyntaxError", "'await' outside async function", 2, 12, 19],
  ["def f():\n    [await x for x in y]", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 4, 24],
  ["def f():\n    async with a: pass", "SyntaxError", "'async with' outside async function", 2, 4, 22],
  ["async def f():\n    async for x in y:\n        break\n    else:\n        continue", "SyntaxError", "'continue' not properly in loop", 5, 8, 16],
  ["for x in y:\n    pass\nelse:\n    break", "SyntaxError", "'break' outside loop", 4, 4, 9],
  ["try:\n    pass\nfinally:\n    break", "SyntaxError", "'break' outside loop", 4, 4, 9],
  ["def f():\n    if x:\ny = 1", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0], // CPython gives offset 0 (no column)
  ["def f():\n    if x:\n    y = 1", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 4, 5],
  ["if x:\n    # comment", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 13],
  ["if x:\n    pass\n  y", "IndentationError", "unindent does not match any outer indentation level", 3, 3],
  ["class A:\n    def f(self):\n        pass\n  def g(self):\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 4, 14],
  ["[await x for x in y]", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 0, 20],
  ["def f():\n    return [x for x in await y]", "SyntaxError", "'await' outside async function", 2, 23, 30],
  ["class A:\n    x = await y", "SyntaxError", "'await' outside function", 2, 8, 15],
  ["async def f():\n    class A:\n        x = await y", "SyntaxError", "'await' outside function", 3, 12, 19],
  ["def f():\n    return [x for x in y if await z]", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 11, 36],
  ["def f():\n    return {k: await v for k, v in y}", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 11, 37],
  ["def f():\n    global x\n    x = 1\n    nonlocal y", "SyntaxError", "no binding for nonlocal 'y' found", 4, 4, 14],
  ["def f(x):\n    nonlocal x", "SyntaxError", "name 'x' is parameter and nonlocal", 2, 4, 14],
  ["def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x", "SyntaxError", "name 'x' is assigned to before nonlocal declaration", 5, 8, 18],
  ["def f():\n    global x\n    nonlocal x", "SyntaxError", "name 'x' is nonlocal and global", 2, 4, 12],
  ["x = 1\nglobal x", "SyntaxError", "name 'x' is assigned to before global declaration", 2, 0, 8],
  ["print(x)\nglobal x", "SyntaxError", "name 'x' is used prior to global declaration", 2, 0, 8],
  ["def f():\n    return x\n    return 1\nawait y", "SyntaxError", "'await' outside function", 4, 0, 7],
  ["def f():\n    x: int = 1\n    global x", "SyntaxError", "annotated name 'x' can't be global", 3, 4, 12],
  // Mistakes seen in learners' asyncio programs.
  ["def f():\n    print \"hello\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 2, 4, 17],
  ["async def main():\n    await asyncio.sleep(1\n    print(\"x\")", "SyntaxError", "'(' was never closed", 2, 23],
  ["async def main():\n    task = asyncio.create_task(work()\n    await task", "SyntaxError", "'(' was never closed", 2, 30],
  ["print(\"hello)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 6],
  ["print('it's')", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11],
  ["def f():\nreturn 1", "IndentationError", "expected an indented block after function definition on line 1", 2, 0, 6],
  ["async def main()\n    pass", "SyntaxError", "expected ':'", 1, 16],
  ["async def main():\n    await asyncio.gather(a(), b() c())", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 30, 37],
  ["asyncio.run(main()))", "SyntaxError", "unmatched ')'", 1, 19],
  ["x = [1, 2, 3\nprint(x)", "SyntaxError", "'[' was never closed", 1, 4],
  ["def f(x):\n    if x > 1\n        return x", "SyntaxError", "expected ':'", 2, 12],
  ["for i in range(10):\nprint(i)", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 0, 5],
  ["class Foo:\n    def __init__(self):\n    self.x = 1", "IndentationError", "expected an indented block after function definition on line 2", 3, 4, 8],
  ["if x == 1:\n    print(\"a\")\n else:\n    print(\"b\")", "IndentationError", "unindent does not match any outer indentation level", 3, 6],
  ["x = {'a': 1, 'b': 2", "SyntaxError", "'{' was never closed", 1, 4],
  ["def f(a b):\n    pass", "SyntaxError", "invalid syntax", 1, 8, 9],
  ["f(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8],
  ["x = 1 +* 2", "SyntaxError", "invalid syntax", 1, 7, 8],
  ["import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\nawait main()", "SyntaxError", "'await' outside function", 5, 0, 12],
  ["def f():\n    await asyncio.sleep(1)", "SyntaxError", "'await' outside async function", 2, 4, 26],
  ["elif", "SyntaxError", "invalid syntax", 1, 0, 4],
  ["x = (1, 2", "SyntaxError", "'(' was never closed", 1, 4],
  ["try:\n    x = 1\nexcept ValueError as e\n    pass", "SyntaxError", "expected ':'", 3, 22],
  ["while True\n    pass", "SyntaxError", "expected ':'", 1, 10],
  ["x = 3 +", "SyntaxError", "invalid syntax", 1, 7],
  ["def f():\n    x = 1\n        y = 2", "IndentationError", "unexpected indent", 3, 7],
  ["print(1, 2,, 3)", "SyntaxError", "invalid syntax", 1, 11, 12],
  ["x = [1,, 2]", "SyntaxError", "invalid syntax", 1, 7, 8],
  ["f(,)", "SyntaxError", "invalid syntax", 1, 2, 3],
  ["def f(,): pass", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["a = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 4, 5],
  ["x = True = False", "SyntaxError", "cannot assign to True", 1, 4, 8],
  ["print(\"a\" \"b\" 1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 15],
  ["print(x y z)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9],
  ["x.append(1)) ", "SyntaxError", "unmatched ')'", 1, 11],
  ["async def f():\n    await = 3", "SyntaxError", "invalid syntax", 2, 10, 11],
  ["async = 1", "SyntaxError", "invalid syntax", 1, 6, 7],
  ["class A(:\n    pass", "SyntaxError", "invalid syntax", 1, 8, 9],
  ["def 1f(): pass", "SyntaxError", "invalid decimal literal", 1, 4],
  ["def f(x=): pass", "SyntaxError", "expected default value expression", 1, 7, 8],
  ["from asyncio import (sleep", "SyntaxError", "'(' was never closed", 1, 20],
  ["x = [i for i in range(3)", "SyntaxError", "'[' was never closed", 1, 4],
  ["print(f\"{x\")", "SyntaxError", "f-string: expecting '}'", 1, 11], // CPython also gives end column 12
  ["s = 'abc\nx = 1\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4],
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

describe('syntax errors match CPython 3.11', () => {
  it.each(CPYTHON)('%j', (source, type, message, line, col, endCol) => {
    const e = errorOf(source);
    expect({ type: e.type, message: e.message, line: e.line, col: e.col }).toEqual({ type, message, line, col });
    if (endCol !== undefined) expect(e.endCol).toBe(endCol);
    expect(e.unsupported).toBe(false);
    expect(e.lineText).toBe(source.split(/\r\n|\r|\n/)[line - 1]);
    expect(e.filename).toBe('f.py');
  });
});

describe('error details', () => {
  it('prints like the last line of a CPython traceback', () => {
    expect(errorOf('x = (1,').summary).toBe("SyntaxError: '(' was never closed");
    expect(errorOf('if x:\npass').summary).toBe("IndentationError: expected an indented block after 'if' statement on line 1");
  });

  it('reports the tokenizer error later in the file instead of a parser error (as CPython does)', () => {
    const e = errorOf('f(a b)\nx = 1\ny = "abc');
    expect(e.message).toBe('unterminated string literal (detected at line 3)');
    expect(e.line).toBe(3);
  });

  it('keeps "unexpected indent" even when a later line has a tokenizer error', () => {
    expect(errorOf('x = 1\n  y = 2\nz = "abc').message).toBe('unexpected indent');
  });

  it('handles CRLF line endings', () => {
    const e = errorOf('x = 1\r\nif x\r\n    pass\r\n');
    expect([e.message, e.line, e.col, e.lineText]).toEqual(["expected ':'", 2, 4, 'if x']);
  });

  it('reports a syntax error before a construct outside the subset', () => {
    const e = errorOf('def gen():\n    yield 1\nx = (1,');
    expect(e.unsupported).toBe(false);
    expect(e.message).toBe("'(' was never closed");
  });

  it('reports a construct outside the subset before the placement checks', () => {
    const e = errorOf('@dec\ndef f():\n    pass\nreturn 1');
    expect(e.unsupported).toBe(true);
  });
});

describe('constructs outside the subset name the construct and its line', () => {
  const rows: [source: string, message: string, line: number, col: number][] = [
    ['def gen():\n    yield 1', 'generators (`yield`) are not supported by Taskline', 2, 4],
    ['def gen():\n    x = yield', 'generators (`yield`) are not supported by Taskline', 2, 8],
    ['def gen():\n    yield from other()', 'generators (`yield`) are not supported by Taskline', 2, 4],
    ['@dec\ndef f():\n    pass', 'decorators (`@...`) are not supported by Taskline', 1, 0],
    ['match x:\n    case 1:\n        pass', '`match` statements are not supported by Taskline', 1, 0],
    ['if (n := 10) > 5:\n    pass', 'assignment expressions (`:=`, the walrus operator) are not supported by Taskline', 1, 4],
    ['async def f():\n    return [x async for x in y]', 'asynchronous comprehensions (`async for` inside a comprehension) are not supported by Taskline', 2, 14],
    ['try:\n    pass\nexcept* ValueError:\n    pass', '`except*` (exception groups) is not supported by Taskline', 3, 0],
    ['from asyncio import *', 'star imports (`from ... import *`) are not supported by Taskline', 1, 0],
    ['x = b"abc"', 'bytes literals (`b"..."`) are not supported by Taskline', 1, 4],
    ['x = 1j', 'complex numbers are not supported by Taskline', 1, 4],
    ['x = 10000000000000000000000', 'integers beyond 2**53 are not supported by Taskline', 1, 4],
    ['x = "\\N{BULLET}"', '\\N{...} escapes are not supported by Taskline', 1, 4],
  ];
  it.each(rows)('%j', (source, message, line, col) => {
    const e = errorOf(source);
    expect({ unsupported: e.unsupported, type: e.type, message: e.message, line: e.line, col: e.col }).toEqual({
      unsupported: true,
      type: 'SyntaxError',
      message,
      line,
      col,
    });
  });

  it('keeps `match` usable as a name', () => {
    expect(() => parseModule('match = 1\nmatch(x)\nprint(match)')).not.toThrow();
  });
});
