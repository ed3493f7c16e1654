/**
 * Storage that skips writing the value it last wrote. zustand's persist writes after every
 * set (each run, each playback frame), though only the code and settings persist, and each
 * localStorage write costs the main thread about a millisecond, on an edit's critical path.
 */
import type { StateStorage } from 'zustand/middleware';

export function skipUnchangedWrites(storage: StateStorage): StateStorage {
  const written = new Map<string, string>();
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => {
      if (written.get(name) === value) return;
      written.set(name, value);
      return storage.setItem(name, value);
    },
    removeItem: (name) => {
      written.delete(name);
      return storage.removeItem(name);
    },
  };
}
