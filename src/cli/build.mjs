// Bundles src/cli/main.ts into build/cli.cjs with esbuild (CommonJS, so that load-bundle.mjs can
// run it with a V8 code cache). `npm install` / `npm ci` run it
// (the root `prepare` script), so `npx taskline` starts from a ready bundle; bin.mjs also
// calls it when a source file is newer than the bundle (a working checkout after an edit).
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BUNDLE = join(here, '..', '..', 'build', 'cli.cjs');

/** Throws ERR_MODULE_NOT_FOUND where esbuild is not installed (an install without dev dependencies). */
export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(BUNDLE), { recursive: true });
  // Build to a temporary name and rename, so a concurrent run never sees half a file.
  const tmp = `${BUNDLE}.${process.pid}.tmp.cjs`;
  await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: tmp,
    // CommonJS has no import.meta; the bundle's own file stands in for the module it came from.
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__bundleUrl' },
    // A native addon (the PNG rasterizer) loads from node_modules, not from the bundle.
    external: ['@resvg/resvg-js'],
    logLevel: 'error',
  });
  renameSync(tmp, BUNDLE);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildCli();
  } catch (e) {
    // `npm install --omit=dev` runs `prepare` too: without esbuild there is nothing to build with.
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    process.stderr.write('taskline: esbuild is not installed, so the CLI bundle was not built (install dev dependencies)\n');
  }
}
