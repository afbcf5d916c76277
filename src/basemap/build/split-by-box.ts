import type { MultiPolygon, Position } from 'geojson';
import { isBoxInside, type LonLatBox } from '../region.ts';

function ringBox(ring: readonly Position[]): LonLatBox {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [x = 0, y = 0] of ring) {
    west = Math.min(west, x);
    south = Math.min(south, y);
    east = Math.max(east, x);
    north = Math.max(north, y);
  }
  return [west, south, east, north];
}

/** The two halves of a multipolygon split by {@link splitPartsByBox}; either may be null. */
export interface SplitParts {
  inside: MultiPolygon | null;
  outside: MultiPolygon | null;
}

/**
 * Splits a multipolygon into the polygons lying wholly inside `box` and the rest, without
 * cutting any polygon. Used for countries with overseas parts (France's French Guiana and
 * Antilles) so those parts can switch to 1:10m while the mainland stays 1:50m.
 */
export function splitPartsByBox(geometry: MultiPolygon, box: LonLatBox): SplitParts {
  const inside: Position[][][] = [];
  const outside: Position[][][] = [];
  for (const polygon of geometry.coordinates) {
    const outer = polygon[0];
    if (outer && isBoxInside(ringBox(outer), box)) inside.push(polygon);
    else outside.push(polygon);
  }
  return {
    inside: inside.length > 0 ? { type: 'MultiPolygon', coordinates: inside } : null,
    outside: outside.length > 0 ? { type: 'MultiPolygon', coordinates: outside } : null,
  };
}
