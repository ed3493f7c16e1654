import { describe, expect, it } from 'vitest';
import { barBox, fitLabel } from '../../src/timeline/layout/bar-geometry.ts';

describe('barBox', () => {
  it('widens zero-width steps around their instant and clips far-off bars', () => {
    expect(barBox(100, 100, 500)).toEqual({ x: 99, w: 2 });
    expect(barBox(-1e7, 1e7, 500)).toEqual({ x: -8, w: 516 });
    expect(barBox(600, 700, 500)).toBeNull();
  });
});

describe('fitLabel', () => {
  it('keeps, cuts or drops a label by the room it has', () => {
    expect(fitLabel('waits for Task-2', 200)).toBe('waits for Task-2');
    expect(fitLabel('wait_for Task-2 (1 s)', 100)).toBe('wait_for Task…');
    expect(fitLabel('waits for Task-2', 30)).toBeNull();
    // numbers are never cut: "sleep 0…" would lie
    expect(fitLabel('sleep 0.5', 50, false, false)).toBeNull();
  });
});
