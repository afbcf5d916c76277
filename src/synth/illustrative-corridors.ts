import type { Feature, FeatureCollection, LineString, MultiLineString, Polygon } from 'geojson';

/** Kinds of corridor, as in data-schemas/corridor.schema.json. */
export type CorridorKind = 'drug' | 'fuel' | 'arms' | 'other';

/** Properties of a corridor feature (see data-schemas/corridor.schema.json). */
export interface CorridorProperties {
  kind: CorridorKind;
  name: string;
  source: string;
  valid_from: string | null;
  valid_to: string | null;
}

/** A corridor collection flagged as illustrative, so the app labels it as such. */
export interface CorridorCollection
  extends FeatureCollection<LineString | MultiLineString | Polygon, CorridorProperties> {
  illustrative: boolean;
}

/** Source label of every illustrative corridor. */
export const ILLUSTRATIVE_SOURCE = 'illustrative (rutas synthetic sample)';

type Geometry = LineString | MultiLineString | Polygon;
const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const lines = (...parts: [number, number][][]): MultiLineString => ({
  type: 'MultiLineString',
  coordinates: parts,
});
const area = (...ring: [number, number][]): Polygon => ({
  type: 'Polygon',
  coordinates: [[...ring, ring[0] as [number, number]]],
});

const CORRIDORS: readonly [string, CorridorKind, string, Geometry][] = [
  [
    'pacific-maritime',
    'drug',
    'Pacific maritime cocaine route',
    lines(
      [
        [-77.1, 3.9],
        [-80, 3],
        [-84.5, 7],
        [-88, 11],
        [-92, 13.8],
        [-95.5, 15.6],
        [-102, 17.9],
      ],
      [
        [-80.9, -1],
        [-82.5, 2.5],
        [-84.5, 7],
      ],
    ),
  ],
  [
    'caribbean-maritime',
    'drug',
    'Caribbean cocaine route (Venezuela/Colombia to Hispaniola and Puerto Rico)',
    lines(
      [
        [-72.2, 12.1],
        [-71, 15],
        [-70, 18.2],
      ],
      [
        [-70, 11.8],
        [-68.5, 14.5],
        [-66.5, 18.2],
      ],
      [
        [-70, 18.2],
        [-68.3, 18.4],
        [-66.5, 18.2],
      ],
    ),
  ],
  [
    'caribbean-central-america',
    'drug',
    'Caribbean coast to Honduras (sea and light aircraft)',
    line([-75.5, 10.4], [-79, 13], [-83.5, 15.3], [-84.5, 15.7]),
  ],
  [
    'central-america-land',
    'drug',
    'Central American land corridor (Honduras–Guatemala–Mexico)',
    line([-84.5, 15.7], [-87.5, 15.3], [-89.2, 15.6], [-90.98, 17.25], [-92.3, 18.4]),
  ],
  [
    'andean-peru-bolivia-brazil',
    'drug',
    'Andean land corridor (Peru–Bolivia–Brazil)',
    line(
      [-74, -12.5],
      [-71, -14.5],
      [-68.15, -16.5],
      [-65.5, -17],
      [-63.2, -17.8],
      [-57.7, -19],
      [-46.6, -23.6],
    ),
  ],
  [
    'colombia-ecuador-ports',
    'drug',
    'Colombia–Ecuador land corridor to the Pacific ports',
    line([-76.6, 0.5], [-77.66, 0.81], [-78.5, -0.2], [-79.9, -2.2]),
  ],
  [
    'tachira-norte-de-santander',
    'fuel',
    'Fuel smuggling border Táchira–Norte de Santander',
    area([-72.75, 7.45], [-72.2, 7.45], [-72.2, 8.35], [-72.75, 8.35]),
  ],
  [
    'la-guajira',
    'fuel',
    'La Guajira fuel smuggling corridor',
    line([-72.13, 11.36], [-72.24, 11.38], [-72.55, 11.45], [-72.9, 11.54]),
  ],
  [
    'paraguay-brazil',
    'drug',
    'Brazil–Paraguay corridor (Pedro Juan Caballero–São Paulo)',
    line([-55.73, -22.55], [-53.5, -22.2], [-51.4, -22.1], [-46.6, -23.6]),
  ],
  [
    'triple-frontier-arms',
    'arms',
    'Triple frontier arms corridor (Ciudad del Este–Rio de Janeiro)',
    line([-54.6, -25.5], [-49.3, -25.4], [-46.6, -23.6], [-43.2, -22.9]),
  ],
  [
    'transatlantic',
    'drug',
    'Transatlantic route to Iberia and West Africa',
    lines(
      [
        [-46.3, -23.96],
        [-35, -5],
        [-17, 10],
        [-12, 25],
        [-8.5, 36.5],
        [-5.45, 36.13],
      ],
      [
        [-62, 11],
        [-45, 20],
        [-30, 30],
        [-8.7, 42.2],
      ],
      [
        [-30, 30],
        [-9.3, 38.7],
      ],
    ),
  ],
  [
    'iron-river',
    'arms',
    'Southbound arms trafficking across the Mexico–US border',
    line([-106.48, 31.74], [-106.1, 28.6], [-103.3, 25.5]),
  ],
  [
    'madre-de-dios-gold',
    'other',
    'Illegal gold corridor (Madre de Dios–La Paz)',
    line([-69.19, -12.59], [-69.5, -14], [-68.9, -15.5], [-68.15, -16.5]),
  ],
];

/**
 * A small illustrative set of drug, fuel, arms and other corridors in the region, for the
 * sample deck. Shapes are schematic, drawn from the broad geography of public reporting; they
 * are not survey data and the collection says so (`illustrative: true`).
 */
export function illustrativeCorridors(): CorridorCollection {
  const features = CORRIDORS.map(
    ([id, kind, name, geometry]): Feature<Geometry, CorridorProperties> => ({
      type: 'Feature',
      id,
      geometry,
      properties: { kind, name, source: ILLUSTRATIVE_SOURCE, valid_from: null, valid_to: null },
    }),
  );
  return { type: 'FeatureCollection', illustrative: true, features };
}
