import type { Crossing } from '../../analytics/corridors/crossings.ts';
import type { HotspotRow } from '../../analytics/corridors/hotspots.ts';
import type { ExportTable } from '../../export/table-data.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';

/** True when a count may be shown: zero, or at least k (counts 1..k−1 are suppressed). */
export function isShown(n: number, k: number): boolean {
  return n === 0 || n >= k;
}

/**
 * The score of a row if it may be shown: hidden with its count, since score × length ×
 * months × baseline gives the count back.
 */
export function visibleScore(row: HotspotRow, k: number): number | null {
  return isShown(row.weight, k) ? row.score : null;
}

/** The change vs the previous period, hidden when either count it comes from is suppressed. */
export function visibleChange(row: HotspotRow, k: number): number | null {
  return isShown(row.weight, k) && isShown(row.previousWeight, k) ? row.change : null;
}

/** Ordinal of a score segment within its corridor (`"3:7"` → 7), for "segment 8" labels. */
export function segmentOrdinal(segmentId: string): number {
  return Number(segmentId.split(':')[1] ?? 0);
}

/**
 * The hotspot table as an export table. Counts below k are exported as empty cells (and the
 * score and change computed from them too), so nothing suppressed on screen leaks into the
 * file; text from the corridor file is made inert by the CSV writer.
 */
export function hotspotExportTable(rows: readonly HotspotRow[], k: number): ExportTable {
  const count = (n: number) => (isShown(n, k) ? n : null);
  return {
    columns: [
      'corridor',
      'kind',
      'segment',
      'length_km',
      'score',
      'persons',
      ...CRIME_TYPES.map((c) => `persons_${c}`),
      'persons_previous_period',
      'change',
    ],
    rows: rows.map((r) => [
      r.corridorName,
      r.kind,
      segmentOrdinal(r.segmentId) + 1,
      Math.round(r.lengthKm * 10) / 10,
      visibleScore(r, k),
      count(r.weight),
      ...CRIME_TYPES.map((_c, i) => count(r.byCrimeType[i] ?? 0)),
      count(r.previousWeight),
      visibleChange(r, k),
    ]),
  };
}

/** One line of the crossings list: a route meeting a corridor, however many times. */
export interface CrossingSummary {
  routeKey: string;
  crimeType: string;
  corridorIndex: number;
  corridorName: string;
  kind: Crossing['kind'];
  /** Points where they meet. */
  points: number;
  volume: number;
}

/** Crossings grouped by route, crime type and corridor, largest volume first. Pure. */
export function summariseCrossings(crossings: readonly Crossing[]): CrossingSummary[] {
  const byKey = new Map<string, CrossingSummary>();
  for (const c of crossings) {
    const key = `${c.routeKey}\u0000${c.crimeType}\u0000${c.corridorIndex}`;
    const hit = byKey.get(key);
    if (hit) hit.points++;
    else
      byKey.set(key, {
        routeKey: c.routeKey,
        crimeType: c.crimeType,
        corridorIndex: c.corridorIndex,
        corridorName: c.corridorName,
        kind: c.kind,
        points: 1,
        volume: c.volume,
      });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      b.volume - a.volume ||
      a.routeKey.localeCompare(b.routeKey) ||
      a.corridorName.localeCompare(b.corridorName),
  );
}
