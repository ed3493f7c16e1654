/**
 * The chart as a file of its own: the app's string renderer draws it from the same layout
 * the live chart uses, then its stylesheet and custom properties are inlined as plain
 * attributes (see inline-styles.ts). Pure TS: the CLI and the browser share it.
 */
import { layoutOf } from '../../timeline/layout/layout-cache.ts';
import { renderSvgString } from '../../timeline/render/svg/render-svg-string.ts';
import type { Trace } from '../../trace/format.ts';
import { mistakeFlags } from '../../trace/views/flags.ts';
import { deadlockArrows, visibleArrows, wakeArrows } from '../../timeline/layers/arrow-model.ts';
import { inlineStyles } from './inline-styles.ts';
import { parseXml, serializeXml } from './xml-tree.ts';

export type ExportTheme = 'light' | 'dark';

export interface SvgDocument {
  readonly text: string;
  /** Size in CSS pixels (the PNG is drawn at a multiple of it). */
  readonly width: number;
  readonly height: number;
}

export interface StandaloneSvgOptions {
  readonly theme?: ExportTheme;
  readonly width?: number;
  /** Names the picture in its <title> ("seed1"). */
  readonly title?: string;
  /** The program the trace ran: its mistakes are flagged on the picture, as on the live chart. */
  readonly code?: string;
}

export const DEFAULT_EXPORT_WIDTH = 960;

export function standaloneSvg(trace: Trace, options: StandaloneSvgOptions = {}): SvgDocument {
  const layout = layoutOf(trace);
  const width = options.width ?? DEFAULT_EXPORT_WIDTH;
  // The live chart scrolls its label column; a file must show every name whole.
  const labelWidth = Math.min(320, Math.max(120, ...layout.rows.map((r) => Math.min(r.depth, 4) * 10 + r.name.length * 7 + 16)));
  const flags = options.code !== undefined ? mistakeFlags(trace, options.code) : [];
  // A still picture has no selection: all arrows in a small run, none but a deadlock's in a big one.
  const arrows = visibleArrows([...wakeArrows(trace, layout), ...deadlockArrows(flags, layout)], layout, null, false);
  const root = parseXml(renderSvgString(layout, { width }, { theme: options.theme ?? 'light', labelWidth, arrows, flags }));
  inlineStyles(root);
  const title = options.title ? `Taskline: ${options.title}. ${layout.summary.text}` : `Taskline: ${layout.summary.text}`;
  root.children.unshift({ tag: 'title', attrs: new Map(), children: [{ text: title }] });
  const height = Number(root.attrs.get('height'));
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(root)}\n`, width, height };
}
