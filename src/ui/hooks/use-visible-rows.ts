/**
 * Windowing for long lists of fixed-height rows (the console, the task table): only the rows
 * in or near the scroller's viewport get elements. A 2,000-task run would otherwise build,
 * style and lay out thousands of rows nobody sees before its chart could appear.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** Rows [first, last) get elements; the rest are stood in for by padding. */
  readonly first: number;
  readonly last: number;
  readonly windowed: boolean;
}

/** Lists up to this long are rendered whole: every line stays findable and readable by tests. */
export const WINDOW_FROM = 300;
/** Rows kept beyond each edge of the viewport; also how far a scroll may go before re-rendering. */
const OVERSCAN = 24;

interface Viewport {
  readonly top: number;
  readonly height: number;
}

export function useVisibleRows(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number): RowWindow {
  const windowed = count > WINDOW_FROM;
  const [view, setView] = useState<Viewport>({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !windowed) return;
    // Scroll positions are rounded to half the overscan, so most scroll events change nothing.
    const step = (OVERSCAN / 2) * rowHeight;
    const update = () => {
      const top = Math.floor(el.scrollTop / step) * step;
      const height = el.clientHeight;
      setView((v) => (v.top === top && v.height === height ? v : { top, height }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller, windowed, rowHeight]);

  if (!windowed) return { first: 0, last: count, windowed };
  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN * 2);
  return { first, last, windowed };
}
