/**
 * `taskline run PROGRAM.py [--trace OUT.json] [--seed N]`: run a program on Taskline's loop and
 * print what CPython prints (stdout, traceback on stderr); exit 0 ok, 1 uncaught exception or
 * syntax error, 3 deadlock, 4 a budget ran out. Same code path as the browser's worker, in-process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runProgram } from '../python/run.ts';
import { CLI_TIMEOUT_MS, MAX_OUTPUT_CHARS } from '../runner/types.ts';

const USAGE = `usage: taskline run PROGRAM.py [--trace OUT.json] [--timeout SECONDS] [--seed N]

Runs an asyncio program on Taskline's virtual-time event loop.
  --trace OUT.json    also write the run's trace (task events, format version 1)
  --timeout SECONDS   stop a run that takes longer than this much wall time (default: ${CLI_TIMEOUT_MS / 1000}; 0: no limit)
  --seed N            seed random as random.seed(N) would (default: a fresh seed per run)
Output past ${MAX_OUTPUT_CHARS.toLocaleString('en-US')} characters also stops the run (exit status 4).
`;

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  if (args[0] !== 'run' || args.includes('-h') || args.includes('--help')) {
    process.stderr.write(USAGE);
    return args.includes('-h') || args.includes('--help') ? 0 : 2;
  }
  args.shift();
  let tracePath: string | null = null;
  let timeoutSec = CLI_TIMEOUT_MS / 1000;
  let seed: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--trace') tracePath = args[++i] ?? null;
    else if (a === '--timeout') {
      const n = Number(args[++i]);
      if (!(n >= 0)) {
        process.stderr.write(`taskline: --timeout needs a number of seconds, not ${args[i] ?? 'nothing'}\n`);
        return 2;
      }
      timeoutSec = n;
    } else if (a === '--seed') {
      const n = Number(args[++i]);
      if (!Number.isSafeInteger(n)) {
        process.stderr.write(`taskline: --seed needs an integer, not ${args[i] ?? 'nothing'}\n`);
        return 2;
      }
      seed = n;
    } else files.push(a);
  }
  if (files.length !== 1 || (tracePath === null && args.includes('--trace'))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = files[0]!;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`taskline: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const deadline = timeoutSec > 0 && Number.isFinite(timeoutSec) ? performance.now() + timeoutSec * 1000 : null;
  const result = runProgram(source, {
    filename: basename(file),
    trace: tracePath !== null,
    maxOutput: MAX_OUTPUT_CHARS,
    ...(seed !== undefined ? { seed } : {}),
    ...(deadline !== null ? { shouldStop: () => performance.now() > deadline } : {}),
  });
  await write(process.stdout, result.stdout);
  await write(process.stderr, result.stderr);
  if (tracePath !== null) writeFileSync(tracePath, JSON.stringify(result.trace));
  return result.exitCode;
}

/** Write and wait for the stream to drain, so output is complete before the process exits. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => stream.write(text, () => resolve()));
}
