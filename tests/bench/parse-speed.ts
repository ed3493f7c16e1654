/**
 * Parse speed: whole conformance programs joined until about 200 lines, parsed again and again
 * after a warm-up. A figure to print, not a test: timings on a shared machine are too noisy
 * to pass or fail on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseModule } from '../../src/python/syntax/parser.ts';
import { ownCasesDir } from '../conformance/cases.ts';

export interface ParseTiming {
  readonly lines: number;
  /** The best round's mean: other work on the machine only ever makes a round slower. */
  readonly bestMs: number;
  readonly medianMs: number;
}

export function benchParse(rounds = 9, perRound = 20): ParseTiming {
  const parts: string[] = [];
  let lines = 0;
  for (const f of readdirSync(ownCasesDir).filter((n) => n.endsWith('.py') && !n.startsWith('syntax_')).sort()) {
    const body = readFileSync(join(ownCasesDir, f), 'utf8').replace(/^asyncio\.run\(.*$/m, '');
    parts.push(body);
    lines += body.split('\n').length;
    if (lines >= 200) break;
  }
  const program = parts.join('\n');
  for (let i = 0; i < 50; i++) parseModule(program);
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < perRound; i++) parseModule(program);
    means.push((performance.now() - t0) / perRound);
  }
  means.sort((a, b) => a - b);
  return { lines: program.split('\n').length, bestMs: means[0]!, medianMs: means[Math.floor(rounds / 2)]! };
}
