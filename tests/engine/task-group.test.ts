import { describe, expect, it } from 'vitest';
import { asyncWith } from '../../src/engine/async-context.ts';
import type { Coro } from '../../src/engine/coroutine.ts';
import {
  CancelledError,
  ExceptionGroup,
  isInstance,
  KeyError,
  PyException,
  pyErr,
  RuntimeError,
  TypeError,
  ValueError,
} from '../../src/engine/exceptions.ts';
import type { Future } from '../../src/engine/future.ts';
import { gather } from '../../src/engine/gather.ts';
import { sleep } from '../../src/engine/sleep.ts';
import type { Task } from '../../src/engine/task.ts';
import { TaskGroup } from '../../src/engine/task-group.ts';
import { repr, run, typeName, type Program } from './harness.ts';

const subErrors = (eg: PyException): PyException[] => eg.args[1] as PyException[];

function* worker(p: Program, name: string, secs: number, fail: PyException | null = null): Coro<string> {
  try {
    yield* sleep(p.loop, secs, null);
  } catch (e) {
    if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} cancelled`);
    throw e;
  }
  if (fail !== null) {
    p.print(`${p.now()} ${name} fails`);
    throw fail;
  }
  p.print(`${p.now()} ${name} done`);
  return name;
}

/** `async with asyncio.TaskGroup() as tg: body(tg)` */
function* withGroup<R>(p: Program, body: (tg: TaskGroup) => Coro<R>): Coro<R | undefined> {
  const tg = new TaskGroup(p.loop);
  return yield* asyncWith(tg, () => body(tg));
}

describe('asyncio.TaskGroup (3.11)', () => {
  it('the shared conformance program group_basic_results', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* fetchPage(n: number): Coro<string> {
        yield* sleep(loop, 0.1 * n, null);
        p.print(`${p.now()} page ${n} fetched`);
        return `page-${n}`;
      }
      let tasks: Task<string>[] = [];
      let extra: Task<string> | null = null;
      yield* withGroup(p, function* (tg) {
        tasks = [3, 1, 2].map((n) => tg.createTask(fetchPage(n)));
        extra = tg.createTask(fetchPage(4), { name: 'extra-page' });
        p.print(`${p.now()} all tasks created inside the group`);
      });
      p.print(`${p.now()} group exited`);
      p.print(tasks.map((t) => t.result()), extra!.result());
      p.print(tasks.map((t) => t.getName()), extra!.getName());
    });
    expect(out.stdout).toBe(`0.0 all tasks created inside the group
0.1 page 1 fetched
0.2 page 2 fetched
0.3 page 3 fetched
0.4 page 4 fetched
0.4 group exited
['page-3', 'page-1', 'page-2'] page-4
['Task-2', 'Task-3', 'Task-4'] extra-page
`);
  });

  it('the shared conformance program group_failing_child', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* steady(): Coro<void> {
        try {
          for (let i = 0; i < 5; i++) {
            yield* sleep(loop, 0.3, null);
            p.print(`${p.now()} steady tick ${i}`);
          }
        } finally {
          p.print(`${p.now()} steady cleaning up`);
        }
      }
      function* faulty(): Coro<void> {
        yield* sleep(loop, 0.7, null);
        p.print(`${p.now()} faulty about to fail`);
        throw pyErr(ValueError, 'sensor offline');
      }
      let t1: Task<void>, t2: Task<null>, t3: Task<void>;
      try {
        yield* withGroup(p, function* (tg) {
          t1 = tg.createTask(steady());
          t2 = tg.createTask(sleep(loop, 5, null));
          t3 = tg.createTask(faulty());
          p.print(`${p.now()} body done, waiting for children`);
        });
        p.print('not reached');
      } catch (e) {
        if (!isInstance(e, ExceptionGroup)) throw e;
        p.print(`${p.now()} caught ${typeName(e)}`);
      }
      p.print('steady cancelled:', t1!.cancelled(), '| sleeper cancelled:', t2!.cancelled());
      p.print('faulty:', typeName(t3!.exception()), t3!.exception());
    });
    expect(out.stdout).toBe(`0.0 body done, waiting for children
0.3 steady tick 0
0.6 steady tick 1
0.7 faulty about to fail
0.7 steady cleaning up
0.7 caught ExceptionGroup
steady cancelled: True | sleeper cancelled: True
faulty: ValueError sensor offline
`);
  });

  it('the shared conformance program group_nested', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* leaf(path: string, secs: number): Coro<number> {
        yield* sleep(loop, secs, null);
        p.print(`${p.now()} leaf ${path} done`);
        return secs;
      }
      function* branch(name: string, delays: number[]): Coro<number> {
        let leaves: Task<number>[] = [];
        yield* withGroup(p, function* (tg) {
          leaves = delays.map((d, i) => tg.createTask(leaf(`${name}.${i}`, d)));
        });
        const total = leaves.reduce((a, t) => a + t.result(), 0);
        p.print(`${p.now()} branch ${name} total ${total.toFixed(1)}`);
        return total;
      }
      let b1: Task<number>, b2: Task<number>;
      yield* withGroup(p, function* (tg) {
        b1 = tg.createTask(branch('x', [0.5, 1.5]));
        b2 = tg.createTask(branch('y', [1.0, 0.5, 0.5]));
        tg.createTask(leaf('top', 1.0));
      });
      p.print(`${p.now()} tree total ${(b1!.result() + b2!.result()).toFixed(1)}`);
    });
    expect(out.stdout).toBe(`0.5 leaf x.0 done
0.5 leaf y.1 done
0.5 leaf y.2 done
1.0 leaf top done
1.0 leaf y.0 done
1.0 branch y total 2.0
1.5 leaf x.1 done
1.5 branch x total 2.0
1.5 tree total 4.0
`);
  });

  it('body errors, several failures, late children, shutdown, outside cancel (programs/taskgroup_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const printGroup = (e: unknown, items: (x: PyException) => string): void => {
        if (!isInstance(e, ExceptionGroup)) throw e;
        p.print(p.now(), e, subErrors(e).map(items));
      };
      try {
        yield* withGroup(p, function* (tg) {
          tg.createTask(worker(p, 'a', 1));
          tg.createTask(worker(p, 'b', 2));
          tg.createTask(worker(p, 'c', 0.5, pyErr(ValueError, 'c broke')));
          yield* sleep(loop, 0.8, null);
          throw pyErr(KeyError, 'body');
        });
      } catch (e) {
        printGroup(e, repr);
      }
      try {
        yield* withGroup(p, function* (tg) {
          tg.createTask(worker(p, 'd', 1));
          tg.createTask(worker(p, 'e', 2, pyErr(ValueError, 'e')));
          yield* sleep(loop, 0.5, null);
          throw pyErr(KeyError, 'body');
        });
      } catch (e) {
        printGroup(e, repr);
      }

      try {
        yield* withGroup(p, function* (tg) {
          tg.createTask(worker(p, 'slow', 3));
          tg.createTask(worker(p, 'x', 1, pyErr(ValueError, 'x')));
          tg.createTask(worker(p, 'y', 1, pyErr(TypeError, 'y')));
        });
      } catch (e) {
        printGroup(e, typeName);
      }

      let late: TaskGroup | null = null;
      yield* withGroup(p, function* (tg) {
        late = tg;
        tg.createTask(
          (function* () {
            yield* sleep(loop, 0.5, null);
            tg.createTask(worker(p, 'spawned', 1));
            p.print(p.now(), 'spawner added a task');
          })(),
        );
      });
      p.print(p.now(), 'group with late child done');
      try {
        late!.createTask(worker(p, 'too late', 1));
      } catch (e) {
        if (!isInstance(e, RuntimeError)) throw e;
        p.print('RuntimeError:', e);
      }

      try {
        yield* withGroup(p, function* (tg) {
          tg.createTask(
            (function* () {
              try {
                yield* sleep(loop, 5, null);
              } catch (e) {
                try {
                  tg.createTask(worker(p, 'never', 1));
                } catch (e2) {
                  if (!isInstance(e2, RuntimeError)) throw e2;
                  p.print('RuntimeError:', e2);
                }
                throw e;
              }
            })(),
          );
          tg.createTask(worker(p, 'f', 1, pyErr(RuntimeError, 'f')));
        });
      } catch (e) {
        if (!isInstance(e, ExceptionGroup)) throw e;
        p.print(p.now(), 'group:', e);
      }

      const parent = loop.createTask(
        (function* () {
          try {
            yield* withGroup(p, function* (tg) {
              tg.createTask(worker(p, 'kid1', 5));
              tg.createTask(worker(p, 'kid2', 5));
            });
            p.print('not printed');
          } catch (e) {
            if (isInstance(e, CancelledError)) p.print(p.now(), 'parent cancelled');
            throw e;
          }
        })(),
      );
      yield* sleep(loop, 1, null);
      parent.cancel();
      yield* gather(loop, [parent as Future<unknown>], true);
      p.print(p.now(), 'parent cancelled:', parent.cancelled());

      let t: Task<string> | null = null;
      yield* withGroup(p, function* (tg) {
        t = tg.createTask(worker(p, 'cancel-me', 5));
        tg.createTask(worker(p, 'ok', 1));
        yield* sleep(loop, 0.5, null);
        t.cancel();
      });
      p.print(p.now(), 'cancelled child ignored:', t!.cancelled());

      let s: Task<string> | null = null;
      try {
        yield* withGroup(p, function* (tg) {
          s = tg.createTask(
            (function* (): Coro<string> {
              try {
                yield* sleep(loop, 5, null);
              } catch (e) {
                if (!isInstance(e, CancelledError)) throw e;
                p.print(p.now(), 'swallowed');
                return 'swallowed';
              }
              return 'slept';
            })(),
          );
          tg.createTask(worker(p, 'boom', 1, pyErr(ValueError, 'boom')));
        });
      } catch (e) {
        if (!isInstance(e, ExceptionGroup)) throw e;
        p.print(p.now(), 'boom group; swallow result:', s!.result());
      }
    });
    expect(out.error).toBeNull();
    // CPython cancels siblings in set order, which follows memory addresses: its runs print
    // "e cancelled" before "d cancelled", and kid1/kid2 either way. We cancel in creation order.
    expect(out.stdout).toBe(`0.5 c fails
0.5 a cancelled
0.5 b cancelled
0.5 unhandled errors in a TaskGroup (1 sub-exception) ["ValueError('c broke')"]
1.0 d cancelled
1.0 e cancelled
1.0 unhandled errors in a TaskGroup (1 sub-exception) ["KeyError('body')"]
2.0 x fails
2.0 y fails
2.0 slow cancelled
2.0 unhandled errors in a TaskGroup (2 sub-exceptions) ['ValueError', 'TypeError']
2.5 spawner added a task
3.5 spawned done
3.5 group with late child done
RuntimeError: TaskGroup <TaskGroup entered> is finished
4.5 f fails
RuntimeError: TaskGroup <TaskGroup tasks=1 errors=1 cancelling> is shutting down
4.5 group: unhandled errors in a TaskGroup (1 sub-exception)
5.5 kid1 cancelled
5.5 kid2 cancelled
5.5 parent cancelled
5.5 parent cancelled: True
6.0 cancel-me cancelled
6.5 ok done
6.5 cancelled child ignored: True
7.5 boom fails
7.5 swallowed
7.5 boom group; swallow result: swallowed
`);
  });

  it('raises the 3.11 RuntimeErrors for a group not entered or entered twice', () => {
    const out = run(function* (p) {
      const tg = new TaskGroup(p.loop);
      p.print(tg.repr());
      try {
        tg.createTask(sleep(p.loop, 1, null));
      } catch (e) {
        p.print(e);
      }
      yield* asyncWith(tg, function* () {
        tg.createTask(sleep(p.loop, 1, null));
        p.print(tg.repr());
      });
      p.print(tg.repr());
      try {
        yield* asyncWith(tg, function* () {});
      } catch (e) {
        p.print(e);
      }
    });
    expect(out.stdout).toBe(`<TaskGroup>
TaskGroup <TaskGroup> has not been entered
<TaskGroup tasks=1 entered>
<TaskGroup entered>
TaskGroup <TaskGroup entered> has already been entered
`);
  });
});
