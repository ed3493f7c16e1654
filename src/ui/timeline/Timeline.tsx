/**
 * The Gantt timeline: one row per task, x = virtual seconds. React renders the skeleton
 * (toolbar, labels, axis strip, playhead slider, legend); ChartController draws bars and
 * handles zoom, hover, selection and drags imperatively so that a pan never re-renders React.
 * No store import: the app shell passes data and callbacks.
 */
import type { AxisTicks } from './frame.ts';
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { SourceSpan, TaskId, Trace } from '../../trace/format.ts';
import type { MistakeFlag } from '../../trace/views/flag-types.ts';
import { ALL_ARROWS_MAX_ROWS, deadlockArrows, wakeArrows } from '../../timeline/layers/arrow-model.ts';
import { ROW_HEIGHT } from '../../timeline/layout/geometry.ts';
import { layoutOf } from '../../timeline/layout/layout-cache.ts';
import { PALETTES, SVG_RULES, svgDefs } from '../../timeline/render/svg/svg-style.ts';
import type { ViewWindow } from '../../store/view-window.ts';
import type { AxisMode } from '../../store/state.ts';
import { ChartController, type PlayheadSource, type TimelineSelection } from './chart-controller.ts';
import { Legend } from './legend.tsx';
import { RowLabels } from './row-labels.tsx';
import { svgToReact } from './svg-react.tsx';
import { SECONDS_WORDS, type AxisWords } from './tooltip-text.ts';
import type { InstantBand } from '../../timeline/layers/layer.ts';
import './timeline.css';

export type { PlayheadSource, TimelineSelection };

export interface TimelineProps {
  readonly trace: Trace;
  /** The previous run, drawn as a faint ghost behind the current bars. */
  readonly previous?: Trace;
  /** The playhead, read and followed outside React: playback never re-renders the chart. */
  readonly playhead: PlayheadSource;
  /** The learner's mistakes in this run, marked on the chart. */
  readonly flags?: readonly MistakeFlag[];
  /** "All arrows": in a big run, every wake arrow instead of the selected task's. */
  readonly showAllArrows?: boolean;
  /** The steps view's ticks (an instant each), instead of seconds. */
  readonly axisTicks?: AxisTicks | null;
  /** The steps view's instants, shaded alternately behind the bars. */
  readonly bands?: readonly InstantBand[];
  /** How tooltips and the slider say a place on the axis (default: seconds). */
  readonly words?: AxisWords;
  readonly onShowAllArrowsChange?: (on: boolean) => void;
  readonly selection?: TimelineSelection;
  readonly onSelect: (sel: TimelineSelection) => void;
  /** Scrubbing: dragging the playhead, clicking the axis, or the slider's keys. */
  readonly onPlayheadChange: (t: number) => void;
  /** A sleep bar's end was dragged to a new delay (seconds, snapped to 0.1 or 0.01). */
  readonly onDelayEdit: (literal: SourceSpan, newValue: number) => void;
  readonly onRename: (task: TaskId, newName: string) => void;
  readonly theme: 'light' | 'dark';
  /** The seconds on screen, or null to fit the run; reported back when a zoom or pan ends. */
  readonly viewWindow: ViewWindow | null;
  readonly onViewWindowChange: (window: ViewWindow | null) => void;
  /** 'steps': the trace passed in is already re-timed onto the steps axis (see step-axis.ts). */
  readonly axisMode?: AxisMode;
  readonly onAxisModeChange?: (mode: AxisMode) => void;
}

const AXIS_HEIGHT = 26;
/** Runs up to this many tasks render every label; bigger ones only those near the viewport. */
const ALL_LABELS = 300;
const LABEL_WINDOW = 120;
const LABEL_STEP = 40;

const NO_FLAGS: readonly MistakeFlag[] = [];
const NO_BANDS: readonly InstantBand[] = [];

export function Timeline(props: TimelineProps) {
  const { trace, previous, selection, theme, onSelect, onPlayheadChange, onRename } = props;
  const layout = layoutOf(trace);
  const ghost = previous ? layoutOf(previous) : null;
  const selectedTask = selection?.task ?? null;
  const flags = props.flags ?? NO_FLAGS;
  const words = props.words ?? SECONDS_WORDS;
  const arrows = useMemo(() => [...wakeArrows(trace, layout), ...deadlockArrows(flags, layout)], [trace, layout, flags]);
  const bigRun = layout.rows.length > ALL_ARROWS_MAX_ROWS;

  const root = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useRef<SVGGElement>(null);
  const axisStrip = useRef<HTMLDivElement>(null);
  const axis = useRef<SVGGElement>(null);
  const playheadEl = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const controller = useRef<ChartController | null>(null);
  // Scroll position in steps of LABEL_STEP rows, so that scrolling re-renders labels rarely.
  const [labelBlock, setLabelBlock] = useState(0);

  const chartState = {
    layout,
    ghost,
    playhead: props.playhead,
    selectedTask,
    theme,
    arrows,
    showAllArrows: props.showAllArrows ?? false,
    flags,
    axisTicks: props.axisTicks ?? null,
    bands: props.bands ?? NO_BANDS,
    words,
    onSelect,
    onPlayheadChange,
    onDelayEdit: props.onDelayEdit,
    viewWindow: props.viewWindow,
    onViewWindowChange: props.onViewWindowChange,
  };
  const latest = useRef(chartState);
  latest.current = chartState;

  useLayoutEffect(() => {
    const c = new ChartController(
      {
        root: root.current!,
        scroller: scroller.current!,
        plot: plot.current!,
        canvas: canvas.current!,
        scene: scene.current!,
        axisStrip: axisStrip.current!,
        axis: axis.current!,
        playhead: playheadEl.current!,
        tooltip: tooltip.current!,
      },
      latest.current,
    );
    controller.current = c;
    return () => {
      c.destroy();
      controller.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    controller.current?.setState(latest.current);
  });

  // A new run keeps the scroll position: the label window must follow it now, not at the next scroll.
  useLayoutEffect(() => {
    const top = scroller.current?.scrollTop ?? 0;
    setLabelBlock(Math.floor(top / ROW_HEIGHT / LABEL_STEP));
  }, [layout]);

  const end = layout.end;
  // The controller keeps the slider's values current; React only sets them when it renders.
  const initialPlayhead = props.playhead.get();
  const onSliderKey = (e: KeyboardEvent) => {
    const big = e.shiftKey || e.key === 'PageUp' || e.key === 'PageDown';
    // Steps mode: one slot per key (Shift: five); time mode: 0.1 s (Shift: 1 s).
    const step = words.steps ? (big ? 5 : 1) : big ? 1 : 0.1;
    let t: number | null = null;
    const playhead = props.playhead.get();
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'PageUp') t = playhead + step;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'PageDown') t = playhead - step;
    else if (e.key === 'Home') t = 0;
    else if (e.key === 'End') t = end;
    if (t === null) return;
    e.preventDefault();
    onPlayheadChange(Math.max(0, Math.min(end, Number(t.toFixed(6)))));
  };

  const palette = PALETTES[theme] as CSSProperties;
  const rowsHeight = layout.rows.length * ROW_HEIGHT;

  return (
    <figure ref={root} className="tl" data-theme={theme} style={palette} aria-label={`Timeline: ${layout.summary.text}`}>
      <figcaption className="tl-toolbar">
        <span className="tl-summary">{layout.summary.text}</span>
        <span className="tl-buttons">
          <button type="button" onClick={() => controller.current?.zoomBy(1 / 1.5)} aria-label="Zoom out" title="Zoom out (−)">
            −
          </button>
          <button type="button" onClick={() => controller.current?.zoomBy(1.5)} aria-label="Zoom in" title="Zoom in (+)">
            +
          </button>
          <button type="button" onClick={() => controller.current?.fit()} title="Show the whole run (0)">
            Fit
          </button>
          {props.onAxisModeChange ? (
            <button
              type="button"
              aria-pressed={props.axisMode === 'steps'}
              onClick={() => props.onAxisModeChange?.(props.axisMode === 'steps' ? 'time' : 'steps')}
              title="Steps: one slot per step in loop order, so things at the same instant spread out"
            >
              Steps
            </button>
          ) : null}
        </span>
        {bigRun && props.onShowAllArrowsChange ? (
          <label className="tl-toggle" title="Who woke whom: every arrow of the run, not only the selected task's">
            <input type="checkbox" checked={props.showAllArrows ?? false} onChange={(e) => props.onShowAllArrowsChange?.(e.currentTarget.checked)} />
            All arrows
          </label>
        ) : null}
      </figcaption>
      <div className="tl-head" style={{ height: AXIS_HEIGHT }}>
        <div className="tl-corner">Tasks</div>
        <div ref={axisStrip} className="tl-axis-strip" title="Click or drag to move the playhead">
          <svg className="tl-axis-svg" aria-hidden="true">
            <g ref={axis} className="tl-axis" transform={`translate(0,${AXIS_HEIGHT - 1})`} />
          </svg>
          <div
            ref={playheadEl}
            className="tl-playhead"
            role="slider"
            tabIndex={0}
            aria-label="Playhead"
            aria-valuemin={0}
            aria-valuemax={end}
            aria-valuenow={initialPlayhead}
            aria-valuetext={words.text(initialPlayhead)}
            aria-orientation="horizontal"
            onKeyDown={onSliderKey}
          />
        </div>
      </div>
      <div
        ref={scroller}
        className="tl-scroll"
        onScroll={(e) => {
          const block = Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT / LABEL_STEP);
          if (block !== labelBlock) setLabelBlock(block);
        }}
      >
        <div className="tl-inner" style={{ height: rowsHeight }}>
          <RowLabels
            rows={layout.rows}
            first={layout.rows.length <= ALL_LABELS ? 0 : (labelBlock - 1) * LABEL_STEP}
            last={layout.rows.length <= ALL_LABELS ? layout.rows.length : (labelBlock - 1) * LABEL_STEP + LABEL_WINDOW}
            selectedTask={selectedTask} onSelect={(task) => onSelect({ task })} onRename={onRename} />
          <div className="tl-plot-col">
            <div ref={plot} className="tl-plot" role="group" aria-roledescription="timeline chart" tabIndex={0} aria-label="Timeline chart: + and − zoom, arrows pan, 0 fits, ↑↓ select a task">
              <canvas ref={canvas} className="tl-canvas" aria-hidden="true" />
              <svg className="tl-svg" role="img" aria-label={layout.summary.text}>
                <style>{SVG_RULES}</style>
                {svgToReact(svgDefs())}
                <g ref={scene} className="tl-scene" />
              </svg>
            </div>
          </div>
        </div>
      </div>
      <Legend layout={layout} arrows={arrows} flags={flags} />
      <div ref={tooltip} className="tl-tooltip" role="tooltip" hidden />
    </figure>
  );
}

export default Timeline;
