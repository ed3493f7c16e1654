/**
 * The running frame (runtime/running-frame.ts): what logging's funcName/lineno and
 * sys.exc_info() read. It must follow calls, coroutine steps and task switches exactly.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

function run(lines: string[]): string {
  const r = runProgram(lines.join('\n'), { filename: 'f.py', trace: false });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the running frame', () => {
  it('names the function and line of each log call across awaits and interleaved tasks', () => {
    const out = run([
      'import asyncio, logging, sys',
      'logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)',
      'def helper(n):',
      '    logging.warning("helper %d", n)',
      'async def inner(n):',
      '    await asyncio.sleep(n)',
      '    logging.warning("inner %d", n)',
      'async def task(n):',
      '    helper(n)',
      '    await inner(n)',
      '    logging.warning("task %d", n)',
      'async def main():',
      '    await asyncio.gather(task(1), task(0))',
      '    logging.warning("main")',
      'asyncio.run(main())',
      'logging.warning("module")',
    ]);
    expect(out).toBe(
      'helper:4 helper 1\nhelper:4 helper 0\ninner:7 inner 0\ntask:11 task 0\ninner:7 inner 1\ntask:11 task 1\nmain:14 main\n<module>:16 module\n',
    );
  });

  it('gives sys.exc_info() the exception a caller is handling, and nothing once it is handled', () => {
    const out = run([
      'import asyncio, sys',
      'def current():',
      '    return repr(sys.exc_info()[1])',
      'async def other():',
      '    print("other task:", current())',
      'async def main():',
      '    t = asyncio.create_task(other())',
      '    try:',
      '        raise ValueError("x")',
      '    except ValueError:',
      '        print("in handler:", current())',
      '        await asyncio.sleep(0)',
      '        print("after a task switch:", current())',
      '    print("after:", current())',
      '    await t',
      'asyncio.run(main())',
    ]);
    expect(out).toBe("in handler: ValueError('x')\nother task: None\nafter a task switch: ValueError('x')\nafter: None\n");
  });
});
