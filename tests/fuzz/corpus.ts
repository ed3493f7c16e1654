/**
 * What the property tests start from: the built-in examples and the conformance programs
 * (the shared tutorial cases and the project's own), read as files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ownCasesDir, sharedCasesDir } from '../conformance/cases.ts';

const examplesDir = new URL('../../src/examples/', import.meta.url).pathname;

/**
 * Cases whose single big-integer operations each take longer than the wall budget's polling
 * grain (a run overshoots its 300 ms by seconds): fuzzing them measures big-int speed, not safety.
 */
const SLOW = /^bigint_/;

function pyFiles(dir: string | null): { name: string; code: string }[] {
  if (dir === null) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py') && !SLOW.test(f))
    .sort()
    .map((f) => ({ name: f, code: readFileSync(join(dir, f), 'utf8') }));
}

export const NAMED_PROGRAMS = [...pyFiles(examplesDir), ...pyFiles(sharedCasesDir()), ...pyFiles(ownCasesDir)];
export const PROGRAMS: readonly string[] = NAMED_PROGRAMS.map((p) => p.code);

/**
 * Bounds every property: a few seconds each on a busy 2-core machine, whatever numRuns says.
 * FUZZ_RUNS and FUZZ_MS raise both for a longer hunt (FUZZ_RUNS=5000 FUZZ_MS=600000 npx vitest run tests/fuzz).
 */
export const FUZZ: fc.Parameters<unknown> = { interruptAfterTimeLimit: Number(process.env.FUZZ_MS ?? 4_000), markInterruptAsFailure: false };

/** A property's test timeout: its time limit, plus the run in flight when the limit passes. */
export const TEST_TIMEOUT = Number(process.env.FUZZ_MS ?? 4_000) + 30_000;

/** numRuns for a property: `n`, or FUZZ_RUNS when set. */
export const runs = (n: number): number => Number(process.env.FUZZ_RUNS ?? n);

/** Python's tokens and some that are not, for inserting at random. */
const TOKENS = [
  'async', 'await', 'def', 'class', 'return', 'yield', 'lambda', 'if', 'else', 'elif', 'while', 'for', 'in', 'not', 'and', 'or',
  'try', 'except', 'finally', 'raise', 'with', 'as', 'import', 'from', 'global', 'nonlocal', 'del', 'pass', 'break', 'continue',
  'match', 'case', 'None', 'True', 'False', 'asyncio', 'sleep', 'gather', 'create_task', 'print', 'self', 'x', '_',
  '(', ')', '[', ']', '{', '}', ':', ',', '.', ';', '=', '==', ':=', '+', '-', '*', '**', '/', '//', '%', '@', '<', '>', '->',
  '|', '&', '^', '~', '<<', '>>', '+=', '...', '0', '1', '-1', '1e3', '0x', '1_000', '2.5', '1j', '"s"', "'", '"""', 'f"{x}"', 'b"\\x00"',
  '\\', '#', '\n', '\n    ', '\t', '    ', '$', '?', '`', '\u00e9', '\u202e', '\u200b', '\0',
];
export const token = fc.constantFrom(...TOKENS);

type Mutation =
  | { readonly op: 'delete-line' | 'duplicate-line' | 'delete-token' | 'duplicate-token'; readonly at: number }
  | { readonly op: 'swap-lines' | 'swap-tokens'; readonly at: number; readonly with: number }
  | { readonly op: 'insert-token'; readonly at: number; readonly token: string };

const at = fc.nat({ max: 10_000 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete-line' as const, 'duplicate-line' as const, 'delete-token' as const, 'duplicate-token' as const), at }),
  fc.record({ op: fc.constantFrom('swap-lines' as const, 'swap-tokens' as const), at, with: at }),
  fc.record({ op: fc.constant('insert-token' as const), at, token }),
);

/** Words, single punctuation and runs of whitespace: splitting and joining gives the code back. */
const splitTokens = (code: string): string[] => code.match(/\s+|\w+|[^\w\s]/g) ?? [];

export function mutate(code: string, m: Mutation): string {
  const lineLevel = m.op.endsWith('-line') || m.op === 'swap-lines';
  const parts = lineLevel ? code.split('\n') : splitTokens(code);
  if (parts.length === 0) return m.op === 'insert-token' ? m.token : code;
  const i = m.at % parts.length;
  switch (m.op) {
    case 'delete-line':
    case 'delete-token':
      parts.splice(i, 1);
      break;
    case 'duplicate-line':
    case 'duplicate-token':
      parts.splice(i, 0, parts[i]!);
      break;
    case 'swap-lines':
    case 'swap-tokens': {
      const j = m.with % parts.length;
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      break;
    }
    case 'insert-token':
      parts.splice(i, 0, m.token);
      break;
  }
  return parts.join(lineLevel ? '\n' : '');
}
