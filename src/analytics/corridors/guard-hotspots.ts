import { guardCategories } from '../disclosure/guard-categories.ts';
import { type HotspotRow, type HotspotSortKey, sortHotspotsBy } from './hotspots.ts';

/**
 * A hotspot row as it may be shown: counts hidden (null) when small or when the same count
 * under the filters one click away (src/state/view-neighbours.ts) differs by 1..k−1, and the
 * score and change hidden with the counts they are computed from.
 */
export interface GuardedHotspot {
  row: HotspotRow;
  weight: number | null;
  byCrimeType: (number | null)[];
  previousWeight: number | null;
  score: number | null;
  change: number | null;
}

/**
 * Protects the hotspot table against subtraction. `figures` is hotspotFigures of the current
 * analysis and `neighbours` the same for each neighbouring filter state (stride 2 + crime
 * types: weight, weight by crime type, previous weight). Per row:
 * - the weight is hidden when small or when a neighbour's differs by 1..k−1; then the crime
 *   types are hidden too (they add up to it);
 * - else the crime types are guarded together under the line rule (guardCategories), so a
 *   hidden one is not the weight minus the others;
 * - the previous period's weight is guarded on its own;
 * - the score goes with the weight (score × length × months × baseline gives it back), the
 *   change with both weights. Pure.
 */
export function guardHotspots(
  rows: readonly HotspotRow[],
  figures: Float64Array,
  neighbours: readonly Float64Array[],
  crimeTypeCount: number,
  k: number,
): GuardedHotspot[] {
  const stride = 2 + crimeTypeCount;
  const at = (f: Float64Array, segment: number, i: number) => f[segment * stride + i] ?? 0;
  const guardOne = (segment: number, i: number): number | null => {
    const mine = new Map([['n', at(figures, segment, i)]]);
    const theirs = neighbours.map((f) => new Map([['n', at(f, segment, i)]]));
    return guardCategories(mine, theirs, { k, partition: false }).value[0] ?? null;
  };
  return rows.map((row) => {
    const s = row.segment;
    const weight = guardOne(s, 0);
    const previousWeight = guardOne(s, 1 + crimeTypeCount);
    let byCrimeType: (number | null)[] = Array.from({ length: crimeTypeCount }, () => null);
    if (weight !== null) {
      const parts = new Map(byCrimeType.map((_, ct) => [String(ct), at(figures, s, 1 + ct)]));
      const theirs = neighbours.map(
        (f) => new Map(byCrimeType.map((_, ct) => [String(ct), at(f, s, 1 + ct)])),
      );
      byCrimeType = guardCategories(parts, theirs, { k, partition: true }).value;
    }
    return {
      row,
      weight,
      byCrimeType,
      previousWeight,
      score: weight === null ? null : row.score,
      change: weight === null || previousWeight === null ? null : row.change,
    };
  });
}

/**
 * The guarded rows sorted by what the table shows: a hidden count, score or change sorts as
 * null (last), whatever its value, so a hidden figure's place gives nothing away. Pure.
 */
export function sortGuardedHotspots(
  rows: readonly GuardedHotspot[],
  key: HotspotSortKey,
  direction: 'asc' | 'desc',
): GuardedHotspot[] {
  const shown = (g: GuardedHotspot) =>
    key === 'weight' || key === 'score' || key === 'change' ? g[key] : g.row[key];
  return sortHotspotsBy(rows, shown, (g) => g.row, direction);
}
