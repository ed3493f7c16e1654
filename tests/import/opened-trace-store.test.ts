/** The store with a trace opened from a file: shown read-only, no rerun on edit, the user's code kept. */
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { PERSIST_KEY } from '../../src/store/persist-config.ts';
import type { Trace } from '../../src/trace/format.ts';
import { PROGRAM_A, PROGRAM_B, ScriptedRunner, spanOf, traceFor } from '../store/fixtures.ts';

function setup() {
  const data = new Map<string, string>();
  const storage: StateStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  const runner = new ScriptedRunner();
  const store = createTasklineStore({ runner, examples: [{ id: 'a', code: PROGRAM_A }], initialExampleId: 'a', storage, runDelayMs: 0 });
  const saved = () => JSON.parse(data.get(PERSIST_KEY) ?? '{}').state as { code: string; exampleId: string | null };
  return { runner, store, saved };
}

const later = () => new Promise<void>((r) => setTimeout(r, 10));
const fileTrace: Trace = { ...traceFor(PROGRAM_B), program: { filename: 'b.py', code: PROGRAM_B }, seed: 77 };

describe('an opened trace file', () => {
  it('shows the trace and its program, and keeps the user’s code saved', async () => {
    const { store, saved } = setup();
    await store.getState().run();
    store.getState().openTrace(fileTrace, 'b.trace.json');
    const s = store.getState();
    expect(s.trace).toBe(fileTrace);
    expect(s.traceCode).toBe(PROGRAM_B);
    expect(s.code).toBe(PROGRAM_B);
    expect(s.imported).toEqual({ fileName: 'b.trace.json', hasProgram: true });
    expect(s.playhead).toBe(fileTrace.end);
    expect(s.seed).toBe(77);
    expect(saved()).toMatchObject({ code: PROGRAM_A, exampleId: 'a' });
  });

  it('does not rerun when the code is edited, and refuses chart edits', async () => {
    const { store, runner } = setup();
    await store.getState().run();
    store.getState().openTrace(fileTrace, 'b.trace.json');
    store.getState().setCode(`${PROGRAM_B}# edited\n`);
    await later();
    expect(runner.sources.length).toBe(1);
    expect(store.getState().trace).toBe(fileTrace);
    store.getState().setDelay(spanOf(PROGRAM_B, '1'), 4);
    expect(store.getState().error).toMatch(/read-only/);
    expect(runner.sources.length).toBe(1);
  });

  it('runs the editor’s code when the user chooses to, and leaves the file behind', async () => {
    const { store, runner, saved } = setup();
    await store.getState().run();
    store.getState().openTrace(fileTrace, 'b.trace.json');
    await store.getState().run();
    expect(runner.sources).toEqual([PROGRAM_A, PROGRAM_B]);
    expect(store.getState().imported).toBeNull();
    expect(saved().code).toBe(PROGRAM_B);
  });

  it('closing brings back the code and seed from before and runs it', async () => {
    const { store, runner } = setup();
    await store.getState().run();
    const seed = store.getState().seed;
    store.getState().openTrace({ ...fileTrace, program: undefined }, 'bare.json');
    expect(store.getState().imported?.hasProgram).toBe(false);
    expect(store.getState().code).toMatch(/^# bare\.json holds a trace without its program/);
    store.getState().closeTrace();
    await later();
    expect(store.getState()).toMatchObject({ code: PROGRAM_A, exampleId: 'a', imported: null, seed });
    expect(runner.sources).toEqual([PROGRAM_A, PROGRAM_A]);
  });

  it('is not replaced by a run that was still going when it opened', async () => {
    const { store, runner } = setup();
    runner.auto = false;
    const pending = store.getState().run();
    store.getState().openTrace(fileTrace, 'b.trace.json');
    runner.finish();
    await pending;
    expect(store.getState().trace).toBe(fileTrace);
  });
});
