import type { Table } from 'apache-arrow';
import { bundledRouteAnchors, type RouteAnchors, routeStops, routeVertices } from '../geo/route-anchors.ts';
import { toFloat64, toStrings } from './arrow-to-binary.ts';

/** Routes ready for a binary PathLayer; routes below the threshold are dropped. */
export interface RouteData {
  length: number;
  positions: Float32Array;
  startIndices: Uint32Array;
  persons: Float64Array;
  route: string[];
  crimeType: string[];
  origin: string[];
  transit: string[];
  destination: string[];
  maxPersons: number;
}

/**
 * Converts a routesQuery result to layer data, keeping only routes with at least k persons.
 * Each path runs through its stops' anchor points and the crossings between neighbouring
 * stops (`anchors`, the bundled ones by default); a stop without a point is skipped and a
 * route of fewer than two vertices is not drawn.
 */
export function toRouteData(
  table: Table,
  k: number,
  anchors: RouteAnchors = bundledRouteAnchors(),
): RouteData {
  const persons = toFloat64(table, 'persons');
  const cols = {
    route: toStrings(table, 'route'),
    crimeType: toStrings(table, 'crime_type'),
    origin: toStrings(table, 'origin'),
    transit: toStrings(table, 'transit'),
    destination: toStrings(table, 'destination'),
  };
  const keep: number[] = [];
  const paths: number[][] = [];
  for (let i = 0; i < persons.length; i++) {
    if (persons[i]! < k) continue;
    const stops = routeStops(cols.origin[i]!, cols.transit[i]!, cols.destination[i]!);
    const path = routeVertices(stops, anchors);
    if (path.length < 4) continue;
    keep.push(i);
    paths.push(path);
  }
  const vertexCount = paths.reduce((n, p) => n + p.length / 2, 0);
  const out: RouteData = {
    length: keep.length,
    positions: new Float32Array(vertexCount * 2),
    startIndices: new Uint32Array(keep.length + 1),
    persons: Float64Array.from(keep, (i) => persons[i]!),
    route: keep.map((i) => cols.route[i]!),
    crimeType: keep.map((i) => cols.crimeType[i]!),
    origin: keep.map((i) => cols.origin[i]!),
    transit: keep.map((i) => cols.transit[i]!),
    destination: keep.map((i) => cols.destination[i]!),
    maxPersons: Math.max(0, ...keep.map((i) => persons[i]!)),
  };
  let at = 0;
  paths.forEach((path, j) => {
    out.startIndices[j] = at;
    out.positions.set(path, at * 2);
    at += path.length / 2;
  });
  out.startIndices[keep.length] = at;
  return out;
}
