/**
 * Span and mark kinds as small integers, so that a row's bars fit in typed arrays and the
 * canvas can batch its fills by kind.
 */
import type { MarkKind, SpanKind } from '../../trace/views/spans.ts';

/** Drawing order too: later kinds paint over earlier ones when tiny bars merge into one pixel. */
export const SPAN_KINDS: readonly SpanKind[] = ['ready', 'sleeping', 'waiting', 'held', 'running', 'blocked'];
export const MARK_KINDS: readonly MarkKind[] = ['create', 'print', 'rename', 'cancel', 'done', 'callback'];

export const SPAN_CODE: { readonly [K in SpanKind]: number } = Object.fromEntries(SPAN_KINDS.map((k, i) => [k, i])) as {
  [K in SpanKind]: number;
};
export const MARK_CODE: { readonly [K in MarkKind]: number } = Object.fromEntries(MARK_KINDS.map((k, i) => [k, i])) as {
  [K in MarkKind]: number;
};
