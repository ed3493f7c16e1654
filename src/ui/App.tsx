/** The page: code on the left; summary, playback, timeline and output on the right. */
import { useState } from 'react';
import { useTaskline, useTasklineStore } from '../store/react.ts';
import { ShortcutHelp } from './help/shortcut-help.tsx';
import { EditorPanel } from './editor-panel.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { useShortcuts } from './hooks/use-shortcuts.ts';
import { useResolvedTheme } from './hooks/use-theme.ts';
import { LowerTabs } from './lower-tabs.tsx';
import { PlaybackBar } from './playback/playback-bar.tsx';
import { ReplacedCodeNotice } from './replaced-code-notice.tsx';
import { RunSummaryBar } from './summary/run-summary-bar.tsx';
import { TimelinePanel } from './timeline-panel.tsx';
import { Toolbar } from './toolbar/toolbar.tsx';

export function App() {
  const store = useTasklineStore();
  return (
    <ErrorBoundary code={() => store.getState().code}>
      <Workspace />
    </ErrorBoundary>
  );
}

function Workspace() {
  const themeSetting = useTaskline((s) => s.theme);
  const theme = useResolvedTheme(themeSetting);
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts(() => setHelpOpen(true));
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <EditorPanel />
        <section className="results" aria-label="Results">
          <ReplacedCodeNotice />
          <RunSummaryBar />
          <PlaybackBar />
          <TimelinePanel theme={theme} />
          <LowerTabs />
        </section>
      </main>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <footer style={{ padding: '3px 14px', fontSize: 12, borderTop: '1px solid var(--border)' }}><a href="./taskline-record.py" download>Record a real program</a> under CPython as a Taskline trace (Python 3.11+ script)</footer>
    </div>
  );
}
