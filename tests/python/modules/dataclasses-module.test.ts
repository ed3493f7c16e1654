import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('dataclasses', () => {
  it('builds __init__, __repr__ and __eq__ from annotations, in order, with defaults', () => {
    const src = py(
      'from dataclasses import dataclass, field',
      '@dataclass',
      'class P:',
      '    x: int',
      '    y: "list[int]" = field(default_factory=list)',
      '    z: str = "z"',
      'print(P(1), P(1) == P(1), P(1) == P(2), P(1, [2], z="q"), P.z)',
      'print(P.__annotations__)',
      'P()',
    );
    expect(out(src)).toBe(
      "P(x=1, y=[], z='z') True False P(x=1, y=[2], z='q') z\n{'x': <class 'int'>, 'y': 'list[int]', 'z': <class 'str'>}\n!! TypeError: P.__init__() missing 1 required positional argument: 'x'",
    );
  });

  it('order=True compares field tuples; frozen=True refuses assignment and hashes', () => {
    const src = py(
      'from dataclasses import dataclass',
      '@dataclass(order=True, frozen=True)',
      'class V:',
      '    a: int',
      '    b: int = 0',
      'print(sorted([V(2), V(1, 5), V(1, 2)]), V(1) < V(1, 1), len({V(1), V(1)}))',
      'V(1).a = 2',
    );
    expect(out(src)).toBe("[V(a=1, b=2), V(a=1, b=5), V(a=2, b=0)] True 1\n!! dataclasses.FrozenInstanceError: cannot assign to field 'a'");
  });

  it('raises CPython errors for a mutable default and a non-default field after a default', () => {
    const mutable = py('from dataclasses import dataclass', '@dataclass', 'class A:', '    xs: dict = {}');
    expect(out(mutable)).toBe("!! ValueError: mutable default <class 'dict'> for field xs is not allowed: use default_factory");
    const order = py('from dataclasses import dataclass', '@dataclass', 'class A:', '    a: int = 1', '    b: int');
    expect(out(order)).toBe("!! TypeError: non-default argument 'b' follows default argument");
  });

  it('asdict, astuple, replace and fields follow nested dataclasses', () => {
    const src = py(
      'from dataclasses import dataclass, asdict, astuple, replace, fields',
      '@dataclass',
      'class In:',
      '    v: int',
      '@dataclass',
      'class Out:',
      '    name: str',
      '    inner: In',
      'o = Out("n", In(3))',
      'print(asdict(o), astuple(o), replace(o, name="m"), [f.name for f in fields(Out)])',
    );
    expect(out(src)).toBe("{'name': 'n', 'inner': {'v': 3}} ('n', (3,)) Out(name='m', inner=In(v=3)) ['name', 'inner']\n");
  });

  it('__post_init__ runs after the fields are set; init=False fields take their default', () => {
    const src = py(
      'from dataclasses import dataclass, field',
      '@dataclass',
      'class T:',
      '    a: int',
      '    b: int = field(init=False, default=7)',
      '    def __post_init__(self):',
      '        self.c = self.a + self.b',
      't = T(1)',
      'print(t, t.c)',
    );
    expect(out(src)).toBe('T(a=1, b=7) 8\n');
  });
});
