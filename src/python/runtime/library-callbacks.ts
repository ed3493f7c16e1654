/**
 * How CPython names asyncio's own done callbacks in a future's repr (`cb=[...]`): by qualified
 * name and, for a Python function, the file and line that define it — a path into the
 * reference interpreter's library (format_helpers._format_callback_source). The engine names
 * its stand-ins for these callbacks with short labels that the timeline shows; this table turns
 * them into what `print(task)` prints under CPython 3.11.7.
 */

/** Where the reference interpreter (the oracle's CPython 3.11.7) keeps its asyncio package. */
export const CPYTHON_ASYNCIO_DIR = '/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio';

/** Engine label → [qualified name, file in the asyncio package, line of its `def`]. */
const LIBRARY_CALLBACKS: ReadonlyMap<string, readonly [string, string, number]> = new Map([
  ['_run_until_complete_cb()', ['_run_until_complete_cb', 'base_events.py', 180]],
  ['gather._done_callback()', ['gather.<locals>._done_callback', 'tasks.py', 764]],
  ['shield._inner_done_callback()', ['shield.<locals>._inner_done_callback', 'tasks.py', 891]],
  ['shield._outer_done_callback()', ['shield.<locals>._outer_done_callback', 'tasks.py', 908]],
  ['_wait._on_completion()', ['_wait.<locals>._on_completion', 'tasks.py', 519]],
  ['as_completed._on_completion()', ['as_completed.<locals>._on_completion', 'tasks.py', 602]],
  ['_release_waiter()', ['_release_waiter', 'tasks.py', 431]],
  ['_chain_future._call_check_cancel()', ['_chain_future.<locals>._call_check_cancel', 'futures.py', 387]],
]);

/**
 * A done callback (by its engine label) as CPython's future repr shows it. `reprOf` (reprlib's)
 * renders a partial's bound arguments (wait_for's `functools.partial(_release_waiter, waiter)`).
 */
export function callbackReprText(label: string, boundArgs: readonly unknown[] | undefined, reprOf: (v: unknown) => string): string {
  const known = LIBRARY_CALLBACKS.get(label);
  if (known === undefined) return label;
  const [qualName, file, line] = known;
  const args = boundArgs === undefined ? '' : `(${boundArgs.map(reprOf).join(', ')})`;
  return `${qualName}${args}() at ${CPYTHON_ASYNCIO_DIR}/${file}:${line}`;
}
