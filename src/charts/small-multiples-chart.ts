import { line, max, scaleLinear, scaleUtc } from 'd3';
import type { ChartOptions } from './chart-options.ts';
import type { SeriesColumns } from './columns.ts';
import { PALETTE } from './palette.ts';
import { fitText, hiddenLegendItem, legend, resolveOptions, svgOpen, text, textWidth } from './svg-parts.ts';
import { num } from './xml.ts';

/** Options of {@link smallMultiplesChart}. */
export interface SmallMultiplesOptions extends ChartOptions {
  /** Panel order (codes); default order of first appearance (the query ranks by total). */
  order?: readonly string[];
  /** One y scale for all panels (compare levels) or one per panel (compare shapes); default shared. */
  sharedY?: boolean;
  /** Line colour; default the accent colour. */
  color?: string;
}

const PANEL_MIN_WIDTH = 170;
const PANEL_HEIGHT = 96;

/**
 * Small multiples: one mini line chart per key (country), in a grid, sharing the time axis.
 * Each panel shows its name, its maximum (the y unit is `labels.yAxis`, printed once under
 * the title) and first/last month under the bottom row. NaN = hidden month (small, or hidden
 * to protect one: the chart is not told which): a gap in the line and a hatched tick on the
 * panel's baseline, explained beside the unit by `labels.suppressed` when given.
 */
export function smallMultiplesChart(columns: SeriesColumns, options: SmallMultiplesOptions = {}): string {
  const groups = new Map<string, [number, number][]>();
  for (const k of options.order ?? []) groups.set(k, []);
  columns.series.forEach((k, i) => {
    const g = groups.get(k) ?? [];
    g.push([columns.month[i] as number, columns.value[i] as number]);
    groups.set(k, g);
  });
  for (const g of groups.values()) g.sort((a, b) => a[0] - b[0]);
  const keys = [...groups.keys()];
  const o0 = resolveOptions(options, 0);
  const cols = Math.max(1, Math.floor((o0.width - 16) / PANEL_MIN_WIDTH));
  const rowsN = Math.ceil(keys.length / cols);
  const header = (o0.hasLabel('title') ? 24 : 0) + 22;
  const o = resolveOptions(options, header + rowsN * (PANEL_HEIGHT + 12) + 22);
  const panelW = (o.width - 16) / cols;
  const months = Array.from(columns.month);
  const start = Math.min(...months);
  const end = Math.max(...months);
  const finite = (g: [number, number][]) => g.map((d) => d[1]).filter((v) => !Number.isNaN(v));
  const globalMax = Math.max(1, max(Array.from(columns.value).filter((v) => !Number.isNaN(v))) ?? 1);
  const title = o.label('title');
  const parts = [svgOpen(o, title)];
  if (o.hasLabel('title')) parts.push(text(8, 18, title, { weight: '600', size: 14 }));
  parts.push(text(8, header - 8, o.label('yAxis'), { size: 11, fill: PALETTE.mutedText }));
  if (o.hasLabel('suppressed') && columns.value.some((v) => Number.isNaN(v))) {
    const item = hiddenLegendItem(o);
    const x = Math.max(16 + textWidth(o.label('yAxis'), 11) + 16, o.width - 8 - (18 + textWidth(item.label)));
    parts.push(legend(o, [item], x, header - 12, o.width - x).svg);
  }
  keys.forEach((k, i) => {
    const g = groups.get(k) ?? [];
    const px = 8 + (i % cols) * panelW;
    const py = header + Math.floor(i / cols) * (PANEL_HEIGHT + 12);
    const x = scaleUtc()
      .domain([new Date(start), new Date(end)])
      .range([px + 6, px + panelW - 10]);
    const ymax = options.sharedY === false ? Math.max(1, max(finite(g)) ?? 1) : globalMax;
    const y = scaleLinear()
      .domain([0, ymax])
      .range([py + PANEL_HEIGHT - 4, py + 22]);
    parts.push(
      `<rect x="${num(px)}" y="${num(py)}" width="${num(panelW - 6)}" height="${PANEL_HEIGHT}" fill="#FAFAFA" stroke="${PALETTE.grid}"/>`,
    );
    parts.push(text(px + 6, py + 15, fitText(o.label(k), panelW - 70), { weight: '600' }));
    parts.push(
      text(px + panelW - 12, py + 15, `${o.label('max')} ${o.formatNumber(max(finite(g)) ?? 0)}`, {
        anchor: 'end',
        size: 10,
        fill: PALETTE.mutedText,
      }),
    );
    parts.push(
      `<line x1="${num(px + 6)}" x2="${num(px + panelW - 10)}" y1="${num(y(0))}" y2="${num(y(0))}" stroke="${PALETTE.axis}"/>`,
    );
    const path = line<[number, number]>()
      .defined((d) => !Number.isNaN(d[1]))
      .x((d) => x(new Date(d[0])))
      .y((d) => y(d[1]))
      .digits(2);
    const color = options.color ?? PALETTE.accent;
    parts.push(`<path d="${path(g) ?? ''}" fill="none" stroke="${color}" stroke-width="1.5"/>`);
    for (const [m, v] of g) {
      if (!Number.isNaN(v)) continue;
      parts.push(
        `<rect x="${num(x(new Date(m)) - 2.5)}" y="${num(y(0) - 6)}" width="5" height="6" fill="url(#${o.idPrefix}-hatch)" stroke="${color}"/>`,
      );
    }
  });
  const yAxisLabel = o.height - 8;
  parts.push(
    text(8, yAxisLabel, `${o.formatMonth(start)} – ${o.formatMonth(end)}`, {
      size: 11,
      fill: PALETTE.mutedText,
    }),
  );
  parts.push('</svg>');
  return parts.join('\n');
}
