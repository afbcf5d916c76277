import { ScatterplotLayer } from '@deck.gl/layers';
import type { GridData } from './grid-data.ts';

/**
 * Incident density as circles whose area is proportional to persons, coloured by the
 * dominant crime type, all from binary attributes.
 */
export function incidentsLayer(data: GridData, maxRadiusPixels = 22): ScatterplotLayer {
  const radii = Float32Array.from(data.persons, (p) =>
    Math.max(2, maxRadiusPixels * Math.sqrt(p / Math.max(1, data.maxPersons))),
  );
  return new ScatterplotLayer({
    id: 'incidents',
    data: {
      length: data.length,
      attributes: {
        getPosition: { value: data.positions, size: 2 },
        getRadius: { value: radii, size: 1 },
        getFillColor: { value: data.colors, size: 4 },
      },
    },
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthMinPixels: 0.5,
    pickable: true,
    autoHighlight: true,
  });
}
