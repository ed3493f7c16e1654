/** The persisted slice's key, version and upgrader: stored data from any version reads back safely. */
import { SPEEDS, type Speed } from './playback.ts';
import type { PersistedState } from './state.ts';

export const PERSIST_KEY = 'taskline';
export const PERSIST_VERSION = 1;

/** A seed as runs take it: any int `random.seed` takes exactly (JS numbers hold ints to 2**53). */
export const isSeed = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);

/**
 * Upgrades stored state to the current version, keeping only well-typed fields.
 * Version 0 (never released) stored the code under `source`.
 */
export function migratePersisted(persisted: unknown, version: number): Partial<PersistedState> {
  if (typeof persisted !== 'object' || persisted === null) return {};
  const raw = { ...(persisted as Record<string, unknown>) };
  if (version < 1 && typeof raw.source === 'string' && raw.code === undefined) raw.code = raw.source;
  const out: { -readonly [K in keyof PersistedState]?: PersistedState[K] } = {};
  if (typeof raw.code === 'string') out.code = raw.code;
  if (typeof raw.exampleId === 'string' || raw.exampleId === null) out.exampleId = raw.exampleId as string | null;
  if (isSeed(raw.seed)) out.seed = raw.seed;
  if (typeof raw.setAside === 'string' || raw.setAside === null) out.setAside = raw.setAside as string | null;
  if (typeof raw.replacedCode === 'string' || raw.replacedCode === null) out.replacedCode = raw.replacedCode as string | null;
  if (typeof raw.linkCode === 'string' || raw.linkCode === null) out.linkCode = raw.linkCode as string | null;
  if (typeof raw.runOnChange === 'boolean') out.runOnChange = raw.runOnChange;
  if (typeof raw.showAllArrows === 'boolean') out.showAllArrows = raw.showAllArrows;
  if (raw.theme === 'system' || raw.theme === 'light' || raw.theme === 'dark') out.theme = raw.theme;
  if ((SPEEDS as readonly unknown[]).includes(raw.speed)) out.speed = raw.speed as Speed;
  return out;
}
