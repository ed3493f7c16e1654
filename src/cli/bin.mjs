#!/usr/bin/env node
// The `taskline` command. It runs build/cli.cjs, the bundle of src/cli/main.ts that `npm install`
// (the `prepare` script) builds: a bundle starts faster and runs faster than loading the
// TypeScript sources one by one. When a source file is newer than the bundle (an edited
// checkout) and esbuild is installed, it rebuilds first (about 0.2 s).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, '..');
const bundle = join(srcDir, '..', 'build', 'cli.cjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const bundleTime = existsSync(bundle) ? statSync(bundle).mtimeMs : -1;
if (bundleTime < newestSource(srcDir)) {
  try {
    const { buildCli } = await import('./build.mjs');
    await buildCli();
  } catch (e) {
    // No esbuild (an install without dev dependencies): an existing bundle still runs.
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    if (bundleTime < 0) {
      process.stderr.write('taskline: build/cli.cjs is missing; run `npm install` in the Taskline folder first\n');
      process.exit(2);
    }
  }
}

const { loadBundle } = await import('./load-bundle.mjs');
const loaded = loadBundle(bundle);
process.exitCode = await loaded.exports.main(process.argv.slice(2));
loaded.saveCache();
