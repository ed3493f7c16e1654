/** A task name that commits on Enter or blur and reverts on Escape. */
import { useEffect, useState } from 'react';

export interface EditableNameProps {
  readonly value: string;
  readonly enabled: boolean;
  readonly disabledReason: string;
  readonly onCommit: (name: string) => void;
}

export function EditableName({ value, enabled, disabledReason, onCommit }: EditableNameProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value && draft !== '') onCommit(draft);
    else setDraft(value);
  };
  return (
    <input
      className="name-input"
      aria-label={`Name of ${value}`}
      value={draft}
      readOnly={!enabled}
      title={enabled ? 'Rename: rewrites the code and runs again' : disabledReason}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
