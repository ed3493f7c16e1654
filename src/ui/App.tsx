/** The page: code on the left; summary, playback, timeline and output on the right. */
import { useTaskline, useTasklineStore } from '../store/react.ts';
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
  useShortcuts();
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
    </div>
  );
}
