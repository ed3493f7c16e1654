import { describe, expect, it } from 'vitest';
import { out, py } from '../modules/run-helper.ts';

const body = [
  'class C:',
  '    a: int',
  '    b: "Undefined[str]" = 1',
  '    c: dict[str, list[int]] | None = None',
  '    d: typing.ClassVar[int]',
  '    __p: int',
  'print(C.__annotations__)',
  'print(C.b, C.c, hasattr(C, "a"))',
];

describe('class annotations', () => {
  it('are evaluated in order, as CPython evaluates them (a string literal stays a string)', () => {
    expect(out(py('import typing', ...body))).toBe(
      "{'a': <class 'int'>, 'b': 'Undefined[str]', 'c': dict[str, list[int]] | None, 'd': typing.ClassVar[int], '_C__p': <class 'int'>}\n1 None False\n",
    );
  });

  it('stay their source text under from __future__ import annotations', () => {
    expect(out(py('from __future__ import annotations', ...body))).toBe(
      "{'a': 'int', 'b': \"'Undefined[str]'\", 'c': 'dict[str, list[int]] | None', 'd': 'typing.ClassVar[int]', '_C__p': 'int'}\n1 None False\n",
    );
  });
});
