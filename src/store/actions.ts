/**
 * Every user action in one place, with its label and keyboard shortcut (the way Excalidraw
 * lists its actions): buttons, menus and the global key handler all go through this table.
 */
import type { TasklineState } from './state.ts';

export type ActionName = 'run' | 'replay' | 'togglePlay' | 'stepPrev' | 'stepNext' | 'toggleRunOnChange';

export interface ActionDef {
  readonly name: ActionName;
  readonly label: string;
  /** "Mod+Enter": Mod is Cmd on macOS, Ctrl elsewhere. Single keys only fire outside text fields. */
  readonly shortcut?: string;
  readonly perform: (state: TasklineState) => void;
}

export const ACTIONS: readonly ActionDef[] = [
  { name: 'run', label: 'Run', shortcut: 'Mod+Enter', perform: (s) => void s.run() },
  { name: 'replay', label: 'Replay', shortcut: 'r', perform: (s) => s.replay() },
  { name: 'togglePlay', label: 'Play or pause', shortcut: 'k', perform: (s) => s.togglePlay() },
  { name: 'stepPrev', label: 'Previous event', shortcut: ',', perform: (s) => s.stepPrev() },
  { name: 'stepNext', label: 'Next event', shortcut: '.', perform: (s) => s.stepNext() },
  { name: 'toggleRunOnChange', label: 'Run on change', perform: (s) => s.setRunOnChange(!s.runOnChange) },
];

export function getAction(name: ActionName): ActionDef {
  const a = ACTIONS.find((x) => x.name === name);
  if (!a) throw new Error(`unknown action ${name}`);
  return a;
}

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export function matchesShortcut(shortcut: string, e: KeyLike, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() as string;
  const mods = new Set(parts);
  const wantCtrl = mods.has('Ctrl') || (mods.has('Mod') && !isMac);
  const wantMeta = mods.has('Meta') || (mods.has('Mod') && isMac);
  return (
    e.key.toLowerCase() === key.toLowerCase() &&
    e.ctrlKey === wantCtrl &&
    e.metaKey === wantMeta &&
    e.altKey === mods.has('Alt') &&
    (e.shiftKey === mods.has('Shift') || key.length === 1 && !/[a-z]/i.test(key))
  );
}

/**
 * The action a key press triggers. In a text field (editor, input) only shortcuts with a
 * modifier count, so typing "r" or "." still types.
 */
export function actionForKey(e: KeyLike, inTextField: boolean, isMac: boolean): ActionDef | null {
  for (const a of ACTIONS) {
    if (!a.shortcut) continue;
    const modified = a.shortcut.includes('+');
    if (inTextField && !modified) continue;
    if (matchesShortcut(a.shortcut, e, isMac)) return a;
  }
  return null;
}

/** "Ctrl+Enter" / "⌘Enter" for tooltips and the help text. */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  return shortcut.replace('Mod+', isMac ? '⌘' : 'Ctrl+');
}
