/**
 * PNG in Node (the CLI) with resvg: a Rust SVG renderer whose prebuilt binary comes as an
 * optional npm dependency for each platform, so nothing is downloaded at run time. Fonts are
 * DejaVu Sans from the dejavu-fonts-ttf package, not the system's: the picture is the same
 * on a machine without fonts, and the golden test can compare pixels.
 */
import { createRequire } from 'node:module';
import type { SvgDocument } from '../svg/standalone-svg.ts';

const fontFiles = (require: NodeRequire): string[] =>
  ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));

export async function rasterizeInNode(svg: SvgDocument, scale: number): Promise<Uint8Array> {
  // Required here, not imported at the top: in the CLI bundle a top-level import of this external
  // package loads its native binary (and probes the libc) on every start, even with no PNG to
  // make. require, not import(): the CLI bundle runs from a V8 code cache, which keeps no
  // dynamic-import hook (src/cli/load-bundle.mjs).
  const require = createRequire(import.meta.url);
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const resvg = new Resvg(svg.text, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: fontFiles(require), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', monospaceFamily: 'DejaVu Sans Mono' },
  });
  return resvg.render().asPng();
}
