/** The editor wired to the store: code, run, failure diagnostics, the selected bar's source, the playhead event's line. */
import { useMemo } from 'react';
import { useActions, useTaskline } from '../store/react.ts';
import { outcomeDetail } from '../store/views/outcome-detail.ts';
import { eventLine } from '../trace/views/describe-event.ts';
import { CodeEditor } from './editor/code-editor.tsx';
import { IS_MAC } from './hooks/use-shortcuts.ts';
import { useMistakeWarnings } from './hooks/use-trace-view.ts';

export function EditorPanel() {
  const code = useTaskline((s) => s.code);
  const trace = useTaskline((s) => s.trace);
  const source = useTaskline((s) => s.selection.source);
  const currentLine = useTaskline((s) => (s.trace ? eventLine(s.trace, s.playheadEvent) : null));
  const warnings = useMistakeWarnings();
  const { setCode, run } = useActions();
  const diagnostic = useMemo(() => (trace ? outcomeDetail(trace).diagnostic : null), [trace]);
  const highlight = useMemo(() => (source ? { from: source.from, to: source.to } : null), [source]);

  return (
    <section className="editor-panel" aria-label="Code">
      <CodeEditor code={code} onChange={setCode} onRun={() => void run()} diagnostic={diagnostic} warnings={warnings} highlight={highlight} currentLine={currentLine} />
      <p id="editor-help" className="hint">
        {IS_MAC ? '⌘' : 'Ctrl'}+Enter runs · Esc then Tab leaves the editor · ? lists the shortcuts
      </p>
    </section>
  );
}
