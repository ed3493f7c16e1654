import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

describe('contextvars in worker threads', () => {
  it('to_thread runs in a copy of the calling task context; run_in_executor in the thread own', () => {
    const src = py(
      'import asyncio, contextvars, time',
      'v = contextvars.ContextVar("v", default="none")',
      'def blocking(tag):',
      '    time.sleep(0.1)',
      '    seen = v.get()',
      '    v.set(tag)',
      '    return seen',
      'async def task(name):',
      '    v.set(name)',
      '    seen = await asyncio.to_thread(blocking, "thread")',
      '    print(name, seen, v.get())',
      'async def main():',
      '    await asyncio.gather(task("a"), task("b"))',
      '    v.set("main")',
      '    print(await asyncio.get_running_loop().run_in_executor(None, blocking, "t1"), v.get())',
      'asyncio.run(main())',
    );
    expect(out(src)).toBe('a a a\nb b b\nnone main\n');
  });
});
