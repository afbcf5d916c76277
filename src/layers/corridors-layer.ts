import { GeoJsonLayer } from '@deck.gl/layers';
import type { CorridorCollection, CorridorKind } from '../analytics/corridors/types.ts';
import type { RGBA } from './colors.ts';

/**
 * Corridor colours by kind: muted and darker than the flow colours so migratory flows stay
 * in front, and distinct from each other for colour-blind viewers (Tol "muted").
 */
export const CORRIDOR_COLORS: Readonly<Record<CorridorKind, RGBA>> = {
  drug: [136, 34, 85, 255],
  fuel: [221, 170, 51, 255],
  arms: [68, 68, 68, 255],
  other: [17, 119, 51, 255],
};

/** Corridors as lines (width 3 px) and translucent polygons, coloured by kind; pickable for tooltips. */
export function corridorsLayer(
  collection: CorridorCollection,
  highlightedName: string | null = null,
): GeoJsonLayer {
  const color = (kind: CorridorKind, alpha: number): RGBA => {
    const [r, g, b] = CORRIDOR_COLORS[kind] ?? CORRIDOR_COLORS.other;
    return [r, g, b, alpha];
  };
  return new GeoJsonLayer({
    id: 'corridors',
    data: collection,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: (f) => (f.properties?.name === highlightedName ? 6 : 3),
    getLineColor: (f) => color(f.properties?.kind as CorridorKind, 200),
    getFillColor: (f) => color(f.properties?.kind as CorridorKind, 45),
    lineJointRounded: true,
    lineCapRounded: true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    updateTriggers: { getLineWidth: highlightedName },
  });
}
