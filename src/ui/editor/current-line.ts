/**
 * The line the playhead's event is at, marked as Python Tutor marks the line about to run: a
 * whole-line band with a bar in the margin. Separate from the selection highlight, which
 * marks a clicked call and can be on another line at the same time.
 */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** A 1-based line number, or null for none. */
export const setCurrentLine = StateEffect.define<number | null>();

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setCurrentLine)) continue;
      const n = e.value;
      if (n === null || n < 1 || n > tr.state.doc.lines) {
        next = Decoration.none;
        continue;
      }
      const line = tr.state.doc.line(n);
      next = Decoration.set([Decoration.line({ class: 'tl-current-line', attributes: { 'data-current-line': String(n) } }).range(line.from)]);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const theme = EditorView.baseTheme({
  '.tl-current-line': { backgroundColor: 'var(--bg-current-line, rgba(255, 210, 0, 0.22))', boxShadow: 'inset 3px 0 0 var(--current-line-bar, #d29b00)' },
});

export const currentLine: Extension = [field, theme];
