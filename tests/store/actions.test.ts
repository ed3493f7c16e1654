import { describe, expect, it } from 'vitest';
import { actionForKey, matchesShortcut, shortcutLabel } from '../../src/store/actions.ts';
import { startPlaybackDriver, type FrameScheduler } from '../../src/store/playback-driver.ts';
import { createTasklineStore } from '../../src/store/create-store.ts';
import { PROGRAM_A, ScriptedRunner } from './fixtures.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('Mod means Ctrl off macOS and Cmd on it', () => {
    expect(matchesShortcut('Mod+Enter', key('Enter', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+Enter', key('Enter', { ctrlKey: true }), true)).toBe(false);
    expect(matchesShortcut('Mod+Enter', key('Enter', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut('Mod+Enter', key('Enter'), false)).toBe(false);
    expect(shortcutLabel('Mod+Enter', false)).toBe('Ctrl+Enter');
  });
  it('single-key shortcuts do not fire inside text fields, modified ones do', () => {
    expect(actionForKey(key('.'), false, false)?.name).toBe('stepNext');
    expect(actionForKey(key('.'), true, false)).toBeNull();
    expect(actionForKey(key('Enter', { ctrlKey: true }), true, false)?.name).toBe('run');
    expect(actionForKey(key('k', { ctrlKey: true }), false, false)).toBeNull();
  });
});

describe('playback driver', () => {
  it('ticks the playhead each frame while playing and stops at the end', async () => {
    const store = createTasklineStore({ runner: new ScriptedRunner(), examples: [{ id: 'a', code: PROGRAM_A }], initialExampleId: 'a' });
    await store.getState().run();
    const queue: ((t: number) => void)[] = [];
    const frames: FrameScheduler = { request: (cb) => queue.push(cb), cancel: () => void queue.splice(0) };
    const stop = startPlaybackDriver(store, frames);
    expect(queue).toHaveLength(0);
    store.getState().replay();
    let now = 1000;
    for (let i = 0; i < 80 && queue.length > 0; i++) {
      queue.shift()!(now);
      now += 100;
    }
    expect(store.getState().playhead).toBe(3);
    expect(store.getState().playing).toBe(false);
    expect(queue).toHaveLength(0);
    stop();
  });
});
