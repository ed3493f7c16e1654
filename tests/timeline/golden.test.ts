/**
 * Golden files: small fixture runs rendered to SVG and compared with committed files in
 * tests/timeline/golden/. On a mismatch the new picture is written next to it as
 * NAME-changed.svg (git-ignored) to diff or open in a browser; UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutTrace } from '../../src/timeline/layout/layout-trace.ts';
import { endMargin } from '../../src/timeline/render/svg/end-margin.ts';
import { renderSvgString, type SvgStringOptions } from '../../src/timeline/render/svg/render-svg-string.ts';
import type { Trace } from '../../src/trace/format.ts';
import { loadTrace } from '../fixtures/load-trace.ts';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));

function golden(name: string, svg: string): void {
  const path = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, svg);
  if (!existsSync(path)) {
    writeFileSync(changed, svg);
    throw new Error(`no golden file ${name}.svg: wrote ${name}-changed.svg; review it and run with UPDATE_GOLDEN=1`);
  }
  const want = readFileSync(path, 'utf8');
  if (want !== svg) writeFileSync(changed, svg);
  expect(svg === want, `${name}.svg differs: see ${name}-changed.svg`).toBe(true);
}

const cases: [string, string, SvgStringOptions][] = [
  ['seed1', 'seed1', {}],
  ['block-ticker', 'block-ticker', { playhead: 2 }],
  ['cancel-sleep', 'cancel-sleep', { selectedTask: 1 }],
  ['deadlock-rename-dark', 'deadlock-rename', { theme: 'dark' }],
];

describe('golden SVG', () => {
  for (const [name, fixture, opts] of cases) {
    it(name, () => golden(name, renderSvgString(layoutTrace(loadTrace(fixture)), { width: 640 }, opts)));
  }

  it('ghost and drag preview', () => {
    const now = loadTrace('seed1');
    const before = withSleep(now, 1, 4); // the previous run slept longer
    const svg = renderSvgString(layoutTrace(now), { width: 640 }, { ghost: layoutTrace(before), preview: { task: 2, span: 1, delay: 2.5 } });
    golden('seed1-ghost-preview', svg);
  });
});

describe('SVG content', () => {
  const svg = renderSvgString(layoutTrace(loadTrace('seed1')), { width: 640 }, { playhead: 1.5 });

  it('carries the test hooks on rows and bars', () => {
    const row = svg.match(/<g class="tl-row" data-task="Task-2"[^]*?<\/g>/)?.[0] ?? '';
    expect(row).toContain('data-kind="sleeping" data-start="0" data-end="3"');
    expect(row.match(/data-kind="running"/g)?.length).toBe(2);
    expect(svg).toContain('aria-label="Finished in 3.00 s — tasks slept 5.00 s in total: 1.67× overlap"');
    expect(svg).toContain('>sleep 3</text>');
    expect(svg).toContain('>waits for Task-2</text>');
  });

  it('dims what comes after the playhead', () => {
    const dim = svg.match(/<rect class="tl-dim" x="([\d.]+)"/);
    // plot width 520 less the room for the end's labels: t=1.5 of 3 s is halfway across the rest
    expect(Number(dim?.[1])).toBeCloseTo((520 - endMargin(layoutTrace(loadTrace('seed1')), 520)) / 2, 0);
  });

  it('leaves the room after the end bright once the playhead is there', () => {
    const atEnd = renderSvgString(layoutTrace(loadTrace('seed1')), { width: 640 }, { playhead: 3 });
    expect(atEnd).not.toContain('<rect class="tl-dim"');
  });

  it('says how a task ended after its finish mark', () => {
    const out = renderSvgString(layoutTrace(loadTrace('cancel-sleep')), { width: 900 });
    expect(out).toContain('<text class="tl-outcome-label tl-cancelled-label"');
    expect(out).toContain('>cancelled: time to get up</text>');
    // seed1: both results fit, Task-2's in the room after the end; main returned None
    expect(svg).toContain('>→ &#39;Done after 2 seconds&#39;</text>');
    expect(svg).toContain('>→ &#39;Done after 3 seconds&#39;</text>');
    expect(svg.match(/tl-result-label/g)?.length).toBe(2);
  });

  it('escapes task names', () => {
    const t = loadTrace('seed1');
    const evil: Trace = { ...t, events: t.events.map((e) => (e.type === 'create' && e.task === 1 ? { ...e, name: '<script>"x"&' } : e)) };
    const out = renderSvgString(layoutTrace(evil), { width: 400 });
    expect(out).not.toContain('<script>');
    expect(out).toContain('data-task="&lt;script&gt;&quot;x&quot;&amp;"');
  });
});

function withSleep(t: Trace, task: number, delay: number): Trace {
  const scale = (x: number, from: number) => (x > from ? x + (delay - 3) : x);
  return {
    ...t,
    end: t.end + (delay - 3),
    events: t.events.map((e) => {
      if (e.type === 'suspend' && e.task === task && e.on.kind === 'sleep') return { ...e, on: { ...e.on, delay, until: delay, label: `sleep ${delay}` } };
      return e.t >= 3 ? { ...e, t: scale(e.t, 2.5) } : e;
    }),
  };
}
