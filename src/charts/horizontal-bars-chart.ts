import { max, scaleLinear } from 'd3';
import type { ChartOptions } from './chart-options.ts';
import type { CategoryColumns } from './columns.ts';
import { PALETTE } from './palette.ts';
import {
  fitText,
  hiddenLegendItem,
  legend,
  resolveOptions,
  suppressedCell,
  svgOpen,
  text,
  textWidth,
} from './svg-parts.ts';
import { num } from './xml.ts';

/** Options of {@link horizontalBarsChart}. */
export interface HorizontalBarsOptions extends ChartOptions {
  /** Bar colour; default the accent colour. */
  color?: string;
  /**
   * `count` (default): bars are counts. `share`: values are shares 0–1 drawn on a 0–100 %
   * axis, and each row also shows its base (`columns.base`) as "n = …".
   */
  mode?: 'count' | 'share';
}

const ROW = 26;
const BAR = 16;

/**
 * Horizontal bars for a breakdown (forms of exploitation, top nationalities, detection
 * source, share of women and girls by subregion). Category codes are translated through
 * `labels`; values are written at the bar end; a null value is a hidden cell, hatched and
 * written "—" (small, or hidden to protect one: the chart is not told which), explained under
 * the bars by `labels.suppressed` when given. `labels.note` is printed under the bars (e.g.
 * "a case can count in several forms"). Height grows with the number of rows unless given.
 */
export function horizontalBarsChart(columns: CategoryColumns, options: HorizontalBarsOptions = {}): string {
  const n = columns.category.length;
  const share = options.mode === 'share';
  const o0 = resolveOptions(options, 0);
  const titleHeight = o0.hasLabel('title') ? 24 : 0;
  const noteHeight = o0.hasLabel('note') ? 20 : 0;
  const anyHidden = columns.value.some((v) => v === null || v === undefined);
  const hiddenHeight = anyHidden && o0.hasLabel('suppressed') ? 20 : 0;
  const o = resolveOptions(options, titleHeight + 12 + n * ROW + 24 + hiddenHeight + noteHeight);
  const names = columns.category.map((c) => o.label(c));
  const labelWidth = Math.min(o.width * 0.35, Math.max(60, ...names.map((s) => textWidth(s))) + 8);
  const left = labelWidth + 12;
  const valueTexts = columns.value.map((v, i) => {
    if (v === null) return '';
    const base = columns.base?.[i];
    if (!share) return o.formatNumber(v);
    return base === null || base === undefined
      ? o.formatShare(v)
      : `${o.formatShare(v)} (n = ${o.formatNumber(base)})`;
  });
  const right = o.width - 12 - Math.max(40, ...valueTexts.map((s) => textWidth(s, 11))) - 8;
  const vmax = share ? 1 : Math.max(1, max(columns.value.filter((v): v is number => v !== null)) ?? 1);
  const x = scaleLinear().domain([0, vmax]).range([left, right]);
  const top = titleHeight + 12;
  const title = o.label('title');
  const parts = [svgOpen(o, title)];
  if (titleHeight) parts.push(text(12, 18, title, { weight: '600', size: 14 }));
  columns.category.forEach((_, i) => {
    const yRow = top + i * ROW;
    const yBar = yRow + (ROW - BAR) / 2;
    parts.push(
      text(left - 8, yRow + ROW / 2 + 4, fitText(names[i] as string, labelWidth), { anchor: 'end' }),
    );
    const v = columns.value[i];
    if (v === null || v === undefined) {
      parts.push(suppressedCell(o, left, yBar, 36, BAR));
      return;
    }
    const w = Math.max(v > 0 ? 1 : 0, x(v) - left);
    parts.push(
      `<rect x="${num(left)}" y="${num(yBar)}" width="${num(w)}" height="${BAR}" fill="${options.color ?? PALETTE.accent}"/>`,
    );
    parts.push(
      text(left + w + 6, yRow + ROW / 2 + 4, valueTexts[i] as string, { size: 11, fill: PALETTE.mutedText }),
    );
  });
  const axisY = top + n * ROW + 2;
  parts.push(
    `<line x1="${num(left)}" x2="${num(left)}" y1="${num(top)}" y2="${num(axisY)}" stroke="${PALETTE.axis}"/>`,
  );
  if (share) {
    for (const t of [0, 0.5, 1])
      parts.push(
        text(x(t), axisY + 14, o.formatShare(t), { anchor: 'middle', size: 11, fill: PALETTE.mutedText }),
      );
  } else if (o.hasLabel('xAxis')) {
    parts.push(text(left, axisY + 14, o.label('xAxis'), { size: 11, fill: PALETTE.mutedText }));
  }
  if (hiddenHeight)
    parts.push(legend(o, [hiddenLegendItem(o)], 12, o.height - noteHeight - 14, o.width - 24).svg);
  if (noteHeight) parts.push(text(12, o.height - 8, o.label('note'), { size: 11, fill: PALETTE.mutedText }));
  parts.push('</svg>');
  return parts.join('\n');
}
