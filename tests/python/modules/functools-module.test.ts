import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('functools', () => {
  it('partial merges arguments and shows its repr', () => {
    const src = py(
      'from functools import partial',
      'def f(a, b, c=0): return a + b + c',
      'p = partial(f, 1, c=10)',
      'print(p(2), p(2, c=0), p.args, p.keywords, partial(p, 5)())',
      'print(partial(max, 3))',
    );
    expect(out(src)).toBe("13 3 (1,) {'c': 10} 16\nfunctools.partial(<built-in function max>, 3)\n");
  });

  it('lru_cache counts hits and misses and evicts the least recently used', () => {
    const src = py(
      'from functools import lru_cache',
      '@lru_cache(maxsize=2)',
      'def sq(x):',
      '    print("miss", x)',
      '    return x * x',
      'for x in (1, 2, 1, 3, 2):',
      '    sq(x)',
      'print(sq.cache_info())',
      'sq.cache_clear()',
      'print(sq.cache_info())',
    );
    expect(out(src)).toBe(
      'miss 1\nmiss 2\nmiss 3\nmiss 2\nCacheInfo(hits=1, misses=4, maxsize=2, currsize=2)\nCacheInfo(hits=0, misses=0, maxsize=2, currsize=0)\n',
    );
  });

  it('wraps copies the name, doc and qualname and sets __wrapped__', () => {
    const src = py(
      'import functools',
      'def deco(fn):',
      '    @functools.wraps(fn)',
      '    def inner(*a): return fn(*a)',
      '    return inner',
      '@deco',
      'def hello():',
      '    "Say hi."',
      '    return "hi"',
      'print(hello.__name__, hello.__qualname__, hello.__doc__, hello.__wrapped__(), hello)',
    );
    expect(out(src)).toMatch(/^hello hello Say hi\. hi <function hello at 0x[0-9a-f]+>\n$/);
  });

  it('reduce folds, and refuses an empty iterable without an initial value', () => {
    expect(out(py('from functools import reduce', 'print(reduce(lambda a, b: a * b, range(1, 6)), reduce(min, [], 9))', 'reduce(min, [])'))).toBe(
      '120 9\n!! TypeError: reduce() of empty iterable with no initial value',
    );
  });

  it('total_ordering derives the comparisons the class lacks', () => {
    const src = py(
      'from functools import total_ordering',
      '@total_ordering',
      'class N:',
      '    def __init__(self, v): self.v = v',
      '    def __eq__(self, o): return self.v == o.v',
      '    def __lt__(self, o): return self.v < o.v',
      'print(N(1) <= N(1), N(2) > N(1), N(1) >= N(2))',
    );
    expect(out(src)).toBe('True True False\n');
  });

  it('cached_property computes once per instance', () => {
    const src = py(
      'from functools import cached_property',
      'class C:',
      '    @cached_property',
      '    def v(self):',
      '        print("compute")',
      '        return 42',
      'c = C()',
      'print(c.v, c.v, c.__dict__)',
    );
    expect(out(src)).toBe("compute\n42 42 {'v': 42}\n");
  });
});

describe('functools dispatch', () => {
  it('singledispatch picks by the MRO of the first argument; singledispatchmethod by the one after self', () => {
    const src = py(
      'from functools import singledispatch, singledispatchmethod',
      '@singledispatch',
      'def f(x): return "obj"',
      '@f.register(int)',
      'def _(x): return "int"',
      'class A: pass',
      'class B(A): pass',
      'f.register(A, lambda x: "A")',
      'class H:',
      '    @singledispatchmethod',
      '    def h(self, x): return "any"',
      '    @h.register(str)',
      '    def _(self, x): return "str " + x',
      'print(f(1), f(True), f("s"), f(B()), H().h("q"), H().h(2))',
    );
    expect(out(src)).toBe('int int obj A str q any\n');
  });

  it('partialmethod binds the instance in front of its arguments', () => {
    const src = py(
      'from functools import partialmethod',
      'class C:',
      '    def set(self, v, tag=""): return f"{v}{tag}"',
      '    on = partialmethod(set, True, tag="!")',
      'print(C().on())',
    );
    expect(out(src)).toBe('True!\n');
  });
});
