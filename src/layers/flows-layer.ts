import { ArcLayer } from '@deck.gl/layers';
import { categoryColor } from './colors.ts';
import type { FlowData } from './flow-data.ts';

/** Width in pixels of the thickest flow. */
const MAX_WIDTH = 14;

/**
 * Origin → destination flows as arcs from binary attributes. Direction reads from the colour
 * ramp (pale at the origin, full colour at the destination) and the arc's lean; width is
 * proportional to persons.
 */
export function flowsLayer(
  data: FlowData,
  options: { highlighted?: number; pickable?: boolean } = {},
): ArcLayer {
  const sourceColors = new Uint8ClampedArray(data.length * 4);
  const targetColors = new Uint8ClampedArray(data.length * 4);
  const widths = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const [r, g, b] = categoryColor(data.category[i]!);
    sourceColors.set([r, g, b, 70], i * 4);
    targetColors.set([r, g, b, 235], i * 4);
    widths[i] = Math.max(1.2, (MAX_WIDTH * data.persons[i]!) / Math.max(1, data.maxPersons));
  }
  return new ArcLayer({
    id: 'flows',
    data: {
      length: data.length,
      attributes: {
        getSourcePosition: { value: data.source, size: 2 },
        getTargetPosition: { value: data.target, size: 2 },
        getSourceColor: { value: sourceColors, size: 4 },
        getTargetColor: { value: targetColors, size: 4 },
        getWidth: { value: widths, size: 1 },
      },
    },
    greatCircle: false,
    getHeight: 0.35,
    getTilt: 12,
    widthUnits: 'pixels',
    pickable: options.pickable ?? true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 120],
  });
}
