import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian, unwrapLongitudes } from '../../../../src/analytics/corridors/antimeridian.ts';

describe('antimeridian', () => {
  it('unwraps longitudes the short way', () => {
    expect([...unwrapLongitudes(Float64Array.of(170, 0, -170, 5, -160, 6))]).toEqual([
      170, 0, 190, 5, 200, 6,
    ]);
  });

  it('keeps a line that does not cross ±180 untouched', () => {
    const line = Float64Array.of(-80, 10, -70, 12);
    const pieces = splitAtAntimeridian(line);
    expect(pieces.map((p) => [...p])).toEqual([[-80, 10, -70, 12]]);
  });

  it('cuts a crossing line at ±180 with the interpolated latitude', () => {
    const pieces = splitAtAntimeridian(Float64Array.of(170, 0, -170, 10));
    expect(pieces.map((p) => [...p])).toEqual([
      [170, 0, 180, 5],
      [-180, 5, -170, 10],
    ]);
  });

  it('cuts westward crossings too', () => {
    const pieces = splitAtAntimeridian(Float64Array.of(-175, 0, 175, 4, 170, 4));
    expect(pieces.map((p) => [...p])).toEqual([
      [-175, 0, -180, 2],
      [180, 2, 175, 4, 170, 4],
    ]);
  });
});
