import { max, scaleLinear } from 'd3';
import type { ChartOptions } from './chart-options.ts';
import { PALETTE } from './palette.ts';
import {
  hiddenLegendItem,
  legend,
  resolveOptions,
  suppressedCell,
  svgOpen,
  text,
  textWidth,
} from './svg-parts.ts';
import { num } from './xml.ts';

/** Rows of a population pyramid: left side (men/boys) and right side (women/girls). */
export interface PyramidColumns {
  /** Row codes, top to bottom (e.g. `adults`, `children`). */
  rows: string[];
  /** Left counts per row; null = suppressed. */
  left: (number | null)[];
  /** Right counts per row; null = suppressed. */
  right: (number | null)[];
  /** Colour code per row and side, e.g. ['men', 'boys'] and ['women', 'girls']. */
  leftColors: string[];
  rightColors: string[];
}

/**
 * Builds pyramid columns from sex/age totals: adults (men | women) over children
 * (boys | girls). Unknown sex/age has no side and is left out (the stacked bars show it).
 */
export function toPyramidColumns(t: {
  women: number | null;
  men: number | null;
  girls: number | null;
  boys: number | null;
}): PyramidColumns {
  return {
    rows: ['adults', 'children'],
    left: [t.men, t.boys],
    right: [t.women, t.girls],
    leftColors: [PALETTE.men, PALETTE.boys],
    rightColors: [PALETTE.women, PALETTE.girls],
  };
}

const ROW = 44;
const BAR = 30;

/**
 * Population-pyramid view: men and boys to the left, women and girls to the right of a
 * shared centre, one symmetric scale, counts at the bar ends, row labels in the middle
 * column. Side headings come from `labels.left` / `labels.right`; a hidden count (null) is a
 * hatched "—" cell, explained under the pyramid by `labels.suppressed` when given.
 */
export function pyramidChart(columns: PyramidColumns, options: ChartOptions = {}): string {
  const o0 = resolveOptions(options, 0);
  const titleHeight = o0.hasLabel('title') ? 24 : 0;
  const anyHidden = [...columns.left, ...columns.right].some((v) => v === null || v === undefined);
  const hiddenHeight = anyHidden && o0.hasLabel('suppressed') ? 22 : 0;
  const o = resolveOptions(options, titleHeight + 30 + columns.rows.length * ROW + 12 + hiddenHeight);
  const rowNames = columns.rows.map((r) => o.label(r));
  const mid = o.width / 2;
  const gap = Math.max(...rowNames.map((s) => textWidth(s))) / 2 + 12;
  const values = [...columns.left, ...columns.right].filter((v): v is number => v !== null);
  const counts = values.map((v) => textWidth(o.formatNumber(v), 11));
  const room = mid - gap - 12 - Math.max(36, ...counts) - 6;
  const w = scaleLinear()
    .domain([0, Math.max(1, max(values) ?? 1)])
    .range([0, room]);
  const title = o.label('title');
  const parts = [svgOpen(o, title)];
  if (titleHeight) parts.push(text(12, 18, title, { weight: '600', size: 14 }));
  const top = titleHeight + 30;
  parts.push(text(mid - gap, top - 10, o.label('left'), { anchor: 'end', weight: '600', fill: PALETTE.men }));
  parts.push(text(mid + gap, top - 10, o.label('right'), { weight: '600', fill: PALETTE.women }));
  columns.rows.forEach((_, i) => {
    const yRow = top + i * ROW;
    const yBar = yRow + (ROW - BAR) / 2;
    const cy = yRow + ROW / 2 + 4;
    parts.push(text(mid, cy, rowNames[i] as string, { anchor: 'middle' }));
    const l = columns.left[i];
    if (l === null || l === undefined) parts.push(suppressedCell(o, mid - gap - 36, yBar, 36, BAR));
    else {
      const lw = w(l);
      parts.push(
        `<rect x="${num(mid - gap - lw)}" y="${num(yBar)}" width="${num(lw)}" height="${BAR}" fill="${columns.leftColors[i] ?? PALETTE.men}"/>`,
      );
      parts.push(
        text(mid - gap - lw - 6, cy, o.formatNumber(l), { anchor: 'end', size: 11, fill: PALETTE.mutedText }),
      );
    }
    const r = columns.right[i];
    if (r === null || r === undefined) parts.push(suppressedCell(o, mid + gap, yBar, 36, BAR));
    else {
      const rw = w(r);
      parts.push(
        `<rect x="${num(mid + gap)}" y="${num(yBar)}" width="${num(rw)}" height="${BAR}" fill="${columns.rightColors[i] ?? PALETTE.women}"/>`,
      );
      parts.push(text(mid + gap + rw + 6, cy, o.formatNumber(r), { size: 11, fill: PALETTE.mutedText }));
    }
  });
  parts.push(
    `<line x1="${num(mid - gap)}" x2="${num(mid - gap)}" y1="${num(top)}" y2="${num(top + columns.rows.length * ROW)}" stroke="${PALETTE.axis}"/>`,
  );
  parts.push(
    `<line x1="${num(mid + gap)}" x2="${num(mid + gap)}" y1="${num(top)}" y2="${num(top + columns.rows.length * ROW)}" stroke="${PALETTE.axis}"/>`,
  );
  if (hiddenHeight) parts.push(legend(o, [hiddenLegendItem(o)], 12, o.height - 14, o.width - 24).svg);
  parts.push('</svg>');
  return parts.join('\n');
}
