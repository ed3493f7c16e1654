/**
 * "Export ▾": a menu button (WAI-ARIA menu pattern) listing the export registry. Arrow keys,
 * Home and End move between items, Escape closes and returns focus to the button, and a click
 * elsewhere closes it. Choosing an item downloads the file, named after the example or program.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { appExportInput } from '../../export/export-input.ts';
import { BROWSER_PLATFORM } from '../../export/png/rasterize-browser.ts';
import { EXPORTERS } from '../../export/registry.ts';
import type { Exporter } from '../../export/types.ts';
import { useActions, useTasklineStore, useTaskline } from '../../store/react.ts';
import { useResolvedTheme } from '../hooks/use-theme.ts';
import { downloadFile } from './download-file.ts';
import './toolbar-menus.css';

export function ExportMenu() {
  const store = useTasklineStore();
  const hasTrace = useTaskline((s) => s.trace !== null);
  const theme = useResolvedTheme(useTaskline((s) => s.theme));
  const { showError } = useActions();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const focusItem = (i: number) => items.current[(i + EXPORTERS.length) % EXPORTERS.length]?.focus();
  const openAt = (i: number) => {
    setOpen(true);
    // The items exist after this render.
    requestAnimationFrame(() => focusItem(i));
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = async (exporter: Exporter) => {
    close();
    const s = store.getState();
    if (!s.trace) return;
    const input = appExportInput({ trace: s.trace, code: s.traceCode, exampleId: s.exampleId, openedFile: s.imported?.fileName ?? null, theme });
    const fileName = `${input.baseName}${exporter.suffix}`;
    try {
      downloadFile(await exporter.render(input, BROWSER_PLATFORM), fileName, exporter.mimeType);
      setStatus(`Saved ${fileName}`);
      window.setTimeout(() => setStatus(''), 2500);
    } catch (e) {
      showError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = items.current.findIndex((el) => el === document.activeElement);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: EXPORTERS.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={!hasTrace}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : EXPORTERS.length - 1);
          }
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="menu-list" role="menu" id={menuId} aria-label="Export" onKeyDown={onMenuKey}>
          {EXPORTERS.map((ex, i) => (
            <li key={ex.id} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                title={ex.description}
                data-export={ex.id}
                onClick={() => void choose(ex)}
              >
                {ex.label}
                <span className="menu-hint">{ex.suffix}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* The browser shows the download itself; this tells a screen reader. */}
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
