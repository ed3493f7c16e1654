import { describe, expect, it, vi } from 'vitest';
import { currentScenario, listenForSharedLinks, openSharedLink, shareUrl } from '../../src/app-wiring/share-link.ts';
import { encodeShare } from '../../src/share/url-codec.ts';
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
    expect(url.startsWith('https://x.test/app/#v4.')).toBe(true);
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

describe('links and the user\'s own code', () => {
  function storeWithExamples() {
    const runner = new ScriptedRunner();
    const store = createTasklineStore({
      runner,
      examples: [
        { id: 'a', code: PROGRAM_A },
        { id: 'b', code: PROGRAM_B },
      ],
      initialExampleId: 'a',
      storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} },
    });
    return { store, runner };
  }
  const hashOf = (url: string) => url.slice(url.indexOf('#'));

  it('a link made from an unedited example brings back its id, so its title and lesson show', () => {
    const { store: from } = storeWithExamples();
    from.getState().loadExample('b');
    const url = shareUrl(currentScenario(from), fakeLocation(''));
    const { store } = storeWithExamples();
    openSharedLink(store, fakeLocation(hashOf(url)), fakeHistory().history);
    expect([store.getState().code, store.getState().exampleId]).toEqual([PROGRAM_B, 'b']);
    // Edited code is the user's own: no id in its link.
    from.getState().setCode(PROGRAM_B + '\n');
    expect(currentScenario(from).example).toBeUndefined();
  });
  it('an example id this version does not have opens the code as the user\'s own', () => {
    const { store } = storeWithExamples();
    openSharedLink(store, fakeLocation('#' + encodeShare({ code: PROGRAM_B, example: 'gone' })), fakeHistory().history);
    expect([store.getState().code, store.getState().exampleId]).toEqual([PROGRAM_B, null]);
  });
  it('sets the user\'s own code aside when a link replaces it, and restores it', async () => {
    const { store, runner } = storeWithExamples();
    const mine = PROGRAM_A.replace('work(3)', 'work(7)');
    store.getState().setCode(mine);
    openSharedLink(store, fakeLocation('#' + encodeShare({ code: PROGRAM_B })), fakeHistory().history);
    expect(store.getState().replacedCode).toBe(mine);
    // A second link over the first, unedited, keeps the user's code, not the first link's.
    openSharedLink(store, fakeLocation('#' + encodeShare({ code: PROGRAM_A })), fakeHistory().history);
    expect(store.getState().replacedCode).toBe(mine);
    store.getState().restoreReplacedCode();
    expect([store.getState().code, store.getState().exampleId, store.getState().replacedCode]).toEqual([mine, null, null]);
    await vi.waitFor(() => expect(runner.sources.at(-1)).toBe(mine));
  });
  it('the set-aside code survives a reload (autosave) until restored', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    const make = () => createTasklineStore({ runner: new ScriptedRunner(), examples: [{ id: 'a', code: PROGRAM_A }], initialExampleId: 'a', storage });
    const first = make();
    first.getState().setCode('print("mine")\n');
    openSharedLink(first, fakeLocation('#' + encodeShare({ code: PROGRAM_B })), fakeHistory().history);
    const reloaded = make();
    expect([reloaded.getState().code, reloaded.getState().replacedCode]).toEqual([PROGRAM_B, 'print("mine")\n']);
    // Another link after the reload, over the first one's unedited code, keeps the user's code.
    openSharedLink(reloaded, fakeLocation('#' + encodeShare({ code: PROGRAM_A + '\n' })), fakeHistory().history);
    expect(reloaded.getState().replacedCode).toBe('print("mine")\n');
    reloaded.getState().restoreReplacedCode();
    expect([make().getState().code, make().getState().replacedCode]).toEqual(['print("mine")\n', null]);
  });
  it('an unedited example is not set aside (it is in the menu), nor is a damaged link a replacement', () => {
    const { store } = storeWithExamples();
    openSharedLink(store, fakeLocation('#' + encodeShare({ code: PROGRAM_B })), fakeHistory().history);
    expect(store.getState().replacedCode).toBeNull();
    store.getState().setCode('print(1)\n');
    openSharedLink(store, fakeLocation('#v4.AAAA'), fakeHistory().history);
    expect([store.getState().code, store.getState().replacedCode]).toEqual(['print(1)\n', null]);
  });
  it('a window past the end of the run is clamped to the run (fit when nothing of it overlaps)', async () => {
    const { store } = storeWithExamples();
    const open = async (window: readonly [number, number]) => {
      const before = store.getState().completedRuns;
      openSharedLink(store, fakeLocation('#' + encodeShare({ code: PROGRAM_B, view: { window } })), fakeHistory().history);
      await vi.waitFor(() => expect(store.getState().completedRuns).toBe(before + 1));
      return store.getState().viewWindow;
    };
    // PROGRAM_B's run ends at 2 s.
    expect(await open([50, 60])).toBeNull();
    expect(await open([1, 60])).toEqual([1, 2]);
    expect(await open([0.5, 1.5])).toEqual([0.5, 1.5]);
  });
  it('a hash change in an open tab opens the link', () => {
    const { store } = storeWithExamples();
    const listeners = new Map<string, () => void>();
    const loc = { ...fakeLocation(''), hash: '' };
    const h = fakeHistory();
    const win = {
      location: loc,
      history: h.history,
      addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn),
      removeEventListener: (type: string) => void listeners.delete(type),
    } as unknown as Window;
    const stop = listenForSharedLinks(store, win);
    loc.hash = '#' + encodeShare({ code: PROGRAM_B });
    listeners.get('hashchange')!();
    expect(store.getState().code).toBe(PROGRAM_B);
    expect(h.calls).toEqual(['/app/']);
    stop();
    expect(listeners.has('hashchange')).toBe(false);
  });
});
