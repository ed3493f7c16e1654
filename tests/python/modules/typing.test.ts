import { describe, expect, it } from 'vitest';
import { run, show } from './helpers.ts';

describe('typing', () => {
  it('subscripted forms print as CPython prints them', () => {
    expect(show('from typing import *', 'Optional[int]', 'Union[int, str, None]', 'Dict[str, List[int]]', 'Callable[[int], Awaitable[str]]', 'list[int]')).toEqual([
      'typing.Optional[int]',
      'typing.Union[int, str, NoneType]',
      'typing.Dict[str, typing.List[int]]',
      'typing.Callable[[int], typing.Awaitable[str]]',
      'list[int]',
    ]);
  });
  it('Union flattens and collapses a single type', () => {
    expect(show('from typing import Union, Optional', 'Union[int]', 'Optional[Union[int, str]]', 'Union[int, int, str]')).toEqual([
      "<class 'int'>",
      'typing.Union[int, str, NoneType]',
      'typing.Union[int, str]',
    ]);
  });
  it('Generic classes build and subscript', () => {
    expect(show('from typing import Generic, TypeVar\nT = TypeVar("T")\nclass Box(Generic[T]):\n    def __init__(self, v):\n        self.v = v', 'Box(1).v, T', 'Box[int]')).toEqual(['1 ~T', '__main__.Box[int]']);
    expect(run('from typing import Generic\nclass B(Generic):\n    pass').err).toBe('TypeError: Cannot inherit from plain Generic');
  });
  it('NamedTuple and TypedDict class bodies make working classes', () => {
    expect(show('from typing import NamedTuple, TypedDict\nclass P(NamedTuple):\n    x: int\n    y: int = 2\nclass M(TypedDict):\n    name: str', 'P(1), P(1, 3).y', 'M(name="a")')).toEqual(['P(x=1, y=2) 3', "{'name': 'a'}"]);
    expect(run('from typing import NamedTuple\nclass P(NamedTuple):\n    x: int = 0\n    y: int').err).toBe('TypeError: Non-default namedtuple field y cannot follow default field x');
  });
  it('cast returns its value; class bodies record annotation names in order', () => {
    expect(show('from typing import cast\nclass C:\n    a: int\n    b: "str" = "x"', 'cast(int, "s")', 'list(C.__annotations__)')).toEqual(['s', "['a', 'b']"]);
  });
  it('collections.abc forms are classes that subscript', () => {
    expect(show('import collections.abc', 'collections.abc.Iterable', 'collections.abc.Awaitable[int]')).toEqual([
      "<class 'collections.abc.Iterable'>",
      'collections.abc.Awaitable[int]',
    ]);
  });
});

describe('class-body annotations', () => {
  it('are evaluated, as CPython evaluates them', () => {
    expect(show('from typing import Optional\nclass C:\n    a: int\n    b: Optional[str] = None', 'C.__annotations__')).toEqual(["{'a': <class 'int'>, 'b': typing.Optional[str]}"]);
    expect(run('class C:\n    x: Missing').err).toBe("NameError: name 'Missing' is not defined");
  });
  it('stay text under from __future__ import annotations', () => {
    expect(show('from __future__ import annotations\nclass C:\n    a: Missing\n    b: list[int] = []', 'C.__annotations__')).toEqual(["{'a': 'Missing', 'b': 'list[int]'}"]);
  });
});

describe('class annotations naming what Taskline leaves out', () => {
  it('keep their text instead of refusing the class', () => {
    expect(show('import asyncio\nclass C:\n    reader: asyncio.StreamReader\n    n: int = 1', 'C.__annotations__')).toEqual(["{'reader': 'asyncio.StreamReader', 'n': <class 'int'>}"]);
  });
});
