/** The page's side of share links: read one at start-up, make one from the current code. */
import type { TasklineStore } from '../store/create-store.ts';
import { decodeShare, encodeShare } from './url-codec.ts';

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
  store.getState().openCode(result.scenario.code);
  return true;
}

export function shareUrl(code: string, location: Location): string {
  return `${location.origin}${location.pathname}${location.search}#${encodeShare({ code })}`;
}
