/**
 * The code editor: a small component that owns one CodeMirror EditorView for its lifetime.
 * Props flow in as transactions (new code, diagnostics, highlight), never as a rebuilt editor.
 */
import { useEffect, useRef } from 'react';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { editorTheme } from './editor-theme.ts';
import { minimalChange } from './minimal-change.ts';
import { setSourceHighlight, sourceHighlight, type Range } from './source-highlight.ts';
import { toDiagnostics, type LineDiagnostic } from './diagnostics.ts';

/** Marks changes that came from the store, so they are not echoed back to it. */
const fromStore = Annotation.define<boolean>();

export interface CodeEditorProps {
  readonly code: string;
  readonly onChange: (code: string) => void;
  readonly onRun: () => void;
  readonly diagnostic: LineDiagnostic | null;
  readonly highlight: Range | null;
}

export function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The view is built once; callbacks reach the latest props through this ref.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const runKey = { key: 'Mod-Enter', run: () => (latest.current.onRun(), true), preventDefault: true };
    const v = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: latest.current.code,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          indentOnInput(),
          bracketMatching(),
          python(),
          lintGutter(),
          sourceHighlight,
          editorTheme,
          keymap.of([runKey, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': 'Python code', 'aria-describedby': 'editor-help' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && u.transactions.some((tr) => tr.docChanged && !tr.annotation(fromStore))) {
              latest.current.onChange(u.state.doc.toString());
            }
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  // Code changed outside the editor (a chart drag, an example): apply the difference only.
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const change = minimalChange(v.state.doc.toString(), props.code);
    if (change) v.dispatch({ changes: change, annotations: fromStore.of(true) });
  }, [props.code]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch(setDiagnostics(v.state, toDiagnostics(v.state.doc, props.diagnostic)));
  }, [props.diagnostic, props.code]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const h = props.highlight;
    const effects = [setSourceHighlight.of(h)];
    if (h && h.to <= v.state.doc.length) {
      v.dispatch({ effects: [...effects, EditorView.scrollIntoView(h.from, { y: 'nearest' })] });
    } else v.dispatch({ effects });
  }, [props.highlight?.from, props.highlight?.to, props.code]);

  return <div className="code-editor" ref={host} />;
}
