/**
 * The map as an image file: the base map (MapLibre) and the data layers (deck.gl) canvases
 * composed on one 2D canvas with the title, the legend, the period, the source and the
 * notes a figure must never travel without (detected cases, not prevalence; suppression).
 */

/** Output sizes offered for the map image, in pixels. */
export const MAP_IMAGE_SIZES = {
  hd: { width: 1920, height: 1080 },
  uhd: { width: 3840, height: 2160 },
  /** A4 landscape (297 × 210 mm) at 300 dpi. */
  a4: { width: 3508, height: 2480 },
} as const;

/** A map image size name. */
export type MapImageSize = keyof typeof MAP_IMAGE_SIZES;

/** One legend entry: a translated label and a CSS colour. */
export interface MapLegendItem {
  label: string;
  color: string;
}

/** The translated text of a map image. Values from data are drawn as canvas text only. */
export interface MapImageText {
  title: string;
  /** e.g. "Jan 2019 – Dec 2023". */
  period: string;
  /** Source and dataset name, with the SYNTHETIC mark when the data is generated. */
  source: string;
  legendTitle: string;
  legend: readonly MapLegendItem[];
  /** Lines at the foot: "detected cases, not prevalence", the suppression note, … */
  notes: readonly string[];
}

/** A rectangle on the output canvas. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything goes on an image of a given size; pure, so it is unit-testable. */
export interface MapImageLayout {
  /** Pixels per "design pixel" of the 1920-wide layout. */
  scale: number;
  header: Rect;
  map: Rect;
  footer: Rect;
}

/** Splits the image into header, map and footer bands, proportional to a 1920-wide design. */
export function mapImageLayout(width: number, height: number, noteLines: number): MapImageLayout {
  const scale = width / 1920;
  const margin = Math.round(32 * scale);
  const headerHeight = Math.round(110 * scale);
  const footerHeight = Math.round((24 + 30 * Math.max(1, noteLines)) * scale);
  const mapHeight = Math.max(1, height - headerHeight - footerHeight);
  return {
    scale,
    header: { x: margin, y: 0, width: width - 2 * margin, height: headerHeight },
    map: { x: margin, y: headerHeight, width: width - 2 * margin, height: mapHeight },
    footer: { x: margin, y: headerHeight + mapHeight, width: width - 2 * margin, height: footerHeight },
  };
}

/** The largest rectangle with the source's aspect ratio that fits `box`, centred in it. */
export function containRect(sourceWidth: number, sourceHeight: number, box: Rect): Rect {
  if (sourceWidth <= 0 || sourceHeight <= 0) return box;
  const s = Math.min(box.width / sourceWidth, box.height / sourceHeight);
  const width = sourceWidth * s;
  const height = sourceHeight * s;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/**
 * The WebGL canvases of the map, bottom to top (MapLibre's base map, then deck.gl's
 * overlay), found under `[data-testid="map"]`. They keep their last frame because the map
 * is created with `preserveDrawingBuffer: true`.
 */
export function findMapCanvases(root: ParentNode = document): HTMLCanvasElement[] {
  return [...root.querySelectorAll<HTMLCanvasElement>('[data-testid="map"] canvas')].filter(
    (c) => c.width > 0 && c.height > 0,
  );
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const TEXT = '#1a1a1a';
const MUTED = '#555555';

/**
 * Draws the map image on a new canvas: white page, header (title; period · source), the
 * map canvases scaled to fit the map band (same aspect ratio, centred), a legend box in the
 * map's lower-left corner and the notes in the footer. Browser only.
 */
export function composeMapImage(
  canvases: readonly HTMLCanvasElement[],
  width: number,
  height: number,
  text: MapImageText,
): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  const layout = mapImageLayout(width, height, text.notes.length);
  const s = layout.scale;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, width, height);

  const first = canvases[0];
  const target = first ? containRect(first.width, first.height, layout.map) : layout.map;
  ctx.fillStyle = '#EEF2F5';
  ctx.fillRect(target.x, target.y, target.width, target.height);
  for (const c of canvases) ctx.drawImage(c, target.x, target.y, target.width, target.height);
  ctx.strokeStyle = '#BBBBBB';
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(target.x, target.y, target.width, target.height);

  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = TEXT;
  ctx.font = `600 ${Math.round(40 * s)}px ${FONT}`;
  ctx.fillText(text.title, layout.header.x, layout.header.y + 54 * s, layout.header.width);
  ctx.fillStyle = MUTED;
  ctx.font = `${Math.round(22 * s)}px ${FONT}`;
  ctx.fillText(
    `${text.period} · ${text.source}`,
    layout.header.x,
    layout.header.y + 92 * s,
    layout.header.width,
  );

  drawLegend(ctx, text, target, s);

  ctx.fillStyle = TEXT;
  ctx.font = `${Math.round(20 * s)}px ${FONT}`;
  text.notes.forEach((line, i) => {
    ctx.fillText(line, layout.footer.x, layout.footer.y + (34 + 30 * i) * s, layout.footer.width);
  });
  return out;
}

function drawLegend(ctx: CanvasRenderingContext2D, text: MapImageText, map: Rect, s: number): void {
  const pad = 14 * s;
  const row = 28 * s;
  ctx.font = `${Math.round(18 * s)}px ${FONT}`;
  const labelWidth = Math.max(
    ctx.measureText(text.legendTitle).width,
    ...text.legend.map((i) => ctx.measureText(i.label).width + 30 * s),
  );
  const box: Rect = {
    x: map.x + 16 * s,
    y: 0,
    width: labelWidth + 2 * pad,
    height: pad * 2 + row * (text.legend.length + 1),
  };
  box.y = map.y + map.height - box.height - 16 * s;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = '#BBBBBB';
  ctx.strokeRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = TEXT;
  ctx.font = `600 ${Math.round(18 * s)}px ${FONT}`;
  ctx.fillText(text.legendTitle, box.x + pad, box.y + pad + 18 * s);
  ctx.font = `${Math.round(18 * s)}px ${FONT}`;
  text.legend.forEach((item, i) => {
    const y = box.y + pad + row * (i + 1);
    ctx.fillStyle = item.color;
    ctx.fillRect(box.x + pad, y + 4 * s, 20 * s, 16 * s);
    ctx.fillStyle = TEXT;
    ctx.fillText(item.label, box.x + pad + 30 * s, y + 18 * s);
  });
}
