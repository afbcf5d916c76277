import { describe, expect, it } from 'vitest';
import { corridorKeyedSeries } from '../../../../src/analytics/alerts/corridor-series.ts';
import { scanAlerts } from '../../../../src/analytics/alerts/scan-alerts.ts';
import { prepareCorridors } from '../../../../src/analytics/corridors/prepare-corridors.ts';
import type { AggregatedPositions, CorridorCollection } from '../../../../src/analytics/corridors/types.ts';

/** One line corridor along the equator, 70°W → 68°W (≈ 222 km). */
const COLLECTION: CorridorCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'drug', name: 'Coast corridor' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-70, 0],
          [-68, 0],
        ],
      },
    },
  ],
};

const FIRST_INDEX = (2018 - 1970) * 12; // January 2018 as months since 1970-01
const MONTHS = 48;
const SURGE = 41; // June 2021
const SMALL_SURGE = 42; // July 2021
const FAR = 10; // November 2018

/**
 * 48 months of 10 persons/month about 5.6 km from the corridor, a surge of 80 in June 2021
 * and a smaller one of 25 in July 2021, plus 500 persons ≈ 333 km away in one month.
 */
function fixture(): AggregatedPositions {
  const rows: [number, number, number, number][] = []; // lon, lat, weight, month index
  for (let t = 0; t < MONTHS; t++) {
    const w = t === SURGE ? 80 : t === SMALL_SURGE ? 25 : 10;
    rows.push([-69, 0.05, w, FIRST_INDEX + t]);
  }
  rows.push([-69, 3, 500, FIRST_INDEX + FAR]);
  const sexAge = new Float64Array(rows.length * 5);
  rows.forEach(([, , w], r) => {
    sexAge.set([0.5 * w, 0.3 * w, 0.1 * w, 0.1 * w, 0], r * 5);
  });
  return {
    lon: Float64Array.from(rows, (r) => r[0]),
    lat: Float64Array.from(rows, (r) => r[1]),
    weight: Float64Array.from(rows, (r) => r[2]),
    crimeType: Uint8Array.from(rows, (_, i) => i % 2),
    month: Int32Array.from(rows, (r) => r[3]),
    sexAge,
  };
}

describe('corridorKeyedSeries', () => {
  const prepared = prepareCorridors(COLLECTION);

  it('counts persons within the buffer, month by month, over the full range', () => {
    const s = corridorKeyedSeries(prepared, fixture(), { distanceKm: 25 });
    expect(s.keys).toEqual(['Coast corridor']);
    expect(s.keyKinds).toEqual(['corridor']);
    expect(s.firstMonth).toBe(2018 * 12);
    expect(s.months).toBe(MONTHS);
    expect(s.incidents[SURGE]).toBeCloseTo(80, 9);
    expect(s.incidents[0]).toBeCloseTo(10, 9);
    // The point ≈ 333 km away is outside the buffer.
    expect(s.incidents[FAR]).toBeCloseTo(10, 9);
    expect(s.persons[SURGE]).toBeCloseTo(80, 9);
    expect(s.children[SURGE]).toBeCloseTo(16, 9);
    expect(s.womenGirls[SURGE]).toBeCloseTo(48, 9);
  });

  it('counts the far point once the buffer reaches it', () => {
    const s = corridorKeyedSeries(prepared, fixture(), { distanceKm: 400 });
    expect(s.incidents[FAR]).toBeCloseTo(510, 9);
  });

  it('a buffer that reaches no position gives zeros over the full month range', () => {
    const s = corridorKeyedSeries(prepared, fixture(), { distanceKm: 1 });
    expect(s.months).toBe(MONTHS);
    expect(Array.from(s.incidents).every((v) => v === 0)).toBe(true);
  });

  it('the planted surge is found by scanAlerts as a corridor spike, ranked first', () => {
    const s = corridorKeyedSeries(prepared, fixture(), { distanceKm: 25 });
    const alerts = scanAlerts(s);
    expect(alerts.length).toBeGreaterThanOrEqual(2);
    expect(alerts[0]).toMatchObject({
      kind: 'spike',
      keyKind: 'corridor',
      key: 'Coast corridor',
      month: Date.UTC(2021, 5, 1),
      observed: 80,
      expected: 10,
      explanationCode: 'alert.spike',
    });
    expect(alerts[1]).toMatchObject({ kind: 'spike', month: Date.UTC(2021, 6, 1), observed: 25 });
    expect(alerts.some((a) => a.month === Date.UTC(2018, 10, 1))).toBe(false);
  });

  it('two corridors with the same name keep two keys and their own series', () => {
    const twin = { ...COLLECTION, features: [COLLECTION.features[0]!, COLLECTION.features[0]!] };
    const s = corridorKeyedSeries(prepareCorridors(twin), fixture(), { distanceKm: 25 });
    expect(s.keys).toEqual(['Coast corridor', 'Coast corridor (2)']);
    expect(Array.from(s.persons.subarray(s.months, 2 * s.months))).toEqual(
      Array.from(s.persons.subarray(0, s.months)),
    );
    expect(s.persons[0]).toBeGreaterThan(0);
  });
});
