/** A task name that commits on Enter or blur and reverts on Escape. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface EditableNameProps {
  readonly value: string;
  readonly enabled: boolean;
  readonly disabledReason: string;
  readonly onCommit: (name: string) => void;
}

export function EditableName({ value, enabled, disabledReason, onCommit }: EditableNameProps) {
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  // Set by Enter: the rerun re-sorts the table, and moving a row's element takes its focus away.
  const keepFocus = useRef(false);
  useEffect(() => setDraft(value), [value]);
  useLayoutEffect(() => {
    const el = input.current;
    if (!keepFocus.current || !el) return;
    if (document.activeElement !== el) el.focus();
    if (value === draft) keepFocus.current = false;
  });
  const commit = () => {
    if (draft !== value && draft !== '') onCommit(draft);
    else setDraft(value);
  };
  return (
    <input
      ref={input}
      className="name-input"
      aria-label={`Name of ${value}`}
      value={draft}
      readOnly={!enabled}
      title={enabled ? 'Rename: rewrites the code and runs again' : disabledReason}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        // Focus that went somewhere on purpose (Tab, a click) stays there.
        if (e.relatedTarget !== null) keepFocus.current = false;
        if (!keepFocus.current) commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          keepFocus.current = draft !== value && draft !== '';
          commit();
        }
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
