/**
 * Console, task table and the loop at the playhead share the lower right panel as tabs (arrow
 * keys move between them).
 * Only the open tab is rendered: a hidden table of a big run would still cost its render.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { ConsolePanel } from './console/console-panel.tsx';
import { TaskTable } from './task-table/task-table.tsx';
import { LoopPanel } from './loop-panel/loop-panel.tsx';

const TABS = [
  { id: 'console', label: 'Console' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'loop', label: 'Loop' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function LowerTabs() {
  const [active, setActive] = useState<TabId>('console');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === active);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setActive(next.id);
    refs.current[next.id]?.focus();
    e.preventDefault();
  };

  return (
    <section className="lower">
      <div role="tablist" aria-label="Output" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={active === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={active === t.id ? 0 : -1}
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={active !== t.id} className="tabpanel">
          {active === t.id && (t.id === 'console' ? <ConsolePanel /> : t.id === 'tasks' ? <TaskTable /> : <LoopPanel />)}
        </div>
      ))}
    </section>
  );
}
