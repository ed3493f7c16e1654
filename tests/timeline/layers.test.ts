/** The layers' geometry and hit tests, on real runs of the examples. */
import { readFileSync } from 'node:fs';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/python/run.ts';
import { layoutTrace } from '../../src/timeline/layout/layout-trace.ts';
import { arrowCurve, distanceToCurve, pointOnCurve, rowCenter } from '../../src/timeline/layers/arrow-geometry.ts';
import { ALL_ARROWS_MAX_ROWS, deadlockArrows, visibleArrows, wakeArrows } from '../../src/timeline/layers/arrow-model.ts';
import { arrowsLayer } from '../../src/timeline/layers/arrows.ts';
import { barsLayer } from '../../src/timeline/layers/bars.ts';
import { flagBandAt, flagsLayer } from '../../src/timeline/layers/flags.ts';
import { layerFrame } from '../../src/timeline/layers/index.ts';
import { marksLayer } from '../../src/timeline/layers/marks.ts';
import { buildPlotScene } from '../../src/timeline/render/svg/svg-scene.ts';
import { serialize } from '../../src/timeline/render/svg/svg-node.ts';
import { mistakeFlags } from '../../src/trace/views/flags.ts';
import { makeBigTrace } from '../fixtures/make-big-trace.ts';

const example = (id: string) => readFileSync(new URL(`../../src/examples/${id}.py`, import.meta.url), 'utf8');
const run = (code: string) => runProgram(code, { filename: 'main.py', seed: 1 }).trace;
const G = { rowHeight: 26, top: 0 };

function frameFor(code: string, width = 600) {
  const trace = run(code);
  const layout = layoutTrace(trace);
  const flags = mistakeFlags(trace, code);
  const arrows = [...wakeArrows(trace, layout), ...deadlockArrows(flags, layout)];
  const scale = scaleLinear().domain(layout.domain).range([0, width]);
  const f = layerFrame(layout, { width, height: layout.rows.length * 26, scale, rows: G, arrows, flags }, 'svg');
  return { trace, layout, flags, arrows, scale, f };
}

describe('wake arrows', () => {
  for (const id of ['event-signal', 'lock-contention', 'gather']) {
    it(`${id}: an arrow from the last child's end to main's resume`, () => {
      const { layout, arrows } = frameFor(example(id));
      const toMain = arrows.filter((a) => a.to.row === 0);
      expect(toMain.length).toBeGreaterThan(0);
      const a = toMain[toMain.length - 1]!;
      const from = layout.rows[a.from.row]!;
      // The tail sits on the finished task's done mark.
      expect(from.row.finished).toBe(a.from.t);
      expect(a.cause).toContain(`${from.name} finished`);
    });
  }

  it('event-signal: Event.set() in main wakes each runner', () => {
    const { layout, arrows } = frameFor(example('event-signal'));
    const fromMain = arrows.filter((a) => a.from.row === 0).map((a) => layout.rows[a.to.row]!.name);
    expect(fromMain).toEqual(['ana', 'ben', 'cy']);
  });

  it('draws no arrow for a timer: its cause is the sleep bar on the same row', () => {
    const { arrows } = frameFor(example('seed1'));
    expect(arrows.every((a) => a.from.row !== a.to.row)).toBe(true);
  });

  it('shows all arrows in a small run and only the selected task’s in a big one', () => {
    const { layout, arrows } = frameFor(example('event-signal'));
    expect(visibleArrows(arrows, layout, null, false)).toBe(arrows);
    const big = layoutTrace(makeBigTrace({ tasks: ALL_ARROWS_MAX_ROWS + 5, stepsPerTask: 2 }));
    const fake = [
      { ...arrows[0]!, task: big.rows[3]!.task, by: big.rows[1]!.task },
      { ...arrows[0]!, task: big.rows[4]!.task, by: big.rows[2]!.task },
    ];
    expect(visibleArrows(fake, big, null, false)).toEqual([]);
    expect(visibleArrows(fake, big, big.rows[1]!.task, false)).toEqual([fake[0]]);
    expect(visibleArrows(fake, big, null, true)).toEqual(fake);
  });
});

describe('arrow geometry', () => {
  const arrow = { kind: 'wake' as const, from: { row: 2, t: 1 }, to: { row: 0, t: 1 }, task: 0, by: 2, cause: 'x' };
  const scale = scaleLinear().domain([0, 2]).range([0, 200]);

  it('runs from the cause’s row centre to the resumed row centre, bulging sideways when vertical', () => {
    const c = arrowCurve(arrow, scale, G);
    expect(c.p0).toEqual({ x: 100, y: rowCenter(2, G) });
    expect(c.p1).toEqual({ x: 100, y: 13 });
    expect(pointOnCurve(c, 0.5).x).toBeGreaterThan(105);
  });

  it('measures the distance to the curve, not to the straight line', () => {
    const c = arrowCurve(arrow, scale, G);
    const mid = pointOnCurve(c, 0.5);
    expect(distanceToCurve(c, mid.x, mid.y)).toBeLessThan(0.5);
    expect(distanceToCurve(c, 100, 39)).toBeGreaterThan(5);
  });
});

describe('hit tests', () => {
  it('bars and marks: the row from y, the bar and the mark from x', () => {
    const { f, scale } = frameFor(example('seed1'));
    // Task-2 (row 1) sleeps 0 → 3: its middle is a bar, its end has the done mark.
    expect(barsLayer.hit!(f, scale(1.5), 26 + 13, 3)).toMatchObject({ layer: 'bars', row: 1 });
    expect(marksLayer.hit!(f, scale(3), 26 + 13, 3)).toMatchObject({ layer: 'marks', row: 1 });
    expect(marksLayer.hit!(f, scale(1.5), 26 + 13, 3)).toBeNull();
    expect(barsLayer.hit!(f, scale(1.5), 26 * 9, 3)).toBeNull();
  });

  it('arrows: on the curve within the tolerance', () => {
    const { f } = frameFor(example('gather'));
    const a = f.arrows[f.arrows.length - 1]!;
    const c = arrowCurve(a, f.scale, f.rows);
    const mid = pointOnCurve(c, 0.5);
    expect(arrowsLayer.hit!(f, mid.x + 1, mid.y, 3)).toEqual({ layer: 'arrows', arrow: a });
    expect(arrowsLayer.hit!(f, mid.x + 30, mid.y, 3)).toBeNull();
  });

  it('flags: the marker on its row, and the blocking band across every row', () => {
    const { f, flags, scale } = frameFor(example('common-mistakes'));
    const blocking = flags.find((x) => x.kind === 'blocking-call')!;
    const row = f.layout.rowOfTask.get(blocking.task!)!;
    expect(flagsLayer.hit!(f, scale(blocking.t), row * 26 + 5, 3)).toMatchObject({ layer: 'flags', flag: { kind: blocking.kind } });
    const mid = scale((blocking.t + blocking.tEnd!) / 2);
    expect(flagBandAt(f, mid)).toBe(blocking);
    expect(flagBandAt(f, scale(blocking.tEnd! + 0.2))).toBeNull();
  });
});

describe('the SVG side', () => {
  it('draws a marker for each flag and a band for the blocking call', () => {
    const { layout, flags, arrows, scale } = frameFor(example('common-mistakes'));
    const svg = buildPlotScene(layout, { width: 600, height: 200, scale, rows: G, flags, arrows }).map((n) => serialize(n)).join('\n');
    for (const f of flags) expect(svg).toContain(`data-flag="${f.kind}"`);
    expect(svg.match(/class="tl-flag-band"/g)).toHaveLength(1);
  });

  it('draws nothing of flags or arrows on a clean run', () => {
    const { layout, flags, scale } = frameFor(example('seed2'));
    expect(flags).toEqual([]);
    const svg = buildPlotScene(layout, { width: 600, height: 200, scale, rows: G, flags }).map((n) => serialize(n)).join('\n');
    expect(svg).not.toContain('data-flag');
  });
});
