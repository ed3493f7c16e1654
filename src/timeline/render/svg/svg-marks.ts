/**
 * Point events as small shapes that differ in form, not only colour: a tick for "created", a
 * pin for a print, a cross for a cancel request, and for "finished" a dot (result), a diamond
 * (exception) or a hollow square (cancelled); a hollow pin under the bar for a callback.
 */
import type { Mark } from '../../../trace/views/spans.ts';
import { px } from './svg-node.ts';

export function markClass(m: Mark): string {
  if (m.kind !== 'done') return `tl-mark tl-mark-${m.kind}`;
  return `tl-mark tl-mark-done tl-${m.outcome.state}`;
}

/** Path for a mark centred at x in a row whose bar spans [top, top + h]. Empty: not drawn. */
export function markPath(m: Mark, x: number, top: number, h: number): string {
  const cy = top + h / 2;
  const X = px(x);
  switch (m.kind) {
    case 'create':
      return `M${X},${px(top - 2)}v${h + 4}`;
    case 'print':
      return `M${px(x - 3.5)},${px(top - 4)}h7l-3.5,5z`;
    case 'cancel':
      return `M${px(x - 3.5)},${px(cy - 3.5)}l7,7M${px(x + 3.5)},${px(cy - 3.5)}l-7,7`;
    case 'rename':
      return '';
    case 'callback':
      // Under the bar, pointing up at it: the loop ran something this task set up.
      return `M${px(x - 3.5)},${px(top + h + 4)}h7l-3.5,-5z`;
    case 'done':
      if (m.outcome.state === 'result') return `M${px(x - 4)},${px(cy)}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0z`;
      if (m.outcome.state === 'exception') return `M${X},${px(cy - 5.5)}l5.5,5.5l-5.5,5.5l-5.5,-5.5z`;
      return `M${px(x - 4)},${px(cy - 4)}h8v8h-8z`;
  }
}
