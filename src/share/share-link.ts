/** The page's side of share links: read one at start-up, make one from the current program and view. */
import type { TasklineStore } from '../store/create-store.ts';
import { decodeShare, encodeShare, type SharedScenario } from './url-codec.ts';
import type { SharedView } from './shared-view.ts';

/**
 * Opens the program in the URL fragment, if any, then clears the fragment: the code now lives
 * in the store (and autosave), so a reload after editing keeps the edits instead of the link.
 * A bad link leaves the user's code alone and says why.
 */
export function openSharedLink(store: TasklineStore, location: Location, history: History): boolean {
  const result = decodeShare(location.hash);
  if (result === null) return false;
  history.replaceState(null, '', location.pathname + location.search);
  if (!result.ok) {
    store.getState().showError(`${result.error} Your own code is unchanged.`);
    return false;
  }
  store.getState().openCode(result.scenario.code, result.scenario.view, result.scenario.seed);
  return true;
}

export function shareUrl(scenario: SharedScenario, location: Location): string {
  return `${location.origin}${location.pathname}${location.search}#${encodeShare(scenario)}`;
}

/** The current program, its seed (when the program draws random numbers) and how it is shown: what "Copy link" shares. */
export function currentScenario(store: TasklineStore): SharedScenario {
  const s = store.getState();
  const view: { -readonly [K in keyof SharedView]?: SharedView[K] } = { playhead: s.playhead, speed: s.speed };
  if (s.viewWindow !== null) view.window = s.viewWindow;
  if (s.selection.task !== undefined) view.task = s.selection.task;
  const seed = s.trace?.seed;
  return { code: s.code, view, ...(seed !== undefined ? { seed } : {}) };
}
