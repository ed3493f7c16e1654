/**
 * Tutorial-sized programs must give links that survive chat apps, issue trackers and old
 * browsers: under 2,000 characters for the whole URL. Prints each figure so a change that
 * lengthens links shows up in the test log, not only when one crosses the bound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/index.ts';
import { encodeShare, type SharedScenario } from '../../src/share/url-codec.ts';
import { sharedCasesDir } from '../conformance/cases.ts';

const MAX_URL = 2000;
/** A deployment's address before the fragment, generously long. */
const ORIGIN = 'https://someone.github.io/taskline/';
const CONFORMANCE = sharedCasesDir();

function linkLength(scenario: SharedScenario): number {
  // A full view, as "Copy link" writes it after zooming and selecting a task.
  const view = { playhead: 1.234567, window: [0.123456, 2.345678] as const, task: 3, speed: 10 as const };
  return (ORIGIN + '#' + encodeShare({ ...scenario, view, seed: 123_456 })).length;
}

const programs: { name: string; scenario: SharedScenario }[] = [
  ...EXAMPLES.map((e) => ({ name: `example ${e.id}`, scenario: { code: e.code, example: e.id } })),
  ...(CONFORMANCE === null ? [] : readdirSync(CONFORMANCE))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => ({ name: `conformance ${f}`, scenario: { code: readFileSync(join(CONFORMANCE!, f), 'utf8') } })),
];

describe(`share links of tutorial programs stay under ${MAX_URL} characters`, () => {
  it.skipIf(CONFORMANCE === null)('has the examples and the shared conformance programs to measure', () => {
    expect(programs.length).toBeGreaterThan(EXAMPLES.length + 20);
  });
  const lengths = programs.map((p) => ({ ...p, length: linkLength(p.scenario) }));
  console.log(
    ['link length (characters, full URL) per program:', ...lengths.map((p) => `  ${String(p.length).padStart(5)}  ${p.name} (${p.scenario.code.length} chars of code)`)].join('\n'),
  );
  for (const p of lengths) {
    it(`${p.name}: ${p.length} characters`, () => {
      expect(p.length).toBeLessThan(MAX_URL);
    });
  }
});
