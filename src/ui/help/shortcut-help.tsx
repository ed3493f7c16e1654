/**
 * The keyboard shortcut help, opened with "?": a modal <dialog> listing the action table's
 * shortcuts. Escape closes it (the browser's own dialog handling), and focus goes back to
 * where it was.
 */
import { useEffect, useRef } from 'react';
import { ACTIONS, shortcutLabel } from '../../store/actions.ts';
import { IS_MAC } from '../hooks/use-shortcuts.ts';

/** Keys handled outside the action table, shown with it. */
const OTHER_KEYS: readonly { keys: string; label: string }[] = [
  { keys: '?', label: 'Show this help' },
  { keys: 'Esc then Tab', label: 'Leave the editor' },
  { keys: '← →', label: 'Switch the Console and Tasks tabs' },
  { keys: '↑ ↓ then Enter', label: 'Pick and load an example' },
];

export interface ShortcutHelpProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

export function ShortcutHelp({ open, onClose }: ShortcutHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  const rows = [
    ...ACTIONS.filter((a) => a.shortcut).map((a) => ({ keys: shortcutLabel(a.shortcut!, IS_MAC), label: a.label })),
    ...OTHER_KEYS,
  ];

  return (
    <dialog
      ref={dialog}
      className="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onClose={() => {
        onClose();
        returnTo.current?.focus();
        returnTo.current = null;
      }}
    >
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.keys}>
              <th scope="row">
                <kbd>{r.keys}</kbd>
              </th>
              <td>{r.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint-inline">Single keys work when the focus is not in the editor or a text field.</p>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
