import { describe, expect, it } from 'vitest';
import type { Coro } from '../../src/engine/coroutine.ts';
import { CancelledError, isInstance, pyErr, TimeoutError, ValueError } from '../../src/engine/exceptions.ts';
import { shield } from '../../src/engine/shield.ts';
import { sleep } from '../../src/engine/sleep.ts';
import { waitFor } from '../../src/engine/wait-for.ts';
import { run, type Program } from './harness.ts';

function* work(p: Program, name: string, secs: number, fail = false): Coro<string> {
  yield* sleep(p.loop, secs, null);
  p.print(`${p.now()} ${name} done`);
  if (fail) throw pyErr(ValueError, name);
  return name;
}

describe('asyncio.shield', () => {
  it('the shared conformance program cancel_shield', () => {
    const out = run(function* (p) {
      const { loop } = p;
      function* save(data: string): Coro<number> {
        p.print(`${p.now()} save: writing '${data}'`);
        yield* sleep(loop, 2, null);
        p.print(`${p.now()} save: written`);
        return data.length;
      }
      function* handler(inner: ReturnType<typeof loop.createTask<number>>): Coro<void> {
        try {
          const n = yield* shield(loop, inner);
          p.print('handler got', n);
        } catch (e) {
          if (isInstance(e, CancelledError)) p.print(`${p.now()} handler: cancelled, but the save goes on`);
          throw e;
        }
      }
      const inner = loop.createTask(save('report.txt'));
      const outer = loop.createTask(handler(inner));
      yield* sleep(loop, 0.5, null);
      outer.cancel();
      try {
        yield* outer;
      } catch (e) {
        if (!isInstance(e, CancelledError)) throw e;
        p.print(`${p.now()} main: outer cancelled=${outer.cancelled() ? 'True' : 'False'}, inner done=${inner.done() ? 'True' : 'False'}`);
      }
      const n = yield* inner;
      p.print(`${p.now()} main: inner finished with ${n}, cancelled=${inner.cancelled() ? 'True' : 'False'}`);
    });
    expect(out.stdout).toBe(`0.0 save: writing 'report.txt'
0.5 handler: cancelled, but the save goes on
0.5 main: outer cancelled=True, inner done=False
2.0 save: written
2.0 main: inner finished with 10, cancelled=False
`);
  });

  it('done tasks, errors, inner cancellation, wait_for around it (programs/shield_edges.py)', () => {
    const out = run(function* (p) {
      const { loop } = p;
      const t = loop.createTask(work(p, 'quick', 0));
      yield* sleep(loop, 0.1, null);
      p.print('same object:', shield(loop, t) === t);
      try {
        yield* shield(loop, work(p, 'bad', 0.5, true));
      } catch (e) {
        if (!isInstance(e, ValueError)) throw e;
        p.print(p.now(), 'ValueError', e);
      }
      let inner = loop.createTask(work(p, 'victim', 5));
      const outer = shield(loop, inner);
      const victim = inner;
      const k = loop.createTask(
        (function* () {
          yield* sleep(loop, 1, null);
          victim.cancel();
        })(),
      );
      try {
        yield* outer;
      } catch (e) {
        if (!isInstance(e, CancelledError)) throw e;
        p.print(p.now(), 'outer cancelled:', outer.cancelled(), 'inner cancelled:', inner.cancelled());
      }
      yield* k;
      inner = loop.createTask(work(p, 'protected', 2));
      try {
        yield* waitFor(loop, shield(loop, inner), 1);
      } catch (e) {
        if (!isInstance(e, TimeoutError)) throw e;
        p.print(p.now(), 'timed out; inner cancelled:', inner.cancelled());
      }
      const now = p.now();
      p.print(now, 'result', yield* inner);
    });
    expect(out.error).toBeNull();
    expect(out.stdout).toBe(`0.0 quick done
same object: True
0.6 bad done
0.6 ValueError bad
1.6 outer cancelled: True inner cancelled: True
2.6 timed out; inner cancelled: False
3.6 protected done
2.6 result protected
`);
  });
});
