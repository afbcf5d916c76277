import type { ChartOptions } from './chart-options.ts';
import { colorOf, PALETTE, textOn } from './palette.ts';
import {
  HIDDEN_TEXT,
  hiddenLegendItem,
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
  /** values[g][c]: persons; null = hidden. */
  values: (number | null)[][];
  /**
   * The published total of each row (the protected table's "All" cell), null when hidden.
   * Never the sum of the shown parts: that would read 0 for a row whose parts are all
   * hidden, and a partial total as if it were the whole.
   */
  totals: (number | null)[];
  /**
   * shares[g][c]: the category's share of the row total, null unless both the part and the
   * total are published (`protectShare` in src/analytics/disclosure/share.ts).
   */
  shares: (number | null)[][];
}

const ROW = 40;
const BAR = 26;
const SUPPRESSED_WIDTH = 30;

/** "n = 825" for a published total, "n = —" for a hidden one. */
function totalText(total: number | null, formatNumber: (n: number) => string): string {
  return `n = ${total === null ? HIDDEN_TEXT : formatNumber(total)}`;
}

/**
 * 100 % stacked horizontal bars of sex/age categories per group. The bar stands for the row's
 * published total (n, at the right): each shown segment is as wide as its share of it and is
 * labelled "count · share" when it fits; the room left by hidden categories stays empty inside
 * the bar's outline. Hidden categories follow the bar as fixed-width hatched "—" cells (their
 * size shows nowhere). A share is printed only when given (part and total published), else
 * "—". When the total itself is hidden ("n = —"), the shown segments are laid out against
 * their own sum and labelled with their counts only.
 */
export function sexAgeBarsChart(columns: SexAgeColumns, options: ChartOptions = {}): string {
  const o0 = resolveOptions(options, 0);
  const titleHeight = o0.hasLabel('title') ? 24 : 0;
  const items: LegendItem[] = columns.categories.map((c, i) => ({
    label: o0.label(c),
    color: colorOf(c, i),
    shape: 'box',
  }));
  const anySuppressed =
    columns.values.some((row) => row.some((v) => v === null)) || columns.totals.some((t) => t === null);
  if (anySuppressed) items.push(hiddenLegendItem(o0));
  const names = columns.groups.map((g) => o0.label(g));
  const labelWidth = Math.max(50, ...names.map((s) => textWidth(s))) + 8;
  const left = 12 + labelWidth;
  const totalTexts = columns.groups.map((_, g) => totalText(columns.totals[g] ?? null, o0.formatNumber));
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
    const shares = columns.shares[g] ?? [];
    const total = columns.totals[g] ?? null;
    const yRow = top + g * ROW;
    const yBar = yRow + (ROW - BAR) / 2;
    parts.push(text(left - 8, yRow + ROW / 2 + 4, names[g] as string, { anchor: 'end' }));
    const hiddenCount = row.filter((v) => v === null).length;
    const barRight = right - hiddenCount * (SUPPRESSED_WIDTH + 2);
    const shownSum = row.reduce<number>((s, v) => s + (v ?? 0), 0);
    // Layout only: a published total is the whole bar; without one, the shown parts are.
    const whole = total ?? shownSum;
    if (total !== null && hiddenCount > 0 && total > 0)
      parts.push(
        `<rect x="${num(left)}" y="${num(yBar)}" width="${num(barRight - left)}" height="${BAR}" fill="none" stroke="${PALETTE.suppressed}" stroke-dasharray="3 2"/>`,
      );
    let cx = left;
    row.forEach((v, c) => {
      if (v === null || whole === 0) return;
      const w = Math.min(1, v / whole) * (barRight - left);
      const color = colorOf(columns.categories[c] as string, c);
      parts.push(
        `<rect x="${num(cx)}" y="${num(yBar)}" width="${num(w)}" height="${BAR}" fill="${color}" stroke="#FFFFFF"/>`,
      );
      const share = shares[c] ?? null;
      const shareText = share === null ? HIDDEN_TEXT : o.formatShare(share);
      const label = `${o.formatNumber(v)} · ${shareText}`;
      const short = share === null ? o.formatNumber(v) : shareText;
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
