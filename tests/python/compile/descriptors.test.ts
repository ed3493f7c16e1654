import { describe, expect, it } from 'vitest';
import { out, py } from '../modules/run-helper.ts';

describe('descriptors', () => {
  it('property getter, setter and deleter run and name the property in errors', () => {
    const src = py(
      'class C:',
      '    def __init__(self): self._x = 1',
      '    @property',
      '    def x(self): return self._x',
      '    @x.setter',
      '    def x(self, v): self._x = v * 10',
      '    y = property(lambda self: 5)',
      'c = C()',
      'c.x = 2',
      'print(c.x, c.y, c.__dict__)',
      'try:',
      '    c.y = 1',
      'except AttributeError as e: print(e)',
      'del c.x',
    );
    expect(out(src)).toBe("20 5 {'_x': 20}\nproperty 'y' of 'C' object has no setter\n!! AttributeError: property 'x' of 'C' object has no deleter");
  });

  it('a data descriptor wins over the instance dict; a non-data one loses to it', () => {
    const src = py(
      'class D:',
      '    def __get__(self, obj, owner): return "from D"',
      '    def __set__(self, obj, v): obj.__dict__["seen"] = v',
      'class N:',
      '    def __get__(self, obj, owner): return "from N"',
      'class C:',
      '    d = D()',
      '    n = N()',
      'c = C()',
      'c.d = 1',
      'c.__dict__["d"] = "own"',
      'c.__dict__["n"] = "own"',
      'print(c.d, c.n, c.seen, C.n)',
    );
    expect(out(src)).toBe('from D own 1 from N\n');
  });

  it('staticmethod and classmethod bind as CPython binds them, also through super()', () => {
    const src = py(
      'class A:',
      '    @classmethod',
      '    def make(cls): return cls.__name__',
      '    @staticmethod',
      '    def add(a, b): return a + b',
      'class B(A):',
      '    @classmethod',
      '    def make(cls): return "B+" + super().make()',
      'print(A.make(), B.make(), B().make(), A.add(1, 2), B().add(3, 4))',
    );
    expect(out(src)).toBe('A B+B B+B 3 7\n');
  });

  it('__set_name__ and __init_subclass__ run when the class is made', () => {
    const src = py(
      'class F:',
      '    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)',
      'class Base:',
      '    def __init_subclass__(cls, tag="none", **kw):',
      '        super().__init_subclass__(**kw)',
      '        print("subclass", cls.__name__, tag)',
      'class K(Base, tag="t"):',
      '    f = F()',
    );
    expect(out(src)).toBe('set_name K f\nsubclass K t\n');
  });

  it('__getattr__ is the fallback and __setattr__ replaces the default', () => {
    const src = py(
      'class P:',
      '    def __getattr__(self, name): return name.upper()',
      '    def __setattr__(self, name, v): object.__setattr__(self, name, v * 2)',
      'p = P()',
      'p.a = 3',
      'print(p.a, p.zzz)',
    );
    expect(out(src)).toBe('6 ZZZ\n');
  });

  it('NotImplemented lets the other operand answer, then falls back', () => {
    const src = py(
      'class M:',
      '    def __eq__(self, o): return NotImplemented',
      '    def __add__(self, o): return NotImplemented',
      '    def __radd__(self, o): return "radd"',
      'm = M()',
      'print(m == m, m == 1, 1 + m, NotImplemented)',
      'm + m',
    );
    expect(out(src)).toBe("True False radd NotImplemented\n!! TypeError: unsupported operand type(s) for +: 'M' and 'M'");
  });
});

describe('__new__', () => {
  it('a class that defines __new__ makes its own instances; __init__ runs on instances of the class', () => {
    const src = py(
      'class One:',
      '    _it = None',
      '    def __new__(cls, *a):',
      '        if cls._it is None:',
      '            cls._it = super().__new__(cls)',
      '        return cls._it',
      '    def __init__(self, v): self.v = v',
      'class Never:',
      '    def __new__(cls): return 5',
      '    def __init__(self): print("not called")',
      'print(One(1) is One(2), One(3).v, Never())',
    );
    expect(out(src)).toBe('True 3 5\n');
  });
});
