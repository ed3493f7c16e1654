/**
 * The line of `^` (and `~`) that CPython 3.11's traceback prints under a source line to mark
 * the expression that raised, as traceback.format_frame_summary draws it: nothing when that
 * expression is the whole line; `~~~^~~~` for a binary operator, `~~~^^^^` for a subscript.
 */
import type { TracebackPosition } from '../engine/exceptions.ts';

const isSpace = (ch: string): boolean => /\s/.test(ch);

/** The source offset where line `n` (1-based) starts. */
function lineStart(sourceLines: readonly string[], n: number): number {
  let at = 0;
  for (let i = 0; i < n - 1; i++) at += sourceLines[i]!.length + 1;
  return at;
}

/** _extract_caret_anchors_from_line_segment, from the node's own operand offsets (relative to the segment). */
function anchorsIn(segment: string, leftEnd: number, rightStart: number, isBinOp: boolean): [number, number] {
  if (isBinOp) {
    const op = segment.slice(leftEnd, rightStart);
    const opOffset = op.length - op.trimStart().length;
    let left = leftEnd + opOffset;
    let right = left + 1;
    if (opOffset + 1 < op.length && !isSpace(op[opOffset + 1]!)) right += 1;
    while (left < segment.length && (isSpace(segment[left]!) || segment[left] === ')' || segment[left] === '#')) {
      left += 1;
      right += 1;
    }
    return [left, right];
  }
  let left = leftEnd;
  let right = rightStart + 1;
  while (left < segment.length && segment[left] !== '[') left += 1;
  while (right < segment.length && segment[right] !== ']') right += 1;
  if (right < segment.length) right += 1;
  return [left, right];
}

export function caretLine(pos: TracebackPosition, lineNo: number, sourceLines: readonly string[]): string | null {
  const line = sourceLines[lineNo - 1];
  if (line === undefined) return null;
  const stripped = line.trim();
  // linecache's line ends in a newline, which counts among the characters stripped.
  const strippedChars = line.length + 1 - stripped.length;
  const base = lineStart(sourceLines, lineNo);
  const start = pos.from - base;
  let end = pos.to - base;
  let anchors: [number, number] | null = null;
  if (end <= line.length) {
    if (pos.anchors !== null) {
      const a = pos.anchors;
      anchors = anchorsIn(line.slice(start, end), a.leftEnd - pos.from, a.right - pos.from, a.kind === 'binop');
    }
  } else {
    // The expression goes on past this line: mark to the line's end.
    end = line.trimEnd().length;
  }
  if (!(end - start < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0))) return null;
  const pad = ' '.repeat(Math.max(0, start + 1 - strippedChars));
  if (anchors === null) return pad + '^'.repeat(end - start);
  return pad + '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(end - start - anchors[1]);
}
