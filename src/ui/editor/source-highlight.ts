/** Highlights one source range (the call behind the selected bar) without touching the selection. */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export interface Range {
  readonly from: number;
  readonly to: number;
}

export const setSourceHighlight = StateEffect.define<Range | null>();

const mark = Decoration.mark({ class: 'tl-source-highlight' });
const line = Decoration.line({ class: 'tl-source-highlight-line' });

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setSourceHighlight)) continue;
      const r = e.value;
      const len = tr.state.doc.length;
      if (!r || r.from < 0 || r.to > len || r.from >= r.to) {
        next = Decoration.none;
        continue;
      }
      const at = tr.state.doc.lineAt(r.from);
      next = Decoration.set([line.range(at.from), mark.range(r.from, r.to)], true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export const sourceHighlight: Extension = field;
