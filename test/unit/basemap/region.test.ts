import { describe, expect, it } from 'vitest';
import {
  AMERICAS_BOUNDS,
  CARIBBEAN_DETAIL_BOX,
  INITIAL_VIEW,
  isBoxInside,
  isDetailCountry,
  REGION_BOUNDS,
} from '../../../src/basemap/region.ts';

describe('region', () => {
  it.each([
    ['COL', true],
    ['MEX', true],
    ['HTI', true],
    ['ESP', true],
    ['PRT', true],
    ['USA', false],
    ['FRA', false],
    ['CHN', false],
    [null, false],
  ])('isDetailCountry(%s) = %s', (iso3, expected) => {
    expect(isDetailCountry(iso3)).toBe(expected);
  });

  it('frames the Americas inside the whole region, with Iberia in the region', () => {
    expect(isBoxInside(AMERICAS_BOUNDS, REGION_BOUNDS)).toBe(true);
    expect(INITIAL_VIEW.bounds).toEqual(AMERICAS_BOUNDS);
    const [lon, lat] = INITIAL_VIEW.center;
    expect(lon).toBeGreaterThan(AMERICAS_BOUNDS[0]);
    expect(lon).toBeLessThan(AMERICAS_BOUNDS[2]);
    expect(lat).toBeGreaterThan(AMERICAS_BOUNDS[1]);
    expect(lat).toBeLessThan(AMERICAS_BOUNDS[3]);
    // Madrid and Lisbon are in the region box.
    expect(isBoxInside([-3.7, 40.4, -3.7, 40.4], REGION_BOUNDS)).toBe(true);
    expect(isBoxInside([-9.14, 38.7, -9.14, 38.7], REGION_BOUNDS)).toBe(true);
  });

  it('keeps the Caribbean detail box south of Florida', () => {
    expect(isBoxInside([-81.8, 24.5, -80.1, 25.3], CARIBBEAN_DETAIL_BOX)).toBe(false);
    expect(isBoxInside([-61.8, 15.8, -61, 16.5], CARIBBEAN_DETAIL_BOX)).toBe(true);
  });
});
