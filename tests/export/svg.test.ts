/** The SVG export: a golden file per theme, and the properties that make it a standalone file. */
import { Resvg } from '@resvg/resvg-js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../src/export/svg/standalone-svg.ts';
import type { Trace } from '../../src/trace/format.ts';
import { loadTrace } from '../fixtures/load-trace.ts';
import { decodePng } from './decode-png.ts';
import { golden, HOSTILE_NAMES } from './golden.ts';

const hasInkscape = spawnSync('inkscape', ['--version'], { encoding: 'utf8' }).status === 0;

function hostile(t: Trace): Trace {
  return {
    ...t,
    events: t.events.map((e) => {
      if (e.type === 'create' && HOSTILE_NAMES[e.task]) return { ...e, name: HOSTILE_NAMES[e.task]! };
      if (e.type === 'print') return { ...e, text: '</text><foreignObject>&nbsp;\u0000\n' };
      return e;
    }),
  };
}

describe('SVG export', () => {
  it('matches the golden files', () => {
    golden('seed1.svg', standaloneSvg(loadTrace('seed1'), { title: 'seed1' }).text);
    golden('deadlock-rename-dark.svg', standaloneSvg(loadTrace('deadlock-rename'), { theme: 'dark', title: 'deadlock-rename' }).text);
  });

  for (const fixture of ['seed1', 'block-ticker', 'cancel-sleep', 'deadlock-rename']) {
    it(`${fixture}: needs no stylesheet, custom property, foreignObject or named font`, () => {
      const { text } = standaloneSvg(loadTrace(fixture), { theme: 'dark' });
      expect(text).not.toContain('<style');
      expect(text).not.toContain('var(');
      expect(text).not.toContain('<foreignObject');
      expect(text).not.toContain('rgba(');
      expect(text).not.toMatch(/\bstyle="/);
      const families = new Set([...text.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
      expect([...families]).toEqual(['sans-serif']);
      // Every colour is a plain hex value, a pattern reference or none.
      for (const [, value] of text.matchAll(/(?:fill|stroke)="([^"]*)"/g)) expect(value).toMatch(/^(#[0-9a-f]{6}|url\(#tl-[a-z]+\)|none)$/);
    });
  }

  it('draws the chart: one row per task, the background, the title', () => {
    const { text, width, height } = standaloneSvg(loadTrace('seed1'), { title: 'seed1' });
    expect(width).toBe(960);
    expect(height).toBe(22 + 3 * 26);
    expect(text.match(/<g class="tl-row[^"]*" data-task=/g)?.length).toBe(3);
    expect(text).toMatch(/<rect width="960" height="100" fill="#ffffff"\/>/);
    expect(text).toContain('<title>Taskline: seed1. Finished in 3.00 s');
    // The selected-row and odd-row rules resolve through the cascade.
    expect(text).toMatch(/<rect class="tl-row-bg tl-odd"[^>]*fill="#f6f7f9"/);
    expect(text).toMatch(/<rect class="tl-bar tl-sleeping[^"]*"[^>]*fill="url\(#tl-hatch\)" stroke="#56b4e9"/);
  });

  it('keeps hostile task names and prints as text, and stays well-formed XML', () => {
    const { text } = standaloneSvg(hostile(loadTrace('seed1')));
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<foreignObject');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(text).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \u202Egnp.exe');
    expect(text).toContain('zero\u200Bwidth \u05E9\u05DC\u05D5\u05DD bell\uFFFD');
    // resvg's XML reader is strict: a stray character or tag would throw here.
    expect(() => new Resvg(text).render()).not.toThrow();
  });

  // Only where Inkscape is installed (apt-get install inkscape): it reads SVG with its own parser and CSS support.
  it.skipIf(!hasInkscape)('opens in Inkscape, which draws the bars in their colours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taskline-inkscape-'));
    writeFileSync(join(dir, 'seed1.svg'), standaloneSvg(loadTrace('seed1')).text);
    const r = spawnSync('inkscape', [join(dir, 'seed1.svg'), '--export-type=png', `--export-filename=${join(dir, 'seed1.png')}`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const p = decodePng(readFileSync(join(dir, 'seed1.png')));
    expect([p.width, p.height]).toEqual([960, 100]);
    // Task-1's waiting bar at x=420, middle of row 0: the waiting fill, not black or blank.
    const i = ((22 + 13) * p.width + 420) * 4;
    expect([p.rgba[i], p.rgba[i + 1], p.rgba[i + 2]]).toEqual([0xe3, 0xf5, 0xef]);
  }, 60_000);
});
