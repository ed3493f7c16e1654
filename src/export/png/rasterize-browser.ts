/**
 * PNG in the browser: the standalone SVG drawn onto a canvas at `scale` and read back. The
 * SVG has no foreignObject and no external references, so the canvas stays readable.
 */
import type { SvgDocument } from '../svg/standalone-svg.ts';
import type { ExportPlatform } from '../types.ts';

export async function rasterizeInBrowser(svg: SvgDocument, scale: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image(svg.width, svg.height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export const BROWSER_PLATFORM: ExportPlatform = { rasterize: rasterizeInBrowser };
