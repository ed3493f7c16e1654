/**
 * The page's side of share links, between the pure codec (src/share) and the store: open the
 * link in the URL at start-up and whenever the fragment changes in an open tab, and make one
 * from the current program and view.
 */
import type { TasklineStore } from '../store/create-store.ts';
import { decodeShare, encodeShare, type SharedScenario } from '../share/url-codec.ts';
import type { SharedView } from '../share/shared-view.ts';

/**
 * Opens the program in the URL fragment, if any, then clears the fragment: the code now lives
 * in the store (and autosave), so a reload after editing keeps the edits instead of the link.
 * The user's own code is set aside by the store (replacedCode); a bad link leaves it alone and says why.
 */
export function openSharedLink(store: TasklineStore, location: Location, history: History): boolean {
  const result = decodeShare(location.hash);
  if (result === null) return false;
  history.replaceState(null, '', location.pathname + location.search);
  if (!result.ok) {
    store.getState().showError(`${result.error} Your own code is unchanged.`);
    return false;
  }
  const { code, view, seed, example } = result.scenario;
  store.getState().openCode(code, view, seed, example);
  return true;
}

/**
 * A link pasted into a tab where Taskline is already open changes only the fragment: no
 * reload, so nothing reads it unless we listen. Returns the unsubscribe.
 */
export function listenForSharedLinks(store: TasklineStore, win: Window): () => void {
  const onHashChange = () => void openSharedLink(store, win.location, win.history);
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

export function shareUrl(scenario: SharedScenario, location: Location): string {
  return `${location.origin}${location.pathname}${location.search}#${encodeShare(scenario)}`;
}

/**
 * The current program, its seed (when the program draws random numbers), the example it is
 * (if unedited) and how it is shown: what "Copy link" shares.
 */
export function currentScenario(store: TasklineStore): SharedScenario {
  const s = store.getState();
  const view: { -readonly [K in keyof SharedView]?: SharedView[K] } = { playhead: s.playhead, speed: s.speed };
  if (s.viewWindow !== null) view.window = s.viewWindow;
  if (s.selection.task !== undefined) view.task = s.selection.task;
  // Only the new mode is written, so a time-axis link stays what older versions made.
  if (s.axisMode === 'steps') view.axis = 'steps';
  const seed = s.trace?.seed;
  return { code: s.code, view, ...(seed !== undefined ? { seed } : {}), ...(s.exampleId !== null ? { example: s.exampleId } : {}) };
}
