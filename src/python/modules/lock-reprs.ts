/**
 * repr() of asyncio's synchronization primitives as CPython 3.11 writes them:
 * `<asyncio.locks.Lock object at 0x... [locked, waiters:2]>`.
 */
import * as En from '../../engine/index.ts';
import { fakeAddress, registerEngineText } from '../runtime/repr.ts';

function lockRepr(name: string, o: object, extra: string, waiters: number): string {
  const state = waiters > 0 ? `${extra}, waiters:${waiters}` : extra;
  return `<asyncio.locks.${name} object at ${fakeAddress(o)} [${state}]>`;
}

registerEngineText(En.Lock, { repr: (l: En.Lock) => lockRepr('Lock', l, l.locked() ? 'locked' : 'unlocked', l.waiterCount) });
registerEngineText(En.Event, { repr: (e: En.Event) => lockRepr('Event', e, e.isSet() ? 'set' : 'unset', e.waiterCount) });
registerEngineText(En.Condition, {
  repr: (c: En.Condition) => lockRepr('Condition', c, c.locked() ? 'locked' : 'unlocked', c.waiterCount),
});
registerEngineText(En.Semaphore, {
  repr: (s: En.Semaphore) =>
    lockRepr(s instanceof En.BoundedSemaphore ? 'BoundedSemaphore' : 'Semaphore', s, s.locked() ? 'locked' : `unlocked, value:${s.currentValue}`, s.waiterCount),
});
registerEngineText(En.Barrier, {
  repr: (b: En.Barrier) =>
    `<asyncio.locks.Barrier object at ${fakeAddress(b)} [${b.stateName}${b.broken ? '' : `, waiters:${b.nWaiting}/${b.parties}`}]>`,
});
