/** Area thresholds (km²) and the zoom from which a country of at least that size is labelled. */
const STEPS: readonly (readonly [minArea: number, zoom: number])[] = [
  [1_500_000, 1],
  [400_000, 2],
  [100_000, 3],
  [20_000, 4],
  [2_000, 5],
];

/**
 * The zoom from which a country's label is shown, from its area: labels of large countries
 * fit at world scale, small ones only once they are a few dozen pixels wide. Countries of the
 * app's region (`focus`) appear half a zoom step earlier.
 */
export function minZoomForArea(areaKm2: number, focus: boolean): number {
  const base = STEPS.find(([minArea]) => areaKm2 >= minArea)?.[1] ?? 6;
  return focus ? base - 0.5 : base;
}
