/**
 * Every export, listed once. The toolbar's Export menu shows these in this order and the CLI
 * turns each into a flag (`--svg OUT.svg`), so a new format appears in both by being added here.
 */
import { chromeTrace } from './chrome-trace.ts';
import { consoleText } from './console-text.ts';
import { standaloneSvg } from './svg/standalone-svg.ts';
import { tasklineTraceJson } from './taskline-trace.ts';
import type { ExportInput, Exporter, ExporterId } from './types.ts';

/** Device pixels per CSS pixel in PNGs: sharp on high-density screens and projectors. */
export const PNG_SCALE = 2;

const chartSvg = (input: ExportInput) => standaloneSvg(input.trace, { theme: input.theme, title: input.baseName, ...(input.program ? { code: input.program.code } : {}) });

export const EXPORTERS: readonly Exporter[] = [
  {
    id: 'svg',
    label: 'Chart as SVG',
    description: 'The timeline as a standalone vector image (browsers, Inkscape, slides).',
    suffix: '.svg',
    mimeType: 'image/svg+xml',
    cliFlag: '--svg',
    render: async (input) => chartSvg(input).text,
  },
  {
    id: 'png',
    label: 'Chart as PNG',
    description: `The timeline as a picture at ${PNG_SCALE}× resolution.`,
    suffix: '.png',
    mimeType: 'image/png',
    cliFlag: '--png',
    render: (input, platform) => platform.rasterize(chartSvg(input), PNG_SCALE),
  },
  {
    id: 'console',
    label: 'Console as text',
    description: 'What the program printed, each line with its time and task.',
    suffix: '.txt',
    mimeType: 'text/plain;charset=utf-8',
    cliFlag: '--console',
    render: async (input) => consoleText(input.trace, input.baseName),
  },
  {
    id: 'trace',
    label: 'Taskline trace (JSON)',
    description: 'The run as Taskline trace JSON (format version 1), with the program: the app opens it again.',
    suffix: '.trace.json',
    mimeType: 'application/json',
    cliFlag: '--trace',
    render: async (input) => tasklineTraceJson(input),
  },
  {
    id: 'chrome-trace',
    label: 'Chrome trace (Perfetto)',
    description: 'The run as Chrome Trace Event JSON, for Perfetto UI or chrome://tracing.',
    suffix: '.chrome-trace.json',
    mimeType: 'application/json',
    cliFlag: '--chrome-trace',
    render: async (input) => `${JSON.stringify(chromeTrace(input.trace, input.baseName))}\n`,
  },
];

export function getExporter(id: ExporterId): Exporter {
  const e = EXPORTERS.find((x) => x.id === id);
  if (!e) throw new Error(`unknown exporter ${id}`);
  return e;
}
