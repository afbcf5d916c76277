import type { NearPairCache } from '../corridors/near-pairs.ts';
import type { PreparedCorridors } from '../corridors/prepare-corridors.ts';
import { corridorProximity } from '../corridors/proximity.ts';
import { type AggregatedPositions, SEX_AGE_COUNT } from '../corridors/types.ts';
import type { KeyedSeries } from './keyed-series.ts';
import { uniqueNames } from './unique-names.ts';

/** Month number (year·12 + month) of month index 0 (1970-01) of AggregatedPositions. */
const EPOCH_MONTH = 1970 * 12;

/** Options of {@link corridorKeyedSeries}. */
export interface CorridorSeriesOptions {
  /** Buffer around each corridor, km (the corridor panel's distance). */
  distanceKm: number;
  /**
   * Near pairs remembered across calls with the same corridors and distance (the series
   * under several filter states): only positions not seen before are searched. Mutated.
   */
  nearCache?: NearPairCache;
}

/**
 * The monthly series of every corridor for the standing alert scan: persons of the incidents
 * within `distanceKm` of the corridor (inside a polygon counts), one row per corridor (key =
 * corridor name, numbered when names repeat, keyKind `corridor`), over the full month range of `positions` so a corridor
 * with no early incidents gets leading zeros. The positions carry persons, not incident
 * counts, so `incidents` holds their weight (the filtered persons measure; the UI words
 * corridor alerts in persons). `persons`, `children` and `womenGirls` come from the stride-5
 * sex/age persons when present (all persons, as the SQL alert series count them), else
 * `persons` is the weight. Reuses
 * {@link corridorProximity}, so a position counts once per corridor. Pure.
 */
export function corridorKeyedSeries(
  prepared: PreparedCorridors,
  positions: AggregatedPositions,
  { distanceKm, nearCache }: CorridorSeriesOptions,
): KeyedSeries {
  const n = positions.month.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let maxCrime = 0;
  for (let r = 0; r < n; r++) {
    const m = positions.month[r] as number;
    if (m < min) min = m;
    if (m > max) max = m;
    maxCrime = Math.max(maxCrime, positions.crimeType[r] as number);
  }
  const keys = uniqueNames(prepared.corridors.map((c) => c.name));
  const months = n === 0 ? 0 : max - min + 1;
  const size = keys.length * months;
  const out: KeyedSeries = {
    keyKinds: keys.map(() => 'corridor'),
    keys,
    firstMonth: n === 0 ? 0 : EPOCH_MONTH + min,
    months,
    incidents: new Float64Array(size),
    persons: new Float64Array(size),
    children: new Float64Array(size),
    womenGirls: new Float64Array(size),
  };
  if (n === 0 || keys.length === 0) return out;
  // Analysed period = the later half; with the previous period the window starts at or
  // one month before `min`.
  const half = Math.ceil(months / 2);
  const crimeTypeCount = maxCrime + 1;
  const p = corridorProximity(prepared, positions, {
    distanceKm,
    period: { from: max - half + 1, to: max },
    crimeTypeCount,
    ...(nearCache ? { nearCache } : {}),
  });
  const shift = min - p.window.from;
  p.scoreSegments.forEach((seg, s) => {
    const row = seg.owner * months;
    for (let ct = 0; ct < crimeTypeCount; ct++) {
      const base = (s * crimeTypeCount + ct) * p.months + shift;
      for (let t = 0; t < months; t++) out.incidents[row + t]! += p.byCrimeMonth[base + t]!;
    }
    const sexAge = p.bySexAgeMonth;
    if (!sexAge) return;
    for (let t = 0; t < months; t++) {
      const at = (c: number) => sexAge[(s * SEX_AGE_COUNT + c) * p.months + shift + t]!;
      // SEX_AGE order: women, men, girls, boys, unknown.
      for (let c = 0; c < SEX_AGE_COUNT; c++) out.persons[row + t]! += at(c);
      out.children[row + t]! += at(2) + at(3);
      out.womenGirls[row + t]! += at(0) + at(2);
    }
  });
  if (!p.bySexAgeMonth) out.persons.set(out.incidents);
  return out;
}
