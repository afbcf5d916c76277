import type { MultiPolygon, Position } from 'geojson';

/** Whether `[x, y]` is inside a ring (ray casting; the ring may be open or closed). */
function insideRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from `[x, y]` to the nearest ring edge, with longitude scaled by `kx` (cos of latitude). */
function edgeDistance(x: number, y: number, rings: readonly (readonly Position[])[], kx: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[j]!;
      const [bx = 0, by = 0] = ring[i]!;
      const dx = (bx - ax) * kx;
      const dy = by - ay;
      const px = (x - ax) * kx;
      const py = y - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len));
      const ex = px - t * dx;
      const ey = py - t * dy;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return Math.sqrt(best);
}

/** Signed distance to the polygon boundary: positive inside (outside the holes), negative outside. */
function signedDistance(x: number, y: number, polygon: readonly Position[][], kx: number): number {
  const [outer, ...holes] = polygon;
  if (!outer) return Number.NEGATIVE_INFINITY;
  const inside = insideRing(x, y, outer) && !holes.some((hole) => insideRing(x, y, hole));
  const d = edgeDistance(x, y, polygon, kx);
  return inside ? d : -d;
}

/** Planar area of a polygon (outer minus holes) in square degrees, longitude scaled by cos(latitude). */
function planarArea(polygon: readonly Position[][]): number {
  let total = 0;
  polygon.forEach((ring, index) => {
    let sum = 0;
    let latSum = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i]!;
      const [xj = 0, yj = 0] = ring[j]!;
      sum += xj * yi - xi * yj;
      latSum += yi;
    }
    const kx = Math.cos(((latSum / Math.max(1, ring.length)) * Math.PI) / 180);
    const area = Math.abs(sum / 2) * kx;
    total += index === 0 ? area : -area;
  });
  return total;
}

/**
 * A point well inside the largest polygon of a country, where its name reads best: a coarse
 * grid search for the point farthest from the boundary, refined three times around the best
 * cell (a small version of the "pole of inaccessibility"). Unlike a centroid it never falls
 * in the sea for C-shaped or archipelago countries. Returns [lon, lat] or null when empty.
 */
export function labelPointOf(geometry: MultiPolygon): [number, number] | null {
  let largest: Position[][] | undefined;
  let largestArea = Number.NEGATIVE_INFINITY;
  for (const polygon of geometry.coordinates) {
    const area = planarArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  const outer = largest?.[0];
  if (!largest || !outer || outer.length < 3) return null;
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [x = 0, y = 0] of outer) {
    west = Math.min(west, x);
    south = Math.min(south, y);
    east = Math.max(east, x);
    north = Math.max(north, y);
  }
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const steps = 24;
  let best: [number, number] = [(west + east) / 2, (south + north) / 2];
  let bestDistance = signedDistance(best[0], best[1], largest, kx);
  let cellX = (east - west) / steps;
  let cellY = (north - south) / steps;
  let originX = west;
  let originY = south;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = originX + i * cellX;
        const y = originY + j * cellY;
        const d = signedDistance(x, y, largest, kx);
        if (d > bestDistance) {
          best = [x, y];
          bestDistance = d;
        }
      }
    }
    originX = best[0] - cellX;
    originY = best[1] - cellY;
    cellX = (2 * cellX) / steps;
    cellY = (2 * cellY) / steps;
  }
  return best;
}
