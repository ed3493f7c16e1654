import { describe, expect, it } from 'vitest';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { currentScenario } from '../../src/app-wiring/share-link.ts';
import { PROGRAM_A, ScriptedRunner } from './fixtures.ts';

function setup() {
  const storage = new Map<string, string>();
  return createTasklineStore({
    runner: new ScriptedRunner(),
    examples: [{ id: 'a', code: PROGRAM_A }],
    initialExampleId: 'a',
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
    runDelayMs: 300,
  });
}

describe('store: axis mode', () => {
  it('starts on time, switches to steps, and only a steps view writes the field into a link', () => {
    const store = setup();
    expect(store.getState().axisMode).toBe('time');
    expect(currentScenario(store).view?.axis).toBeUndefined();
    store.getState().setAxisMode('steps');
    expect(store.getState().axisMode).toBe('steps');
    expect(currentScenario(store).view?.axis).toBe('steps');
  });

  it("applies a link's axis once its program has run, and time for a link without one", async () => {
    const store = setup();
    store.getState().openCode(PROGRAM_A, { axis: 'steps' });
    await store.getState().run();
    expect(store.getState().axisMode).toBe('steps');
    store.getState().openCode(PROGRAM_A, { playhead: 0 });
    await store.getState().run();
    expect(store.getState().axisMode).toBe('time');
  });
});
