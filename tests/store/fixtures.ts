/** Hand-made traces and a scripted fake runner for store tests. */
import { TRACE_VERSION, type SourceSpan, type Trace, type TraceEvent } from '../../src/trace/format.ts';
import { RunSupersededError, type RunResult, type Runner } from '../../src/runner/types.ts';

export function spanOf(code: string, needle: string): SourceSpan {
  const from = code.indexOf(needle);
  if (from < 0) throw new Error(`not found: ${needle}`);
  const before = code.slice(0, from).split('\n');
  return { from, to: from + needle.length, line: before.length, col: (before.at(-1) ?? '').length };
}

/**
 * A trace shaped like seed1's for `code`: main plus one task per `create_task(work(d))` call,
 * each sleeping its literal delay; the run ends at the longest one.
 */
export function traceFor(code: string): Trace {
  const events: TraceEvent[] = [{ type: 'create', t: 0, task: 0, name: 'Task-1', parent: null, coro: 'main' }];
  const calls = [...code.matchAll(/asyncio\.create_task\(work\((\d+(?:\.\d+)?)\)(?:, name="([^"]*)")?\)/g)];
  let end = 0;
  calls.forEach((m, i) => {
    const from = m.index;
    const call: SourceSpan = { from, to: from + m[0].length, line: 1, col: from };
    const litFrom = from + m[0].indexOf(m[1] as string);
    const literal: SourceSpan = { from: litFrom, to: litFrom + (m[1] as string).length, line: 1, col: litFrom };
    const delay = Number(m[1]);
    const name = m[2] ?? `Task-${i + 2}`;
    const nameLiteral = m[2] !== undefined ? (() => {
      const f = from + m[0].indexOf(`"${m[2]}"`);
      return { from: f, to: f + (m[2] as string).length + 2, line: 1, col: f };
    })() : undefined;
    events.push({ type: 'create', t: 0, task: i + 1, name, parent: 0, coro: 'work', call, ...(nameLiteral ? { nameLiteral } : {}) });
    events.push({ type: 'step', t: 0, task: i + 1 });
    events.push({ type: 'print', t: 0, task: i + 1, text: `${name} started\n`, stream: 'stdout' });
    events.push({ type: 'suspend', t: 0, task: i + 1, on: { kind: 'sleep', label: `sleep ${delay}`, delay, until: delay, literal } });
    end = Math.max(end, delay);
  });
  calls.forEach((m, i) => {
    const delay = Number(m[1]);
    events.push({ type: 'wake', t: delay, task: i + 1, by: null });
    events.push({ type: 'done', t: delay, task: i + 1, state: 'result', repr: 'None' });
  });
  events.sort((a, b) => a.t - b.t);
  events.push({ type: 'done', t: end, task: 0, state: 'result', repr: 'None' });
  const stdout = events.flatMap((e) => (e.type === 'print' ? [e.text] : [])).join('');
  return { version: TRACE_VERSION, end, events, outcome: { kind: 'ok' }, exitCode: 0, stdout, stderr: '' };
}

/** A runner whose runs resolve only when the test says so, recording every source it got. */
export class ScriptedRunner implements Runner {
  readonly sources: string[] = [];
  private waiting: { resolve: (r: RunResult) => void; reject: (e: Error) => void; source: string } | null = null;
  auto = true;

  run(source: string): Promise<RunResult> {
    this.cancel();
    this.sources.push(source);
    return new Promise<RunResult>((resolve, reject) => {
      this.waiting = { resolve, reject, source };
      if (this.auto) this.finish();
    });
  }
  finish(trace?: Trace): void {
    const w = this.waiting;
    if (!w) throw new Error('no run pending');
    this.waiting = null;
    const t = trace ?? traceFor(w.source);
    w.resolve({ stdout: t.stdout, stderr: t.stderr, exitCode: t.exitCode, trace: t, wallMs: 1 });
  }
  fail(message: string): void {
    const w = this.waiting;
    this.waiting = null;
    w?.reject(new Error(message));
  }
  get pending(): boolean {
    return this.waiting !== null;
  }
  cancel(): void {
    const w = this.waiting;
    this.waiting = null;
    w?.reject(new RunSupersededError());
  }
  dispose(): void {
    this.cancel();
  }
}

export const PROGRAM_A = [
  'import asyncio',
  'async def work(d):',
  '    await asyncio.sleep(d)',
  'async def main():',
  '    t1 = asyncio.create_task(work(3))',
  '    t2 = asyncio.create_task(work(2), name="second")',
  '    await t1',
  '    await t2',
  'asyncio.run(main())',
  '',
].join('\n');

export const PROGRAM_B = PROGRAM_A.replace('work(3)', 'work(1)').replace(', name="second"', '');
