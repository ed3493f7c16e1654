import { describe, expect, it, vi } from 'vitest';
import { currentScenario, openSharedLink, shareUrl } from '../../src/app-wiring/share-link.ts';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { PROGRAM_A, PROGRAM_B, ScriptedRunner } from '../store/fixtures.ts';

function fakeLocation(hash: string) {
  return { hash, pathname: '/app/', search: '', origin: 'https://x.test' } as Location;
}
function fakeHistory() {
  const calls: string[] = [];
  return { calls, history: { replaceState: (_s: unknown, _t: string, url: string) => void calls.push(url) } as unknown as History };
}
function makeStore() {
  const runner = new ScriptedRunner();
  const data = new Map<string, string>();
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  return { runner, store: createTasklineStore({ runner, examples: [{ id: 'a', code: PROGRAM_A }], initialExampleId: 'a', storage }) };
}

describe('openSharedLink', () => {
  it('opens the shared program, runs it and clears the fragment', () => {
    const { store, runner } = makeStore();
    const url = shareUrl({ code: PROGRAM_B }, fakeLocation(''));
    expect(url.startsWith('https://x.test/app/#v3.')).toBe(true);
    const h = fakeHistory();
    expect(openSharedLink(store, fakeLocation(url.slice(url.indexOf('#'))), h.history)).toBe(true);
    expect(store.getState().code).toBe(PROGRAM_B);
    expect(store.getState().exampleId).toBeNull();
    expect(runner.sources).toEqual([PROGRAM_B]);
    expect(h.calls).toEqual(['/app/']);
  });
  it('reproduces the shared view once the run is in: playhead, window, selected task, speed', async () => {
    const { store: from } = makeStore();
    from.getState().openCode(PROGRAM_B);
    await Promise.resolve();
    from.getState().seek(1);
    from.getState().select({ task: 1 });
    from.getState().setViewWindow([0.5, 1.5]);
    from.getState().setSpeed(10);
    const url = shareUrl(currentScenario(from), fakeLocation(''));

    const { store } = makeStore();
    expect(openSharedLink(store, fakeLocation(url.slice(url.indexOf('#'))), fakeHistory().history)).toBe(true);
    await vi.waitFor(() => expect(store.getState().completedRuns).toBe(1));
    const s = store.getState();
    expect([s.playhead, s.selection.task, s.viewWindow, s.speed]).toEqual([1, 1, [0.5, 1.5], 10]);
    // The view belongs to the link's first run only: a rerun keeps what the user does next.
    store.getState().seek(0.25);
    await store.getState().run();
    expect(store.getState().playhead).toBe(store.getState().trace?.end);
  });
  it('keeps the code and reports a bad link', () => {
    const { store, runner } = makeStore();
    const h = fakeHistory();
    expect(openSharedLink(store, fakeLocation('#v1.AAAA'), h.history)).toBe(false);
    expect(store.getState().code).toBe(PROGRAM_A);
    expect(store.getState().error).toMatch(/damaged.*Your own code is unchanged/);
    expect(runner.sources).toEqual([]);
  });
  it('does nothing without a fragment', () => {
    const { store } = makeStore();
    const h = fakeHistory();
    expect(openSharedLink(store, fakeLocation(''), h.history)).toBe(false);
    expect(h.calls).toEqual([]);
    expect(store.getState().error).toBeNull();
  });
});
