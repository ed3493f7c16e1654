/**
 * The Examples menu. Arrowing through a closed <select> changes its value at every step, which
 * would replace the code each time: keyboard steps only move the choice, Enter loads it, and
 * leaving the menu puts it back. A pick with the mouse (or a test's selectOption) loads at once.
 * After an example replaced the user's own code, "Restore your code" brings it back.
 */
import { useRef, useState } from 'react';
import { EXAMPLES } from '../../examples/index.ts';
import { useActions, useTaskline } from '../../store/react.ts';

const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function ExamplesMenu() {
  const exampleId = useTaskline((s) => s.exampleId);
  const setAside = useTaskline((s) => s.setAside);
  const { loadExample, restoreCode } = useActions();
  const [pending, setPending] = useState<string | null>(null);
  // Set by a navigation key (or type-ahead) just before the change it causes.
  const stepping = useRef(false);
  const current = exampleId ?? '';

  const choose = (id: string) => {
    setPending(null);
    if (id && id !== exampleId) loadExample(id);
  };

  return (
    <>
      <label className="field">
        <span className="visually-hidden">Examples</span>
        <select
          aria-label="Examples"
          aria-describedby="examples-help"
          value={pending ?? current}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && pending !== null) {
              e.preventDefault();
              choose(pending);
            } else if (e.key === 'Escape') setPending(null);
            stepping.current = NAV_KEYS.has(e.key) || (e.key.length === 1 && !e.ctrlKey && !e.metaKey);
          }}
          onChange={(e) => {
            const id = e.target.value;
            if (stepping.current) setPending(id === current ? null : id);
            else choose(id);
            stepping.current = false;
          }}
          onBlur={() => setPending(null)}
        >
          {exampleId === null && <option value="">Your code</option>}
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id}>
              {ex.title}
            </option>
          ))}
        </select>
        <span id="examples-help" className="visually-hidden">
          Arrow keys pick an example, Enter loads it.
        </span>
      </label>
      {setAside !== null && exampleId !== null && (
        <button type="button" onClick={restoreCode} title="Bring back the code you had before loading this example">
          Restore your code
        </button>
      )}
    </>
  );
}
