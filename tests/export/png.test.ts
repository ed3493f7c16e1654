/**
 * The PNG export in Node (resvg with the bundled DejaVu fonts): a golden picture compared by
 * size and pixels within a tolerance, since a rasterizer update may move anti-aliasing a little.
 */
import { describe, expect, it } from 'vitest';
import { rasterizeInNode } from '../../src/export/png/rasterize-node.ts';
import { getExporter, PNG_SCALE } from '../../src/export/registry.ts';
import { standaloneSvg } from '../../src/export/svg/standalone-svg.ts';
import { loadTrace } from '../fixtures/load-trace.ts';
import { decodePng, differingShare, type Pixels } from './decode-png.ts';
import { golden } from './golden.ts';

const NODE = { rasterize: rasterizeInNode };
const samePicture = (want: Buffer, got: Buffer): string | null => {
  const a = decodePng(want);
  const b = decodePng(got);
  if (a.width !== b.width || a.height !== b.height) return `size ${b.width}×${b.height}, want ${a.width}×${a.height}`;
  const share = differingShare(a, b);
  return share > 0.002 ? `${(share * 100).toFixed(2)}% of pixels differ` : null;
};

function pixel(p: Pixels, x: number, y: number): [number, number, number, number] {
  const i = (y * p.width + x) * 4;
  return [p.rgba[i]!, p.rgba[i + 1]!, p.rgba[i + 2]!, p.rgba[i + 3]!];
}

describe('PNG export (Node)', async () => {
  const input = { trace: loadTrace('seed1'), baseName: 'seed1', theme: 'light' as const };
  const png = (await getExporter('png').render(input, NODE)) as Uint8Array;

  it('matches the golden picture', () => golden('seed1.png', png, samePicture));

  it('is the SVG at 2×, opaque, with the bars where the SVG puts them', () => {
    const svg = standaloneSvg(input.trace, { title: 'seed1' });
    const p = decodePng(png);
    expect([p.width, p.height]).toEqual([svg.width * PNG_SCALE, svg.height * PNG_SCALE]);
    expect(pixel(p, 2, 2)).toEqual([255, 255, 255, 255]);
    // Task-1 (row 0) waits for Task-2 the whole run: its bar's fill is the waiting colour.
    const rowMid = (row: number) => (22 + row * 26 + 13) * PNG_SCALE;
    const [r, g, b] = pixel(p, (120 + 300) * PNG_SCALE, rowMid(0));
    expect([r, g, b]).toEqual([0xe3, 0xf5, 0xef]);
  });

  it('draws the labels with the bundled font (system fonts are not read)', async () => {
    const withText = decodePng(await rasterizeInNode(standaloneSvg(input.trace), 1));
    // The label column holds dark glyph pixels only if a font was found.
    let dark = 0;
    for (let y = 22; y < withText.height; y++) for (let x = 0; x < 100; x++) if (pixel(withText, x, y)[0] < 128) dark++;
    expect(dark).toBeGreaterThan(50);
  });
});
