/** One number input per distinct sleep literal of a task; computed delays are shown as such. */
import { useEffect, useState } from 'react';
import type { SourceSpan } from '../../trace/format.ts';
import type { TaskRow } from '../../trace/views/spans.ts';

interface DelaySlot {
  readonly literal: SourceSpan | undefined;
  readonly delay: number;
  readonly count: number;
}

/** Sleeps grouped by the literal they came from (a loop sleeping `1` five times is one input). */
export function delaySlots(row: TaskRow): DelaySlot[] {
  const byKey = new Map<string, DelaySlot>();
  for (const sp of row.spans) {
    if (sp.kind !== 'sleeping' && sp.kind !== 'blocked') continue;
    const key = sp.literal ? `${sp.literal.from}:${sp.literal.to}` : `computed:${sp.delay}`;
    const prev = byKey.get(key);
    byKey.set(key, { literal: sp.literal, delay: sp.delay, count: (prev?.count ?? 0) + 1 });
  }
  return [...byKey.values()];
}

function DelayInput(props: { slot: DelaySlot; taskName: string; onCommit: (literal: SourceSpan, value: number) => void }) {
  const { slot, taskName, onCommit } = props;
  const [draft, setDraft] = useState(String(slot.delay));
  useEffect(() => setDraft(String(slot.delay)), [slot.delay]);
  const literal = slot.literal;
  if (!literal) return <span className="computed" title="This delay is computed, not a literal in the code">computed ({slot.delay})</span>;
  const commit = () => {
    const v = Number(draft);
    if (draft.trim() !== '' && Number.isFinite(v) && v >= 0 && v !== slot.delay) onCommit(literal, v);
    else setDraft(String(slot.delay));
  };
  return (
    <input
      type="number"
      className="delay-input"
      min={0}
      step={0.25}
      value={draft}
      aria-label={`Delay on line ${literal.line} of ${taskName}`}
      title={slot.count > 1 ? `Used ${slot.count} times` : 'Edit: rewrites the code and runs again'}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(String(slot.delay));
      }}
    />
  );
}

export function DelayInputs(props: { row: TaskRow; onCommit: (literal: SourceSpan, value: number) => void }) {
  const slots = delaySlots(props.row);
  if (slots.length === 0) return <span className="muted">—</span>;
  return (
    <span className="delays">
      {slots.map((slot, i) => (
        <DelayInput key={slot.literal ? slot.literal.from : `c${i}`} slot={slot} taskName={props.row.name} onCommit={props.onCommit} />
      ))}
    </span>
  );
}
