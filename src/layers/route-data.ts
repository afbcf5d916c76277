import type { Table } from 'apache-arrow';
import { toFloat64, toPaths, toStrings } from './arrow-to-binary.ts';

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

/** Converts a routesQuery result to layer data, keeping only routes with at least k persons. */
export function toRouteData(table: Table, k: number): RouteData {
  const persons = toFloat64(table, 'persons');
  const { positions, startIndices } = toPaths(table, 'path');
  const cols = {
    route: toStrings(table, 'route'),
    crimeType: toStrings(table, 'crime_type'),
    origin: toStrings(table, 'origin'),
    transit: toStrings(table, 'transit'),
    destination: toStrings(table, 'destination'),
  };
  const keep: number[] = [];
  for (let i = 0; i < persons.length; i++) if (persons[i]! >= k) keep.push(i);
  const vertexCount = keep.reduce((n, i) => n + startIndices[i + 1]! - startIndices[i]!, 0);
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
  keep.forEach((i, j) => {
    const from = startIndices[i]!;
    const to = startIndices[i + 1]!;
    out.startIndices[j] = at;
    out.positions.set(positions.subarray(from * 2, to * 2), at * 2);
    at += to - from;
  });
  out.startIndices[keep.length] = at;
  return out;
}
