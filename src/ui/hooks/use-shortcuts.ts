/** The global keyboard shortcuts from the action table, and "?" for their help. */
import { useEffect, useRef } from 'react';
import { actionForKey } from '../../store/actions.ts';
import { useTasklineStore } from '../../store/react.ts';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** `onHelp` runs on "?" outside text fields (the shortcut help). */
export function useShortcuts(onHelp?: () => void): void {
  const store = useTasklineStore();
  const help = useRef(onHelp);
  help.current = onHelp;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The editor handles its own Mod-Enter and marks the event.
      if (e.defaultPrevented || e.repeat) return;
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTextField(e.target) && help.current) {
        e.preventDefault();
        help.current();
        return;
      }
      const action = actionForKey(e, isTextField(e.target), IS_MAC);
      if (!action) return;
      e.preventDefault();
      action.perform(store.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
