/**
 * The console as plain text, the way the Console tab shows it: each line with the virtual
 * time and the task that printed it, under a line that says how the run went. Columns are
 * padded so the file reads well in a fixed-width font (slides, docs, a terminal).
 */
import { consoleLines } from '../store/views/console-lines.ts';
import { layoutOf } from '../timeline/layout/layout-cache.ts';
import type { Trace } from '../trace/format.ts';

/** A name column wider than this would push the text off a slide; longer names stick out. */
const MAX_NAME_COLUMN = 24;

export function consoleText(trace: Trace, title: string): string {
  const lines = consoleLines(trace);
  const header = `# ${title}: ${layoutOf(trace).summary.text}\n`;
  if (lines.length === 0) return `${header}(the program printed nothing)\n`;
  const times = lines.map((l) => `${l.t.toFixed(2)} s`);
  const names = lines.map((l) => l.taskName ?? '-');
  const timeWidth = Math.max(...times.map((t) => t.length));
  const nameWidth = Math.min(MAX_NAME_COLUMN, Math.max(...names.map((n) => n.length)));
  return header + lines.map((l, i) => `${times[i]!.padStart(timeWidth)}  ${names[i]!.padEnd(nameWidth)}  ${l.text}\n`).join('');
}
