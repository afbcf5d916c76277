import { ScatterplotLayer } from '@deck.gl/layers';
import type { CorridorKind } from '../analytics/corridors/types.ts';
import { CORRIDOR_COLORS } from './corridors-layer.ts';

/** One crossing to draw: where a route meets a corridor, and what the route carries. */
export interface CrossingPoint {
  lon: number;
  lat: number;
  kind: CorridorKind;
  volume: number;
}

/** Crossing markers as typed arrays for a binary ScatterplotLayer. */
export interface CrossingData {
  length: number;
  positions: Float32Array;
  radii: Float32Array;
  colors: Uint8Array;
}

/**
 * Crossings → binary attributes: position, radius growing with the square root of the route's
 * volume (4–14 px), colour of the corridor's kind. Pure.
 */
export function toCrossingData(crossings: readonly CrossingPoint[]): CrossingData {
  const max = Math.max(1, ...crossings.map((c) => c.volume));
  const out: CrossingData = {
    length: crossings.length,
    positions: new Float32Array(crossings.length * 2),
    radii: new Float32Array(crossings.length),
    colors: new Uint8Array(crossings.length * 4),
  };
  crossings.forEach((c, i) => {
    out.positions[2 * i] = c.lon;
    out.positions[2 * i + 1] = c.lat;
    out.radii[i] = 4 + 10 * Math.sqrt(Math.max(0, c.volume) / max);
    const [r, g, b] = CORRIDOR_COLORS[c.kind] ?? CORRIDOR_COLORS.other;
    out.colors.set([r, g, b, 230], 4 * i);
  });
  return out;
}

/** Crossing markers: filled by corridor kind with a white ring, sized by route volume. */
export function crossingsLayer(data: CrossingData): ScatterplotLayer {
  return new ScatterplotLayer({
    id: 'corridor-crossings',
    data: {
      length: data.length,
      attributes: {
        getPosition: { value: data.positions, size: 2 },
        getRadius: { value: data.radii, size: 1 },
        getFillColor: { value: data.colors, size: 4, normalized: true },
      },
    },
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    pickable: false,
  });
}
