import type { ChartOptions } from './chart-options.ts';
import { colorOf, textOn } from './palette.ts';
import {
  type LegendItem,
  legend,
  PALETTE_TEXT,
  resolveOptions,
  suppressedCell,
  svgOpen,
  text,
  textWidth,
} from './svg-parts.ts';
import { num } from './xml.ts';

/** Persons by sex/age category for several groups (rows), e.g. per crime type. */
export interface SexAgeColumns {
  /** Row codes (e.g. crime types). */
  groups: string[];
  /** Category codes in stacking order (e.g. SEX_AGE). */
  categories: string[];
  /** values[g][c]: persons; null = suppressed. */
  values: (number | null)[][];
}

const ROW = 40;
const BAR = 26;
const SUPPRESSED_WIDTH = 30;

/**
 * 100 % stacked horizontal bars of sex/age categories per group: each segment is the
 * category's share of the group's known persons, labelled "count · share" when it fits;
 * the group total (n) is at the right. Suppressed categories have no width to show, so
 * they follow the bar as fixed-width hatched "<k" cells (which leaks nothing).
 */
export function sexAgeBarsChart(columns: SexAgeColumns, options: ChartOptions = {}): string {
  const o0 = resolveOptions(options, 0);
  const titleHeight = o0.hasLabel('title') ? 24 : 0;
  const items: LegendItem[] = columns.categories.map((c, i) => ({
    label: o0.label(c),
    color: colorOf(c, i),
    shape: 'box',
  }));
  const anySuppressed = columns.values.some((row) => row.some((v) => v === null));
  if (anySuppressed) items.push({ label: `${o0.label('suppressed')} (<${o0.k})`, color: '', shape: 'hatch' });
  const names = columns.groups.map((g) => o0.label(g));
  const labelWidth = Math.max(50, ...names.map((s) => textWidth(s))) + 8;
  const left = 12 + labelWidth;
  const totals = columns.values.map((row) => row.reduce<number>((s, v) => s + (v ?? 0), 0));
  const totalTexts = totals.map((t) => `n = ${o0.formatNumber(t)}`);
  const right = o0.width - 16 - Math.max(...totalTexts.map((s) => textWidth(s, 11)), 40);
  const lgProbe = legend(o0, items, left, 0, right - left);
  const o = resolveOptions(
    options,
    titleHeight + 14 + lgProbe.height + 10 + columns.groups.length * ROW + 10,
  );
  const title = o.label('title');
  const parts = [svgOpen(o, title)];
  if (titleHeight) parts.push(text(12, 18, title, { weight: '600', size: 14 }));
  const lg = legend(o, items, left, titleHeight + 14, right - left);
  parts.push(lg.svg);
  const top = titleHeight + 14 + lg.height + 10;
  columns.groups.forEach((_, g) => {
    const row = columns.values[g] ?? [];
    const yRow = top + g * ROW;
    const yBar = yRow + (ROW - BAR) / 2;
    parts.push(text(left - 8, yRow + ROW / 2 + 4, names[g] as string, { anchor: 'end' }));
    const suppressedCount = row.filter((v) => v === null).length;
    const barRight = right - suppressedCount * (SUPPRESSED_WIDTH + 2);
    const total = totals[g] as number;
    let cx = left;
    row.forEach((v, c) => {
      if (v === null || total === 0) return;
      const w = (v / total) * (barRight - left);
      const color = colorOf(columns.categories[c] as string, c);
      parts.push(
        `<rect x="${num(cx)}" y="${num(yBar)}" width="${num(w)}" height="${BAR}" fill="${color}" stroke="#FFFFFF"/>`,
      );
      const label = `${o.formatNumber(v)} · ${o.formatShare(v / total)}`;
      const short = o.formatShare(v / total);
      const fits = textWidth(label, 11) + 6 < w ? label : textWidth(short, 11) + 6 < w ? short : '';
      if (fits)
        parts.push(
          text(cx + w / 2, yBar + BAR / 2 + 4, fits, { anchor: 'middle', size: 11, fill: textOn(color) }),
        );
      cx += w;
    });
    let sx = barRight + 2;
    row.forEach((v) => {
      if (v !== null) return;
      parts.push(suppressedCell(o, sx, yBar, SUPPRESSED_WIDTH, BAR));
      sx += SUPPRESSED_WIDTH + 2;
    });
    parts.push(
      text(right + 8, yRow + ROW / 2 + 4, totalTexts[g] as string, { size: 11, fill: PALETTE_TEXT.muted }),
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
