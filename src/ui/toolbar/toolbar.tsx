/** The top bar: examples, run, run-on-change, the random seed, share, export, open a trace, theme. */
import { getAction, shortcutLabel } from '../../store/actions.ts';
import { useActions, useTaskline } from '../../store/react.ts';
import type { ThemeSetting } from '../../store/state.ts';
import { IS_MAC } from '../hooks/use-shortcuts.ts';
import { ExamplesMenu } from './examples-menu.tsx';
import { ExportMenu } from './export-menu.tsx';
import { OpenTrace } from './open-trace.tsx';
import { SeedControl } from './seed-control.tsx';
import { ShareButton } from './share-button.tsx';

export function Toolbar() {
  const running = useTaskline((s) => s.running);
  const runOnChange = useTaskline((s) => s.runOnChange);
  const theme = useTaskline((s) => s.theme);
  const { run, setRunOnChange, setTheme } = useActions();
  const runShortcut = shortcutLabel(getAction('run').shortcut ?? '', IS_MAC);

  return (
    <header className="toolbar">
      <h1 className="brand">Taskline</h1>
      <ExamplesMenu />
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
