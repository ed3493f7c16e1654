/** The chart's keyboard shortcuts (when the plot has focus), named so the help text and tests can list them. */
export type ChartAction = 'zoomIn' | 'zoomOut' | 'panLeft' | 'panRight' | 'fit' | 'nextTask' | 'prevTask' | 'clear';

export const CHART_KEYS: Readonly<Record<string, ChartAction>> = {
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  _: 'zoomOut',
  ArrowLeft: 'panLeft',
  ArrowRight: 'panRight',
  '0': 'fit',
  f: 'fit',
  ArrowDown: 'nextTask',
  ArrowUp: 'prevTask',
  Escape: 'clear',
};

export function chartKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ChartAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null; // leave browser zoom and shortcuts alone
  return CHART_KEYS[e.key] ?? null;
}
