import { PathLayer } from '@deck.gl/layers';
import { categoryColor } from './colors.ts';
import type { RouteData } from './route-data.ts';

const MAX_WIDTH = 12;

/**
 * Multi-leg routes (origin → transit → destination) from binary paths: width by persons,
 * colour by crime type. Accessors read per-route typed arrays by index, so no route becomes
 * a JS object.
 */
export function routesLayer(data: RouteData): PathLayer {
  const widths = Float32Array.from(data.persons, (p) =>
    Math.max(1.5, (MAX_WIDTH * p) / Math.max(1, data.maxPersons)),
  );
  return new PathLayer({
    id: 'routes',
    data: {
      length: data.length,
      startIndices: data.startIndices,
      attributes: { getPath: { value: data.positions, size: 2 } },
    },
    _pathType: 'open',
    getColor: (_: unknown, { index }: { index: number }) => {
      const [r, g, b] = categoryColor(data.crimeType[index]!);
      return [r, g, b, 190];
    },
    getWidth: (_: unknown, { index }: { index: number }) => widths[index]!,
    widthUnits: 'pixels',
    jointRounded: true,
    capRounded: true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 140],
  });
}
