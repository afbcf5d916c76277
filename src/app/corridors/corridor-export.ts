import type { GuardedHotspot } from '../../analytics/corridors/guard-hotspots.ts';
import type { CorridorCollection } from '../../analytics/corridors/types.ts';
import { toCsv } from '../../export/csv.ts';
import { buildProvenance, type JsonValue, type Provenance } from '../../export/provenance.ts';
import { APP_VERSION } from '../export/app-version.ts';
import { provenanceSidecar } from '../export/write-table.ts';
import { hotspotExportTable } from './hotspot-view.ts';

/** Top-level GeoJSON member carrying the provenance of a saved corridor file (a foreign member, RFC 7946 §6.1). */
export const GEOJSON_PROVENANCE_MEMBER = 'rutas:provenance';

/** File name of the hotspot CSV; its provenance sidecar is the same name ending `.provenance.json`. */
export const HOTSPOT_CSV_NAME = 'rutas-corridor-hotspots.csv';

/** One file to download. */
export interface CorridorExportFile {
  name: string;
  data: Uint8Array | string;
  type: string;
}

/** What a corridor export is stamped with. */
export interface CorridorStampInput {
  /** Full SHA-256 of the loaded data (DatasetInfo.fingerprint). */
  fingerprint: string;
  /** Suppression threshold in force. */
  k: number;
  /** What the figures depend on besides the data (view filters, buffer distance), as plain JSON. */
  filters: JsonValue;
  exportedAt: Date;
}

/**
 * The provenance record of a corridor export: the full data fingerprint, app version, k and
 * settings, so a file found later can be traced to the data it came from. No SQL: the corridor
 * figures come from the analysis worker, not from one query. Nothing is rounded (base 1).
 */
export function corridorProvenance(input: CorridorStampInput): Provenance {
  return buildProvenance({
    appVersion: APP_VERSION,
    fingerprint: input.fingerprint,
    filters: input.filters,
    sql: '',
    k: input.k,
    roundBase: 1,
    exportedAt: input.exportedAt,
  });
}

/**
 * The hotspot export: the CSV (hidden counts left empty, see hotspotExportTable) and its
 * provenance sidecar, since a CSV has no place for metadata of its own.
 */
export function hotspotCsvFiles(
  rows: readonly GuardedHotspot[],
  provenance: Provenance,
): CorridorExportFile[] {
  return [
    {
      name: HOTSPOT_CSV_NAME,
      data: toCsv(hotspotExportTable(rows), { bom: true }),
      type: 'text/csv;charset=utf-8',
    },
    {
      name: HOTSPOT_CSV_NAME.replace(/\.csv$/, '.provenance.json'),
      data: provenanceSidecar(provenance),
      type: 'application/json',
    },
  ];
}

/**
 * The corridors as GeoJSON text with the provenance as a top-level foreign member, which
 * GeoJSON readers (and rutas' own corridor loader) ignore; everything else as before.
 */
export function corridorsGeoJson(collection: CorridorCollection, provenance: Provenance): string {
  return JSON.stringify({ ...collection, [GEOJSON_PROVENANCE_MEMBER]: provenance }, null, 2);
}
