import { describe, expect, it } from 'vitest';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, KeyError, pyErr, TimeoutError } from '../../src/engine/exceptions.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { waitFor } from '../../src/engine/wait-for.ts';
import { TraceRecorder } from '../../src/engine/recorder.ts';
import { EventLoop } from '../../src/engine/loop.ts';
import { asyncioRun } from '../../src/engine/run.ts';
import { argsRepr, run, typeName, type Program } from './harness.ts';

function* slow(p: Program, name: string, secs: number): Coro<string> {
  try {
    p.print(`${p.now()} ${name} start`);
    yield* sleep(p.loop, secs, null);
    p.print(`${p.now()} ${name} end`);
    return name;
  } catch (e) {
    if (isInstance(e, CancelledError)) p.print(`${p.now()} ${name} cancelled`);
    throw e;
  }
}

describe('asyncio.wait_for (3.11.7)', () => {
  it('the shared conformance program wait_for_timeout_cancels', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const now = () => p.now(2);
      function* slowOp(name: string, secs: number): Coro<string> {
        try {
          p.print(`${now()} ${name}: working for ${secs}s`);
          yield* sleep(loop, secs, null);
          return `${name} result`;
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${now()} ${name}: cancelled!`);
          throw e;
        } finally {
          p.print(`${now()} ${name}: cleanup`);
        }
      }
      p.print(yield* waitFor(loop, slowOp('quick', 0.5), 1));
      try {
        yield* waitFor(loop, slowOp('slow', 3), 1);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${now()} timed out: ${typeName(e)}`);
      }
      try {
        p.print(yield* waitFor(loop, slowOp('exact', 1), 1));
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(`${now()} finishing exactly at the deadline still times out`);
      }
      p.print(yield* waitFor(loop, slowOp('no-limit', 2), null));
    });
    expect(out.stdout).toBe(`0.00 quick: working for 0.5s
0.50 quick: cleanup
quick result
0.50 slow: working for 3s
1.50 slow: cancelled!
1.50 slow: cleanup
1.50 timed out: TimeoutError
1.50 exact: working for 1s
2.50 exact: cancelled!
2.50 exact: cleanup
2.50 finishing exactly at the deadline still times out
2.50 no-limit: working for 2s
4.50 no-limit: cleanup
no-limit result
`);
  });

  it('timeout <= 0, a swallowed cancel, errors, tasks, outer cancellation (programs/wait_for_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      try {
        yield* waitFor(loop, slow(p, 'zero', 1), 0);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'zero timeout:', typeName(e), typeName(e.cause));
      }
      const fut = loop.createFuture<string>();
      fut.setResult('ready');
      p.print(p.now(), 'done future with timeout 0:', yield* waitFor(loop, fut, 0));
      let t = loop.createTask(slow(p, 'negative', 1));
      yield* sleep(loop, 0, null);
      try {
        yield* waitFor(loop, t, -1);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'negative timeout; task cancelled:', t.cancelled());
      }

      function* stubborn(secs: number): Coro<string | null> {
        try {
          yield* sleep(loop, secs, null);
        } catch (e) {
          if (!isInstance(e, CancelledError)) throw e;
          p.print(`${p.now()} stubborn ignores the cancel`);
          yield* sleep(loop, 0.5, null);
          return 'stubborn result';
        }
        return null;
      }
      const before = p.now();
      p.print(before, 'got', yield* waitFor(loop, stubborn(5), 1));

      function* failing(): Coro<void> {
        yield* sleep(loop, 0.2, null);
        throw pyErr(KeyError, 'k');
      }
      try {
        yield* waitFor(loop, failing(), 1);
      } catch (e) {
        if (!isInstance(e, KeyError)) throw e;
        p.print(p.now(), 'KeyError', e);
      }

      t = loop.createTask(slow(p, 'task', 3), { name: 'worker' });
      try {
        yield* waitFor(loop, t, 1);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'timed out; worker cancelled:', t.cancelled());
      }

      function* outer(): Coro<string> {
        try {
          return yield* waitFor(loop, slow(p, 'inner', 5), 10);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(p.now(), 'outer sees CancelledError');
          throw e;
        }
      }
      const o = loop.createTask(outer());
      yield* sleep(loop, 1, null);
      o.cancel('stop');
      try {
        yield* o;
      } catch (e) {
        if (!isInstance(e, CancelledError)) throw e;
        p.print(p.now(), 'outer cancelled:', o.cancelled(), argsRepr(e));
      }
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`0.0 zero timeout: TimeoutError CancelledError
0.0 done future with timeout 0: ready
0.0 negative start
0.0 negative cancelled
0.0 negative timeout; task cancelled: True
1.0 stubborn ignores the cancel
0.0 got stubborn result
1.7 KeyError 'k'
1.7 task start
2.7 task cancelled
2.7 timed out; worker cancelled: True
2.7 inner start
3.7 inner cancelled
3.7 outer sees CancelledError
3.7 outer cancelled: True ('stop',)
`);
  });

  it('labels the waiting task with the inner task and the timeout for the timeline', () => {
    const rec = new TraceRecorder();
    const loop = new EventLoop({ recorder: rec });
    asyncioRun(
      loop,
      (function* () {
        yield* waitFor(loop, sleep(loop, 1, null), 1.5, { timeoutText: '1.5' });
      })(),
    );
    const suspends = rec.events.filter((e) => e.type === 'suspend' && e.task === 0);
    expect(suspends.map((e) => (e.type === 'suspend' ? e.on : null))).toEqual([
      { kind: 'wait_for', label: 'wait_for Task-2 (1.5 s)', task: 1, timeout: 1.5 },
    ]);
  });
});
