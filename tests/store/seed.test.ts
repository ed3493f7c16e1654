/**
 * The seed as part of the scenario: runs use the store's seed, "New seed" reruns with another,
 * edits keep it, reloads restore it, and a share link carries it so the link replays the same
 * numbers. Real runs (in-process runner), so the numbers are the random module's own.
 */
import { describe, expect, it } from 'vitest';
import { createInProcessRunner } from '../../src/runner/in-process-runner.ts';
import { runProgram } from '../../src/python/run.ts';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { currentScenario, openSharedLink, shareUrl } from '../../src/app-wiring/share-link.ts';
import { decodeShare, encodeShare } from '../../src/share/url-codec.ts';
import { PERSIST_KEY } from '../../src/store/persist-config.ts';
import { deflateSync } from 'fflate';
import { toBase64Url } from '../../src/share/base64url.ts';

const RANDOM_PROGRAM = 'import random\nprint([random.randint(1, 100) for _ in range(5)])\n';
const PLAIN_PROGRAM = 'print("no randomness here")\n';

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

function setup(seeds: number[], storage = memoryStorage(), code = RANDOM_PROGRAM) {
  const queue = [...seeds];
  const store = createTasklineStore({
    runner: createInProcessRunner(runProgram),
    examples: [{ id: 'r', code }],
    initialExampleId: 'r',
    storage,
    freshSeed: () => queue.shift() ?? 0,
  });
  return { store, storage };
}

/** What Taskline prints for RANDOM_PROGRAM when the program seeds itself with `seed`. */
function expectedFor(seed: number): string {
  return runProgram(`import random\nrandom.seed(${seed})\nprint([random.randint(1, 100) for _ in range(5)])\n`).stdout;
}

const fakeLocation = (hash: string) => ({ hash, pathname: '/', search: '', origin: 'https://x.test' }) as Location;
const fakeHistory = { replaceState: () => {} } as unknown as History;

describe('store: the random seed', () => {
  it('runs with the scenario seed as random.seed(seed) would, and the trace reports it', async () => {
    const { store } = setup([12345]);
    await store.getState().run();
    const s = store.getState();
    expect(s.seed).toBe(12345);
    expect(s.trace?.seed).toBe(12345);
    expect(s.trace?.stdout).toBe(expectedFor(12345));
    // python3 -c 'import random; random.seed(12345); print([random.randint(1, 100) for _ in range(5)])'
    expect(s.trace?.stdout).toBe('[54, 94, 2, 39, 48]\n');
  });

  it('reports no seed for a program that never imports random', async () => {
    const { store } = setup([5], memoryStorage(), PLAIN_PROGRAM);
    await store.getState().run();
    expect(store.getState().trace?.seed).toBeUndefined();
  });

  it('reports no seed for a program that seeds random itself: its numbers do not depend on it', async () => {
    const { store } = setup([5], memoryStorage(), 'import random\nrandom.seed(1)\nprint(random.random())\n');
    await store.getState().run();
    expect(store.getState().trace?.stdout).toBe('0.13436424411240122\n');
    expect(store.getState().trace?.seed).toBeUndefined();
  });

  it('keeps the seed across reruns; New seed reruns with a fresh one', async () => {
    const { store } = setup([7, 8]);
    await store.getState().run();
    const first = store.getState().trace?.stdout;
    await store.getState().run();
    expect(store.getState().trace?.stdout).toBe(first);
    store.getState().newSeed();
    await vvWait(() => store.getState().trace?.seed === 8);
    expect(store.getState().seed).toBe(8);
    expect(store.getState().trace?.stdout).toBe(expectedFor(8));
    expect(store.getState().trace?.stdout).not.toBe(first);
  });

  it('New seed never repeats the seed it replaces', async () => {
    const { store } = setup([3, 3, 4]);
    store.getState().newSeed();
    expect(store.getState().seed).toBe(4);
  });

  it('persists the seed, so a reload replays the same numbers', async () => {
    const storage = memoryStorage();
    const { store } = setup([4242], storage);
    await store.getState().run();
    expect(JSON.parse(storage.data.get(PERSIST_KEY)!).state.seed).toBe(4242);
    const again = setup([1], storage).store;
    expect(again.getState().seed).toBe(4242);
    await again.getState().run();
    expect(again.getState().trace?.stdout).toBe(store.getState().trace?.stdout);
  });

  it('a share link carries the seed and reopening it replays the same numbers', async () => {
    const { store: from } = setup([999]);
    await from.getState().run();
    const scenario = currentScenario(from);
    expect(scenario.seed).toBe(999);
    const url = shareUrl(scenario, fakeLocation(''));

    const { store } = setup([1]);
    expect(openSharedLink(store, fakeLocation(url.slice(url.indexOf('#'))), fakeHistory)).toBe(true);
    await vvWait(() => store.getState().completedRuns === 1);
    expect(store.getState().seed).toBe(999);
    expect(store.getState().trace?.stdout).toBe(from.getState().trace?.stdout);
  });

  it('a link to a program without random carries no seed', async () => {
    const { store } = setup([5], memoryStorage(), PLAIN_PROGRAM);
    await store.getState().run();
    expect(currentScenario(store).seed).toBeUndefined();
  });
});

describe('share links: the seed field (v3)', () => {
  it('round-trips the seed with the code and view', () => {
    const scenario = { code: RANDOM_PROGRAM, view: { playhead: 1 }, seed: 31337 };
    expect(decodeShare(encodeShare(scenario))).toEqual({ ok: true, scenario });
  });
  it('old v2 links still open, without a seed (the store keeps its own)', async () => {
    const v2 = 'v2.' + toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify({ code: RANDOM_PROGRAM, seed: 5 }))));
    expect(decodeShare(v2)).toEqual({ ok: true, scenario: { code: RANDOM_PROGRAM } });
    const { store } = setup([77]);
    openSharedLink(store, fakeLocation('#' + v2), fakeHistory);
    await vvWait(() => store.getState().completedRuns === 1);
    expect(store.getState().trace?.seed).toBe(77);
  });
  it('drops a bad seed alone and keeps the program', () => {
    const raw = (payload: unknown) => 'v3.' + toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload))));
    for (const seed of ['12', 1.5, 2 ** 60, null, { n: 1 }]) {
      expect(decodeShare(raw({ code: 'x = 1\n', seed }))).toEqual({ ok: true, scenario: { code: 'x = 1\n' } });
    }
    expect(decodeShare(raw({ code: 'x = 1\n', seed: -4 }))).toEqual({ ok: true, scenario: { code: 'x = 1\n', seed: -4 } });
  });
});

async function vvWait(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}
