/**
 * The code editor: a small component that owns one CodeMirror EditorView for its lifetime.
 * Props flow in as transactions (new code, diagnostics, highlight), never as a rebuilt editor.
 */
import { useEffect, useRef } from 'react';
import { Annotation, EditorState, Text, type StateEffect } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { editorTheme } from './editor-theme.ts';
import { minimalChange } from './minimal-change.ts';
import { setSourceHighlight, sourceHighlight, type Range } from './source-highlight.ts';
import { toDiagnostics, type LineDiagnostic, type LineWarning } from './diagnostics.ts';
import { currentLine, setCurrentLine } from './current-line.ts';

/** Marks changes that came from the store, so they are not echoed back to it. */
const fromStore = Annotation.define<boolean>();

export interface CodeEditorProps {
  readonly code: string;
  readonly onChange: (code: string) => void;
  readonly onRun: () => void;
  readonly diagnostic: LineDiagnostic | null;
  /** The run's mistake flags, shown as warnings on their lines. */
  readonly warnings?: readonly LineWarning[];
  readonly highlight: Range | null;
  /** The 1-based line of the playhead's event, marked as the line running now. */
  readonly currentLine?: number | null;
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
          currentLine,
          editorTheme,
          keymap.of([runKey, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          // An explicit tabindex lets checkers see the scroller's focusable content (it is focusable either way).
          EditorView.contentAttributes.of({ 'aria-label': 'Python code', 'aria-describedby': 'editor-help', tabindex: '0' }),
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

  // New code from outside (a chart drag, an example), the run's diagnostic and the selected
  // call's highlight go in as one transaction: each dispatch costs CodeMirror a DOM update and
  // a layout read. Code from outside waits until the page is idle after the next paint, so
  // that the chart of the run it starts is drawn first; the user's own typing is already in.
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    if (v.state.doc.toString() === props.code) {
      syncEditor(v, latest.current);
      return;
    }
    return afterNextPaint(() => syncEditor(v, latest.current));
  }, [props.code, props.diagnostic, props.warnings, props.highlight?.from, props.highlight?.to, props.currentLine]);

  return <div className="code-editor" ref={host} />;
}

/** Brings the editor up to date with the props in a single transaction. */
function syncEditor(v: EditorView, props: CodeEditorProps): void {
  const change = minimalChange(v.state.doc.toString(), props.code);
  // Effects in a transaction refer to the document after its changes.
  const doc = change ? v.state.doc.replace(change.from, change.to, Text.of(change.insert.split('\n'))) : v.state.doc;
  const h = props.highlight;
  const line = props.currentLine ?? null;
  const effects = ([] as StateEffect<unknown>[]).concat(setDiagnostics(v.state, toDiagnostics(doc, props.diagnostic, props.warnings)).effects ?? [], setSourceHighlight.of(h), setCurrentLine.of(line));
  if (h && h.to <= doc.length) effects.push(EditorView.scrollIntoView(h.from, { y: 'nearest' }));
  else if (line !== null && line <= doc.lines) effects.push(EditorView.scrollIntoView(doc.line(line).from, { y: 'nearest' }));
  v.dispatch({ ...(change ? { changes: change, annotations: fromStore.of(true) } : {}), effects });
}

/**
 * Runs `fn` once the next frame has been painted and the page is idle (soon after, where
 * there is no requestIdleCallback); returns a canceller.
 */
function afterNextPaint(fn: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(fn, { timeout: 100 });
      cancelIdle = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(fn, 0);
      cancelIdle = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}
