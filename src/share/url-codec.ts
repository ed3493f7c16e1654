/**
 * Share links: the program in the URL fragment as `v1.` + base64url(deflate-raw(UTF-8 code)).
 * The version prefix lets later formats add an upgrader instead of breaking old links.
 * Inflating stops at a size cap, so a crafted link cannot expand into gigabytes.
 */
import { Inflate, deflateSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url.ts';

export const SHARE_PREFIX = 'v1.';
/** Far above any program someone would share; far below what freezes a tab. */
export const MAX_SHARED_CHARS = 200_000;

export interface SharedScenario {
  readonly code: string;
}

export type DecodeResult = { readonly ok: true; readonly scenario: SharedScenario } | { readonly ok: false; readonly error: string };

export function encodeShare(scenario: SharedScenario): string {
  const bytes = new TextEncoder().encode(scenario.code);
  return SHARE_PREFIX + toBase64Url(deflateSync(bytes, { level: 9 }));
}

/** Reads a fragment (with or without its leading '#'). Null when there is no share link in it at all. */
export function decodeShare(fragment: string, maxChars = MAX_SHARED_CHARS): DecodeResult | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return null;
  const version = /^v(\d+)\./.exec(text);
  if (!version) return { ok: false, error: 'The link is not a Taskline share link.' };
  if (version[1] !== '1') return { ok: false, error: `The link uses format v${version[1]}, which this version of Taskline does not know.` };
  try {
    const bytes = inflateCapped(fromBase64Url(text.slice(SHARE_PREFIX.length)), maxChars * 4);
    const code = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (code.length > maxChars) return { ok: false, error: 'The program in the link is too large.' };
    return { ok: true, scenario: { code } };
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
