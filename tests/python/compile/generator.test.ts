import { describe, expect, it } from 'vitest';
import * as E from '../../../src/engine/exceptions.ts';
import { PyException } from '../../../src/engine/exceptions.ts';
import { EventLoop } from '../../../src/engine/loop.ts';
import { sleep } from '../../../src/engine/sleep.ts';
import { YieldValue, type Yielded } from '../../../src/python/compile/frame.ts';
import { PyGen, yieldFrom } from '../../../src/python/compile/generator.ts';
import { PyAsyncGen } from '../../../src/python/compile/async-generator.ts';
import { inRealm, Realm } from '../../../src/python/runtime/realm.ts';
import { loopAsyncgens } from '../../../src/python/compile/asyncgen-hooks.ts';
import { nextOf, toIterator } from '../../../src/python/runtime/iter.ts';
import { runProgram } from '../../../src/python/run.ts';
import type { Value } from '../../../src/python/runtime/values.ts';

type Body = Generator<Yielded, Value, unknown>;

/** A generator body written in JS: `yield y(v)` is Python's `yield v`. */
const y = (v: Value): YieldValue => new YieldValue(v);
const gen = (body: () => Body): PyGen => new PyGen(body(), null, 'g', 'g');
const agen = (body: () => Body): PyAsyncGen => new PyAsyncGen(body(), null, 'ag', 'ag');

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.cls.name}: ${String(e.args[0] ?? '')}`;
    throw e;
  }
  throw new Error('expected an exception');
}

describe('PyGen (sync generators)', () => {
  it('yields, takes sent values and returns through StopIteration.value', () => {
    const log: Value[] = [];
    const g = gen(function* () {
      log.push(yield y(1));
      log.push(yield y(2));
      return 'done';
    });
    expect(g.send(null)).toBe(1);
    expect(g.send('a')).toBe(2);
    let stop: PyException | null = null;
    try {
      g.send('b');
    } catch (e) {
      stop = e as PyException;
    }
    expect(stop?.cls).toBe(E.StopIteration);
    expect(stop?.args).toEqual(['done']);
    expect(log).toEqual(['a', 'b']);
    expect(g.state).toBe('closed');
    // Exhausted: StopIteration without a value from then on.
    expect(errorOf(() => g.send(null))).toBe('StopIteration: ');
  });

  it('refuses a non-None send to a just-started generator', () => {
    const g = gen(function* () {
      yield y(1);
      return null;
    });
    expect(errorOf(() => g.send(5))).toBe("TypeError: can't send non-None value to a just-started generator");
    expect(g.send(null)).toBe(1);
  });

  it('applies PEP 479: a StopIteration from the body becomes RuntimeError with it as cause', () => {
    const inner = E.pyErr(E.StopIteration, 3);
    const g = gen(function* () {
      yield y(1);
      throw inner;
    });
    g.send(null);
    let err: PyException | null = null;
    try {
      g.send(null);
    } catch (e) {
      err = e as PyException;
    }
    expect(err?.cls).toBe(E.RuntimeError);
    expect(err?.args).toEqual(['generator raised StopIteration']);
    expect(err?.cause).toBe(inner);
  });

  it('close() throws GeneratorExit in; a generator that yields again is an error', () => {
    const seen: string[] = [];
    const polite = gen(function* () {
      try {
        yield y(1);
      } finally {
        seen.push('finally');
      }
      return null;
    });
    polite.send(null);
    expect(polite.close()).toBe(null);
    expect(seen).toEqual(['finally']);
    const stubborn = gen(function* () {
      for (;;) {
        try {
          yield y(1);
        } catch {
          /* ignores GeneratorExit */
        }
      }
    });
    stubborn.send(null);
    expect(errorOf(() => stubborn.close())).toBe('RuntimeError: generator ignored GeneratorExit');
    // A generator that never started closes without running anything.
    let ran = false;
    const unstarted = gen(function* () {
      ran = true;
      yield y(1);
      return null;
    });
    unstarted.close();
    expect(ran).toBe(false);
    expect(unstarted.state).toBe('closed');
  });

  it('reports re-entry as "generator already executing"', () => {
    const holder: { g: PyGen | null } = { g: null };
    const g = gen(function* () {
      yield y(holder.g!.send(null));
      return null;
    });
    holder.g = g;
    expect(errorOf(() => g.send(null))).toBe('ValueError: generator already executing');
  });

  it('is an iterator for next(), with the default and the return value', () => {
    const g = gen(function* () {
      yield y('x');
      return 7;
    });
    expect(toIterator(g)).toBe(g);
    expect(nextOf(g)).toBe('x');
    let stop: PyException | null = null;
    try {
      nextOf(g);
    } catch (e) {
      stop = e as PyException;
    }
    expect(stop?.args).toEqual([7]);
    expect(nextOf(g, 'dflt')).toBe('dflt');
  });

  it('yield from passes sends and throws to the subgenerator and gives its return value', () => {
    const got: Value[] = [];
    const sub = gen(function* () {
      try {
        got.push(yield y('s1'));
      } catch (e) {
        got.push((e as PyException).cls.name);
      }
      yield y('s2');
      return 'sub result';
    });
    const outer = gen(function* () {
      const r = yield* yieldFrom(sub, toIterator, (it) => nextOf(it));
      yield y(r);
      return null;
    });
    expect(outer.send(null)).toBe('s1');
    expect(outer.throwIn(E.pyErr(E.KeyError, 'k'))).toBe('s2');
    expect(outer.send(null)).toBe('sub result');
    expect(got).toEqual(['KeyError']);
  });
});

describe('PyAsyncGen (async generators)', () => {
  /** Run `main` as the loop's only task and return what it returns. */
  function runMain<T>(loop: EventLoop, main: () => Generator<unknown, T, unknown>): T {
    return loop.runUntilComplete(loop.createTask(main() as never)) as T;
  }

  it('passes awaits out to the awaiting task and yields values through asend()', () => {
    const loop = new EventLoop();
    const ag = agen(function* () {
      yield* sleep(loop, 1, null);
      yield y('first');
      yield* sleep(loop, 2, null);
      yield y('second');
      return null;
    });
    const got = runMain(loop, function* () {
      const out: Value[] = [];
      out.push(yield* ag.asend(null), loop.time());
      out.push(yield* ag.asend(null), loop.time());
      try {
        yield* ag.asend(null);
      } catch (e) {
        out.push((e as PyException).cls.name);
      }
      return out;
    });
    expect(got).toEqual(['first', 1, 'second', 3, 'StopAsyncIteration']);
  });

  it('refuses a second concurrent __anext__ and reuse of an awaited step', () => {
    const loop = new EventLoop();
    const ag = agen(function* () {
      yield* sleep(loop, 1, null);
      yield y(1);
      return null;
    });
    const messages = runMain(loop, function* () {
      const out: string[] = [];
      const first = ag.asend(null);
      first.next();
      try {
        yield* ag.asend(null);
      } catch (e) {
        out.push(String((e as PyException).args[0]));
      }
      return out;
    });
    expect(messages).toEqual(['anext(): asynchronous generator is already running']);
    const done = agen(function* () {
      yield y(1);
      return null;
    });
    const step = done.asend(null);
    expect(step.next()).toEqual({ done: true, value: 1 });
    expect(errorOf(() => step.next())).toBe('RuntimeError: cannot reuse already awaited __anext__()/asend()');
  });

  it('aclose() runs finally blocks, which may await; ignoring GeneratorExit is an error', () => {
    const loop = new EventLoop();
    const log: string[] = [];
    const ag = agen(function* () {
      try {
        yield y(1);
      } finally {
        yield* sleep(loop, 0.5, null);
        log.push(`closed at ${loop.time()}`);
      }
      return null;
    });
    runMain(loop, function* () {
      yield* ag.asend(null);
      yield* ag.aclose();
    });
    expect(log).toEqual(['closed at 0.5']);
    const stubborn = agen(function* () {
      try {
        yield y(1);
      } catch {
        yield y(2);
      }
      return null;
    });
    const msg = runMain(loop, function* () {
      yield* stubborn.asend(null);
      try {
        yield* stubborn.aclose();
      } catch (e) {
        return String((e as PyException).args[0]);
      }
      return 'no error';
    });
    expect(msg).toBe('async generator ignored GeneratorExit');
  });

  it('the loop hooks remember first-iterated generators and schedule aclose() for dropped ones', () => {
    const loop = new EventLoop();
    const { hooks, shutdown } = loopAsyncgens(loop);
    const realm = new Realm({ seed: 0, tick: () => {} });
    realm.asyncgenHooks = hooks;
    inRealm(realm, () => {
      const log: string[] = [];
      const make = (name: string): PyAsyncGen =>
        agen(function* () {
          try {
            yield y(1);
            yield y(2);
          } finally {
            log.push(`${name} closed`);
          }
          return null;
        });
      const dropped = make('dropped');
      const kept = make('kept');
      runMain(loop, function* () {
        yield* dropped.asend(null);
        yield* kept.asend(null);
        dropped.drop();
        log.push('dropped');
        yield* sleep(loop, 0, null);
        yield* sleep(loop, 0, null);
      });
      expect(log).toEqual(['dropped', 'dropped closed']);
      loop.runUntilComplete(loop.createTask(shutdown(() => {})));
      expect(log).toEqual(['dropped', 'dropped closed', 'kept closed']);
    });
  });
});

describe('programs', () => {
  const run = (src: string): string => {
    const r = runProgram(src, { trace: false });
    return r.stdout + (r.exitCode === 0 ? '' : r.stderr.trim().split('\n').pop());
  };

  it('runs a generator pipeline and an async generator under asyncio.run', () => {
    expect(run('def sq(xs):\n    for x in xs:\n        yield x * x\nprint(sum(sq(range(4))), list(sq([5])))\n')).toBe('14 [25]\n');
    const src = [
      'import asyncio',
      'async def tick(n):',
      '    for i in range(n):',
      '        await asyncio.sleep(1)',
      '        yield i',
      'async def main():',
      '    print([i async for i in tick(3)], asyncio.get_running_loop().time())',
      'asyncio.run(main())',
    ].join('\n');
    expect(run(src)).toBe('[0, 1, 2] 3.0\n');
  });

  it('closes an unfinished async generator when asyncio.run shuts down', () => {
    const src = [
      'import asyncio',
      'g = None',
      'async def agen():',
      '    try:',
      '        yield 1',
      '        yield 2',
      '    finally:',
      '        print("closed")',
      'async def main():',
      '    global g',
      '    g = agen()',
      '    print(await anext(g))',
      '    print("main done")',
      'asyncio.run(main())',
      'print("after")',
    ].join('\n');
    expect(run(src)).toBe('1\nmain done\nclosed\nafter\n');
  });
});
