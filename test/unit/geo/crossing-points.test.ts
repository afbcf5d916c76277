import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CROSSING_POINTS, crossingPoint, crossingPointsOf } from '../../../src/geo/crossing-points.ts';
import { parseCrossingPointsCsv } from '../../../src/geo/parse-crossing-points.ts';

const csv = readFileSync(resolve(process.cwd(), 'src/geo/crossing-points.csv'), 'utf8');

describe('crossing points', () => {
  it('the generated JSON table matches the CSV (rerun scripts/build-crossing-points.ts after editing it)', () => {
    expect(CROSSING_POINTS).toEqual(parseCrossingPointsCsv(csv));
  });

  it('holds at least the 35 reference crossings, uniquely named, in the Americas or Iberia', () => {
    expect(CROSSING_POINTS.length).toBeGreaterThanOrEqual(35);
    expect(new Set(CROSSING_POINTS.map((p) => p.name)).size).toBe(CROSSING_POINTS.length);
    for (const p of CROSSING_POINTS) {
      expect(p.lon, p.name).toBeGreaterThan(-120);
      expect(p.lon, p.name).toBeLessThan(0);
      expect(p.lat, p.name).toBeGreaterThan(-40);
      expect(p.lat, p.name).toBeLessThan(45);
    }
  });

  it('finds points by name and country', () => {
    expect(crossingPoint('Paso Canoas').countryB).toBe('CRI');
    expect(() => crossingPoint('Nowhere')).toThrow(/unknown crossing point/);
    expect(crossingPointsOf('HTI').map((p) => p.countryA)).toEqual(['DOM', 'DOM', 'DOM']);
  });

  it('rejects a malformed row', () => {
    const bad = 'name,country_a,country_b,lat,lon,route_label,note\nX,COL,VE,1,2,Andean,\n';
    expect(() => parseCrossingPointsCsv(bad)).toThrow(/row 2/);
    const far = 'name,country_a,country_b,lat,lon,route_label,note\nX,COL,VEN,95,2,Andean,\n';
    expect(() => parseCrossingPointsCsv(far)).toThrow(/malformed/);
  });
});
