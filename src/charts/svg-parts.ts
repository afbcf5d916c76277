import { format, utcFormat } from 'd3';
import type { ChartOptions } from './chart-options.ts';
import { PALETTE } from './palette.ts';
import { escapeXml, num } from './xml.ts';

/** Chart options with every default filled in. */
export interface ResolvedOptions {
  width: number;
  height: number;
  label: (code: string) => string;
  formatNumber: (n: number) => string;
  formatShare: (n: number) => string;
  formatMonth: (ms: number) => string;
  idPrefix: string;
  /** True when the caller gave a label for `code`. */
  hasLabel: (code: string) => boolean;
}

const monthFormatter = utcFormat('%Y-%m');
const formatMonthDefault = (ms: number): string => monthFormatter(new Date(ms));

/** Fills defaults into chart options; `height` defaults to the chart's own default. */
export function resolveOptions(options: ChartOptions, defaultHeight: number): ResolvedOptions {
  const labels = options.labels ?? {};
  return {
    width: options.width ?? 640,
    height: options.height ?? defaultHeight,
    label: (code) => labels[code] ?? code,
    hasLabel: (code) => labels[code] !== undefined,
    formatNumber: options.formatNumber ?? format(',d'),
    formatShare: options.formatShare ?? format('.0%'),
    formatMonth: options.formatMonth ?? formatMonthDefault,
    idPrefix: (options.idPrefix ?? 'rutas').replace(/[^A-Za-z0-9_-]/g, '_'),
  };
}

/** Rough text width for a sans-serif font without a DOM (0.58 em per character). */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.58;
}

/** Shortens text to fit `width` pixels, ending with an ellipsis. */
export function fitText(text: string, width: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.58)) - 1);
  return `${text.slice(0, chars)}…`;
}

/** An SVG text element; `text` is escaped. */
export function text(
  x: number,
  y: number,
  content: string,
  attrs: {
    anchor?: 'start' | 'middle' | 'end';
    size?: number;
    fill?: string;
    weight?: string;
    baseline?: string;
  } = {},
): string {
  const a = [`x="${num(x)}"`, `y="${num(y)}"`];
  if (attrs.anchor && attrs.anchor !== 'start') a.push(`text-anchor="${attrs.anchor}"`);
  if (attrs.size) a.push(`font-size="${attrs.size}"`);
  a.push(`fill="${attrs.fill ?? PALETTE.text}"`);
  if (attrs.weight) a.push(`font-weight="${attrs.weight}"`);
  if (attrs.baseline) a.push(`dominant-baseline="${attrs.baseline}"`);
  return `<text ${a.join(' ')}>${escapeXml(content)}</text>`;
}

/** Opening tag, title and hatch pattern of a chart; close with `</svg>`. */
export function svgOpen(o: ResolvedOptions, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12" role="img" aria-label="${escapeXml(title)}">
<title>${escapeXml(title)}</title>
<defs><pattern id="${escapeXml(o.idPrefix)}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#FFFFFF"/><line x1="0" y1="0" x2="0" y2="6" stroke="${PALETTE.suppressed}" stroke-width="2"/></pattern></defs>
<rect width="${o.width}" height="${o.height}" fill="#FFFFFF"/>`;
}

/**
 * What a hidden count reads as, wherever a chart writes one. A chart never knows why a count
 * is hidden (the protected cube hands over `null` for a small count and for a count hidden
 * to protect one alike), so it never writes "<k": that would claim a cell is small when it
 * may hold 40, and would tell a reader which hidden cells are the small ones.
 */
export const HIDDEN_TEXT = '—';

/** A hidden cell: hatched, outlined, labelled "—" when there is room — never a number. */
export function suppressedCell(o: ResolvedOptions, x: number, y: number, w: number, h: number): string {
  const rect = `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="url(#${escapeXml(o.idPrefix)}-hatch)" stroke="${PALETTE.suppressed}"/>`;
  if (w < textWidth(HIDDEN_TEXT, 11) + 4 || h < 12) return rect;
  return `${rect}${text(x + w / 2, y + h / 2 + 4, HIDDEN_TEXT, { anchor: 'middle', size: 11, fill: PALETTE.text, weight: '600' })}`;
}

/**
 * The legend entry of hidden cells: the hatch swatch and `labels.suppressed` (e.g. "Hidden
 * (small count or to protect one)"), with no threshold, since a hidden cell need not be small.
 */
export function hiddenLegendItem(o: ResolvedOptions): LegendItem {
  return { label: o.label('suppressed'), color: PALETTE.suppressed, shape: 'hatch' };
}

/** A legend item. */
export interface LegendItem {
  label: string;
  color: string;
  /** `line` for series, `box` for areas, `hatch` for the suppressed swatch. */
  shape: 'line' | 'box' | 'hatch';
}

/** Lays legend items left to right, wrapping at `maxWidth`; returns the SVG and its height. */
export function legend(
  o: ResolvedOptions,
  items: LegendItem[],
  x: number,
  y: number,
  maxWidth: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = 18 + textWidth(item.label) + 16;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += 18;
    }
    if (item.shape === 'line') {
      parts.push(
        `<line x1="${num(cx)}" y1="${num(cy)}" x2="${num(cx + 14)}" y2="${num(cy)}" stroke="${item.color}" stroke-width="3"/>`,
      );
    } else {
      const fill = item.shape === 'hatch' ? `url(#${escapeXml(o.idPrefix)}-hatch)` : item.color;
      parts.push(
        `<rect x="${num(cx)}" y="${num(cy - 6)}" width="12" height="12" fill="${fill}" stroke="${item.shape === 'hatch' ? PALETTE.suppressed : 'none'}"/>`,
      );
    }
    parts.push(text(cx + 18, cy + 4, item.label, { fill: PALETTE.text }));
    cx += w;
  }
  return { svg: parts.join(''), height: cy - y + 18 };
}

/** Horizontal grid lines and left tick labels of a linear y scale. */
export function yAxis(
  o: ResolvedOptions,
  scale: { (v: number): number; ticks(n: number): number[] },
  left: number,
  right: number,
  tickCount: number,
): string {
  return scale
    .ticks(tickCount)
    .map((t) => {
      const y = scale(t);
      return `<line x1="${num(left)}" x2="${num(right)}" y1="${num(y)}" y2="${num(y)}" stroke="${t === 0 ? PALETTE.axis : PALETTE.grid}"/>${text(left - 6, y + 4, o.formatNumber(t), { anchor: 'end', fill: PALETTE.mutedText, size: 11 })}`;
    })
    .join('');
}

/** Month ticks of a UTC time scale, thinned so labels never overlap. */
export function xMonthAxis(
  o: ResolvedOptions,
  scale: { (v: Date): number; ticks(n: number): Date[] },
  y: number,
  plotWidth: number,
): string {
  const sample = o.formatMonth(Date.UTC(2020, 11, 1));
  const count = Math.max(2, Math.floor(plotWidth / (textWidth(sample, 11) + 24)));
  return scale
    .ticks(count)
    .map((d) => {
      const x = scale(d);
      return `<line x1="${num(x)}" x2="${num(x)}" y1="${num(y)}" y2="${num(y + 4)}" stroke="${PALETTE.axis}"/>${text(x, y + 17, o.formatMonth(d.getTime()), { anchor: 'middle', fill: PALETTE.mutedText, size: 11 })}`;
    })
    .join('');
}

/** Text colours: on a coloured bar, and muted annotations. */
export const PALETTE_TEXT = { onColor: '#111111', muted: PALETTE.mutedText } as const;
