import type { MapData } from './map-layers.ts';

/**
 * The bounds [west, south, east, north] of everything drawn (flow ends, route vertices,
 * density cells), for "fit to data"; null when nothing is drawn.
 */
export function boundsOfMapData(
  data: Pick<MapData, 'flows' | 'routes' | 'grid'>,
): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const add = (xy: Float32Array) => {
    for (let i = 0; i + 1 < xy.length; i += 2) {
      const x = xy[i]!;
      const y = xy[i + 1]!;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  };
  if (data.flows) {
    add(data.flows.source);
    add(data.flows.target);
  }
  if (data.routes) add(data.routes.positions);
  if (data.grid) add(data.grid.positions);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
