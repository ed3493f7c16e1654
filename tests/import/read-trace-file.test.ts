/** Reading a trace file: every real trace reads; each kind of bad file gets its own clear message. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTraceFile } from '../../src/import/read-trace-file.ts';
import { runProgram } from '../../src/python/run.ts';
import { FIXTURE_NAMES, loadTrace } from '../fixtures/load-trace.ts';

const text = (v: unknown) => JSON.stringify(v);
const seed1 = loadTrace('seed1');

function problem(content: string) {
  const r = readTraceFile(content, 'f.json');
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

describe('readTraceFile', () => {
  for (const name of FIXTURE_NAMES) {
    it(`reads the ${name} fixture unchanged`, () => {
      const r = readTraceFile(text(loadTrace(name)), `${name}.json`);
      expect(r.ok && r.trace).toEqual(loadTrace(name));
    });
  }

  it('reads traces with worker threads, ticks and every wait kind the engine writes', () => {
    const program = readFileSync(new URL('../../src/examples/queue-producer-consumer.py', import.meta.url), 'utf8');
    const threads = 'import asyncio, time\nasync def main():\n    await asyncio.to_thread(time.sleep, 0.5)\n    print("done")\nasyncio.run(main())\n';
    const kinds = new Set<string>();
    for (const src of [program, threads]) {
      const { trace } = runProgram(src, { filename: 'p.py', trace: true });
      for (const e of trace.events) kinds.add(e.type === 'suspend' ? `on ${e.on.kind}` : e.type);
      const r = readTraceFile(text(trace), 'p.json');
      expect(r.ok ? 'ok' : r.message).toBe('ok');
    }
    expect([...kinds]).toEqual(expect.arrayContaining(['tick', 'lane-start', 'lane-end', 'on queue', 'on thread', 'on sleep']));
  });

  it('says when the file is not JSON', () => {
    const r = problem('{"version": 1, "events": [');
    expect(r.problem).toBe('not-json');
    expect(r.message).toMatch(/^f\.json: not a JSON file \(/);
  });

  it('says when JSON is not a trace, and points a Chrome trace to the right file', () => {
    expect(problem('[1, 2]').problem).toBe('not-a-trace');
    expect(problem(text({ version: 1 })).message).toBe('f.json: JSON, but not a Taskline trace (it needs "version" and "events").');
    expect(problem(text({ traceEvents: [] })).message).toMatch(/Chrome trace .* open the \.trace\.json export instead/);
    expect(problem(text({ ...seed1, version: 'one' })).problem).toBe('not-a-trace');
  });

  it('says when the trace comes from a newer Taskline', () => {
    const r = problem(text({ ...seed1, version: 2, events: [{ type: 'quantum', t: 0 }] }));
    expect(r.problem).toBe('newer-version');
    expect(r.message).toBe('f.json: this trace is format version 2, from a newer Taskline; this one reads version 1.');
  });

  it('names the field that is broken', () => {
    const badEvent = { ...seed1, events: [...seed1.events.slice(0, 3), { type: 'suspend', t: 0, task: 1, on: { kind: 'sleep', label: 'sleep 3', delay: '3', until: 3 } }] };
    expect(problem(text(badEvent)).message).toBe('f.json: not a readable Taskline trace: event 3 (suspend), on (sleep): delay should be a number ≥ 0, not "3".');
    expect(problem(text({ ...seed1, end: -1 })).message).toMatch(/the trace: end should be a time in seconds, not -1/);
    expect(problem(text({ ...seed1, outcome: { kind: 'meltdown' } })).message).toMatch(/outcome\.kind should be one of ok, error, deadlock, limit, syntax/);
    expect(problem(text({ ...seed1, events: [...seed1.events, { type: 'print', t: 1, task: null, text: 5, stream: 'stdout' }] })).problem).toBe('bad-field');
    expect(problem(text({ ...seed1, program: { filename: 'x.py' } })).message).toMatch(/the program: code should be text, not missing/);
  });

  it('drops event types and keeps fields a later version 1 may add', () => {
    const later = { ...seed1, extra: true, events: [{ type: 'gc-pause', t: 0 }, ...seed1.events.map((e) => ({ ...e, note: 'x' }))] };
    const r = readTraceFile(text(later), 'later.json');
    if (!r.ok) throw new Error(r.message);
    expect(r.trace.events.length).toBe(seed1.events.length);
    expect(r.trace.events.every((e) => (e as unknown as { note: string }).note === 'x')).toBe(true);
  });
});
