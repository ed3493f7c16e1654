/**
 * Broken programs are the normal case in an editor: whatever the user types, a run ends in a
 * Python-style error or a result, within the runner's budget, and never with one of
 * Taskline's own JavaScript exceptions escaping or shown as if Python had raised it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { execute } from '../../src/runner/execute.ts';
import { FUZZ, runs, TEST_TIMEOUT, mutate, mutation, PROGRAMS, token } from './corpus.ts';

const OUTCOMES = ['ok', 'error', 'syntax', 'deadlock', 'limit'];
/** What V8 says when Taskline's own code goes wrong, as opposed to what Python says. */
const JS_MESSAGES = /Cannot read properties|Cannot set properties|is not a function|(?<!object )is not iterable|is not a constructor|Maximum call stack|Invalid array length|of undefined|of null|\[object Object\]/;

function check(source: string): void {
  const result = execute(runProgram, { source, timeoutMs: 300, maxSteps: 2_000_000 });
  expect(OUTCOMES, source).toContain(result.trace.outcome.kind);
  expect(result.stderr, source).not.toMatch(JS_MESSAGES);
  if (result.trace.outcome.kind === 'limit') return;
  expect([0, 1, 3], source).toContain(result.exitCode);
}

describe('programs under mutation', () => {
  it('has programs to mutate', () => {
    expect(PROGRAMS.length).toBeGreaterThan(100);
  });
  it('mutated examples and conformance programs end in a Python error or a result', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (program, mutations) => {
        check(mutations.reduce(mutate, program));
      }),
      { ...FUZZ, numRuns: runs(150) },
    );
  }, TEST_TIMEOUT);
  it('random token soup ends in a Python error or a result', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        check(tokens.join(' '));
      }),
      { ...FUZZ, numRuns: runs(300) },
    );
  }, TEST_TIMEOUT);
});
