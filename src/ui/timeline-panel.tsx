/** The timeline chart wired to the store: every gesture on it becomes a store action. */
import { useCallback, useMemo } from 'react';
import type { TaskId } from '../trace/format.ts';
import type { MistakeFlag } from '../trace/views/flag-types.ts';
import { useActions, useTaskline, useTasklineStore } from '../store/react.ts';
import { selectionSource } from '../store/views/selection-source.ts';
import { shownTrace } from '../store/views/shown-trace.ts';
import { useTaskRows } from './hooks/use-trace-view.ts';
import { Timeline, type PlayheadSource, type TimelineSelection } from './timeline/Timeline.tsx';
import { stepView, type PlayPoint, type PlayPointSource } from './timeline/step-view.ts';

const NO_FLAGS: readonly MistakeFlag[] = [];
const ignore = () => {};

export function TimelinePanel(props: { theme: 'light' | 'dark' }) {
  const trace = useTaskline(shownTrace);
  const dimmed = useTaskline((s) => s.dimmed);
  const previous = useTaskline((s) => s.previous);
  const store = useTasklineStore();
  // The chart follows the playhead by subscription: a frame of playback re-renders no React.
  const playhead = useMemo<PlayheadSource>(
    () => ({
      get: () => store.getState().playhead,
      subscribe: (fn) => store.subscribe((s, prev) => s.playhead !== prev.playhead && fn(s.playhead)),
    }),
    [store],
  );
  // The steps view places the playhead at the current event's slot: it follows both.
  const playPoint = useMemo<PlayPointSource>(() => {
    const read = (): PlayPoint => ({ t: store.getState().playhead, event: store.getState().playheadEvent });
    return {
      get: read,
      subscribe: (fn) => store.subscribe((s, prev) => (s.playhead !== prev.playhead || s.playheadEvent !== prev.playheadEvent) && fn(read())),
    };
  }, [store]);
  const flags = useTaskline((s) => s.flags);
  const showAllArrows = useTaskline((s) => s.showAllArrows);
  const selection = useTaskline((s) => s.selection);
  const viewWindow = useTaskline((s) => s.viewWindow);
  const rows = useTaskRows();
  const axisMode = useTaskline((s) => s.axisMode);
  const { select, seek, seekEvent, setDelay, renameTask, setViewWindow, setShowAllArrows, setAxisMode } = useActions();
  const steps = useMemo(() => (trace && axisMode === 'steps' ? stepView(trace, playPoint, seek, seekEvent) : null), [trace, axisMode, playPoint, seek, seekEvent]);

  const onSelect = useCallback(
    (sel: TimelineSelection) => {
      const source = selectionSource(rows, sel.task, sel.t);
      select({ ...sel, ...(source ? { source } : {}) });
    },
    [rows, select],
  );
  const onRename = useCallback((task: TaskId, name: string) => renameTask(task, name), [renameTask]);

  const onSelectShown = useCallback((sel: TimelineSelection) => onSelect(steps ? { task: sel.task } : sel), [steps, onSelect]);
  if (!trace) return <div className="timeline-placeholder">Run the program to see its timeline.</div>;
  return (
    <div className={dimmed ? 'timeline-host dimmed' : 'timeline-host'} data-dimmed={dimmed}>
      {/* The steps view re-times the trace: flags move to their slots; the ghost (another run's axis) and the zoom window (seconds) stay in time mode, and sleeps cannot be dragged there (every gap has one width). */}
      <Timeline
        trace={steps ? steps.trace : trace}
        {...(previous && !steps ? { previous } : {})}
        playhead={steps ? steps.playhead : playhead}
        flags={dimmed ? NO_FLAGS : steps ? steps.flags(flags) : flags}
        showAllArrows={showAllArrows}
        onShowAllArrowsChange={setShowAllArrows}
        selection={steps ? (selection.task !== undefined ? { task: selection.task } : {}) : selection}
        onSelect={onSelectShown}
        onPlayheadChange={steps ? steps.seek : seek}
        onDelayEdit={steps ? ignore : setDelay}
        onRename={onRename}
        theme={props.theme}
        viewWindow={steps ? null : viewWindow}
        onViewWindowChange={steps ? ignore : setViewWindow}
        axisMode={axisMode}
        axisTicks={steps ? steps.axisTicks : null}
        {...(steps ? { bands: steps.bands, words: steps.words } : {})}
        onAxisModeChange={setAxisMode}
      />
    </div>
  );
}
