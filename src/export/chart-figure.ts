import { embedPngText } from './png-text.ts';
import { type Provenance, serializeProvenance } from './provenance.ts';
import { embedSvgMetadata } from './svg-metadata.ts';

/** PNG text keyword under which figures (charts and the map) carry their provenance JSON. */
export const FIGURE_PROVENANCE_KEY = 'rutas:provenance';

/**
 * Size charts are drawn at for print, in SVG user units (= CSS pixels): 12 px chart text
 * then reads at about 9 pt across a landscape A4 page or a 16:9 slide.
 */
export const PRINT_CHART_SIZE = { width: 1200, height: 675 } as const;

/** PNG pixels per SVG unit: 3 gives 3600 px across, 300 dpi over a 30 cm wide print. */
export const PNG_CHART_SCALE = 3;

/** The `width` and `height` attributes of an SVG's root element, or null when absent. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * An SVG string from a chart function, ready to be a file: the provenance in its
 * `<metadata>` and an XML declaration so editors read it as UTF-8. The chart functions
 * already escape every value taken from data, so the file holds text, never markup from data.
 */
export function toSvgFile(svg: string, provenance: Provenance): string {
  const body = embedSvgMetadata(svg.replace(/^<\?xml[^>]*>\s*/, ''), provenance);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/** A PNG with the provenance JSON in an iTXt chunk under {@link FIGURE_PROVENANCE_KEY}. */
export function pngWithProvenance(png: Uint8Array, provenance: Provenance): Uint8Array {
  return embedPngText(png, FIGURE_PROVENANCE_KEY, serializeProvenance(provenance));
}

/** Encodes a canvas as PNG bytes (browser only). */
export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas could not be encoded as PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Rasterises an SVG string to PNG bytes at `scale` pixels per SVG unit (browser only): the
 * SVG is loaded as an image from a blob: URL (allowed by the app's CSP, no network) and
 * drawn on a white canvas. `width`/`height` are the SVG's own size in user units.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
