import type { Position } from 'geojson';
import type {
  CorridorCollection,
  CorridorFeature,
  CorridorGeometry,
} from '../../analytics/corridors/types.ts';

/** A lon/lat vertex. */
export type Vertex = readonly [number, number];

/**
 * One editable line or ring of a corridor. A ring's closing vertex is not stored (it is
 * always the first one), so moving the first vertex moves the closure too.
 */
export interface EditPart {
  vertices: readonly Vertex[];
  closed: boolean;
}

/** Which vertex: part index, vertex index within the part. */
export interface VertexRef {
  part: number;
  vertex: number;
}

/**
 * A corridor being edited: plain data, so every edit is a new value and undo is a stack of
 * earlier part lists. `layout` remembers how parts group into the original geometry type.
 */
export interface CorridorEdit {
  /** Index of the feature in the corridor collection. */
  index: number;
  /** The feature as it was when editing started (properties are kept; Cancel restores it). */
  original: CorridorFeature;
  layout: EditLayout;
  parts: readonly EditPart[];
  selected: VertexRef | null;
  /** Earlier part lists, most recent last. */
  history: readonly (readonly EditPart[])[];
}

/** Geometry type and, for a MultiPolygon, how many rings each polygon has. */
export interface EditLayout {
  type: CorridorGeometry['type'];
  ringsPerPolygon: readonly number[];
}

function toVertices(line: readonly Position[], closed: boolean): Vertex[] {
  const out = line.map((p): Vertex => [p[0]!, p[1]!]);
  if (closed && out.length > 1) {
    const a = out[0]!;
    const b = out[out.length - 1]!;
    if (a[0] === b[0] && a[1] === b[1]) out.pop();
  }
  return out;
}

/** Starts editing feature `index` of a collection: its lines and rings become parts. Pure. */
export function startEdit(feature: CorridorFeature, index: number): CorridorEdit {
  const g = feature.geometry;
  let parts: EditPart[];
  let ringsPerPolygon: number[] = [];
  if (g.type === 'LineString') parts = [{ vertices: toVertices(g.coordinates, false), closed: false }];
  else if (g.type === 'MultiLineString')
    parts = g.coordinates.map((l) => ({ vertices: toVertices(l, false), closed: false }));
  else {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    ringsPerPolygon = polygons.map((rings) => rings.length);
    parts = polygons.flat().map((r) => ({ vertices: toVertices(r, true), closed: true }));
  }
  return {
    index,
    original: feature,
    layout: { type: g.type, ringsPerPolygon },
    parts,
    selected: null,
    history: [],
  };
}

function closeRing(vertices: readonly Vertex[]): Position[] {
  const out = vertices.map(([x, y]) => [x, y]);
  if (out.length > 0) out.push([...out[0]!]);
  return out;
}

/**
 * The edited geometry in the original geometry type, rings closed again. Unvalidated: the
 * caller runs the corridor file checks on it (self-intersection, winding, too few points).
 */
export function editGeometry(edit: CorridorEdit): CorridorGeometry {
  const { type, ringsPerPolygon } = edit.layout;
  const lines = edit.parts.map((p) =>
    p.closed ? closeRing(p.vertices) : p.vertices.map(([x, y]) => [x, y]),
  );
  if (type === 'LineString') return { type, coordinates: lines[0] ?? [] };
  if (type === 'MultiLineString') return { type, coordinates: lines };
  const polygons: Position[][][] = [];
  let at = 0;
  for (const n of ringsPerPolygon) {
    polygons.push(lines.slice(at, at + n));
    at += n;
  }
  if (type === 'Polygon') return { type, coordinates: polygons[0] ?? [] };
  return { type, coordinates: polygons };
}

/**
 * The edited corridor as a one-feature FeatureCollection for validateCorridorCollection, with
 * the original properties, so an edit meets the rules a loaded corridor file meets.
 */
export function editToCollection(edit: CorridorEdit): unknown {
  return {
    type: 'FeatureCollection',
    features: [{ ...edit.original, geometry: editGeometry(edit) }],
  };
}

/** `collection` with feature `index` replaced by `feature` (a new object, so the store notices). */
export function replaceCorridor(
  collection: CorridorCollection,
  index: number,
  feature: CorridorFeature,
): CorridorCollection {
  const out: CorridorCollection = {
    type: 'FeatureCollection',
    features: collection.features.map((f, i) => (i === index ? feature : f)),
  };
  if (collection.illustrative) out.illustrative = true;
  return out;
}
