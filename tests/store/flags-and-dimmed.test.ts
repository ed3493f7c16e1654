/** The store's side of mistake flags, the dimmed last good run, and "Restore your code". */
import { describe, expect, it } from 'vitest';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { createInProcessRunner } from '../../src/runner/in-process-runner.ts';
import { runProgram } from '../../src/python/run.ts';
import { shownTrace } from '../../src/store/views/shown-trace.ts';

const GOOD = 'import asyncio\nimport time\n\nasync def main():\n    time.sleep(1)\n\nasyncio.run(main())\n';
const CLEAN = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n';
const HALF_TYPED = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(\n';

function setup() {
  const memory = new Map<string, string>();
  return createTasklineStore({
    runner: createInProcessRunner(runProgram),
    examples: [
      { id: 'good', code: GOOD },
      { id: 'clean', code: CLEAN },
    ],
    initialExampleId: 'good',
    storage: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) },
    freshSeed: () => 1,
  });
}

describe('store: mistake flags', () => {
  it('finds the flags of each run against the code that ran', async () => {
    const store = setup();
    await store.getState().run();
    expect(store.getState().flags.map((f) => f.kind)).toEqual(['blocking-call']);
    store.getState().setRunOnChange(false);
    store.getState().setCode(CLEAN);
    await store.getState().run();
    expect(store.getState().flags).toEqual([]);
  });
});

describe('store: a run that could not run', () => {
  it('keeps the last good run, dimmed, with the error; the next good run clears it', async () => {
    const store = setup();
    await store.getState().run();
    const good = store.getState().trace;
    store.getState().setRunOnChange(false);
    store.getState().setCode(HALF_TYPED);
    await store.getState().run();
    let s = store.getState();
    expect(s.trace?.outcome.kind).toBe('syntax');
    expect(s.dimmed).toBe(true);
    expect(s.lastGood).toBe(good);
    expect(s.flags).toEqual([]);
    // Still half typed: the same good run stays.
    store.getState().setCode(HALF_TYPED + '1');
    await store.getState().run();
    expect(store.getState().lastGood).toBe(good);
    store.getState().setCode(CLEAN);
    await store.getState().run();
    s = store.getState();
    expect(s.dimmed).toBe(false);
    expect(s.lastGood).toBeNull();
  });

  it('plays back through the dimmed run, not the empty one that failed', async () => {
    const store = setup();
    await store.getState().run();
    const good = store.getState().trace!;
    store.getState().setRunOnChange(false);
    store.getState().setCode(HALF_TYPED);
    await store.getState().run();
    expect(shownTrace(store.getState())).toBe(good);
    expect(store.getState().playhead).toBe(good.end);
    store.getState().stepPrev();
    const back = store.getState();
    expect(back.playheadEvent).toBeGreaterThanOrEqual(0);
    expect(back.playheadEvent).toBeLessThan(good.events.length - 1);
    store.getState().seek(0.5);
    expect(store.getState().playhead).toBe(0.5);
    store.getState().replay();
    store.getState().tick(1e6);
    expect(store.getState().playhead).toBe(good.end);
  });

  it('does not dim a stale picture behind another program that failed to parse', async () => {
    const store = setup();
    await store.getState().run();
    store.getState().openCode(HALF_TYPED);
    await new Promise((r) => setTimeout(r, 0));
    await store.getState().run();
    expect(store.getState().dimmed).toBe(false);
  });
});

describe('store: restore your code', () => {
  it('sets the own code aside when an example replaces it, and brings it back', async () => {
    const store = setup();
    store.getState().setRunOnChange(false);
    store.getState().setCode(CLEAN + '# mine\n');
    store.getState().loadExample('good');
    expect(store.getState().code).toBe(GOOD);
    expect(store.getState().setAside).toBe(CLEAN + '# mine\n');
    // Moving on to another example keeps the same code aside.
    store.getState().loadExample('clean');
    expect(store.getState().setAside).toBe(CLEAN + '# mine\n');
    store.getState().restoreCode();
    expect(store.getState().code).toBe(CLEAN + '# mine\n');
    expect(store.getState().exampleId).toBeNull();
    expect(store.getState().setAside).toBeNull();
  });
});
