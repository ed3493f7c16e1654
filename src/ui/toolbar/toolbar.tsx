/** The top bar: examples, run, run-on-change, the random seed, share, export, open a trace, theme. */
import { EXAMPLES } from '../../examples/index.ts';
import { getAction, shortcutLabel } from '../../store/actions.ts';
import { useActions, useTaskline } from '../../store/react.ts';
import type { ThemeSetting } from '../../store/state.ts';
import { IS_MAC } from '../hooks/use-shortcuts.ts';
import { ExportMenu } from './export-menu.tsx';
import { OpenTrace } from './open-trace.tsx';
import { SeedControl } from './seed-control.tsx';
import { ShareButton } from './share-button.tsx';

export function Toolbar() {
  const exampleId = useTaskline((s) => s.exampleId);
  const running = useTaskline((s) => s.running);
  const runOnChange = useTaskline((s) => s.runOnChange);
  const theme = useTaskline((s) => s.theme);
  const { loadExample, run, setRunOnChange, setTheme } = useActions();
  const runShortcut = shortcutLabel(getAction('run').shortcut ?? '', IS_MAC);

  return (
    <header className="toolbar">
      <h1 className="brand">Taskline</h1>
      <label className="field">
        <span className="visually-hidden">Examples</span>
        <select aria-label="Examples" value={exampleId ?? ''} onChange={(e) => e.target.value && loadExample(e.target.value)}>
          {exampleId === null && <option value="">Your code</option>}
          {EXAMPLES.map((ex) => (
            <option key={ex.id} value={ex.id}>
              {ex.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => void run()} title={`Run (${runShortcut})`} aria-keyshortcuts={IS_MAC ? 'Meta+Enter' : 'Control+Enter'}>
        {running ? 'Running…' : 'Run'}
      </button>
      <label className="field checkbox">
        <input type="checkbox" checked={runOnChange} onChange={(e) => setRunOnChange(e.target.checked)} />
        Run on change
      </label>
      <SeedControl />
      <ShareButton />
      <ExportMenu />
      <OpenTrace />
      <span className="spacer" />
      <label className="field">
        Theme
        <select aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeSetting)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </header>
  );
}
