/**
 * A link comes from anywhere: whatever the fragment, decoding never throws, and opening it
 * either opens a program or leaves the user's code in place with a clear message.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openSharedLink } from '../../src/app-wiring/share-link.ts';
import { toBase64Url } from '../../src/share/base64url.ts';
import { decodeShare, encodeShare } from '../../src/share/url-codec.ts';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { ScriptedRunner } from '../store/fixtures.ts';
import { FUZZ, runs, TEST_TIMEOUT, PROGRAMS } from './corpus.ts';

const MINE = 'print("my own code")\n';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Payloads shaped like the real ones, with any values in their fields. */
const payload = fc.oneof(
  fc.string(),
  fc.json(),
  fc.record(
    {
      code: fc.oneof(fc.constantFrom(...PROGRAMS.slice(0, 20)), fc.string(), fc.anything()),
      view: fc.oneof(fc.anything(), fc.record({ playhead: fc.anything(), window: fc.anything(), task: fc.anything(), speed: fc.anything() }, { requiredKeys: [] })),
      seed: fc.anything(),
      example: fc.oneof(fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  ).map((o) => JSON.stringify(o) ?? ''),
);
const packed = fc
  .tuple(fc.constantFrom('v1.', 'v2.', 'v3.', 'v4.', 'v5.', 'v0.', 'v.', ''), payload)
  .map(([prefix, text]) => prefix + toBase64Url(deflateSync(new TextEncoder().encode(text))));
/** A real link, then damaged: cut, a character changed, something appended. */
const damaged = fc
  .tuple(fc.constantFrom(...PROGRAMS.slice(0, 30)), fc.nat(), fc.constantFrom(...B64.split(''), '%', '#', '.', ' ', '\u00e9'), fc.constantFrom('cut', 'change', 'append'))
  .map(([code, at, ch, how]) => {
    const link = encodeShare({ code, view: { playhead: 1 }, seed: 5, example: 'seed1' });
    const i = at % link.length;
    if (how === 'cut') return link.slice(0, i);
    if (how === 'change') return link.slice(0, i) + ch + link.slice(i + 1);
    return link + ch;
  });
const fragment = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...B64.split('')) }).map((s) => 'v4.' + s), packed, damaged).map((f) => '#' + f);

function makeStore(runner = new ScriptedRunner()) {
  const store = createTasklineStore({
    runner,
    examples: [{ id: 'seed1', code: 'x = 1\n' }],
    initialExampleId: 'seed1',
    storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} },
  });
  store.getState().setCode(MINE);
  return store;
}

describe('random link fragments', () => {
  it('decode never throws: a scenario with string code, or a message', () => {
    fc.assert(
      fc.property(fragment, (f) => {
        const r = decodeShare(f);
        if (r === null) return;
        if (r.ok) expect(typeof r.scenario.code).toBe('string');
        else expect(r.error).toMatch(/^The (link|program in the link) /);
      }),
      { ...FUZZ, numRuns: runs(1500) },
    );
  }, TEST_TIMEOUT);
  it('the page keeps the user\'s code: set aside when a program opens, untouched with a message otherwise', () => {
    fc.assert(
      fc.property(fragment, (f) => {
        const store = makeStore();
        const calls: string[] = [];
        const history = { replaceState: (_s: unknown, _t: string, url: string) => void calls.push(url) } as unknown as History;
        const opened = openSharedLink(store, { hash: f, pathname: '/', search: '' } as Location, history);
        const s = store.getState();
        const decoded = decodeShare(f);
        if (decoded === null) {
          expect([opened, s.code, s.error]).toEqual([false, MINE, null]);
        } else if (decoded.ok) {
          expect(opened).toBe(true);
          expect(s.code).toBe(decoded.scenario.code);
          if (decoded.scenario.code !== MINE) expect(s.replacedCode).toBe(MINE);
        } else {
          expect([opened, s.code]).toEqual([false, MINE]);
          expect(s.error).toMatch(/Your own code is unchanged/);
        }
        if (decoded !== null) expect(calls).toEqual(['/']);
      }),
      { ...FUZZ, numRuns: runs(500) },
    );
  }, TEST_TIMEOUT);
});
