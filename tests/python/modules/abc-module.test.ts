import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('abc', () => {
  it('refuses to instantiate a class with abstract methods left, naming them sorted', () => {
    const src = py(
      'from abc import ABC, abstractmethod',
      'class S(ABC):',
      '    @abstractmethod',
      '    def b(self): ...',
      '    @abstractmethod',
      '    def a(self): ...',
      'class Half(S):',
      '    def a(self): return 1',
      'class Full(Half):',
      '    def b(self): return 2',
      'print(Full().a() + Full().b())',
      'try:',
      '    Half()',
      'except TypeError as e: print(e)',
      'S()',
    );
    expect(out(src)).toBe("3\nCan't instantiate abstract class Half with abstract method b\n!! TypeError: Can't instantiate abstract class S with abstract methods a, b");
  });

  it('metaclass=ABCMeta works as the ABC base does; other metaclasses are refused', () => {
    const ok = py('from abc import ABCMeta, abstractmethod', 'class B(metaclass=ABCMeta):', '    @abstractmethod', '    def f(self): ...', 'B()');
    expect(out(ok)).toBe("!! TypeError: Can't instantiate abstract class B with abstract method f");
    const meta = py('class M(type): pass', 'class X(metaclass=M): pass');
    expect(out(meta)).toMatch(/metaclasses are not supported by Taskline/);
  });
});
