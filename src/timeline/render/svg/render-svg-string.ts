/**
 * A whole chart as a standalone SVG document: labels, axis, rows, marks, playhead. Pure string
 * building (no DOM), for golden tests and "export SVG". It embeds its theme's colours, so the
 * file looks right on its own.
 */
import { scaleLinear } from 'd3';
import type { FrameInput } from '../../layers/index.ts';
import { ROW_HEIGHT } from '../../layout/geometry.ts';
import type { TimelineLayout } from '../../layout/layout-trace.ts';
import { endMargin } from './end-margin.ts';
import { buildPlotScene } from './svg-scene.ts';
import { el, escapeXml, px, serialize, type SvgNode } from './svg-node.ts';
import { SVG_RULES, svgDefs, themeVariables, type ThemeName } from './svg-style.ts';

export interface SvgSize {
  readonly width: number;
  /** Defaults to exactly the height of all rows plus the axis. */
  readonly height?: number;
}

/** The chart's own frame options (playhead, selection, ghost, preview, chosen arrows, flags), plus the export's page. */
export interface SvgStringOptions extends Pick<FrameInput, 'playhead' | 'selectedTask' | 'ghost' | 'preview' | 'arrows' | 'flags'> {
  readonly theme?: ThemeName;
  readonly labelWidth?: number;
  readonly axisHeight?: number;
  readonly rowHeight?: number;
  /** Visible time range; defaults to the layout's domain. */
  readonly domain?: readonly [number, number];
}

export function renderSvgString(layout: TimelineLayout, size: SvgSize, options: SvgStringOptions = {}): string {
  const theme = options.theme ?? 'light';
  const labelWidth = options.labelWidth ?? 120;
  const axisHeight = options.axisHeight ?? 22;
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const height = size.height ?? axisHeight + layout.rows.length * rowHeight;
  const plotWidth = Math.max(10, size.width - labelWidth);
  const plotHeight = Math.max(0, height - axisHeight);
  const scale = scaleLinear()
    .domain(options.domain ?? layout.domain)
    .range([0, Math.max(10, plotWidth - endMargin(layout, plotWidth))]);

  const ticks: SvgNode[] = scale.ticks(Math.max(2, Math.floor(plotWidth / 80))).map((t, i) => {
    const x = px(scale(t));
    return el('g', `t${i}`, { transform: `translate(${x},0)` }, [
      el('line', 'l', { class: 'tl-axis-tick', y1: axisHeight - 5, y2: height }),
      el('text', 'x', { class: 'tl-axis-text', x: 0, y: axisHeight - 8, 'text-anchor': 'middle' }, undefined, `${scale.tickFormat()(t)} s`),
    ]);
  });

  const labels: SvgNode[] = layout.rows.map((r) =>
    el('text', `n${r.task}`, { class: 'tl-label', x: 6 + Math.min(r.depth, 4) * 10, y: px(axisHeight + r.index * rowHeight + rowHeight / 2 + 4), 'data-task-label': r.name }, undefined, r.name),
  );

  const plot = buildPlotScene(layout, {
    width: plotWidth,
    height: plotHeight,
    scale,
    rows: { rowHeight, top: 0 },
    playhead: options.playhead ?? null,
    selectedTask: options.selectedTask ?? null,
    ghost: options.ghost ?? null,
    preview: options.preview ?? null,
    arrows: options.arrows ?? [],
    flags: options.flags ?? [],
  });

  const root = el(
    'svg',
    'root',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: size.width,
      height,
      viewBox: `0 0 ${size.width} ${height}`,
      role: 'img',
      'aria-label': layout.summary.text,
      class: `tl-svg tl-${theme}`,
      style: `${themeVariables(theme)};background:var(--tl-bg)`,
    },
    [
      el('style', 'style', {}, undefined, SVG_RULES),
      svgDefs(),
      el('g', 'axis', { class: 'tl-axis', transform: `translate(${labelWidth},0)` }, ticks),
      el('g', 'labels', { class: 'tl-labels' }, labels),
      el('g', 'plot', { class: 'tl-plot', transform: `translate(${labelWidth},${axisHeight})` }, plot),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${escapeXml(layout.summary.text).replace(/--/g, '- -')} -->\n${serialize(root)}\n`;
}
