import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('inspect', () => {
  it('tells coroutine functions through bound methods and partials, and unwraps wrappers', () => {
    const src = py(
      'import functools, inspect',
      'async def a(x): pass',
      'def s(): pass',
      'class C:',
      '    async def m(self): pass',
      'w = functools.wraps(a)(lambda *x: None)',
      'print(inspect.iscoroutinefunction(a), inspect.iscoroutinefunction(s), inspect.iscoroutinefunction(C().m), inspect.iscoroutinefunction(functools.partial(a, 1)))',
      'print(inspect.isfunction(s), inspect.ismethod(C().m), inspect.isclass(C), inspect.unwrap(w) is a)',
    );
    expect(out(src)).toBe('True False True True\nTrue True True True\n');
  });

  it('refuses what Taskline lacks by name', () => {
    expect(out(py('import inspect', 'inspect.getsource(print)'))).toMatch(/`inspect.getsource` is not supported by Taskline/);
  });
});
