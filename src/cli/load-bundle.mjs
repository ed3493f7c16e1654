// Loads build/cli.cjs with a V8 code cache beside it (build/cli.cjs.cache). Compiling the
// ~1.3 MB bundle is most of the command's start-up; with the cache V8 deserializes the compiled
// code instead (≈ 770 → 610 M instructions for `print("hi")`). Node 20 has no built-in compile
// cache for modules (module.enableCompileCache arrived in 22), hence vm.Script and a CommonJS
// bundle, as v8-compile-cache does it.
//
// The cache starts with a SHA-1 of the source it was made from: V8's own check only compares the
// source's length, and a rebuilt bundle of the same length must never run stale code.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const HASH_BYTES = 20;

/** CommonJS's module wrapper: the bundle runs as the body of a function of these five names. */
const wrap = (source) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

function readCache(cachePath, digest) {
  try {
    const file = readFileSync(cachePath);
    return file.subarray(0, HASH_BYTES).equals(digest) ? file.subarray(HASH_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle at `bundlePath` and returns its exports, plus `saveCache()`, to call once the
 * command has done its work, so the cache also holds the functions the run compiled lazily.
 */
export function loadBundle(bundlePath) {
  const cachePath = `${bundlePath}.cache`;
  const source = readFileSync(bundlePath, 'utf8');
  const digest = createHash('sha1').update(source).digest();
  const cachedData = readCache(cachePath, digest);
  // No import() inside: V8 drops a script's dynamic-import hook when it comes from the cache.
  const script = new Script(wrap(source), { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    /** V8 took the saved code: nothing was compiled from source at start-up. */
    usedCache: !fresh,
    saveCache() {
      if (!fresh) return;
      // A read-only install simply runs without a cache; a temporary name keeps a concurrent
      // start from reading half a file.
      try {
        const tmp = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
        renameSync(tmp, cachePath);
      } catch {
        /* no cache this time */
      }
    },
  };
}
