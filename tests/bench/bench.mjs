// Runs tests/bench/run.ts as one esbuild bundle, so that timings measure Taskline's code as it runs
// in the browser build and the CLI, not a per-module TypeScript loader.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'node_modules', '.cache', 'taskline');
mkdirSync(outDir, { recursive: true });
const entry = process.argv[2] ?? 'run.ts';
const outfile = join(outDir, `bench-${entry.replace(/\W/g, '_')}.mjs`);
await build({
  entryPoints: [join(here, entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'error',
  // The bundle lives elsewhere; import.meta.url-relative paths must still point into tests/bench.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(here, entry)).href) },
});
await import(pathToFileURL(outfile).href);
