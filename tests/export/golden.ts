/**
 * Golden files for exports: each output is compared with a committed file in ./golden/. On a
 * mismatch the new output is written beside it as NAME-changed.EXT (git-ignored) to diff or
 * open; UPDATE_GOLDEN=1 rewrites the committed files. `same` lets a format compare by meaning
 * (a PNG by its pixels) rather than by bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));

export function golden(file: string, actual: string | Uint8Array, same: (want: Buffer, got: Buffer) => string | null = bytesEqual): void {
  const path = `${dir}${file}`;
  const dot = file.indexOf('.');
  const changed = `${dir}${file.slice(0, dot)}-changed${file.slice(dot)}`;
  const got = Buffer.from(actual);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, got);
  if (!existsSync(path)) {
    writeFileSync(changed, got);
    throw new Error(`no golden file ${file}: wrote ${changed}; review it and run with UPDATE_GOLDEN=1`);
  }
  const problem = same(readFileSync(path), got);
  if (problem !== null) writeFileSync(changed, got);
  expect(problem, `${file} differs (${problem}): see ${changed}`).toBeNull();
}

function bytesEqual(want: Buffer, got: Buffer): string | null {
  return want.equals(got) ? null : 'content';
}

/** A trace whose task names are hostile text: markup, script end tags, bidi overrides, zero-width and control characters. */
export const HOSTILE_NAMES: Readonly<Record<number, string>> = {
  0: '<img src=x onerror="alert(1)">',
  1: '</script><script>alert("x")</script> & \u202Egnp.exe',
  2: 'zero\u200Bwidth \u05E9\u05DC\u05D5\u05DD bell\u0007',
};
