import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { decodeShare, encodeShare, MAX_SHARED_CHARS } from '../../src/share/url-codec.ts';
import { toBase64Url } from '../../src/share/base64url.ts';

const seed1 = readFileSync(new URL('../../src/examples/seed1.py', import.meta.url), 'utf8');

describe('share links', () => {
  it('round-trips a program, unicode included, in a URL-safe fragment', () => {
    for (const code of [seed1, 'print("héllo ✓ 🐍")\n', '']) {
      const link = encodeShare({ code });
      expect(link).toMatch(/^v4\.[A-Za-z0-9_-]*$/);
      expect(decodeShare('#' + link)).toEqual({ ok: true, scenario: { code } });
    }
  });
  it('round-trips the view: playhead, visible window, selected task and speed', () => {
    const view = { playhead: 1.5, window: [0.5, 2.25] as const, task: 2, speed: 10 as const };
    expect(decodeShare(encodeShare({ code: seed1, view }))).toEqual({ ok: true, scenario: { code: seed1, view } });
  });
  it('round-trips the example id (v4), and drops one that is not an id', () => {
    expect(decodeShare(encodeShare({ code: seed1, example: 'seed1' }))).toEqual({ ok: true, scenario: { code: seed1, example: 'seed1' } });
    const raw = (version: number, payload: unknown) => `v${version}.` + toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload))));
    for (const example of ['<img src=x>', '', 42, 'A'.repeat(100), '../seed1']) {
      expect(decodeShare(raw(4, { code: 'x = 1\n', example }))).toEqual({ ok: true, scenario: { code: 'x = 1\n' } });
    }
    // Fields a version did not have are not read from it.
    expect(decodeShare(raw(3, { code: 'x = 1\n', example: 'seed1', seed: 7 }))).toEqual({ ok: true, scenario: { code: 'x = 1\n', seed: 7 } });
    expect(decodeShare(raw(2, { code: 'x = 1\n', example: 'seed1', seed: 7 }))).toEqual({ ok: true, scenario: { code: 'x = 1\n' } });
  });
  it('still opens v1 links, whose payload is the bare code', () => {
    const v1 = 'v1.' + toBase64Url(deflateSync(new TextEncoder().encode(seed1)));
    expect(decodeShare(v1)).toEqual({ ok: true, scenario: { code: seed1 } });
  });
  it('drops bad view fields one by one and keeps the program', () => {
    const raw = (payload: unknown) => 'v2.' + toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload))));
    const view = { playhead: -1, window: [3, 1], task: 1.5, speed: 3, extra: '<b>' };
    expect(decodeShare(raw({ code: 'x = 1\n', view }))).toEqual({ ok: true, scenario: { code: 'x = 1\n' } });
    expect(decodeShare(raw({ code: 'x = 1\n', view: { playhead: 2, window: [0, 'a'] } }))).toEqual({
      ok: true,
      scenario: { code: 'x = 1\n', view: { playhead: 2 } },
    });
    expect(decodeShare(raw({ view: {} }))).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(decodeShare('v2.' + toBase64Url(deflateSync(new TextEncoder().encode('{"code": ')))) ).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
  });
  it('compresses: seed1 fits in well under half its size', () => {
    expect(encodeShare({ code: seed1 }).length).toBeLessThan(seed1.length * 0.7);
  });
  it('no fragment means no link', () => {
    expect(decodeShare('')).toBeNull();
    expect(decodeShare('#')).toBeNull();
  });
  it('rejects unknown versions, foreign fragments and damaged data with a message', () => {
    expect(decodeShare('#v9.abc')).toEqual({ ok: false, error: expect.stringMatching(/format v9/) });
    expect(decodeShare('#section-2')).toEqual({ ok: false, error: expect.stringMatching(/not a Taskline/) });
    const link = encodeShare({ code: seed1 });
    expect(decodeShare(link.slice(0, link.length - 20))).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(decodeShare('v1.!!!')).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
  });
  it('stops a decompression bomb at the cap', () => {
    const bomb = 'v1.' + toBase64Url(deflateSync(new Uint8Array(50_000_000).fill(32), { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    expect(decodeShare(bomb)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    expect(decodeShare(encodeShare({ code: 'x'.repeat(MAX_SHARED_CHARS + 1) }))).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
