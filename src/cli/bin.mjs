#!/usr/bin/env node
// The `taskline` command. It works right after `npm install`, with no build step: the first run
// bundles src/cli/main.ts with esbuild into node_modules/.cache (about 0.2 s), and later runs
// reuse that bundle until a source file changes. A bundle starts faster and runs faster than
// loading the TypeScript sources one by one.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, '..');
const root = join(srcDir, '..');
const cacheDir = join(root, 'node_modules', '.cache', 'taskline');
const bundle = join(cacheDir, 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function bundleAge() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

if (bundleAge() < newestSource(srcDir)) {
  mkdirSync(cacheDir, { recursive: true });
  // Build to a temporary name and rename, so a concurrent run never sees half a file.
  const tmp = `${bundle}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    // A native addon (the PNG rasterizer) loads from node_modules, not from the bundle.
    external: ['@resvg/resvg-js'],
    logLevel: 'error',
  });
  const { renameSync } = await import('node:fs');
  renameSync(tmp, bundle);
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
