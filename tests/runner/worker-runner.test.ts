import { describe, expect, it } from 'vitest';
import { createWorkerRunner, type WorkerLike } from '../../src/runner/worker-runner.ts';
import { RunSupersededError, type RunResult } from '../../src/runner/types.ts';
import type { RunRequestMessage, WorkerReply } from '../../src/runner/protocol.ts';
import { TRACE_VERSION } from '../../src/trace/format.ts';

class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly received: RunRequestMessage[] = [];
  terminated = false;
  postMessage(message: RunRequestMessage): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(stdout: string, id = this.received.at(-1)!.id): void {
    const result: RunResult = {
      stdout,
      stderr: '',
      exitCode: 0,
      wallMs: 1,
      trace: { version: TRACE_VERSION, end: 1, events: [], outcome: { kind: 'ok' }, exitCode: 0, stdout, stderr: '' },
    };
    this.onmessage?.({ data: { type: 'result', id, result } });
  }
}

/** A manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    },
    get count() {
      return timers.size;
    },
  };
}

function setup(timeoutMs = 2000) {
  const workers: FakeWorker[] = [];
  const clock = manualTimers();
  const runner = createWorkerRunner({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs,
    graceMs: 500,
    startupMs: 1000,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    now: clock.now,
  });
  return { runner, workers, clock };
}

describe('worker runner', () => {
  it('posts the source with its budget and resolves with the worker reply', async () => {
    const { runner, workers, clock } = setup();
    const done = runner.run('print(1)', { filename: 'x.py' });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received[0]).toMatchObject({ type: 'run', source: 'print(1)', timeoutMs: 2000, filename: 'x.py' });
    workers[0]!.reply('1\n');
    await expect(done).resolves.toMatchObject({ stdout: '1\n', exitCode: 0 });
    expect(clock.count).toBe(0);
  });

  it('sends the seed along only when one is given', () => {
    const { runner, workers } = setup();
    void runner.run('import random', { seed: 42 }).catch(() => {});
    expect(workers[0]!.received[0]).toMatchObject({ type: 'run', seed: 42 });
    void runner.run('import random').catch(() => {});
    // The second run supersedes the first, whose worker goes with it.
    expect('seed' in workers.at(-1)!.received.at(-1)!).toBe(false);
  });

  it('reuses one worker for consecutive runs', async () => {
    const { runner, workers } = setup();
    const a = runner.run('a');
    workers[0]!.reply('a');
    await a;
    const b = runner.run('b');
    workers[0]!.reply('b');
    await expect(b).resolves.toMatchObject({ stdout: 'b' });
    expect(workers).toHaveLength(1);
  });

  it('terminates and replaces a worker that does not answer in time, reporting a limit', async () => {
    const { runner, workers, clock } = setup(2000);
    const stuck = runner.run('while True: pass');
    // Loading the worker does not eat into the program's budget: the clock starts at 'started'.
    clock.advance(900);
    workers[0]!.onmessage?.({ data: { type: 'started', id: 1 } });
    clock.advance(2499);
    expect(workers[0]!.terminated).toBe(false);
    clock.advance(1);
    const result = await stuck;
    expect(workers[0]!.terminated).toBe(true);
    expect(result.trace.outcome.kind).toBe('limit');
    expect(result.trace.outcome.kind === 'limit' && result.trace.outcome.reason).toMatch(/2 s/);
    // A late answer from the dead worker is ignored; the next run gets a fresh worker.
    const next = runner.run('ok');
    expect(workers).toHaveLength(2);
    workers[0]!.reply('late', 1);
    workers[1]!.reply('fresh');
    await expect(next).resolves.toMatchObject({ stdout: 'fresh' });
  });

  it('a worker that never picks up the request is replaced after the startup allowance', async () => {
    const { runner, workers, clock } = setup(2000);
    const stuck = runner.run('x');
    clock.advance(1000 + 2500 - 1);
    expect(workers[0]!.terminated).toBe(false);
    clock.advance(1);
    expect((await stuck).trace.outcome.kind).toBe('limit');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a new run supersedes a running one: old promise rejects, busy worker is replaced', async () => {
    const { runner, workers } = setup();
    const first = runner.run('slow');
    const second = runner.run('fast');
    await expect(first).rejects.toBeInstanceOf(RunSupersededError);
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.reply('fast');
    await expect(second).resolves.toMatchObject({ stdout: 'fast' });
  });

  it('rejects with a message when the engine crashes or the worker errors', async () => {
    const { runner, workers } = setup();
    const a = runner.run('x');
    workers[0]!.onmessage?.({ data: { type: 'crash', id: 1, message: 'boom' } });
    await expect(a).rejects.toThrow(/^Internal error .*: boom$/);
    const b = runner.run('y');
    workers[0]!.onerror?.({ message: 'script failed' });
    await expect(b).rejects.toThrow(/script failed/);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('cancel stops the current run', async () => {
    const { runner, workers } = setup();
    const a = runner.run('x');
    runner.cancel();
    await expect(a).rejects.toBeInstanceOf(RunSupersededError);
    expect(workers[0]!.terminated).toBe(true);
  });
});
