/** mistakeFlags: each mistake is flagged on a program that makes it, and not on its fixed twin. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { runProgram } from '../../../src/python/run.ts';
import { mistakeFlags } from '../../../src/trace/views/flags.ts';
import type { MistakeKind } from '../../../src/trace/views/flag-types.ts';
import type { Trace } from '../../../src/trace/format.ts';

const flagsOf = (code: string, maxSteps?: number) => mistakeFlags(runProgram(code, { seed: 1, recordTicks: false, ...(maxSteps ? { maxSteps } : {}) }).trace, code);
const kinds = (code: string, maxSteps?: number): MistakeKind[] => flagsOf(code, maxSteps).map((f) => f.kind);

const main = (body: string, defs = '') => `import asyncio\nimport time\n\n${defs}\nasync def main():\n${body}\n\nasyncio.run(main())\n`;

describe('mistakeFlags', () => {
  it('flags a coroutine never awaited, on the line that made it (also when it was kept in a variable)', () => {
    const defs = 'async def work():\n    print("working")\n';
    const bad = flagsOf(main('    work()\n    await asyncio.sleep(1)', defs));
    expect(bad.map((f) => f.kind)).toEqual(['never-awaited']);
    expect(bad[0]!.line).toBe(8);
    expect(bad[0]!.message).toContain('work()');
    expect(flagsOf(main('    c = work()\n    await asyncio.sleep(1)', defs))[0]).toMatchObject({ kind: 'never-awaited', line: 8 });
    expect(kinds(main('    await work()\n    await asyncio.sleep(1)', defs))).toEqual([]);
  });

  it('flags time.sleep in a task as a band across every row, with the fix', () => {
    const bad = flagsOf(main('    print("a")\n    time.sleep(2)'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ kind: 'blocking-call', acrossAllRows: true, t: 0, tEnd: 2, line: 7, task: 0 });
    expect(bad[0]!.message).toBe('The whole loop was blocked for 2.00 s by line 7.');
    expect(bad[0]!.fix).toBe('Use await asyncio.sleep(2) instead of time.sleep(2).');
    expect(kinds(main('    print("a")\n    await asyncio.sleep(2)'))).toEqual([]);
  });

  it('merges a loop of back-to-back time.sleep calls on one line into one band', () => {
    const bad = flagsOf(main('    for i in range(4):\n        time.sleep(0.5)'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ t: 0, tEnd: 2, line: 7 });
  });

  it('flags independent awaits back to back, with the time they took and would take together', () => {
    const defs = 'async def fetch(n, s):\n    await asyncio.sleep(s)\n    return n\n';
    const bad = flagsOf(main('    a = await fetch("a", 3)\n    b = await fetch("b", 2)\n    print(a, b)', defs));
    expect(bad.map((f) => f.kind)).toEqual(['sequential-awaits']);
    expect(bad[0]!.message).toBe('These two awaits ran one after the other: 5 s; with create_task or gather: 3 s.');
    expect(bad[0]!.line).toBe(9);
    expect(kinds(main('    a, b = await asyncio.gather(fetch("a", 3), fetch("b", 2))\n    print(a, b)', defs))).toEqual([]);
    // The second needs the first's result: they cannot overlap.
    expect(kinds(main('    a = await fetch("a", 3)\n    b = await fetch(a, 2)\n    print(a, b)', defs))).toEqual([]);
    // Awaiting tasks that already run together is fine.
    expect(kinds(main('    t1 = asyncio.create_task(fetch("a", 3))\n    t2 = asyncio.create_task(fetch("b", 2))\n    await t1\n    await t2', defs))).toEqual([]);
  });

  it('flags a created task whose result is thrown away', () => {
    const defs = 'async def job():\n    await asyncio.sleep(1)\n';
    const bad = flagsOf(main('    asyncio.create_task(job())\n    await asyncio.sleep(2)', defs));
    expect(bad.map((f) => f.kind)).toEqual(['task-not-kept']);
    expect(bad[0]).toMatchObject({ task: 1, line: 8 });
    expect(bad[0]!.message).toContain('weak reference');
    expect(kinds(main('    t = asyncio.create_task(job())\n    await t', defs))).toEqual([]);
    // A TaskGroup keeps its tasks.
    expect(kinds(main('    async with asyncio.TaskGroup() as tg:\n        tg.create_task(job())', defs))).toEqual([]);
  });

  it('flags a task that caught its CancelledError and returned, at the except line', () => {
    const defs = (tail: string) => `async def stubborn():\n    try:\n        await asyncio.sleep(5)\n    except asyncio.CancelledError:\n        print("no")\n${tail}    return 1\n`;
    const body = '    t = asyncio.create_task(stubborn())\n    await asyncio.sleep(1)\n    t.cancel()\n    try:\n        print(await t)\n    except asyncio.CancelledError:\n        print("cancelled")';
    const bad = flagsOf(main(body, defs('')));
    expect(bad.map((f) => f.kind)).toEqual(['swallowed-cancel']);
    expect(bad[0]).toMatchObject({ task: 1, line: 7 });
    expect(kinds(main(body, defs('        raise\n')))).toEqual([]);
  });

  it('flags a task exception nobody retrieved, at the line that made the task', () => {
    const defs = 'async def boom():\n    await asyncio.sleep(1)\n    raise ValueError("x")\n';
    const bad = flagsOf(main('    t = asyncio.create_task(boom())\n    await asyncio.sleep(2)', defs));
    expect(bad.map((f) => f.kind)).toEqual(['exception-never-retrieved']);
    expect(bad[0]).toMatchObject({ task: 1, line: 9, t: 1 });
    expect(kinds(main('    t = asyncio.create_task(boom())\n    try:\n        await t\n    except ValueError:\n        pass', defs))).toEqual([]);
  });

  it('names who waits on what in a deadlock', () => {
    const defs = 'async def waiter(e):\n    await e.wait()\n';
    const bad = flagsOf(main('    e = asyncio.Event()\n    await asyncio.gather(waiter(e))', defs));
    expect(bad.map((f) => f.kind)).toEqual(['deadlock-cycle']);
    expect(bad[0]!.message).toContain('Task-2 waits for event');
    const defs2 = 'async def setter(e):\n    e.set()\n';
    expect(kinds(main('    e = asyncio.Event()\n    await asyncio.gather(waiter(e), setter(e))', defs + defs2))).toEqual([]);
  });

  it('draws the cycle when the outcome says who holds each lock', () => {
    const trace: Trace = {
      version: 1,
      end: 1,
      events: [
        { type: 'create', t: 0, task: 1, name: 'left', parent: null },
        { type: 'create', t: 0, task: 2, name: 'right', parent: null },
      ],
      outcome: {
        kind: 'deadlock',
        waiting: [
          { task: 1, name: 'left', on: 'lock', holders: [2] },
          { task: 2, name: 'right', on: 'lock', holders: [1] },
        ] as never,
      },
      exitCode: 3,
      stdout: '',
      stderr: '',
    };
    const [flag] = mistakeFlags(trace, '');
    expect(flag!.message).toBe('Deadlock: left waits for lock held by right, right waits for lock held by left.');
    expect(flag!.related).toEqual([2]);
  });

  it('names the task and the line of an endless loop stopped by the budget', () => {
    const defs = 'async def spin():\n    n = 0\n    while True:\n        n += 1\n';
    const bad = flagsOf(main('    t = asyncio.create_task(spin())\n    await asyncio.sleep(1)', defs), 20_000);
    expect(bad.map((f) => f.kind)).toEqual(['endless-loop']);
    expect(bad[0]).toMatchObject({ task: 1, line: 6 });
    expect(bad[0]!.message).toContain('Task-2');
    const fixed = 'async def spin():\n    n = 0\n    while n < 5:\n        n += 1\n';
    expect(kinds(main('    t = asyncio.create_task(spin())\n    await asyncio.sleep(1)', fixed), 20_000)).toEqual([]);
  });

  it('finds every mistake of the common-mistakes example and none in the other examples but the two that teach one', () => {
    const dir = new URL('../../../src/examples/', import.meta.url);
    const expected: Record<string, MistakeKind[]> = {
      'common-mistakes': ['blocking-call', 'exception-never-retrieved', 'never-awaited', 'sequential-awaits', 'swallowed-cancel', 'task-not-kept'],
      'blocking-sleep': ['blocking-call'],
      'sequential-vs-tasks': ['sequential-awaits'],
    };
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
      const id = file.slice(0, -3);
      const found = [...new Set(kinds(readFileSync(new URL(file, dir), 'utf8')))].sort();
      expect(found, id).toEqual(expected[id] ?? []);
    }
  });
});
