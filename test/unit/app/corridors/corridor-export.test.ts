import { describe, expect, it } from 'vitest';
import { guardHotspots } from '../../../../src/analytics/corridors/guard-hotspots.ts';
import type { HotspotRow } from '../../../../src/analytics/corridors/hotspots.ts';
import type { CorridorCollection } from '../../../../src/analytics/corridors/types.ts';
import {
  corridorProvenance,
  corridorsGeoJson,
  GEOJSON_PROVENANCE_MEMBER,
  HOTSPOT_CSV_NAME,
  hotspotCsvFiles,
} from '../../../../src/app/corridors/corridor-export.ts';
import { parseProvenance } from '../../../../src/export/provenance.ts';
import { parseCorridorGeoJSON } from '../../../../src/ingest/corridor-file.ts';

const FINGERPRINT = 'ab'.repeat(32);
/** The row's counts as hotspotFigures lays them out: weight, by crime type, previous. */
const FIGURES = Float64Array.from([40, 30, 7, 3, 0, 20]);

const provenance = corridorProvenance({
  fingerprint: FINGERPRINT,
  k: 5,
  filters: { distanceKm: 25 },
  exportedAt: new Date('2026-11-28T12:00:00Z'),
});

const row: HotspotRow = {
  segmentId: '0:2',
  segment: 0,
  corridorIndex: 0,
  corridorName: 'Ruta',
  kind: 'drug',
  lengthKm: 98.76,
  score: 2.5,
  weight: 40,
  byCrimeType: [30, 7, 3, 0],
  previousWeight: 20,
  change: 1,
  slopePerMonth: 0.1,
};

const collection: CorridorCollection = {
  type: 'FeatureCollection',
  illustrative: true,
  features: [
    {
      type: 'Feature',
      properties: { name: 'Ruta', kind: 'drug' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-70, -33],
          [-64, -31],
        ],
      },
    },
  ],
} as CorridorCollection;

describe('hotspot CSV export', () => {
  it('comes with a provenance sidecar carrying the full data fingerprint', () => {
    const files = hotspotCsvFiles(guardHotspots([row], FIGURES, [], 4, 5), provenance);
    expect(files.map((f) => f.name)).toEqual([HOTSPOT_CSV_NAME, 'rutas-corridor-hotspots.provenance.json']);
    const sidecar = parseProvenance(String(files[1]?.data));
    expect(sidecar.ok).toBe(true);
    if (!sidecar.ok) return;
    expect(sidecar.provenance.fingerprint).toBe(FINGERPRINT);
    expect(sidecar.provenance.k).toBe(5);
    expect(sidecar.provenance.filters).toEqual({ distanceKm: 25 });
  });

  it('rejects a fingerprint that is not a full SHA-256', () => {
    expect(() =>
      corridorProvenance({
        fingerprint: FINGERPRINT.slice(0, 12),
        k: 5,
        filters: null,
        exportedAt: new Date(),
      }),
    ).toThrow(/fingerprint/);
  });
});

describe('corridors GeoJSON save', () => {
  const text = corridorsGeoJson(collection, provenance);
  const json = JSON.parse(text) as Record<string, unknown>;

  it('carries the provenance as a top-level member, with the full fingerprint', () => {
    const stamped = parseProvenance(JSON.stringify(json[GEOJSON_PROVENANCE_MEMBER]));
    expect(stamped.ok && stamped.provenance.fingerprint).toBe(FINGERPRINT);
    expect(json.features).toEqual(collection.features);
  });

  it('still loads back as a corridor file', () => {
    const parsed = parseCorridorGeoJSON(text, 'corridors.geojson');
    expect(parsed.errors).toEqual([]);
    expect(parsed.collection?.features.map((f) => f.properties.name)).toEqual(['Ruta']);
    expect(parsed.collection?.illustrative).toBe(true);
  });
});
