/**
 * Chart and table gestures rewrite the code (store.setDelay, store.renameTask): with any value,
 * any name and any span (a real one from the trace, or one pointing anywhere), the code stays
 * a program that parses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { parseModule } from '../../src/python/syntax/parser.ts';
import { createInProcessRunner } from '../../src/runner/in-process-runner.ts';
import { createTasklineStore } from '../../src/store/create-store.ts';
import type { SourceSpan, Trace } from '../../src/trace/format.ts';
import { FUZZ, runs, TEST_TIMEOUT, PROGRAMS } from './corpus.ts';

const parses = (code: string): boolean => {
  try {
    parseModule(code, 'main.py');
    return true;
  } catch {
    return false;
  }
};

/** Programs that parse and sleep or name tasks somewhere: the ones a chart edit can touch. */
const EDITABLE = PROGRAMS.filter((p) => /create_task|sleep\(/.test(p) && parses(p)).slice(0, 120);

function delayLiterals(trace: Trace): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (const e of trace.events) {
    if (e.type === 'suspend' && e.on.kind === 'sleep' && e.on.literal) spans.push(e.on.literal);
    if ((e.type === 'block' || e.type === 'lane-block') && e.literal) spans.push(e.literal);
  }
  return spans;
}

/**
 * Delays up to a million seconds. Past about 1e15 the engine's clock, which advances at most a
 * day per loop iteration (as CPython's does), needs billions of iterations that do not count
 * toward the wall budget: a hang the engine has to fix, not the editor.
 */
const value = fc.oneof(
  fc.double({ min: -1e6, max: 1e6 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, -0, 1e-7, 123456.789, Number.MIN_VALUE, -5, NaN, Infinity, -Infinity),
);
const name = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('"', "'", '"""', '\\', '\\n', '\n', '\r\n', '\0', '\u2028', '\u0085', '\f', '\v', '{x}', '\ud800', 'a"b\'c', 'x' + '\\'.repeat(3)),
);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delay' as const), pick: fc.nat(), value }),
  fc.record({ kind: fc.constant('delay-anywhere' as const), from: fc.nat(), length: fc.integer({ min: -2, max: 8 }), value }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name }),
);

describe('chart edits with random values on random spans', () => {
  it('has editable programs', () => {
    expect(EDITABLE.length).toBeGreaterThan(50);
  });
  it('keep the code parseable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EDITABLE), fc.array(edit, { minLength: 1, maxLength: 3 }), async (program, edits) => {
        const store = createTasklineStore({
          runner: createInProcessRunner(runProgram, { timeoutMs: 300 }),
          examples: [{ id: 'p', code: program }],
          initialExampleId: 'p',
          storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} },
          runDelayMs: 0,
        });
        for (const e of edits) {
          await store.getState().run();
          const { trace, code } = store.getState();
          if (trace === null) return;
          if (e.kind === 'delay') {
            const spans = delayLiterals(trace);
            if (spans.length > 0) store.getState().setDelay(spans[e.pick % spans.length]!, e.value);
          } else if (e.kind === 'delay-anywhere') {
            const from = e.from % (code.length + 1);
            store.getState().setDelay({ from, to: from + e.length, line: 1, col: 0 }, e.value);
          } else {
            const tasks = trace.events.filter((x) => x.type === 'create');
            if (tasks.length > 0) store.getState().renameTask(tasks[e.pick % tasks.length]!.task, e.name);
          }
          const after = store.getState().code;
          expect(parses(after), `${JSON.stringify(e)}\n${after}`).toBe(true);
        }
      }),
      { ...FUZZ, numRuns: runs(60) },
    );
  }, TEST_TIMEOUT);
});
