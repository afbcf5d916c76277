import type { Position } from 'geojson';
import { unwrapLongitudes } from './antimeridian.ts';
import {
  type GeoSegments,
  type LinePart,
  type PlanarSegments,
  type ScoreSegment,
  toGeoSegments,
  toPlanarSegments,
} from './line-set.ts';
import type { UnwrappedPolygon } from './point-in-polygon.ts';
import type { CorridorCollection, CorridorFeature, CorridorKind } from './types.ts';

/** What the analyses need to know about one corridor besides its segments. */
export interface PreparedCorridor {
  index: number;
  name: string;
  kind: CorridorKind;
  /** Polygons (unwrapped rings) of a Polygon/MultiPolygon corridor; empty for lines. */
  polygons: UnwrappedPolygon[];
  /** Unwrapped bounding box of the polygons (for the "inside" search); null for lines. */
  polygonBox: [number, number, number, number] | null;
  /** Length of the corridor's lines, or of its polygon boundaries, in km. */
  lengthKm: number;
}

/**
 * A corridor collection turned into indexed typed arrays, built once per corridor file and
 * reused each time filters change. Polygon corridors contribute their rings as lines (for
 * crossings and distances) and their interiors for "inside counts as distance 0".
 */
export interface PreparedCorridors {
  corridors: PreparedCorridor[];
  planar: PlanarSegments;
  geo: GeoSegments;
  scoreSegments: ScoreSegment[];
  segmentKm: number;
}

function toCoords(line: Position[]): Float64Array {
  const out = new Float64Array(line.length * 2);
  line.forEach((p, i) => {
    out[2 * i] = p[0]!;
    out[2 * i + 1] = p[1]!;
  });
  return out;
}

function shiftNear(ring: Float64Array, lon: number): Float64Array {
  const first = ring[0]!;
  const k = Math.round((lon - first) / 360);
  if (k === 0) return ring;
  return ring.map((v, i) => (i % 2 === 0 ? v + 360 * k : v));
}

function polygonsOf(feature: CorridorFeature): Position[][][] {
  const g = feature.geometry;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function linesOf(feature: CorridorFeature): Position[][] {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return polygonsOf(feature).flat();
}

function unwrapPolygon(rings: Position[][]): UnwrappedPolygon {
  const out: UnwrappedPolygon = [];
  for (const ring of rings) {
    const u = unwrapLongitudes(toCoords(ring));
    // Holes go to the exterior's sheet so even–odd parity is computed in one frame.
    out.push(out.length === 0 ? u : shiftNear(u, out[0]![0]!));
  }
  return out;
}

function boxOf(polygons: UnwrappedPolygon[]): [number, number, number, number] | null {
  if (polygons.length === 0) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons) {
    const ring = poly[0]!;
    for (let i = 0; i + 1 < ring.length; i += 2) {
      box[0] = Math.min(box[0], ring[i]!);
      box[1] = Math.min(box[1], ring[i + 1]!);
      box[2] = Math.max(box[2], ring[i]!);
      box[3] = Math.max(box[3], ring[i + 1]!);
    }
  }
  return box;
}

/**
 * Prepares a validated corridor collection for crossing and proximity analyses.
 * @param segmentKm target length of a score segment (default 100 km)
 */
export function prepareCorridors(collection: CorridorCollection, segmentKm = 100): PreparedCorridors {
  const parts: LinePart[] = [];
  const corridors: PreparedCorridor[] = collection.features.map((feature, index) => {
    for (const line of linesOf(feature)) parts.push({ owner: index, coords: toCoords(line) });
    const polygons = polygonsOf(feature).map(unwrapPolygon);
    return {
      index,
      name: feature.properties.name,
      kind: feature.properties.kind,
      polygons,
      polygonBox: boxOf(polygons),
      lengthKm: 0,
    };
  });
  const planar = toPlanarSegments(parts);
  const { geo, scoreSegments } = toGeoSegments(parts, segmentKm);
  for (let s = 0; s < geo.count; s++) corridors[geo.owner[s]!]!.lengthKm += geo.lengthKm[s]!;
  return { corridors, planar, geo, scoreSegments, segmentKm };
}
