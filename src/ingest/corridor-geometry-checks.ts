import { booleanClockwise, kinks, rewind } from '@turf/turf';
import type { Position } from 'geojson';
import type { CorridorGeometry } from '../analytics/corridors/types.ts';
import type { CorridorIssueCode, IssueParams } from './corridor-issues.ts';

/** A problem found in one geometry, before it is tied to a file and feature. */
export interface GeometryProblem {
  code: CorridorIssueCode;
  params: IssueParams;
}

/** Outcome of {@link checkCorridorGeometry}: the fixed geometry when there is no error. */
export interface GeometryCheck {
  geometry: CorridorGeometry | null;
  errors: GeometryProblem[];
  warnings: GeometryProblem[];
}

const TYPES = new Set(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    p.length <= 3 &&
    p.every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

/** Removes repeated consecutive positions; returns the cleaned list and how many were dropped. */
function dedupe(line: Position[]): [Position[], number] {
  const out = line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
  return [out, line.length - out.length];
}

function checkPositions(line: unknown, at: string, out: GeometryCheck): Position[] | null {
  if (!Array.isArray(line)) {
    out.errors.push({ code: 'bad_coordinates', params: { at } });
    return null;
  }
  let ok = true;
  line.forEach((p: unknown, i) => {
    const here = `${at}[${i}]`;
    if (!isPosition(p)) {
      out.errors.push({ code: 'bad_coordinates', params: { at: here } });
      ok = false;
      return;
    }
    const [lon, lat] = p as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      out.errors.push({ code: 'coordinate_out_of_range', params: { at: here, lon, lat } });
      ok = false;
      if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
        out.warnings.push({ code: 'lat_lon_swapped', params: { at: here, lon, lat } });
      }
    }
  });
  return ok ? (line as Position[]) : null;
}

function checkLine(line: unknown, at: string, out: GeometryCheck): Position[] | null {
  const positions = checkPositions(line, at, out);
  if (!positions) return null;
  const [clean, dropped] = dedupe(positions);
  if (dropped > 0) out.warnings.push({ code: 'duplicate_points_removed', params: { at, count: dropped } });
  if (clean.length < 2) {
    out.errors.push({ code: 'too_few_points', params: { at, count: clean.length, needed: 2 } });
    return null;
  }
  return clean;
}

function checkRing(ring: unknown, at: string, out: GeometryCheck): Position[] | null {
  const positions = checkPositions(ring, at, out);
  if (!positions) return null;
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    out.errors.push({
      code: 'unclosed_ring',
      params: { at, x0: first[0]!, y0: first[1]!, x1: last[0]!, y1: last[1]! },
    });
    return null;
  }
  const [clean, dropped] = dedupe(positions);
  if (dropped > 0) out.warnings.push({ code: 'duplicate_points_removed', params: { at, count: dropped } });
  if (clean.length < 4) {
    out.errors.push({
      code: 'too_few_points',
      params: { at, count: Math.max(0, clean.length - 1), needed: 3 },
    });
    return null;
  }
  return clean;
}

function checkPolygon(rings: unknown, at: string, out: GeometryCheck): Position[][] | null {
  if (!Array.isArray(rings) || rings.length === 0) {
    out.errors.push({ code: 'bad_coordinates', params: { at } });
    return null;
  }
  const checked = rings.map((r: unknown, i) => checkRing(r, `${at}[${i}]`, out));
  return checked.every((r) => r !== null) ? (checked as Position[][]) : null;
}

function checkList<T>(
  items: unknown,
  at: string,
  out: GeometryCheck,
  each: (v: unknown, at: string) => T | null,
): T[] | null {
  if (!Array.isArray(items) || items.length === 0) {
    out.errors.push({ code: 'bad_coordinates', params: { at } });
    return null;
  }
  const checked = items.map((v: unknown, i) => each(v, `${at}[${i}]`));
  return checked.every((v) => v !== null) ? (checked as T[]) : null;
}

function polygonRings(g: CorridorGeometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/**
 * Checks one corridor geometry and fixes what can be fixed safely. Errors: unsupported type,
 * non-numeric or out-of-range positions, too few points, unclosed rings, self-intersecting
 * polygons (turf `kinks`). Fixed with a warning: repeated consecutive points, ring winding
 * (turf `rewind` to RFC 7946: exterior counter-clockwise, holes clockwise). Reported only:
 * positions that look like swapped lat/lon, lines that cross themselves (a route may loop).
 */
export function checkCorridorGeometry(raw: unknown): GeometryCheck {
  const out: GeometryCheck = { geometry: null, errors: [], warnings: [] };
  const g = raw as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || typeof g.type !== 'string' || !TYPES.has(g.type)) {
    const type =
      g && typeof g === 'object' && typeof g.type === 'string' ? g.type : String(g?.type ?? 'none');
    out.errors.push({ code: 'unsupported_geometry', params: { type } });
    return out;
  }
  const c = g.coordinates;
  let geometry: CorridorGeometry | null = null;
  if (g.type === 'LineString') {
    const line = checkLine(c, 'coordinates', out);
    if (line) geometry = { type: 'LineString', coordinates: line };
  } else if (g.type === 'MultiLineString') {
    const lines = checkList(c, 'coordinates', out, (v, at) => checkLine(v, at, out));
    if (lines) geometry = { type: 'MultiLineString', coordinates: lines };
  } else if (g.type === 'Polygon') {
    const rings = checkPolygon(c, 'coordinates', out);
    if (rings) geometry = { type: 'Polygon', coordinates: rings };
  } else {
    const polys = checkList(c, 'coordinates', out, (v, at) => checkPolygon(v, at, out));
    if (polys) geometry = { type: 'MultiPolygon', coordinates: polys };
  }
  if (!geometry || out.errors.length > 0) return out;
  const crossings = kinks(geometry).features;
  const firstKink = crossings[0]?.geometry.coordinates;
  if (firstKink) {
    const isPolygon = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
    const problem = { params: { lon: firstKink[0]!, lat: firstKink[1]! } };
    if (isPolygon) {
      out.errors.push({ code: 'self_intersection', ...problem });
      return out;
    }
    out.warnings.push({ code: 'line_self_intersection', ...problem });
  }
  const misWound = polygonRings(geometry).some((rings) =>
    rings.some((ring, i) => booleanClockwise(ring) === (i === 0)),
  );
  if (misWound) {
    geometry = rewind(geometry, { reverse: false }) as CorridorGeometry;
    out.warnings.push({ code: 'winding_fixed', params: {} });
  }
  out.geometry = geometry;
  return out;
}
