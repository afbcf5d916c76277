import type { Crossing } from '../../analytics/corridors/crossings.ts';
import type { GuardedHotspot } from '../../analytics/corridors/guard-hotspots.ts';
import type { ExportTable } from '../../export/table-data.ts';
import { CRIME_TYPES } from '../../schema/incident.ts';

/**
 * True when a count may be drawn: zero, or at least k. The score layer colours a segment only
 * then (a colour class is no count, so the differencing guard of the table is not needed).
 */
export function isShown(n: number, k: number): boolean {
  return n === 0 || n >= k;
}

/** Ordinal of a score segment within its corridor (`"3:7"` → 7), for "segment 8" labels. */
export function segmentOrdinal(segmentId: string): number {
  return Number(segmentId.split(':')[1] ?? 0);
}

/**
 * The hotspot table as an export table, from the guarded rows (guardHotspots): a hidden
 * count, and the score or change computed from one, is an empty cell, exactly as "—" on
 * screen; text from the corridor file is made inert by the CSV writer.
 */
export function hotspotExportTable(rows: readonly GuardedHotspot[]): ExportTable {
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
    rows: rows.map((g) => [
      g.row.corridorName,
      g.row.kind,
      segmentOrdinal(g.row.segmentId) + 1,
      Math.round(g.row.lengthKm * 10) / 10,
      g.score,
      g.weight,
      ...CRIME_TYPES.map((_c, i) => g.byCrimeType[i] ?? null),
      g.previousWeight,
      g.change,
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
