import { describe, expect, it } from 'vitest';
import { skipUnchangedWrites } from '../../src/store/skip-unchanged-writes.ts';

function recording() {
  const writes: [string, string][] = [];
  const data = new Map<string, string>();
  return {
    writes,
    storage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void (writes.push([k, v]), data.set(k, v)),
      removeItem: (k: string) => void data.delete(k),
    },
  };
}

describe('skipUnchangedWrites', () => {
  it('writes a value once, and again only when it changes', () => {
    const { writes, storage } = recording();
    const s = skipUnchangedWrites(storage);
    s.setItem('a', '1');
    s.setItem('a', '1');
    s.setItem('a', '2');
    s.setItem('b', '2');
    expect(writes).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['b', '2'],
    ]);
    expect(s.getItem('a')).toBe('2');
  });

  it('writes again after a remove', () => {
    const { writes, storage } = recording();
    const s = skipUnchangedWrites(storage);
    s.setItem('a', '1');
    s.removeItem('a');
    s.setItem('a', '1');
    expect(writes).toHaveLength(2);
    expect(s.getItem('a')).toBe('1');
  });
});
