import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../src/share/url-codec.ts';
import { sanitizeView } from '../../src/share/shared-view.ts';

describe('share link: axis mode', () => {
  it('round-trips the steps axis', () => {
    const back = decodeShare(encodeShare({ code: 'print(1)\n', view: { playhead: 1, axis: 'steps' } }));
    expect(back).toEqual({ ok: true, scenario: { code: 'print(1)\n', view: { playhead: 1, axis: 'steps' } } });
  });

  it('opens an older link without the field (no axis: time) and drops a bad value alone', () => {
    const old = decodeShare(encodeShare({ code: 'x = 1\n', view: { speed: 2 } }));
    expect(old).toEqual({ ok: true, scenario: { code: 'x = 1\n', view: { speed: 2 } } });
    expect(sanitizeView({ axis: 'sideways', playhead: 2 })).toEqual({ playhead: 2 });
    expect(sanitizeView({ axis: 'time' })).toEqual({ axis: 'time' });
  });
});
