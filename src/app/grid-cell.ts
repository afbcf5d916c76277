/**
 * Grid cell size for incident density at a zoom level: coarse cells at continental zoom so
 * the map stays legible (and fewer cells fall below the threshold), finer when zoomed in.
 */
export function cellDegreesForZoom(zoom: number): number {
  if (zoom < 3) return 2;
  if (zoom < 4.5) return 1;
  if (zoom < 6) return 0.5;
  if (zoom < 7.5) return 0.2;
  return 0.05;
}
