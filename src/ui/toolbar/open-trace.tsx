/**
 * Opens a Taskline trace file: the "Open trace…" button (a file picker) or a file dropped
 * anywhere on the page. The trace shows read-only; while it does, the toolbar says so and
 * offers to run the code in the editor or to go back to the code from before. A file that is
 * not a readable trace leaves everything as it was and says why in the error banner.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_TRACE_FILE_BYTES, readTraceFile } from '../../import/read-trace-file.ts';
import { useActions, useTaskline } from '../../store/react.ts';
import './toolbar-menus.css';

export function OpenTrace() {
  const imported = useTaskline((s) => s.imported);
  const { openTrace, closeTrace, showError, run } = useActions();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const open = useCallback(
    async (file: File) => {
      if (file.size > MAX_TRACE_FILE_BYTES) return showError(`${file.name}: the file is too large to be a Taskline trace.`);
      const result = readTraceFile(await file.text(), file.name);
      if (result.ok) openTrace(result.trace, file.name);
      else showError(result.message);
    },
    [openTrace, showError],
  );

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    // Capture phase: the editor would otherwise take a dropped file and insert its text.
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragenter', over, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', over, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [open]);

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Open a Taskline trace (.trace.json) to look at it here">
        Open trace…
      </button>
      <input ref={input} type="file" accept=".json,application/json" hidden
        aria-label="Trace file"
        data-testid="open-trace-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so that choosing the same file again opens it again.
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      {imported && (
        <span className="opened-trace" role="status" data-testid="opened-trace">
          <span className="opened-trace-name">
            Viewing <strong>{imported.fileName}</strong> (read-only{imported.hasProgram ? '' : ', no program'}): editing the code does not rerun it.
          </span>
          <button type="button" onClick={() => void run()} title="Run the code in the editor: the chart then shows that run">
            Run code
          </button>
          <button type="button" onClick={closeTrace} title="Back to the code from before the trace was opened">
            Close trace
          </button>
        </span>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a Taskline trace (.json) to open it
        </div>
      )}
    </>
  );
}
