import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';
import { CORO_CALL_MAX } from '../../../src/trace/format.ts';

/** Each task's coroCall, by task name, from a real run. */
function coroCalls(source: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const e of runProgram(source).trace.events) if (e.type === 'create') out[e.name] = e.coroCall;
  return out;
}

const program = (body: string) => `import asyncio\n${body}\nasyncio.run(main())\n`;

describe('coroCall: the coroutine call recorded on create', () => {
  it("writes seed1's tasks as their calls with reprs of the arguments", () => {
    const seed1 = readFileSync('/work/shared/conformance/seed1.py', 'utf8');
    expect(coroCalls(seed1)).toEqual({
      'Task-1': 'main()',
      'Task-2': "long_operation('Task 1 started', 3)",
      'Task-3': "long_operation('Task 2 started', 2)",
    });
  });

  it('orders positional, *args, keyword-only and **kwargs, with defaults filled in', () => {
    const calls = coroCalls(
      program(`async def f(a, b=2.5, *rest, k, **kw):\n    pass\nasync def main():\n    await asyncio.create_task(f("x", None, [1, (2,)], k={'a': True}, z=-3), name="t")`),
    );
    expect(calls.t).toBe("f('x', None, [1, (2,)], k={'a': True}, z=-3)");
  });

  it("shows an object as … and never runs the program's __repr__", () => {
    const source = program(
      `class Loud:\n    def __repr__(self):\n        print("repr ran")\n        return "Loud()"\nasync def f(x):\n    pass\nasync def main():\n    await asyncio.create_task(f(Loud()), name="t")`,
    );
    const run = runProgram(source);
    expect(run.stdout).toBe('');
    expect(run.trace.events.find((e) => e.type === 'create' && e.name === 't')).toMatchObject({ coroCall: 'f(…)' });
  });

  it('gives big containers and gathered coroutines the same treatment', () => {
    const calls = coroCalls(program(`async def g(x):\n    return x\nasync def main():\n    await asyncio.gather(g(list(range(11))), g(list(range(10))))`));
    expect(calls['Task-2']).toBe('g(…)');
    expect(calls['Task-3']).toBe('g([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])');
  });

  it('cuts a long call with an ellipsis', () => {
    const call = coroCalls(program(`async def f(s):\n    pass\nasync def main():\n    await asyncio.create_task(f("y" * 500), name="t")`)).t!;
    expect(call.length).toBe(CORO_CALL_MAX);
    expect(call.startsWith("f('yyyy")).toBe(true);
    expect(call.endsWith('…)')).toBe(true);
  });

  it("leaves asyncio's own coroutines without one", () => {
    const calls = coroCalls(program(`async def main():\n    await asyncio.ensure_future(asyncio.sleep(0))`));
    expect(calls['Task-2']).toBeUndefined();
  });
});
