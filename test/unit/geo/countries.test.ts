import { describe, expect, it } from 'vitest';
import { COUNTRIES, centroidOf, countryByIso3, countryName, iso2ToIso3 } from '../../../src/geo/countries.ts';
import { subregionOf } from '../../../src/geo/subregions.ts';

describe('countries table', () => {
  it('covers every ISO 3166-1 country once, with codes, a centroid in range and names in three languages', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(Math.abs(c.centroid[0])).toBeLessThanOrEqual(180);
      expect(Math.abs(c.centroid[1])).toBeLessThanOrEqual(90);
      expect(c.subregion).toBe(subregionOf(c.iso3));
      for (const lang of ['en', 'es', 'pt'] as const) expect(c.names[lang].length).toBeGreaterThan(0);
    }
  });

  it('places centroids inside the right part of the world for the region', () => {
    const inBox = (iso3: string, [x0, y0, x1, y1]: [number, number, number, number]) => {
      const [lon, lat] = centroidOf(iso3) ?? [Number.NaN, Number.NaN];
      expect(lon, iso3).toBeGreaterThanOrEqual(x0);
      expect(lon, iso3).toBeLessThanOrEqual(x1);
      expect(lat, iso3).toBeGreaterThanOrEqual(y0);
      expect(lat, iso3).toBeLessThanOrEqual(y1);
    };
    inBox('CHL', [-76, -56, -66, -17]);
    inBox('COL', [-79, -4, -67, 13]);
    inBox('ESP', [-10, 36, 4, 44]);
    inBox('PRT', [-10, 36, -6, 42.5]);
    inBox('GUF', [-55, 2, -51, 6]);
    inBox('USA', [-125, 25, -66, 50]);
  });

  it('converts codes and names', () => {
    expect(iso2ToIso3('ve')).toBe('VEN');
    expect(iso2ToIso3('XX')).toBeUndefined();
    expect(countryByIso3('BRA')?.iso2).toBe('BR');
    expect(countryByIso3('bra')).toBeUndefined();
    expect(countryName('BRA', 'pt')).toBe('Brasil');
    expect(countryName('HTI', 'es')).toBe('Haití');
    expect(countryName('DOM', 'en')).toBe('Dominican Republic');
    expect(countryName('ZZZ', 'es')).toBe('ZZZ');
    expect(centroidOf('ZZZ')).toBeUndefined();
  });
});
