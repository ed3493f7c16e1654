/**
 * Each traceback entry names the line where the exception passed through its frame, as CPython
 * does, even when a handler or a `finally` ran other lines before the exception went on.
 * The expected texts are CPython 3.11's (with the file named p.py).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';

function stderrOf(source: string): string {
  return runProgram(source, { filename: 'p.py', trace: false }).stderr;
}

describe('traceback lines', () => {
  it('names the call that raised at module level, not the finally block', () => {
    const src = 'def boom():\n    raise ValueError("x")\n\ntry:\n    boom()\nfinally:\n    print("cleanup")\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 5, in <module>\n    boom()\n' +
        '  File "p.py", line 2, in boom\n    raise ValueError("x")\nValueError: x\n',
    );
  });

  it('keeps the raising line through a handler that re-raises with a bare raise', () => {
    const src =
      'def boom():\n    raise ValueError("x")\n\ndef g():\n    try:\n        boom()\n    except ValueError:\n        print("handler")\n        raise\n\n' +
      'try:\n    g()\nfinally:\n    print("cleanup")\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 12, in <module>\n    g()\n  File "p.py", line 6, in g\n    boom()\n' +
        '  File "p.py", line 2, in boom\n    raise ValueError("x")\nValueError: x\n',
    );
  });

  it('adds the line of `raise e` as a second entry for the frame', () => {
    const src = 'def boom():\n    raise ValueError("x")\n\ndef g():\n    try:\n        boom()\n    except ValueError as e:\n        raise e\n\ng()\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 10, in <module>\n    g()\n  File "p.py", line 8, in g\n    raise e\n' +
        '  File "p.py", line 6, in g\n    boom()\n  File "p.py", line 2, in boom\n    raise ValueError("x")\nValueError: x\n',
    );
  });

  it('shows the frame that caught the exception in the context of a new one', () => {
    const src =
      'import asyncio\nasync def work():\n    await asyncio.sleep(0.1)\n    raise KeyError("k")\n\nasync def main():\n    try:\n        await work()\n' +
      '    except KeyError:\n        raise RuntimeError("wrapped")\n\nasyncio.run(main())\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 8, in main\n    await work()\n  File "p.py", line 4, in work\n    raise KeyError("k")\n' +
        "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n" +
        'Traceback (most recent call last):\n  File "p.py", line 12, in <module>\n    asyncio.run(main())\n  File "p.py", line 10, in main\n' +
        '    raise RuntimeError("wrapped")\nRuntimeError: wrapped\n',
    );
  });

  it('gives a group made by except* no entry for the frame that made it', () => {
    const src = 'def f():\n    try:\n        raise ValueError("naked")\n    except* ValueError:\n        raise\n\nf()\n';
    expect(stderrOf(src)).toBe(
      '  + Exception Group Traceback (most recent call last):\n  |   File "p.py", line 7, in <module>\n  |     f()\n' +
        '  | ExceptionGroup:  (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n' +
        '    |   File "p.py", line 3, in f\n    |     raise ValueError("naked")\n    | ValueError: naked\n    +------------------------------------\n',
    );
  });
});

describe('traceback lines of exceptions raised again', () => {
  it('leaves the entry of a bare raise alone after nested handlers ran', () => {
    const src =
      'def f():\n    try:\n        raise ValueError("v")\n    except ValueError:\n        try:\n            {}["k"]\n        except KeyError:\n            pass\n        raise\n\nf()\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 11, in <module>\n    f()\n  File "p.py", line 3, in f\n    raise ValueError("v")\nValueError: v\n',
    );
  });

  it("raises a future's exception with the traceback it was stored with, for each awaiter", () => {
    const src =
      'import asyncio\nasync def reader(fut):\n    try:\n        await fut\n    except ValueError:\n        pass\n\nasync def main():\n' +
      '    fut = asyncio.get_running_loop().create_future()\n    ts = [asyncio.create_task(reader(fut)) for _ in range(2)]\n' +
      '    fut.set_exception(ValueError("bad"))\n    await asyncio.gather(*ts)\n    fut.result()\n\nasyncio.run(main())\n';
    expect(stderrOf(src)).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 15, in <module>\n    asyncio.run(main())\n  File "p.py", line 13, in main\n    fut.result()\nValueError: bad\n',
    );
  });

  it('prints a cause that was never raised without a traceback header', () => {
    const src = 'raise RuntimeError("outer") from ValueError("cause")\n';
    expect(stderrOf(src)).toBe(
      'ValueError: cause\n\nThe above exception was the direct cause of the following exception:\n\n' +
        'Traceback (most recent call last):\n  File "p.py", line 1, in <module>\n    raise RuntimeError("outer") from ValueError("cause")\nRuntimeError: outer\n',
    );
  });
});

describe('exception groups that were never raised', () => {
  it('print nested groups made in place without their own traceback headers', () => {
    const src = 'raise ExceptionGroup("top", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])\n';
    expect(stderrOf(src)).toBe(
      '  + Exception Group Traceback (most recent call last):\n  |   File "p.py", line 1, in <module>\n' +
        '  |     raise ExceptionGroup("top", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])\n' +
        '  | ExceptionGroup: top (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n' +
        '    | ExceptionGroup: inner (1 sub-exception)\n    +-+---------------- 1 ----------------\n' +
        '      | ValueError: 1\n      +------------------------------------\n' +
        '    +---------------- 2 ----------------\n    | TypeError: 2\n    +------------------------------------\n',
    );
  });
});
