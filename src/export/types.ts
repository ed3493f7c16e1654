/**
 * What every exporter takes and gives. The registry (registry.ts) lists the exporters once;
 * the toolbar's Export menu and the CLI's flags are both read off it.
 */
import type { Trace } from '../trace/format.ts';
import type { ExportTheme, SvgDocument } from './svg/standalone-svg.ts';

export interface ExportInput {
  readonly trace: Trace;
  /** The program that made the trace, when there is one to carry along. */
  readonly program?: { readonly filename: string; readonly code: string };
  /** What files are named after ("seed1" gives seed1.svg, seed1.trace.json, ...). */
  readonly baseName: string;
  readonly theme: ExportTheme;
}

/** What differs between the browser and Node: only how an SVG becomes pixels. */
export interface ExportPlatform {
  /** PNG bytes of the document drawn at `scale` device pixels per CSS pixel. */
  rasterize(svg: SvgDocument, scale: number): Promise<Uint8Array>;
}

export type ExporterId = 'svg' | 'png' | 'console' | 'trace' | 'chrome-trace';

export interface Exporter {
  readonly id: ExporterId;
  /** The menu item's text. */
  readonly label: string;
  /** One sentence for the menu's tooltip and the CLI's help. */
  readonly description: string;
  /** Appended to the base name: ".svg", ".trace.json". */
  readonly suffix: string;
  readonly mimeType: string;
  /** The CLI's flag: `--svg OUT.svg`. */
  readonly cliFlag: `--${string}`;
  render(input: ExportInput, platform: ExportPlatform): Promise<string | Uint8Array>;
}
