import { line, max, scaleLinear, scaleUtc } from 'd3';
import type { ChartOptions } from './chart-options.ts';
import type { SeriesColumns } from './columns.ts';
import { colorOf, PALETTE } from './palette.ts';
import {
  hiddenLegendItem,
  type LegendItem,
  legend,
  resolveOptions,
  svgOpen,
  text,
  xMonthAxis,
  yAxis,
} from './svg-parts.ts';
import { timeSeriesLayout } from './time-series-layout.ts';
import { num } from './xml.ts';

/** Options of {@link timeSeriesChart}. */
export interface TimeSeriesOptions extends ChartOptions {
  /** Brushed range to highlight, `[first, last]` months (epoch ms). */
  brush?: readonly [number, number];
  /** Event marker date (epoch ms), e.g. 2020-03-01; its label is `labels.event`. */
  eventDate?: number;
  /** Series order (codes); default: order of first appearance. */
  seriesOrder?: readonly string[];
}

/** Groups long columns into one sorted list of [month, value] per series. */
function groupSeries(columns: SeriesColumns, order?: readonly string[]): Map<string, [number, number][]> {
  const groups = new Map<string, [number, number][]>();
  for (const key of order ?? []) groups.set(key, []);
  for (let i = 0; i < columns.series.length; i++) {
    const key = columns.series[i] as string;
    let g = groups.get(key);
    if (!g) {
      g = [];
      groups.set(key, g);
    }
    g.push([columns.month[i] as number, columns.value[i] as number]);
  }
  for (const g of groups.values()) g.sort((a, b) => a[0] - b[0]);
  return groups;
}

/**
 * Monthly time series, one line per series (crime types keep their fixed colours), with
 * legend, y axis with its unit (`labels.yAxis`), optional brushed range and event marker.
 * NaN values are hidden months (small, or hidden to protect one: the chart is not told which):
 * the line breaks there, a hatched tick marks them on the baseline, and the legend explains
 * the hatch (`labels.suppressed`). Returns an SVG string; no DOM needed.
 */
export function timeSeriesChart(columns: SeriesColumns, options: TimeSeriesOptions = {}): string {
  const o = resolveOptions(options, 320);
  const layout = timeSeriesLayout(columns, o.width);
  const groups = groupSeries(columns, options.seriesOrder);
  const keys = [...groups.keys()].filter((k) => (groups.get(k)?.length ?? 0) > 0);
  const title = o.label('title');
  const items: LegendItem[] = keys.map((k, i) => ({
    label: o.label(k),
    color: colorOf(k, i),
    shape: 'line',
  }));
  const anySuppressed = columns.value.some((v) => Number.isNaN(v));
  if (anySuppressed) items.push(hiddenLegendItem(o));
  const titleHeight = o.hasLabel('title') ? 22 : 0;
  const lg = legend(o, items, layout.left, 14 + titleHeight, layout.right - layout.left);
  const top = 14 + titleHeight + lg.height + 16;
  const bottom = o.height - 28;
  const x = scaleUtc()
    .domain([new Date(layout.start), new Date(layout.end)])
    .range([layout.left, layout.right]);
  const ymax = max(columns.value.filter((v) => !Number.isNaN(v))) ?? 1;
  const y = scaleLinear()
    .domain([0, Math.max(1, ymax)])
    .nice(5)
    .range([bottom, top]);
  const parts = [svgOpen(o, title)];
  if (titleHeight) parts.push(text(layout.left, 16, title, { weight: '600', size: 14 }));
  parts.push(lg.svg);
  parts.push(
    text(layout.left - 6, top - 8, o.label('yAxis'), { fill: PALETTE.mutedText, size: 11, anchor: 'start' }),
  );
  if (options.brush) {
    const [b0, b1] = options.brush;
    const x0 = x(new Date(b0));
    const x1 = x(new Date(b1));
    parts.push(
      `<rect x="${num(x0)}" y="${num(top)}" width="${num(Math.max(1, x1 - x0))}" height="${num(bottom - top)}" fill="${PALETTE.brushFill}" stroke="${PALETTE.brush}" stroke-dasharray="2 2"/>`,
    );
  }
  parts.push(yAxis(o, y, layout.left, layout.right, 5));
  parts.push(xMonthAxis(o, x, bottom, layout.right - layout.left));
  if (
    options.eventDate !== undefined &&
    options.eventDate >= layout.start &&
    options.eventDate <= layout.end
  ) {
    const ex = x(new Date(options.eventDate));
    const label = o.hasLabel('event') ? o.label('event') : o.formatMonth(options.eventDate);
    parts.push(
      `<line x1="${num(ex)}" x2="${num(ex)}" y1="${num(top)}" y2="${num(bottom)}" stroke="${PALETTE.event}" stroke-dasharray="4 3"/>`,
    );
    const anchor = ex > layout.right - 80 ? 'end' : 'start';
    parts.push(
      text(anchor === 'end' ? ex - 4 : ex + 4, top + 10, label, { size: 11, fill: PALETTE.event, anchor }),
    );
  }
  const path = line<[number, number]>()
    .defined((d) => !Number.isNaN(d[1]))
    .x((d) => x(new Date(d[0])))
    .y((d) => y(d[1]))
    .digits(2);
  keys.forEach((k, i) => {
    const pts = groups.get(k) ?? [];
    const color = colorOf(k, i);
    parts.push(
      `<path d="${path(pts) ?? ''}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round"/>`,
    );
    for (const [m, v] of pts) {
      if (Number.isNaN(v)) {
        parts.push(
          `<rect x="${num(x(new Date(m)) - 3)}" y="${num(bottom - 8)}" width="6" height="8" fill="url(#${o.idPrefix}-hatch)" stroke="${color}"/>`,
        );
      }
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}
