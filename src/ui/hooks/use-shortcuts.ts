/** The global keyboard shortcuts from the action table. */
import { useEffect } from 'react';
import { actionForKey } from '../../store/actions.ts';
import { useTasklineStore } from '../../store/react.ts';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function useShortcuts(): void {
  const store = useTasklineStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The editor handles its own Mod-Enter and marks the event.
      if (e.defaultPrevented || e.repeat) return;
      const action = actionForKey(e, isTextField(e.target), IS_MAC);
      if (!action) return;
      e.preventDefault();
      action.perform(store.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
