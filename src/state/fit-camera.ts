import type { Camera } from './view-config.ts';
import { CAMERA_LIMITS } from './view-config-schema.ts';

/** Width and height of a map, in CSS pixels. */
export type MapSize = readonly [width: number, height: number];

/** Smallest and largest map side a saved size may give (a phone to a video wall). */
export const MAP_SIZE_LIMITS = { min: 100, max: 16_384 } as const;

/** Whether a value is a map size rutas accepts from a file (two whole numbers within the limits). */
export function isMapSize(value: unknown): value is MapSize {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => Number.isInteger(v) && v >= MAP_SIZE_LIMITS.min && v <= MAP_SIZE_LIMITS.max)
  );
}

/**
 * The camera that shows on a map of `size` at least what `camera` showed on the map of
 * `savedSize` it was set on: the same centre, and the zoom moved by log2 of the smaller of
 * the two side ratios (Web Mercator doubles the scale at each zoom level). So a slide saved
 * on a laptop and projected on a wall of another shape keeps its edges instead of cropping
 * them, and a larger screen shows the same area larger. Clamped to the zoom limits. Pure.
 */
export function fitCamera(camera: Camera, savedSize: MapSize, size: MapSize): Camera {
  const ratio = Math.min(size[0] / savedSize[0], size[1] / savedSize[1]);
  if (!(ratio > 0) || !Number.isFinite(ratio)) return camera;
  const zoom = camera.zoom + Math.log2(ratio);
  return {
    ...camera,
    zoom: Math.min(CAMERA_LIMITS.maxZoom, Math.max(CAMERA_LIMITS.minZoom, zoom)),
  };
}
