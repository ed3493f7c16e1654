/** The `time` module on virtual time: clocks read the loop's clock; sleep() blocks the loop. */
import type { EventLoop } from '../../engine/loop.ts';
import { PyBuiltin, PyFloat, PyModule, type Value } from '../runtime/values.ts';
import { arg, literalOf, seconds } from './args.ts';

export function makeTimeModule(loop: EventLoop): PyModule {
  const d = new Map<string, Value>();
  const now = (): PyFloat => new PyFloat(loop.time());
  for (const name of ['perf_counter', 'monotonic', 'time']) d.set(name, new PyBuiltin(name, now));
  d.set(
    'sleep',
    new PyBuiltin('sleep', (args, kw, site) => {
      const secs = seconds(arg('sleep', args, kw, 0, 'secs'), 'accumulated');
      const literal = literalOf(site, 0, 'secs');
      loop.blockingSleep(secs, { ...(site.span ? { call: site.span } : {}), ...(literal ? { literal } : {}) });
      return null;
    }),
  );
  return new PyModule('time', d);
}
