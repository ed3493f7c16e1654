/** The `time` module on virtual time: clocks read the loop's clock; sleep() blocks the loop. */
import type { EventLoop } from '../../engine/loop.ts';
import { LaneSleep } from '../../engine/worker-lanes.ts';
import { Unsupported } from '../runtime/errors.ts';
import { PyBuiltin, PyFloat, PyModule, type CallSite, type Value } from '../runtime/values.ts';
import { LaneAwareBuiltin } from '../compile/threaded.ts';
import { arg, literalOf, seconds, type Kw } from './args.ts';

export function makeTimeModule(loop: EventLoop): PyModule {
  const d = new Map<string, Value>();
  const now = (): PyFloat => new PyFloat(loop.time());
  for (const name of ['perf_counter', 'monotonic', 'time']) d.set(name, new PyBuiltin(name, now));
  const sleepArgs = (args: Value[], kw: Kw, site: CallSite) => {
    const secs = seconds(arg('sleep', args, kw, 0, 'secs'), 'accumulated');
    const literal = literalOf(site, 0, 'secs');
    return { secs, meta: { ...(site.span ? { call: site.span } : {}), ...(literal ? { literal } : {}) } };
  };
  d.set(
    'sleep',
    new LaneAwareBuiltin(
      'sleep',
      (args, kw, site) => {
        const { secs, meta } = sleepArgs(args, kw, site);
        if (loop.currentLane !== null) {
          // A worker reached it where Taskline cannot pause the worker's code (threaded.ts).
          throw new Unsupported('`time.sleep` in a worker thread is supported in functions the worker calls, not inside a builtin\'s callback, a lambda or a class body', site.span?.line ?? null);
        }
        loop.blockingSleep(secs, meta);
        return null;
      },
      // In a worker (to_thread, run_in_executor) it blocks that worker's lane, not the loop.
      function* (args, kw, site) {
        const { secs, meta } = sleepArgs(args, kw, site);
        yield new LaneSleep(loop, secs, meta);
        return null;
      },
    ),
  );
  return new PyModule('time', d);
}
