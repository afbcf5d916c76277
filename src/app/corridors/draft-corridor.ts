import type { CorridorCollection, CorridorKind } from '../../analytics/corridors/types.ts';

/** Geometry a drawn corridor gets. */
export type DraftShape = 'line' | 'polygon';

/** A corridor being drawn: plain data, so undo and cancel are just new values. */
export interface DraftCorridor {
  shape: DraftShape;
  name: string;
  kind: CorridorKind;
  /** Vertices clicked so far, lon/lat. */
  vertices: readonly (readonly [number, number])[];
}

/** An empty draft. */
export function emptyDraft(shape: DraftShape = 'line', kind: CorridorKind = 'drug'): DraftCorridor {
  return { shape, name: '', kind, vertices: [] };
}

/** The draft with one more vertex (a click on the map). Pure. */
export function addVertex(draft: DraftCorridor, lngLat: readonly [number, number]): DraftCorridor {
  return { ...draft, vertices: [...draft.vertices, [lngLat[0], lngLat[1]]] };
}

/** The draft without its last vertex. Pure. */
export function undoVertex(draft: DraftCorridor): DraftCorridor {
  return { ...draft, vertices: draft.vertices.slice(0, -1) };
}

/** Vertices a shape needs before it can be finished (a ring needs three distinct points). */
export function minVertices(shape: DraftShape): number {
  return shape === 'polygon' ? 3 : 2;
}

/**
 * The draft as a one-feature GeoJSON FeatureCollection, unvalidated: the caller passes it to
 * validateCorridorCollection so a drawn corridor meets the same rules as a loaded one. A
 * polygon's ring is closed here.
 */
export function draftToCollection(draft: DraftCorridor): unknown {
  const coords = draft.vertices.map(([x, y]) => [x, y]);
  const geometry =
    draft.shape === 'polygon'
      ? { type: 'Polygon', coordinates: [[...coords, ...(coords[0] ? [coords[0]] : [])]] }
      : { type: 'LineString', coordinates: coords };
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry,
        properties: { kind: draft.kind, name: draft.name.trim(), source: 'drawn in rutas' },
      },
    ],
  };
}

/** `base` with `added`'s features appended (a new object, so the store notices). */
export function appendCorridors(
  base: CorridorCollection | null,
  added: CorridorCollection,
): CorridorCollection {
  const out: CorridorCollection = {
    type: 'FeatureCollection',
    features: [...(base?.features ?? []), ...added.features],
  };
  if (base?.illustrative) out.illustrative = true;
  return out;
}
