import { describe, expect, it } from 'vitest';
import { out, py } from '../modules/run-helper.ts';

describe('instance attributes', () => {
  it('__dict__ is a live view: writes through it are attributes, and it is the same dict each time', () => {
    const src = py(
      'class C: pass',
      'c = C()',
      'c.a = 1',
      'd = c.__dict__',
      'd["b"] = 2',
      'del d["a"]',
      'print(c.b, hasattr(c, "a"), d is c.__dict__, vars(c), len(d))',
    );
    expect(out(src)).toBe("2 False True {'b': 2} 1\n");
  });

  it('__slots__ limit attributes when every class declares them, and slots stay out of __dict__', () => {
    const src = py(
      'class S:',
      '    __slots__ = ("x",)',
      'class Open(S): pass',
      's = S()',
      's.x = 1',
      'o = Open()',
      'o.x = 2',
      'o.y = 3',
      'print(s.x, o.__dict__)',
      's.y = 4',
    );
    expect(out(src)).toBe("1 {'y': 3}\n!! AttributeError: 'S' object has no attribute 'y'");
  });

  it('a library metaclass protocol gives the class len, iteration, lookup and its repr', () => {
    const src = py(
      'from enum import Enum',
      'class E(Enum):',
      '    A = 1',
      '    B = 2',
      'print(len(E), [m.name for m in E], E["B"], E(1), E.A in E, E, type(E))',
    );
    expect(out(src)).toBe("2 ['A', 'B'] E.B E.A True <enum 'E'> <class 'enum.EnumType'>\n");
  });
});
