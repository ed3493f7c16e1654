import { describe, expect, it } from 'vitest';
import { CancelledError, PyException } from '../../src/engine/exceptions.ts';
import { EventLoop } from '../../src/engine/loop.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { sleep } from '../../src/engine/sleep.ts';

describe('asyncioRun shutdown', () => {
  it('runs shutdown_asyncgens after the leftover tasks are cancelled, as a task of its own', () => {
    const loop = new EventLoop();
    const log: string[] = [];
    function* leftover(): Generator<never, void, unknown> {
      try {
        yield* sleep(loop, 10, null) as Generator<never, null, unknown>;
      } catch (e) {
        if (e instanceof PyException && e.cls === CancelledError) log.push('leftover cancelled');
        throw e;
      }
    }
    function* main(): Generator<never, string, unknown> {
      loop.createTask(leftover());
      yield* sleep(loop, 1, null) as Generator<never, null, unknown>;
      return 'done';
    }
    const result = asyncioRun(loop, main(), {}, {
      *shutdownAsyncgens() {
        log.push(`shutdown_asyncgens at ${loop.time()} in ${loop.current?.name}`);
        yield* sleep(loop, 0.5, null);
        log.push(`closed at ${loop.time()}`);
      },
    });
    expect(result).toBe('done');
    expect(log).toEqual(['leftover cancelled', 'shutdown_asyncgens at 1 in Task-3', 'closed at 1.5']);
  });
});
