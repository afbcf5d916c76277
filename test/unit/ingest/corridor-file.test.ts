import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseCorridorCsv,
  parseCorridorFile,
  parseCorridorGeoJSON,
  parseCorridorRows,
} from '../../../src/ingest/corridor-file.ts';

const FILE = 'corridors.geojson';

function collection(
  geometry: unknown,
  properties: Record<string, unknown> = { kind: 'drug', name: 'Ruta A' },
) {
  return JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] });
}

const square = [
  [-60, 0],
  [-58, 0],
  [-58, 2],
  [-60, 2],
  [-60, 0],
];

describe('parseCorridorGeoJSON rejects invalid features with a clear message', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'unclosed ring',
      collection({ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[-59, 1]])] }),
      'unclosed_ring',
      /corridors\.geojson feature 0 \("Ruta A"\): has a ring that is not closed at coordinates\[0\]: first point \(-60, 0\), last point \(-59, 1\)/,
    ],
    [
      'self-intersection (bow tie)',
      collection({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 2],
            [2, 0],
            [0, 2],
            [0, 0],
          ],
        ],
      }),
      'self_intersection',
      /feature 0 \("Ruta A"\): crosses itself near \(1, 1\)/,
    ],
    [
      'longitude out of range',
      collection({
        type: 'LineString',
        coordinates: [
          [-70, 10],
          [190, 10],
        ],
      }),
      'coordinate_out_of_range',
      /position out of range at coordinates\[1\]: longitude 190, latitude 10/,
    ],
    [
      'too few points',
      collection({
        type: 'LineString',
        coordinates: [
          [-70, 10],
          [-70, 10],
        ],
      }),
      'too_few_points',
      /too few distinct points at coordinates: 1 \(needs 2\)/,
    ],
    [
      'unknown kind',
      collection(
        {
          type: 'LineString',
          coordinates: [
            [-70, 10],
            [-60, 10],
          ],
        },
        { kind: 'gold', name: 'Ruta A' },
      ),
      'unknown_kind',
      /unknown kind "gold"/,
    ],
    [
      'point geometry',
      collection({ type: 'Point', coordinates: [-70, 10] }),
      'unsupported_geometry',
      /geometry type "Point"/,
    ],
    [
      'dates in the wrong order',
      collection(
        {
          type: 'LineString',
          coordinates: [
            [-70, 10],
            [-60, 10],
          ],
        },
        { kind: 'arms', name: 'Ruta A', valid_from: '2024-01-01', valid_to: '2020-01-01' },
      ),
      'date_order',
      /valid_from 2024-01-01 is after valid_to 2020-01-01/,
    ],
    [
      'bad date format (schema)',
      collection(
        {
          type: 'LineString',
          coordinates: [
            [-70, 10],
            [-60, 10],
          ],
        },
        { kind: 'arms', name: 'Ruta A', valid_from: '01/02/2024' },
      ),
      'schema',
      /\/properties\/valid_from must match format "date"/,
    ],
  ];
  it.each(cases)('%s', (_label, text, code, message) => {
    const result = parseCorridorGeoJSON(text, FILE);
    expect(result.collection?.features).toEqual([]);
    expect(result.errors.map((e) => e.code)).toContain(code);
    const error = result.errors.find((e) => e.code === code)!;
    expect(error.feature).toBe(0);
    expect(error.message).toMatch(message);
  });

  it('names swapped lat/lon as a warning next to the out-of-range error', () => {
    const result = parseCorridorGeoJSON(
      collection({
        type: 'LineString',
        coordinates: [
          [10, -100],
          [12, -95],
        ],
      }),
      FILE,
    );
    expect(result.errors[0]!.code).toBe('coordinate_out_of_range');
    expect(result.warnings.map((w) => w.code)).toEqual(['lat_lon_swapped', 'lat_lon_swapped']);
  });

  it('reports file-level problems', () => {
    expect(parseCorridorGeoJSON('{"type":', FILE).errors[0]!.code).toBe('invalid_json');
    expect(parseCorridorGeoJSON('', FILE).errors[0]!.code).toBe('empty_file');
    expect(parseCorridorGeoJSON('{"type":"Feature"}', FILE).errors[0]!.code).toBe('not_feature_collection');
  });
});

describe('parseCorridorGeoJSON fixes what it can', () => {
  it('rewinds a clockwise exterior ring to counter-clockwise (RFC 7946)', () => {
    const clockwise = [...square].reverse();
    const result = parseCorridorGeoJSON(collection({ type: 'Polygon', coordinates: [clockwise] }), FILE);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['winding_fixed']);
    expect(result.collection!.features[0]!.geometry.coordinates).toEqual([square]);
  });

  it('leaves a counter-clockwise ring alone', () => {
    const result = parseCorridorGeoJSON(collection({ type: 'Polygon', coordinates: [square] }), FILE);
    expect(result.warnings).toEqual([]);
    expect(result.collection!.features[0]!.geometry.coordinates).toEqual([square]);
  });

  it('removes repeated consecutive points', () => {
    const line = [
      [-70, 10],
      [-70, 10],
      [-65, 12],
      [-60, 10],
      [-60, 10],
    ];
    const result = parseCorridorGeoJSON(collection({ type: 'LineString', coordinates: line }), FILE);
    expect(result.warnings[0]).toMatchObject({ code: 'duplicate_points_removed', params: { count: 2 } });
    expect(result.collection!.features[0]!.geometry.coordinates).toEqual([
      [-70, 10],
      [-65, 12],
      [-60, 10],
    ]);
  });

  it('keeps valid features when others are rejected', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      illustrative: true,
      features: [
        {
          type: 'Feature',
          properties: { kind: 'drug', name: 'ok' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { kind: 'nope', name: 'bad' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
      ],
    });
    const result = parseCorridorGeoJSON(text, FILE);
    expect(result.collection!.features.map((f) => f.properties.name)).toEqual(['ok']);
    expect(result.collection!.illustrative).toBe(true);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ feature: 1, name: 'bad', code: 'unknown_kind' });
  });
});

describe('CSV corridor files', () => {
  it('reads WKT rows with a ; delimiter and quoted fields', () => {
    const text = readFileSync(resolve(process.cwd(), 'test/fixtures/corridors/corridors.csv'), 'utf8');
    const result = parseCorridorFile(text, 'corridors.csv');
    expect(result.errors).toEqual([]);
    const [line, zone] = result.collection!.features;
    expect(line!.properties).toEqual({
      name: 'Caribbean line',
      kind: 'drug',
      source: 'illustrative',
      valid_from: '2020-01-01',
      valid_to: null,
    });
    expect(line!.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [-75, 11],
        [-70, 15],
        [-65, 18],
      ],
    });
    expect(zone!.properties.name).toBe('Gulf zone, north');
    // The ring was written clockwise: fixed and reported.
    expect(result.warnings.map((w) => [w.code, w.feature])).toEqual([['winding_fixed', 1]]);
  });

  it('reports unreadable WKT and a missing geometry column', () => {
    const bad = parseCorridorCsv('name,kind,wkt\nA,drug,"LINESTRING(0 0"\n', 'c.csv');
    expect(bad.errors[0]).toMatchObject({ code: 'invalid_wkt', feature: 0, name: 'A' });
    expect(bad.errors[0]!.message).toMatch(/^c\.csv feature 0 \("A"\): could not read the WKT geometry/);
    const noGeom = parseCorridorRows([['name', 'kind']], 'c.csv');
    expect(noGeom.errors[0]).toMatchObject({ code: 'missing_column', params: { column: 'wkt' } });
    expect(noGeom.collection).toBeNull();
  });

  it('treats formula-like and HTML cells as plain text', () => {
    const rows = [
      ['name', 'kind', 'source', 'wkt'],
      ['=HYPERLINK("x")', 'other', '<img src=x onerror=alert(1)>', 'LINESTRING(0 0, 1 1)'],
    ];
    const result = parseCorridorRows(rows, 'c.csv');
    expect(result.collection!.features[0]!.properties.name).toBe('=HYPERLINK("x")');
    expect(result.collection!.features[0]!.properties.source).toBe('<img src=x onerror=alert(1)>');
  });

  it('runs the same geometry checks as GeoJSON (unclosed ring from WKT)', () => {
    const result = parseCorridorCsv('name,kind,wkt\nZ,fuel,"POLYGON((0 0, 1 0, 1 1, 0 1))"\n', 'c.csv');
    expect(result.errors[0]).toMatchObject({ code: 'unclosed_ring', feature: 0 });
  });
});
