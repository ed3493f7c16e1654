/**
 * logging and traceback write to stderr, which the conformance suite compares only by its last
 * line; these fixtures compare all of it. Each NAME.py runs through runProgram and must print exactly the
 * NAME.stdout and NAME.stderr that the CPython oracle printed (fixtures/full-stderr/regen.sh).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/python/run.ts';

const dir = join(import.meta.dirname, 'fixtures', 'full-stderr');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3));

describe('stderr in full: logging and traceback', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(4));
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(join(dir, `${name}.py`), 'utf8');
      const result = runProgram(source, { filename: `${name}.py`, trace: false });
      expect(result.stderr).toBe(readFileSync(join(dir, `${name}.stderr`), 'utf8'));
      expect(result.stdout).toBe(readFileSync(join(dir, `${name}.stdout`), 'utf8'));
      expect(result.exitCode).toBe(0);
    });
  }
});
