import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('enum', () => {
  it('members have CPython repr, str, name and value, and iterate in definition order', () => {
    const src = py(
      'from enum import Enum, auto',
      'class C(Enum):',
      '    RED = auto()',
      '    GREEN = auto()',
      '    ALIAS = 1',
      'print(list(C), C.RED, repr(C.GREEN), C.RED.name, C.GREEN.value, len(C), C.ALIAS is C.RED)',
      'print(C(2), C["RED"], C.RED in C, C, type(C.RED))',
      'C(9)',
    );
    expect(out(src)).toBe(
      "[<C.RED: 1>, <C.GREEN: 2>] C.RED <C.GREEN: 2> RED 2 2 True\nC.GREEN C.RED True <enum 'C'> <enum 'C'>\n!! ValueError: 9 is not a valid C",
    );
  });

  it('IntEnum members compare and compute as ints; StrEnum members as strs', () => {
    const src = py(
      'from enum import IntEnum, StrEnum, auto',
      'class P(IntEnum):',
      '    LOW = 1',
      '    HIGH = 3',
      'class S(StrEnum):',
      '    A = auto()',
      'print(P.LOW < P.HIGH, P.HIGH == 3, P.HIGH + 1, str(P.LOW), sorted([P.HIGH, P.LOW]), S.A == "a", str(S.A))',
    );
    expect(out(src)).toBe("True True 4 1 [<P.LOW: 1>, <P.HIGH: 3>] True a\n");
  });

  it('Flag members combine into named pseudo-members', () => {
    const src = py(
      'from enum import Flag, auto',
      'class F(Flag):',
      '    R = auto()',
      '    W = auto()',
      'rw = F.R | F.W',
      'print(rw, repr(rw), F.R in rw, F(0), bool(F(0)))',
    );
    expect(out(src)).toBe('F.R|W <F.R|W: 3> True F(0) False\n');
  });

  it('refuses to reassign members and reports duplicates under @unique', () => {
    const src = py(
      'from enum import Enum, unique',
      'class D(Enum):',
      '    A = 1',
      '    B = 1',
      'try:',
      '    D.A = 2',
      'except AttributeError as e: print(e)',
      'unique(D)',
    );
    expect(out(src)).toBe("cannot reassign member 'A'\n!! ValueError: duplicate values found in <enum 'D'>: B -> A");
  });
});
