import { readdirSync, readFileSync } from 'node:fs';
import { sharedCasesDir } from '../conformance/cases.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expr, Module, SourceSpan, Stmt } from '../../src/python/syntax/ast';
import { dump } from '../../src/python/syntax/ast-dump';
import { parseModule } from '../../src/python/syntax/parser';

function mod(source: string): Module {
  return parseModule(source);
}
function stmt(source: string): Stmt {
  return mod(source).body[0]!;
}
/** The expression of a one-line expression statement. */
function ex(source: string): Expr {
  const s = stmt(source);
  if (s.kind !== 'Expr') throw new Error(`not an expression statement: ${source}`);
  return s.value;
}
const d = (source: string) => dump(ex(source));
const ds = (source: string) => dump(stmt(source));
const text = (source: string, span: SourceSpan) => source.slice(span.from, span.to);

describe('operator precedence and associativity', () => {
  it.each([
    ['-2**2', '(UnaryOp - (BinOp ** (Int 2) (Int 2)))'],
    ['2**-1', '(BinOp ** (Int 2) (UnaryOp - (Int 1)))'],
    ['2**3**2', '(BinOp ** (Int 2) (BinOp ** (Int 3) (Int 2)))'],
    ['not a == b', '(UnaryOp not (Compare (Name a) == (Name b)))'],
    ['a < b <= c != d', '(Compare (Name a) < (Name b) <= (Name c) != (Name d))'],
    ['a not in b is not c', '(Compare (Name a) not in (Name b) is not (Name c))'],
    ['1 + 2 * 3 - 4', '(BinOp - (BinOp + (Int 1) (BinOp * (Int 2) (Int 3))) (Int 4))'],
    ['a / b // c % d @ e', '(BinOp @ (BinOp % (BinOp // (BinOp / (Name a) (Name b)) (Name c)) (Name d)) (Name e))'],
    ['a | b ^ c & d << e + f', '(BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << (Name d) (BinOp + (Name e) (Name f))))))'],
    ['a or b and not c', '(BoolOp or (Name a) (BoolOp and (Name b) (UnaryOp not (Name c))))'],
    ['a or b or c', '(BoolOp or (Name a) (Name b) (Name c))'],
    ['x if c else y if d else z', '(IfExp (Name c) (Name x) (IfExp (Name d) (Name y) (Name z)))'],
    ['lambda: a if b else c', '(Lambda () (IfExp (Name b) (Name a) (Name c)))'],
    ['lambda x, y=2, *a, k, **kw: x', '(Lambda (x y=(Int 2) *a k **kw) (Name x))'],
    ['~x + +y', '(BinOp + (UnaryOp ~ (Name x)) (UnaryOp + (Name y)))'],
    ['a.b.c(1)[2]', '(Subscript (Call (Attribute (Attribute (Name a) b) c) [(Int 1)]) (Int 2))'],
  ])('%s', (source, expected) => {
    expect(d(source)).toBe(expected);
  });
});

it('binds await tighter than ** and unary minus', () => {
  const inAsync = (e: string) => dump(mod(`async def f():\n    ${e}`));
  expect(inAsync('await x ** 2')).toBe('[(AsyncFunctionDef f () [(Expr (BinOp ** (Await (Name x)) (Int 2)))])]');
  expect(inAsync('-await f()')).toBe('[(AsyncFunctionDef f () [(Expr (UnaryOp - (Await (Call (Name f) []))))])]');
});

describe('expressions', () => {
  it.each([
    ['f(a, *b, c=1, **d)', '(Call (Name f) [(Name a) (Starred (Name b))] c=(Int 1) **(Name d))'],
    ['f(x for x in y)', '(Call (Name f) [(GeneratorExp (Name x) (for (Name x store) in (Name y)))])'],
    ['sum(x * 2 for x in y if x if x > 1)', '(Call (Name sum) [(GeneratorExp (BinOp * (Name x) (Int 2)) (for (Name x store) in (Name y) if (Name x) if (Compare (Name x) > (Int 1))))])'],
    ['[x for x, y in z for w in x]', '(ListComp (Name x) (for (Tuple [(Name x store) (Name y store)] store) in (Name z)) (for (Name w store) in (Name x)))'],
    ['{k: v for k, v in d.items()}', '(DictComp (Name k):(Name v) (for (Tuple [(Name k store) (Name v store)] store) in (Call (Attribute (Name d) items) [])))'],
    ['{x for x in y}', '(SetComp (Name x) (for (Name x store) in (Name y)))'],
    ['{1, 2}', '(Set [(Int 1) (Int 2)])'],
    ['{}', '(Dict )'],
    ["{'a': 1, **b}", '(Dict (Str "a"):(Int 1) **(Name b))'],
    ['[1, *a]', '(List [(Int 1) (Starred (Name a))])'],
    ['()', '(Tuple [])'],
    ['(1,)', '(Tuple [(Int 1)])'],
    ['(1)', '(Int 1)'],
    ['1, 2', '(Tuple [(Int 1) (Int 2)])'],
    ['a[1:2]', '(Subscript (Name a) (Slice (Int 1) (Int 2) -))'],
    ['a[::-1]', '(Subscript (Name a) (Slice - - (UnaryOp - (Int 1))))'],
    ['a[:, 1]', '(Subscript (Name a) (Tuple [(Slice - - -) (Int 1)]))'],
    ['a[i, j]', '(Subscript (Name a) (Tuple [(Name i) (Name j)]))'],
    ['...', '(...)'],
    ['None, True, False', '(Tuple [(None) (True) (False)])'],
    ['x.y', '(Attribute (Name x) y)'],
  ])('%s', (source, expected) => {
    expect(d(source)).toBe(expected);
  });

  it('keeps int and float literals apart', () => {
    expect(d('1, 1.0, 5., .5, 1e3, 1_000, 0x1F, 0o17, 0b101, 1.5e-3, 0_0')).toBe(
      '(Tuple [(Int 1) (Float 1.0) (Float 5.0) (Float 0.5) (Float 1000.0) (Int 1000) (Int 31) (Int 15) (Int 5) (Float 0.0015) (Int 0)])',
    );
  });

  it('decodes string literals', () => {
    expect(ex(String.raw`"a\tb\n\\\'\"\x41\u00e9\U0001F600\101\q"`)).toMatchObject({ kind: 'Constant', value: 'a\tb\n\\\'"Aé😀A\\q' });
    expect(ex(String.raw`r"a\n\d"`)).toMatchObject({ value: 'a\\n\\d' });
    expect(ex('"""two\nlines"""')).toMatchObject({ value: 'two\nlines' });
    expect(ex("'''a\r\nb'''")).toMatchObject({ value: 'a\nb' });
    expect(ex('"a" \'b\' """c"""')).toMatchObject({ value: 'abc' });
    expect(ex('("a"\n "b")')).toMatchObject({ value: 'ab' });
    expect(ex('"line \\\njoined"')).toMatchObject({ value: 'line joined' });
    expect(ex('u"x"')).toMatchObject({ value: 'x' });
  });
});

describe('f-strings', () => {
  it.each([
    ['f"a{x}b"', '(JoinedStr [(Str "a") (FormattedValue (Name x) - -) (Str "b")])'],
    ['f"{x:>{w}}"', '(JoinedStr [(FormattedValue (Name x) - (JoinedStr [(Str ">") (FormattedValue (Name w) - -)]))])'],
    [`f"{d['k']!r:>8}"`, '(JoinedStr [(FormattedValue (Subscript (Name d) (Str "k")) r (JoinedStr [(Str ">8")]))])'],
    ['f"{x=:.2f}"', '(JoinedStr [(Str "x=") (FormattedValue (Name x) - (JoinedStr [(Str ".2f")]))])'],
    ['f"{x=}"', '(JoinedStr [(Str "x=") (FormattedValue (Name x) r -)])'],
    ['f"{x = }"', '(JoinedStr [(Str "x = ") (FormattedValue (Name x) r -)])'],
    ['f"{x=!s}"', '(JoinedStr [(Str "x=") (FormattedValue (Name x) s -)])'],
    ['f"v: {ratio * 3 = }!"', '(JoinedStr [(Str "v: ratio * 3 = ") (FormattedValue (BinOp * (Name ratio) (Int 3)) r -) (Str "!")])'],
    ['f"{{literal}} {a!a}"', '(JoinedStr [(Str "{literal} ") (FormattedValue (Name a) a -)])'],
    ['f"{a == b} {a != b} {a >= b}"', '(JoinedStr [(FormattedValue (Compare (Name a) == (Name b)) - -) (Str " ") (FormattedValue (Compare (Name a) != (Name b)) - -) (Str " ") (FormattedValue (Compare (Name a) >= (Name b)) - -)])'],
    ['f"{x:{a}.{b}f}"', '(JoinedStr [(FormattedValue (Name x) - (JoinedStr [(FormattedValue (Name a) - -) (Str ".") (FormattedValue (Name b) - -) (Str "f")]))])'],
    [`f"{'yes' if ok else 'no'}"`, '(JoinedStr [(FormattedValue (IfExp (Name ok) (Str "yes") (Str "no")) - -)])'],
    ['f"{a, b}"', '(JoinedStr [(FormattedValue (Tuple [(Name a) (Name b)]) - -)])'],
    ['f"{ {1: 2}[1] }"', '(JoinedStr [(FormattedValue (Subscript (Dict (Int 1):(Int 2)) (Int 1)) - -)])'],
    ['f"tab\\t{x}"', '(JoinedStr [(Str "tab\\t") (FormattedValue (Name x) - -)])'],
    ['rf"\\d{x}"', '(JoinedStr [(Str "\\\\d") (FormattedValue (Name x) - -)])'],
    ['"a" f"{b}" "c"', '(JoinedStr [(Str "a") (FormattedValue (Name b) - -) (Str "c")])'],
    ['f""', '(JoinedStr [])'],
    ['f"""{\nx\n}"""', '(JoinedStr [(FormattedValue (Name x) - -)])'],
  ])('%s', (source, expected) => {
    expect(d(source)).toBe(expected);
  });

  it('gives expressions inside f-strings spans in the original source', () => {
    const src = 'print(f"total={total:.3f} at t={loop.time():.3f}")';
    const call = ex(src);
    if (call.kind !== 'Call' || call.args[0]!.kind !== 'JoinedStr') throw new Error('shape');
    const fields = call.args[0].values.filter((v) => v.kind === 'FormattedValue');
    expect(fields.map((f) => (f.kind === 'FormattedValue' ? text(src, f.value.span) : ''))).toEqual(['total', 'loop.time()']);
    expect(fields.map((f) => text(src, f.span))).toEqual(['{total:.3f}', '{loop.time():.3f}']);
  });
});

describe('statements', () => {
  it.each([
    ['a = b = 1', '(Assign [(Name a store) (Name b store)] (Int 1))'],
    ['a, *b = c', '(Assign [(Tuple [(Name a store) (Starred (Name b store) store)] store)] (Name c))'],
    ['[a, (b, c)] = x', '(Assign [(List [(Name a store) (Tuple [(Name b store) (Name c store)] store)] store)] (Name x))'],
    ['x.y[0] = 1', '(Assign [(Subscript (Attribute (Name x) y) (Int 0) store)] (Int 1))'],
    ['x += 1', '(AugAssign (Name x store) += (Int 1))'],
    ['self.n //= 2', '(AugAssign (Attribute (Name self) n store) //= (Int 2))'],
    ['x **= 2', '(AugAssign (Name x store) **= (Int 2))'],
    ['x: int = 1', '(AnnAssign (Name x store) (Name int) (Int 1))'],
    ['x: list[int]', '(AnnAssign (Name x store) (Subscript (Name list) (Name int)) -)'],
    ['pass', '(Pass)'],
    ['del a, b[0]', '(Delete [(Name a del) (Subscript (Name b) (Int 0) del)])'],
    ['assert x, "msg"', '(Assert (Name x) (Str "msg"))'],
    ['raise', '(Raise - -)'],
    ['raise E("x") from err', '(Raise (Call (Name E) [(Str "x")]) (Name err))'],
    ['import asyncio', '(Import asyncio)'],
    ['import asyncio as aio, time', '(Import asyncio as aio, time)'],
    ['from asyncio import sleep, Queue as Q', '(ImportFrom asyncio sleep, Queue as Q)'],
    ['from asyncio import (sleep,\n    gather,)', '(ImportFrom asyncio sleep, gather)'],
    ['global a, b', '(Global a b)'],
    ['if a:\n    x\nelif b:\n    y\nelse:\n    z', '(If (Name a) [(Expr (Name x))] [(If (Name b) [(Expr (Name y))] [(Expr (Name z))])])'],
    ['while x: x -= 1\nelse: pass', '(While (Name x) [(AugAssign (Name x store) -= (Int 1))] [(Pass)])'],
    ['for i, (a, b) in enumerate(z):\n    break\nelse:\n    pass', '(For (Tuple [(Name i store) (Tuple [(Name a store) (Name b store)] store)] store) (Call (Name enumerate) [(Name z)]) [(Break)] [(Pass)])'],
    ['for x in 1, 2: continue', '(For (Name x store) (Tuple [(Int 1) (Int 2)]) [(Continue)] [])'],
    [
      'try:\n    a\nexcept (ValueError, KeyError) as e:\n    b\nexcept Exception:\n    c\nexcept:\n    raise\nelse:\n    d\nfinally:\n    e',
      '(Try [(Expr (Name a))] [(except (Tuple [(Name ValueError) (Name KeyError)]) as e [(Expr (Name b))]) (except (Name Exception) [(Expr (Name c))]) (except - [(Raise - -)])] [(Expr (Name d))] [(Expr (Name e))])',
    ],
    ['try:\n    a\nfinally:\n    b', '(Try [(Expr (Name a))] [] [] [(Expr (Name b))])'],
    ['def f(a, b=1, *args, c, d=2, **kw):\n    return a', '(FunctionDef f (a b=(Int 1) *args c d=(Int 2) **kw) [(Return (Name a))])'],
    ['def f(a, /, b, *, c):\n    pass', '(FunctionDef f (a / b * c) [(Pass)])'],
    ['def f(x: int = 0, *a: str, **k: dict) -> None: ...', '(FunctionDef f (x=(Int 0) *a **k) [(Expr (...))])'],
    ['async def main():\n    await asyncio.sleep(1)', '(AsyncFunctionDef main () [(Expr (Await (Call (Attribute (Name asyncio) sleep) [(Int 1)])))])'],
    ['class A(Exception, metaclass=M):\n    x = 1\n    def m(self): return self.x', '(ClassDef A [(Name Exception)] metaclass=(Name M) [(Assign [(Name x store)] (Int 1)) (FunctionDef m (self) [(Return (Attribute (Name self) x))])])'],
    ['class A: pass', '(ClassDef A [] [(Pass)])'],
    ['def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1', '(FunctionDef outer () [(Assign [(Name x store)] (Int 1)) (FunctionDef inner () [(Nonlocal x) (AugAssign (Name x store) += (Int 1))])])'],
  ])('%j', (source, expected) => {
    expect(ds(source)).toBe(expected);
  });

  it('parses async with and async for inside async def', () => {
    const src = 'async def f():\n    async with lock, sem as s:\n        pass\n    async for x in it:\n        pass\n    async with asyncio.timeout(1) as (a, b):\n        pass';
    expect(ds(src)).toBe(
      '(AsyncFunctionDef f () [(AsyncWith [(Name lock) (Name sem) as (Name s store)] [(Pass)]) (AsyncFor (Name x store) (Name it) [(Pass)] []) (AsyncWith [(Call (Attribute (Name asyncio) timeout) [(Int 1)]) as (Tuple [(Name a store) (Name b store)] store)] [(Pass)])])',
    );
  });

  it('splits simple statements on semicolons', () => {
    expect(dump(mod('a = 1; b = 2;\nc'))).toBe('[(Assign [(Name a store)] (Int 1)) (Assign [(Name b store)] (Int 2)) (Expr (Name c))]');
  });
});

describe('layout', () => {
  it('follows indentation, blank lines, comments, continuation lines and brackets', () => {
    const src = [
      'import asyncio  # comment',
      '',
      'async def main():',
      '    # a comment at another indent',
      '  # and another',
      '    total = (1 +',
      '# inside brackets',
      '             2)',
      '',
      '    x = 1 + \\',
      '        2',
      '    if x:',
      '        pass',
      '    return [1,',
      '  2]',
      '',
    ].join('\n');
    expect(dump(mod(src))).toBe(
      '[(Import asyncio) (AsyncFunctionDef main () [(Assign [(Name total store)] (BinOp + (Int 1) (Int 2))) (Assign [(Name x store)] (BinOp + (Int 1) (Int 2))) (If (Name x) [(Pass)] []) (Return (List [(Int 1) (Int 2)]))])]',
    );
  });

  it('reads a tab as indentation to the next multiple of 8, when used consistently', () => {
    expect(dump(mod('if a:\n\tif b:\n\t\tx\n\ty\nz'))).toBe('[(If (Name a) [(If (Name b) [(Expr (Name x))] []) (Expr (Name y))] []) (Expr (Name z))]');
  });

  it('accepts CRLF and CR line endings', () => {
    expect(dump(mod('if x:\r\n    y = 1\r\nz = 2\r\n'))).toBe('[(If (Name x) [(Assign [(Name y store)] (Int 1))] []) (Assign [(Name z store)] (Int 2))]');
    expect(dump(mod('x = 1\ry = 2'))).toBe('[(Assign [(Name x store)] (Int 1)) (Assign [(Name y store)] (Int 2))]');
  });

  it('parses an empty file, a file of comments and a file without a final newline', () => {
    expect(mod('').body).toEqual([]);
    expect(mod('# only a comment\n\n   \n').body).toEqual([]);
    expect(dump(mod('def f():\n    return 1'))).toBe('[(FunctionDef f () [(Return (Int 1))])]');
  });

  it('accepts identifiers beyond ASCII', () => {
    expect(d('café + π')).toBe('(BinOp + (Name café) (Name π))');
  });
});

describe('spans', () => {
  it('covers each node exactly', () => {
    const src = 'x = 1\nasync def main(a, b=2):\n    result = await asyncio.sleep(1.5, result="done")\n    return f(a)[0].b';
    const m = mod(src);
    const fn = m.body[1]!;
    if (fn.kind !== 'AsyncFunctionDef') throw new Error('shape');
    expect(text(src, fn.span)).toBe(src.slice(src.indexOf('async')));
    expect(text(src, fn.nameSpan)).toBe('main');
    expect(fn.args.args.map((a) => text(src, a.span))).toEqual(['a', 'b']);
    expect(text(src, fn.args.args[1]!.default!.span)).toBe('2');
    const assign = fn.body[0]!;
    if (assign.kind !== 'Assign' || assign.value.kind !== 'Await' || assign.value.value.kind !== 'Call') throw new Error('shape');
    expect(text(src, assign.span)).toBe('result = await asyncio.sleep(1.5, result="done")');
    expect(text(src, assign.targets[0]!.span)).toBe('result');
    expect(text(src, assign.value.span)).toBe('await asyncio.sleep(1.5, result="done")');
    const call = assign.value.value;
    expect(text(src, call.span)).toBe('asyncio.sleep(1.5, result="done")');
    expect(text(src, call.args[0]!.span)).toBe('1.5');
    expect(text(src, call.keywords[0]!.span)).toBe('result="done"');
    expect(text(src, call.keywords[0]!.value.span)).toBe('"done"');
    if (call.func.kind !== 'Attribute') throw new Error('shape');
    expect(text(src, call.func.attrSpan)).toBe('sleep');
    expect(call.args[0]!.span).toMatchObject({ line: 3, col: 33 });
    const ret = fn.body[1]!;
    if (ret.kind !== 'Return') throw new Error('shape');
    expect(text(src, ret.value!.span)).toBe('f(a)[0].b');
  });

  it('covers compound statements and their parts', () => {
    const src = 'try:\n    pass\nexcept ValueError as e:\n    pass\nfor (a, b) in c: pass';
    const m = mod(src);
    const t = m.body[0]!;
    if (t.kind !== 'Try') throw new Error('shape');
    expect(text(src, t.span)).toBe('try:\n    pass\nexcept ValueError as e:\n    pass');
    expect(text(src, t.handlers[0]!.span)).toBe('except ValueError as e:\n    pass');
    const f = m.body[1]!;
    if (f.kind !== 'For') throw new Error('shape');
    expect(text(src, f.target.span)).toBe('(a, b)');
    expect(f.span).toMatchObject({ line: 5, col: 0 });
  });

  it('covers binary operations and comparisons from the first operand to the last', () => {
    const src = 'y = a * (b + c) < d';
    const s = stmt(src);
    if (s.kind !== 'Assign' || s.value.kind !== 'Compare' || s.value.left.kind !== 'BinOp') throw new Error('shape');
    expect(text(src, s.value.span)).toBe('a * (b + c) < d');
    expect(text(src, s.value.left.span)).toBe('a * (b + c)');
    expect(text(src, s.value.left.right.span)).toBe('b + c');
  });
});

describe('valid programs that CPython 3.11 accepts', () => {
  // Each was checked with compile(src, 'f.py', 'exec') in CPython 3.11.7.
  const VALID: string[] = [
    "x += 1, 2",
    "(a, b) = 1, 2",
    "[a, b] = 1, 2",
    "x.y = 1",
    "x[0] = 1",
    "x = f\"{x=!r:>8}\"",
    "   \nx = 1",
    "if True:\n    x = 1\n\n    # comment\n  # comment\n    y = 2",
    "x = (1 +\n# comment\n     2)",
    "def f(a, b=1, *args, c, d=2, **kw): pass",
    "def f(a, /, b): pass",
    "f(a=1, *b)",
    "class A(x=1): pass",
    "lambda *, a: 0",
    "x = [*a, *b]",
    "print(*a)",
    "x = {**a, 'b': 1}",
    "a[1:2, 3]",
    "a[::]",
    "x = 1 if True else 2 if False else 3",
    "import a.b.c as d",
    "from . import x",
    "from .. import x",
    "from a import (b, c,)",
    "from a import (b)",
    "global x\n",
    "x = 1_000_000",
    "print(f\"{x!r:>{w}}\")",
    "a = b = c = 1",
    "a, *b = 1, 2",
    "del a, b[0], c.d",
    "del (a, b)",
    "del [a, b]",
    "global x, y",
    "assert x, \"m\"",
    "raise E from None",
    "raise",
    "for x in 1, 2: pass",
    "x: int = 1",
    "x: int",
    "a.b: int = 1",
    "(a): int = 1",
    "x = 1; y = 2;",
    "if x: pass; pass",
    "class A: pass",
    "a = 1 \\\n    + 2",
    "x = 'a' 'b'",
    "x = f\"{x:{'a'}}\"",
    "x = f\"{'a' if x else 'b'}\"",
    "x = f'{d[\"k\"]!r:>8}'",
    "x = f\"{x:>{w}.{p}f}\"",
    "x = [1, 2,\n     3,\n  4]",
    "x = not a == b",
    "x.y.z()",
    "x = a if b else lambda: c",
    "async def f():\n    [await x for x in y]",
    "while True:\n    try:\n        pass\n    finally:\n        continue\n",
    "def f():\n    return (await x for x in y)",
    "import x\ndef f():\n    import y\n    global y",
    "def f():\n    def g():\n        nonlocal h\n    def h(): pass\n",
    "\"\"\"Module docstring.\"\"\"\nimport asyncio",
    "x = lambda a=1, *, b=2: a + b",
    "x = [i for i in range(3) if i % 2 == 0]",
    "async def f():\n    return await asyncio.gather(*[g(i) for i in range(3)], return_exceptions=True)",
    "class E(Exception):\n    def __init__(self, msg):\n        super().__init__(msg)\n        self.msg = msg",
    "def f(a, b,):\n    return f(a, b,)",
    "def f(*, a): pass",
    "r = (obj\n     .method()\n     .other())",
    "if not x in y: pass",
    "print(*items, sep=\", \")",
    "x = f\"{f'{x}'}\"",
    "x = \"a # b\"  # real comment",
    "x = {1: 2}[1]",
    "x = a[1:2:3]",
    "print(f\"{x!r}\", f'{y:>{w}.{p}}')",
    "x = 1 if y else 2",
    "async def main():\n    async with asyncio.TaskGroup() as tg:\n        t = tg.create_task(f())\n    try:\n        async with asyncio.timeout(1):\n            await asyncio.sleep(2)\n    except TimeoutError:\n        pass",
    "for i in range(3):\n    if i == 1:\n        continue\n    elif i == 2:\n        break\nelse:\n    pass",
    "x = (1,\n     2,\n     )",
    "def f():\n    global counter\n    counter += 1",
    "def make():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc",
    "x = -1 ** 2",
    "x = not not True",
    "a = b = c = []",
    "x, y = y, x",
    "for k, v in d.items(): print(k, v)",
    "print(\"%s\" % x)",
    "assert isinstance(x, int), f\"bad {x!r}\"",
    "x = 'single' \"double\" '''triple''' \"\"\"triple2\"\"\"",
    "x = 0.1 + 0.2 == 0.3",
    "q = asyncio.Queue(maxsize=2)",
    "def f(): pass; return",
    "x = [\n    1,\n    2,\n]",
    "x = f\"{'a'!r:^10}\"",
    "x = f\"{3.14159:.{2}f}\"",
    "x = f\"{x:{'>' if a else '<'}10}\"",
    "print(f\"{'{'}\")",
    "x = f\"{1}\" f\"{2}\"",
    "x = 1; ",
    "import time, asyncio",
    "if x:\n    pass\n# trailing comment",
    "if x:\n    pass\n    # indented trailing comment",
    "x = 5\ndel x",
    "raise ValueError(\"boom\") from None",
    "x = [*range(3), *[4, 5]]",
    "print(type(x).__name__)",
    "print(1 < 2 > 1 == 1)",
    "x = ()\ny = (())",
    "x = r'\\d+' r\"\\n\"\n",
  ];
  it.each(VALID)('%j', (source) => {
    expect(() => parseModule(source)).not.toThrow();
  });
});

const CONFORMANCE = sharedCasesDir();
const conformanceFiles = CONFORMANCE !== null ? readdirSync(CONFORMANCE).filter((f) => f.endsWith('.py')) : [];

describe.skipIf(conformanceFiles.length === 0)('conformance programs', () => {
  it.each(conformanceFiles)('%s parses', (file) => {
    expect(() => parseModule(readFileSync(join(CONFORMANCE!, file), 'utf8'), file)).not.toThrow();
  });
});

describe('plain with', () => {
  it('parses to a With node, so that `with lock:` can fail at run time as in CPython', () => {
    const mod = parseModule('with a as b, c:\n    pass\n');
    const st = mod.body[0]!;
    expect(st.kind).toBe('With');
    if (st.kind === 'With') expect(st.items.map((i) => i.optionalVars?.kind ?? null)).toEqual(['Name', null]);
  });
});
