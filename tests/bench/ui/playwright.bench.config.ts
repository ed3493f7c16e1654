/**
 * Playwright config for the UI benchmark (`npm run bench:ui`): the main config's browser and
 * viewport, one worker, no retries, testDir tests/bench/ui so that `npm test` never runs it.
 *
 * The web server is the main config's (vite build + vite preview), with two changes so that a
 * bench can run while someone else runs the e2e suite on this shared machine: its own port, and
 * its own build folder (the e2e build rewrites dist/ while its preview serves from it).
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../../playwright.config.ts';

// The web server runs in the config's folder unless told otherwise; vite needs the repo root.
const root = fileURLToPath(new URL('../../../', import.meta.url));

const port = Number(process.env.BENCH_UI_PORT ?? 4175);
const outDir = 'node_modules/.cache/taskline-bench-ui/dist';
// Profiles of a minified build name every function "a" or "Qe": profile an unminified one.
const minify = process.env.BENCH_UI_PROFILE === '1' ? ' --minify false' : '';
const baseServer = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;
if (!baseServer) throw new Error('playwright.config.ts has no webServer: the UI bench reuses its build + preview settings');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The list reporter shows each test's stdout, which is where the tables go.
  reporter: 'list',
  timeout: 300_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    ...baseServer,
    command:
      `npx vite build --logLevel error --outDir ${outDir} --emptyOutDir${minify}` +
      ` && npx vite preview --strictPort --host 127.0.0.1 --port ${port} --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    cwd: root,
  },
});
