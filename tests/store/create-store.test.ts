import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { PERSIST_KEY } from '../../src/store/persist-config.ts';
import { PROGRAM_A, PROGRAM_B, ScriptedRunner, spanOf, traceFor } from './fixtures.ts';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const EXAMPLES = [
  { id: 'a', code: PROGRAM_A },
  { id: 'b', code: PROGRAM_B },
];

function setup(storage = memoryStorage()) {
  const runner = new ScriptedRunner();
  const store = createTasklineStore({ runner, examples: EXAMPLES, initialExampleId: 'a', storage, runDelayMs: 300 });
  return { runner, store, storage };
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

describe('store: runs', () => {
  it('starts with the initial example and runs it into a trace, playhead at the end', async () => {
    const { store, runner } = setup();
    expect(store.getState().code).toBe(PROGRAM_A);
    expect(store.getState().exampleId).toBe('a');
    await store.getState().run();
    const s = store.getState();
    expect(runner.sources).toEqual([PROGRAM_A]);
    expect(s.trace?.end).toBe(3);
    expect(s.playhead).toBe(3);
    expect(s.running).toBe(false);
    expect(s.previous).toBeNull();
  });

  it('keeps the previous trace as a ghost after an edit, but not after loading another example', async () => {
    const { store } = setup();
    await store.getState().run();
    const first = store.getState().trace;
    store.getState().setDelay(spanOf(PROGRAM_A, '3'), 1.5);
    await flush();
    expect(store.getState().previous).toBe(first);
    store.getState().loadExample('b');
    await flush();
    expect(store.getState().code).toBe(PROGRAM_B);
    expect(store.getState().previous).toBeNull();
  });

  it('ignores a stale result when a newer run started', async () => {
    const { store, runner } = setup();
    runner.auto = false;
    const first = store.getState().run();
    store.getState().setCode(PROGRAM_B);
    const second = store.getState().run();
    await first;
    expect(store.getState().running).toBe(true);
    runner.finish();
    await second;
    expect(store.getState().trace?.end).toBe(2);
    expect(store.getState().error).toBeNull();
  });

  it('reports a runner failure as an error and clears running', async () => {
    const { store, runner } = setup();
    runner.auto = false;
    const p = store.getState().run();
    runner.fail('engine exploded');
    await p;
    expect(store.getState().error).toMatch(/engine exploded/);
    expect(store.getState().running).toBe(false);
  });
});

describe('store: run on change', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces runs while typing', () => {
    const { store, runner } = setup();
    store.getState().setCode(PROGRAM_A + '# 1');
    vi.advanceTimersByTime(200);
    store.getState().setCode(PROGRAM_A + '# 12');
    vi.advanceTimersByTime(299);
    expect(runner.sources).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runner.sources).toEqual([PROGRAM_A + '# 12']);
    expect(store.getState().exampleId).toBeNull();
  });

  it('does not run on typing when the toggle is off', () => {
    const { store, runner } = setup();
    store.getState().setRunOnChange(false);
    store.getState().setCode('x = 1');
    vi.advanceTimersByTime(1000);
    expect(runner.sources).toEqual([]);
  });
});

describe('store: edits from the chart and the table', () => {
  it('setDelay rewrites the literal and reruns at once', async () => {
    const { store, runner } = setup();
    await store.getState().run();
    store.getState().setDelay(spanOf(PROGRAM_A, '3'), 2.5);
    expect(store.getState().code).toContain('work(2.5)');
    await flush();
    expect(runner.sources.at(-1)).toContain('work(2.5)');
    expect(store.getState().trace?.end).toBe(2.5);
  });

  it('setDelay on a stale span leaves the code alone and says why', async () => {
    const { store, runner } = setup();
    store.getState().setDelay(spanOf(PROGRAM_A, 'asyncio'), 2);
    expect(store.getState().code).toBe(PROGRAM_A);
    expect(store.getState().error).toMatch(/changed since the last run/);
    expect(runner.sources).toEqual([]);
  });

  it('renameTask adds name= where there was none, and rewrites an existing literal', async () => {
    const { store } = setup();
    await store.getState().run();
    store.getState().renameTask(1, 'slow');
    expect(store.getState().code).toContain('asyncio.create_task(work(3), name="slow")');
    await flush();
    expect(store.getState().trace?.events.some((e) => e.type === 'create' && e.name === 'slow')).toBe(true);
    store.getState().renameTask(2, 'quick "one"');
    expect(store.getState().code).toContain('asyncio.create_task(work(2), name="quick \\"one\\"")');
  });

  it('renameTask on the main task explains that it cannot be renamed', async () => {
    const { store, runner } = setup();
    await store.getState().run();
    store.getState().renameTask(0, 'boss');
    expect(store.getState().code).toBe(PROGRAM_A);
    expect(store.getState().error).toMatch(/Task-1 cannot be renamed/);
    expect(runner.sources).toHaveLength(1);
  });
});

describe('store: playback', () => {
  it('replay starts before the first event, stays on each event, then moves at 1× virtual time to the end', async () => {
    const { store } = setup();
    await store.getState().run();
    store.getState().replay();
    expect(store.getState()).toMatchObject({ playhead: 0, playheadEvent: -1, playing: true });
    store.getState().tick(1);
    expect(store.getState()).toMatchObject({ playhead: 0, playheadEvent: 0 });
    // Past the dwells on the events at t = 0 (0.15 s each): time moves on.
    store.getState().tick(2_500);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().playhead).toBeGreaterThan(0);
    store.getState().setSpeed(10);
    store.getState().tick(60_000);
    const trace = store.getState().trace!;
    expect(store.getState()).toMatchObject({ playhead: 3, playheadEvent: trace.events.length - 1, playing: false });
  });

  it('instant speed jumps to the end', async () => {
    const { store } = setup();
    await store.getState().run();
    store.getState().seek(1);
    store.getState().setSpeed('instant');
    store.getState().play();
    expect(store.getState()).toMatchObject({ playhead: 3, playing: false });
  });

  it('pause stops ticking; play resumes; play at the end restarts', async () => {
    const { store } = setup();
    await store.getState().run();
    store.getState().seek(0.25);
    store.getState().play();
    store.getState().tick(250);
    store.getState().pause();
    store.getState().tick(500);
    expect(store.getState().playhead).toBeCloseTo(0.5);
    store.getState().play();
    expect(store.getState().playhead).toBeCloseTo(0.5);
    store.getState().seek(99);
    expect(store.getState().playhead).toBe(3);
    store.getState().pause();
    store.getState().play();
    expect(store.getState()).toMatchObject({ playhead: 0, playheadEvent: -1 });
  });

  it('steps event by event, each with its own time, and a seek lands on the last event of that moment', async () => {
    const { store } = setup();
    await store.getState().run();
    const events = store.getState().trace!.events;
    store.getState().seekEvent(-1);
    const seen: string[] = [];
    for (let i = 0; i < events.length + 2; i++) {
      store.getState().stepNext();
      const s = store.getState();
      seen.push(`${events[s.playheadEvent]!.type}@${s.playhead}`);
    }
    // traceFor(PROGRAM_A): main, then two tasks each created, stepped, printing and sleeping at 0.
    expect(seen.slice(0, 5)).toEqual(['create@0', 'create@0', 'step@0', 'print@0', 'suspend@0']);
    expect(seen.at(-1)).toBe('done@3');
    expect(store.getState().playheadEvent).toBe(events.length - 1);
    store.getState().stepPrev();
    expect(store.getState().playheadEvent).toBe(events.length - 2);
    store.getState().seek(2.5);
    expect(events[store.getState().playheadEvent]!.t).toBe(2);
    expect(events[store.getState().playheadEvent + 1]!.t).toBe(3);
    store.getState().seek(-5);
    expect(store.getState().playhead).toBe(0);
    store.getState().seekEvent(0);
    store.getState().stepPrev();
    expect(store.getState()).toMatchObject({ playheadEvent: -1, playhead: 0 });
    store.getState().stepPrev();
    expect(store.getState().playheadEvent).toBe(-1);
  });
});

describe('store: persistence', () => {
  it('saves the code and settings, and a new store restores them', async () => {
    const storage = memoryStorage();
    const { store } = setup(storage);
    store.getState().setRunOnChange(false);
    store.getState().setCode('print("mine")');
    store.getState().setSpeed(5);
    store.getState().setShowAllArrows(true);
    const saved = JSON.parse(storage.data.get(PERSIST_KEY) ?? '{}');
    expect(saved.version).toBe(1);
    const seed = store.getState().seed;
    expect(saved.state).toEqual({ code: 'print("mine")', exampleId: null, setAside: null, seed, runOnChange: false, showAllArrows: true, theme: 'system', speed: 5 });
    expect(saved.state.trace).toBeUndefined();
    const again = setup(storage).store;
    expect(again.getState().code).toBe('print("mine")');
    expect(again.getState().speed).toBe(5);
    expect(again.getState().seed).toBe(seed);
    expect(again.getState().showAllArrows).toBe(true);
  });

  it('migrates version 0 (code under `source`) and drops ill-typed fields', () => {
    const storage = memoryStorage({
      [PERSIST_KEY]: JSON.stringify({ version: 0, state: { source: 'print(0)', theme: 'purple', speed: 3 } }),
    });
    const s = setup(storage).store.getState();
    expect(s.code).toBe('print(0)');
    expect(s.theme).toBe('system');
    expect(s.speed).toBe(1);
  });

  it('falls back to the example when storage holds garbage', () => {
    const storage = memoryStorage({ [PERSIST_KEY]: '{not json' });
    expect(setup(storage).store.getState().code).toBe(PROGRAM_A);
  });
});

describe('fixtures', () => {
  it('traceFor follows the code', () => {
    expect(traceFor(PROGRAM_B).end).toBe(2);
  });
});

describe('store: messages', () => {
  it('a successful run clears a failed run\'s message but not a message about something else', async () => {
    const { store, runner } = setup();
    runner.auto = false;
    const p = store.getState().run();
    runner.fail('worker died');
    await p;
    expect(store.getState().error).toMatch(/worker died/);
    runner.auto = true;
    await store.getState().run();
    expect(store.getState().error).toBeNull();
    store.getState().showError('The link is damaged.');
    await store.getState().run();
    expect(store.getState().error).toBe('The link is damaged.');
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });
});
