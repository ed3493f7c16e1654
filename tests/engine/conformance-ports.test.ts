/**
 * Conformance programs from tests/conformance/ written as TypeScript coroutines: each must
 * print exactly the .out that CPython 3.11 printed for the Python program beside it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asyncWith } from '../../src/engine/async-context.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, PyException, pyErr, RuntimeError, TimeoutError } from '../../src/engine/exceptions.ts';
import type { Future } from '../../src/engine/future.ts';
import { gather } from '../../src/engine/gather.ts';
import { shield } from '../../src/engine/shield.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { TaskGroup } from '../../src/engine/task-group.ts';
import type { Task } from '../../src/engine/task.ts';
import { timeout } from '../../src/engine/timeout.ts';
import { ALL_COMPLETED, FIRST_COMPLETED, wait } from '../../src/engine/wait.ts';
import { waitFor } from '../../src/engine/wait-for.ts';
import { repr, run, str, type Program } from './harness.ts';

const expected = (name: string): string => readFileSync(new URL(`../conformance/${name}.out`, import.meta.url), 'utf8');
const names = <T>(fs: Future<T>[]): string[] => fs.map((f) => (f as Task<T>).getName()).sort();

describe('conformance programs as TypeScript coroutines', () => {
  it('group_nested_cancel', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* tick(name: string, n: number, period: number): Coro<string> {
        for (let i = 0; i < n; i++) {
          yield* sleep(loop, period, null);
          p.print(`${p.now()} ${name} tick ${i}`);
        }
        return `${name} finished`;
      }
      function* innerGroup(): Coro<string> {
        try {
          const tg = new TaskGroup(loop);
          yield* asyncWith(tg, function* () {
            tg.createTask(tick('inner-a', 10, 0.4));
          });
          return 'inner group finished';
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} inner group cancelled`);
          throw e;
        }
      }
      const outer = loop.createTask(innerGroup());
      const side = loop.createTask(tick('side', 2, 0.5));
      yield* sleep(loop, 1.0, null);
      outer.cancel();
      const res = yield* gather(loop, [outer, side] as Future<unknown>[], true);
      p.print(`[${res.map(repr).join(', ')}]`);
      p.print('outer cancelled:', outer.cancelled());
    });
    expect(out.stdout).toBe(expected('group_nested_cancel'));
  });

  it('wait_for_timeout_zero', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* readyNow(): Coro<string> {
        return 'instant';
      }
      function* needsTime(): Coro<string> {
        yield* sleep(loop, 0.1, null);
        return 'slow';
      }
      for (const coroFn of [readyNow, needsTime]) {
        try {
          const r = yield* waitFor(loop, coroFn(), 0);
          p.print('result:', r);
        } catch (e) {
          if (!isInstance(e, TimeoutError)) throw e;
          p.print(`${p.now()} timeout=0 expired`);
        }
      }
      const fut = loop.createFuture<string>();
      loop.callLater(0.5, (v) => fut.setResult(v), 'future value');
      p.print(yield* waitFor(loop, fut, 1));
      const fut2 = loop.createFuture<string>();
      try {
        yield* waitFor(loop, fut2, 0.25);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${p.now(2)} future timed out; cancelled=${str(fut2.cancelled())}`);
      }
    });
    expect(out.stdout).toBe(expected('wait_for_timeout_zero'));
  });

  it('time_timeout_nested', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* step(name: string, secs: number): Coro<void> {
        try {
          yield* sleep(loop, secs, null);
          p.print(`${p.now()} ${name} ok`);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} cancelled by a timeout`);
          throw e;
        }
      }
      try {
        yield* asyncWith(timeout(loop, 2), function* () {
          yield* step('one', 0.5);
          try {
            yield* asyncWith(timeout(loop, 0.5), () => step('inner', 1));
          } catch (e) {
            if (!isInstance(e, TimeoutError)) throw e;
            p.print(`${p.now()} inner timeout caught`);
          }
          yield* step('two', 3);
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${p.now()} outer timeout caught`);
      }
      try {
        yield* asyncWith(timeout(loop, 0), function* () {
          p.print('body of timeout(0) still runs until it awaits');
          yield* sleep(loop, 0, null);
        });
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${p.now()} timeout(0) expired at the first await`);
      }
    });
    expect(out.stdout).toBe(expected('time_timeout_nested'));
  });

  it('wait_first_completed (shared/conformance)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* download(secs: number): Coro<string> {
        yield* sleep(loop, secs, null);
        return `${secs}s`;
      }
      const plan: [string, number][] = [
        ['mirror-a', 0.7],
        ['mirror-b', 0.4],
        ['mirror-c', 0.9],
      ];
      const tasks = plan.map(([n, s]) => loop.createTask(download(s), { name: n }));
      let [done, pending] = yield* wait(loop, tasks, { returnWhen: FIRST_COMPLETED });
      p.print(`${p.now()} done: ${str(names(done))}`);
      p.print(`${p.now()} pending: ${str(names(pending))}`);
      const winner = tasks.filter((t) => done.includes(t))[0]!;
      p.print('winner result:', winner.result());
      for (const t of tasks) if (pending.includes(t)) t.cancel();
      [done, pending] = yield* wait(loop, tasks, { returnWhen: ALL_COMPLETED });
      p.print(`${p.now()} after cancel: ${done.length} done, ${pending.length} pending`);
      p.print(tasks.map((t) => t.cancelled()));
      const slow = loop.createTask(download(5));
      [done, pending] = yield* wait(loop, [slow], { timeout: 1.5 });
      p.print(`${p.now()} timeout: ${done.length} done, slow still running: ${str(!slow.done())}`);
      const r = yield* slow;
      p.print(r, `at ${p.now()}`);
    });
    // shared/conformance/wait_first_completed.out
    expect(out.stdout).toBe(`0.4 done: ['mirror-b']
0.4 pending: ['mirror-a', 'mirror-c']
winner result: 0.4s
0.4 after cancel: 3 done, 0 pending
[True, False, True]
1.9 timeout: 0 done, slow still running: True
5s at 5.4
`);
  });

  it('cancel_shield_inner_fails', () => {
    const out = run(function* (p: Program) {
      const { loop } = p;
      function* risky(): Coro<void> {
        yield* sleep(loop, 1, null);
        throw pyErr(RuntimeError, 'disk full');
      }
      function* fine(): Coro<string> {
        yield* sleep(loop, 0.5, null);
        return 'fine';
      }
      p.print(yield* shield(loop, fine()));
      try {
        yield* shield(loop, risky());
      } catch (e) {
        if (!isInstance(e, RuntimeError)) throw e;
        p.print('shield passes the inner exception through:', e);
      }
      const inner = loop.createTask(fine());
      inner.cancel();
      try {
        yield* shield(loop, inner);
      } catch (e) {
        if (!(e instanceof PyException) || !isInstance(e, CancelledError)) throw e;
        p.print('shielding an already-cancelled task still raises CancelledError');
      }
      p.print('inner cancelled:', inner.cancelled());
    });
    expect(out.stdout).toBe(expected('cancel_shield_inner_fails'));
  });
});
