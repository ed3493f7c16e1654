/**
 * `taskline run PROGRAM.py [--trace OUT.json] [--svg OUT.svg] ... [--seed N]`: run a program on
 * Taskline's loop and print what CPython prints (stdout, traceback on stderr); exit 0 ok, 1
 * uncaught exception or syntax error, 3 deadlock, 4 a budget ran out. Same code path as the
 * browser's worker, in-process. Each export flag comes from the exporter registry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EXPORTERS } from '../export/registry.ts';
import type { Exporter, ExportPlatform } from '../export/types.ts';
import { runProgram } from '../python/run.ts';
import { CLI_TIMEOUT_MS, MAX_OUTPUT_CHARS } from '../runner/types.ts';

/** Built on demand: the first toLocaleString loads ICU's number data, ~25 ms a start-up does not need. */
const usage = (): string => `usage: taskline run PROGRAM.py [--trace OUT.json] [--svg OUT.svg] [--png OUT.png]
                    [--chrome-trace OUT.json] [--console OUT.txt] [--timeout SECONDS] [--seed N]

Runs an asyncio program on Taskline's virtual-time event loop.
${EXPORTERS.map((e) => `  ${`${e.cliFlag} OUT${e.suffix.slice(e.suffix.lastIndexOf('.'))}`.padEnd(26)}${e.description}`).join('\n')}
  --timeout SECONDS         stop a run that takes longer than this much wall time (default: ${CLI_TIMEOUT_MS / 1000}; 0: no limit)
  --seed N                  seed random as random.seed(N) would (default: a fresh seed per run)
Output past ${MAX_OUTPUT_CHARS.toLocaleString('en-US')} characters also stops the run (exit status 4).
`;

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  if (args[0] !== 'run' || args.includes('-h') || args.includes('--help')) {
    process.stderr.write(usage());
    return args.includes('-h') || args.includes('--help') ? 0 : 2;
  }
  args.shift();
  const exports = new Map<Exporter, string>();
  let missingPath = false;
  let timeoutSec = CLI_TIMEOUT_MS / 1000;
  let seed: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const exporter = EXPORTERS.find((e) => e.cliFlag === a);
    if (exporter) {
      const path = args[++i];
      if (path === undefined) missingPath = true;
      else exports.set(exporter, path);
    } else if (a === '--timeout') {
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
  if (files.length !== 1 || missingPath) {
    process.stderr.write(usage());
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
  const filename = basename(file);
  const result = runProgram(source, {
    filename,
    trace: exports.size > 0,
    maxOutput: MAX_OUTPUT_CHARS,
    ...(seed !== undefined ? { seed } : {}),
    ...(deadline !== null ? { shouldStop: () => performance.now() > deadline } : {}),
  });
  await write(process.stdout, result.stdout);
  await write(process.stderr, result.stderr);
  const input = { trace: result.trace, program: { filename, code: source }, baseName: filename.replace(/\.py$/, ''), theme: 'light' as const };
  for (const [exporter, path] of exports) {
    try {
      writeFileSync(path, await exporter.render(input, NODE_PLATFORM));
    } catch (e) {
      process.stderr.write(`taskline: cannot write ${path}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  return result.exitCode;
}

/** resvg's native binary loads only for a PNG: a platform without one still runs programs. */
const NODE_PLATFORM: ExportPlatform = {
  rasterize: async (svg, scale) => (await import('../export/png/rasterize-node.ts')).rasterizeInNode(svg, scale),
};

/** Write and wait for the stream to drain, so output is complete before the process exits. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => stream.write(text, () => resolve()));
}
