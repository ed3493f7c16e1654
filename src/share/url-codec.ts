/**
 * Share links live in the URL fragment as `v<N>.` + base64url(deflate-raw(UTF-8 payload)):
 * - v1: the payload is the program's code;
 * - v2: the payload is JSON `{"code": ..., "view": {...}}`, the program and how it was shown;
 * - v3: the same JSON plus `"seed"`, the seed `random` drew from, so the link replays its numbers;
 * - v4: the same plus `"example"`, the id of the built-in example the code is, so its title and lesson come back.
 * Every version still opens: each is read into the current shape. Inflating stops at a size
 * cap, so a crafted link cannot expand into gigabytes.
 */
import { Inflate, deflateSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { sanitizeView, type SharedView } from './shared-view.ts';

export const SHARE_VERSION = 4;
export const SHARE_PREFIX = `v${SHARE_VERSION}.`;
/** Far above any program someone would share; far below what freezes a tab. */
export const MAX_SHARED_CHARS = 200_000;

export interface SharedScenario {
  readonly code: string;
  readonly view?: SharedView;
  /** The run's seed for `random` (v3). */
  readonly seed?: number;
  /** The built-in example the code is, unedited (v4). */
  readonly example?: string;
}

export type DecodeResult = { readonly ok: true; readonly scenario: SharedScenario } | { readonly ok: false; readonly error: string };

export function encodeShare(scenario: SharedScenario): string {
  const payload = {
    code: scenario.code,
    ...(scenario.view !== undefined ? { view: scenario.view } : {}),
    ...(scenario.seed !== undefined ? { seed: scenario.seed } : {}),
    ...(scenario.example !== undefined ? { example: scenario.example } : {}),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return SHARE_PREFIX + toBase64Url(deflateSync(bytes, { level: 9 }));
}

/** Reads one version's payload text into a scenario; null when the payload is not of that form. */
const READERS: Record<string, (text: string) => SharedScenario | null> = {
  '1': (text) => ({ code: text }),
  '2': (text) => readJson(text, 2),
  '3': (text) => readJson(text, 3),
  '4': (text) => readJson(text, 4),
};

/** An example id as src/examples names them; anything else is dropped (the store also checks it exists). */
const isExampleId = (x: unknown): x is string => typeof x === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(x);

function readJson(text: string, version: number): SharedScenario | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || typeof (data as { code?: unknown }).code !== 'string') return null;
  const { code, view: rawView, seed, example } = data as { code: string; view?: unknown; seed?: unknown; example?: unknown };
  const view = sanitizeView(rawView);
  // A bad seed or example id is dropped alone, like a bad view field: the program still opens.
  const goodSeed = version >= 3 && typeof seed === 'number' && Number.isSafeInteger(seed);
  const goodExample = version >= 4 && isExampleId(example);
  return {
    code,
    ...(view !== undefined ? { view } : {}),
    ...(goodSeed ? { seed: seed as number } : {}),
    ...(goodExample ? { example } : {}),
  };
}

/** Reads a fragment (with or without its leading '#'). Null when there is no share link in it at all. */
export function decodeShare(fragment: string, maxChars = MAX_SHARED_CHARS): DecodeResult | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return null;
  const version = /^v(\d+)\./.exec(text);
  if (!version) return { ok: false, error: 'The link is not a Taskline share link.' };
  const read = READERS[version[1]!];
  if (read === undefined) return { ok: false, error: `The link uses format v${version[1]}, which this version of Taskline does not know.` };
  try {
    // The JSON envelope adds little to the code, but escapes can double it: allow for that.
    const bytes = inflateCapped(fromBase64Url(text.slice(version[0].length)), maxChars * 8);
    const payload = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const scenario = read(payload);
    if (scenario === null) return { ok: false, error: 'The link is damaged (its contents are not a Taskline program).' };
    if (scenario.code.length > maxChars) return { ok: false, error: 'The program in the link is too large.' };
    return { ok: true, scenario };
  } catch (e) {
    return { ok: false, error: e instanceof TooLarge ? 'The program in the link is too large.' : 'The link is damaged (it may have been cut short).' };
  }
}

class TooLarge extends Error {}

/** Inflates in small input steps and gives up as soon as the output passes `maxBytes`. */
function inflateCapped(input: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
    if (final) finished = true;
  });
  // Deflate expands at most ~1000× per input byte, so a 256-byte step bounds each allocation.
  const STEP = 256;
  for (let i = 0; i < input.length; i += STEP) inflater.push(input.subarray(i, i + STEP), i + STEP >= input.length);
  if (input.length === 0) inflater.push(new Uint8Array(0), true);
  if (!finished) throw new Error('truncated');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
