/**
 * `npm run bench`: prints the project's speed figures on this machine. Benchmarks, not tests —
 * nothing here passes or fails; targets are printed beside the measurements.
 */
import { benchEngine } from './engine-throughput.ts';
import { benchParse } from './parse-speed.ts';
import { benchPythonPrograms, benchSeedsToTrace, cpythonStartupMs, geometricMeanRatio, type Row } from './python-side.ts';

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  console.log(`Taskline benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);

  console.log('## Engine: 10,000 tasks × 20 sleeps with mixed delays, TypeScript coroutines (target ≥ 2,000,000 steps/s)\n');
  const engine = benchEngine();
  console.log(
    table(
      ['run', 'task steps', 'ms', 'steps/s', 'peak heap MB', 'trace events'],
      engine.map((r) => [r.label, fmt(r.steps), fmt(r.ms), fmt(r.stepsPerSecond), fmt(r.peakHeapMB), fmt(r.traceEvents)]),
    ),
  );

  console.log('\n## Python programs: Taskline vs CPython 3.11 (C asyncio on a virtual clock)\n');
  const startup = await cpythonStartupMs();
  const rows: Row[] = await benchPythonPrograms({ runs: quick ? 1 : 3 });
  console.log(
    table(
      ['program', 'CPython ms', 'taskline CLI ms', 'in-process ms (with trace)', 'CLI vs CPython', 'same output'],
      rows.map((r) => [
        r.program,
        fmt(r.cpythonMs),
        fmt(r.cliMs),
        fmt(r.tasklineMs),
        `${fmt(r.cpythonMs / r.cliMs, 2)}× ${r.cliMs <= r.cpythonMs ? 'faster' : 'slower'}`,
        r.outputsMatch ? 'yes' : 'NO',
      ]),
    ),
  );
  const cliGeo = Math.exp(rows.reduce((s, r) => s + Math.log(r.cpythonMs / r.cliMs), 0) / rows.length);
  console.log(`\nGeometric mean, CLI vs CPython (whole processes): ${fmt(cliGeo, 2)}× as fast (target ≥ 3×).`);
  console.log(`In-process runs (trace recorded) vs CPython processes: ${fmt(1 / geometricMeanRatio(rows), 2)}× as fast.`);
  console.log(`CPython start-up alone: ${fmt(startup)} ms.`);

  console.log('\n## The tutorial programs: source to trace, in-process (target < 5 ms)\n');
  const seeds = await benchSeedsToTrace(quick ? 10 : 50);
  console.log(table(['program', 'median ms', 'runs', 'trace events'], seeds.map((s) => [s.program, fmt(s.medianMs, 2), String(s.runs), String(s.traceEvents)])));

  console.log('\n## Parsing: conformance programs joined to ~140–200 lines, after warm-up\n');
  const parse = benchParse(quick ? 3 : 9);
  console.log(table(['lines', 'best ms', 'median ms'], [[String(parse.lines), fmt(parse.bestMs, 3), fmt(parse.medianMs, 3)]]));
}

await main();
