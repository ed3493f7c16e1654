import { describe, expect, it } from 'vitest';
import { out, py } from '../modules/run-helper.ts';

describe('class annotations', () => {
  it('are recorded as their source text, in order, and never evaluated', () => {
    const src = py(
      'class C:',
      '    a: int',
      '    b: "Undefined[str]" = 1',
      '    c: dict[str, list[int]] | None = None',
      '    d: typing.ClassVar[int]',
      '    __p: int',
      'print(C.__annotations__)',
      'print(C.b, C.c, hasattr(C, "a"))',
    );
    expect(out(src)).toBe(
      "{'a': 'int', 'b': 'Undefined[str]', 'c': 'dict[str, list[int]] | None', 'd': 'typing.ClassVar[int]', '_C__p': 'int'}\n1 None False\n",
    );
  });
});
