import { describe, expect, it } from 'vitest';
import { RunContext } from '../../src/engine/context.ts';
import { EventLoop } from '../../src/engine/loop.ts';

describe('RunContext', () => {
  it('copies are snapshots: a set in one is not seen by the other', () => {
    const key = {};
    const a = new RunContext();
    a.set(key, 1);
    const b = a.copy();
    b.set(key, 2);
    expect(a.vars.get(key)).toBe(1);
    expect(b.vars.get(key)).toBe(2);
    b.delete(key);
    expect(b.vars.has(key)).toBe(false);
    expect(a.vars.get(key)).toBe(1);
  });

  it('a callback runs in the context it was scheduled from, and leaves the loop context as it was', () => {
    const loop = new EventLoop();
    const key = {};
    const seen: unknown[] = [];
    loop.context.set(key, 'scheduler');
    loop.callSoon(() => {
      seen.push(loop.context.vars.get(key));
      loop.context.set(key, 'callback');
    }, null);
    loop.context.set(key, 'later');
    loop.callSoon(() => seen.push(loop.context.vars.get(key)), null);
    loop.runOnce();
    expect(seen).toEqual(['scheduler', 'later']);
    expect(loop.context.vars.get(key)).toBe('later');
  });
});
