/** src/cli/load-bundle.mjs: the CLI bundle runs from a V8 code cache, never from a stale one. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOADER = new URL('../../src/cli/load-bundle.mjs', import.meta.url).href;

/** Each load is a process of its own, as each CLI start is: V8 keeps compiled scripts in memory. */
function load(path: string): { value: string; usedCache: boolean } {
  const script = `import { loadBundle } from ${JSON.stringify(LOADER)};
const loaded = loadBundle(${JSON.stringify(path)});
console.log(JSON.stringify({ value: loaded.exports.value(), usedCache: loaded.usedCache }));
loaded.saveCache();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { value: string; usedCache: boolean };
}

function bundleIn(dir: string, body: string): string {
  const path = join(dir, 'bundle.cjs');
  writeFileSync(path, `exports.value = function () { return ${JSON.stringify(body)}; };\n`);
  return path;
}

describe('loadBundle', () => {
  it('compiles from source once, then starts from the saved cache', () => {
    const path = bundleIn(mkdtempSync(join(tmpdir(), 'taskline-cache-')), 'first');
    expect(load(path)).toEqual({ value: 'first', usedCache: false });
    expect(load(path)).toEqual({ value: 'first', usedCache: true });
  });

  it('ignores the cache of another bundle of the same length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taskline-cache-'));
    const path = bundleIn(dir, 'older');
    load(path);
    bundleIn(dir, 'newer');
    expect(load(path)).toEqual({ value: 'newer', usedCache: false });
  });

  it('runs from source when the cache file is damaged, and replaces it', () => {
    const path = bundleIn(mkdtempSync(join(tmpdir(), 'taskline-cache-')), 'intact');
    load(path);
    const cache = readFileSync(`${path}.cache`);
    writeFileSync(`${path}.cache`, cache.subarray(0, 30));
    expect(load(path)).toEqual({ value: 'intact', usedCache: false });
    expect(load(path)).toEqual({ value: 'intact', usedCache: true });
  });
});
