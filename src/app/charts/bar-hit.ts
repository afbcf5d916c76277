import { colorOf } from '../../charts/palette.ts';
import { SEX_AGE, type SexAge } from '../../schema/incident.ts';

/**
 * Which bar a click on a chart SVG hit. The chart functions return plain SVG strings
 * without per-bar hooks, so clicks are mapped back from geometry (horizontal bars) or from
 * the fixed colour of a category (sex/age). Both rules are checked against the real chart
 * output in the unit tests, so a layout change in `src/charts` fails there, not silently.
 */

/** Row pitch of `horizontalBarsChart` (pixels). */
export const HORIZONTAL_BARS_ROW = 26;

/** Top of the first row of `horizontalBarsChart`: 12 px, plus 24 px when it draws a title. */
export function horizontalBarsTop(hasTitle: boolean): number {
  return (hasTitle ? 24 : 0) + 12;
}

/** Index of the horizontal-bars row under SVG y coordinate `y`, or null outside the rows. */
export function barRowAt(y: number, rows: number, hasTitle: boolean): number | null {
  const i = Math.floor((y - horizontalBarsTop(hasTitle)) / HORIZONTAL_BARS_ROW);
  return i >= 0 && i < rows ? i : null;
}

const BY_COLOR = new Map<string, SexAge>(SEX_AGE.map((c, i) => [colorOf(c, i).toUpperCase(), c]));

/** The sex/age category drawn with fill colour `fill` (bars, pyramid, legend), or null. */
export function sexAgeFromFill(fill: string | null): SexAge | null {
  return fill ? (BY_COLOR.get(fill.toUpperCase()) ?? null) : null;
}
