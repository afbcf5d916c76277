import { subregionOf } from '../geo/subregions.ts';

/** A lon/lat box `[west, south, east, north]` in degrees. */
export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

/**
 * The Ibero-American region (Mexico to Tierra del Fuego, the Caribbean, Spain and Portugal
 * with the Azores, Madeira and the Canaries). Use it to "fit to region"; it is not a pan limit.
 */
export const REGION_BOUNDS: LonLatBox = [-118.5, -56.5, 4.5, 44];

/** Latin America and the Caribbean only: what the map frames when it opens. */
export const AMERICAS_BOUNDS: LonLatBox = [-118.5, -56.5, -33, 33];

/**
 * Where the map opens: framed on Latin America and the Caribbean, Iberia one pan to the east.
 * `bounds` is for `fitBounds` (adapts to the screen); `center`/`zoom` are the fallback before
 * the container has a size.
 */
export const INITIAL_VIEW = {
  center: [-72, 0] as const,
  zoom: 2.2,
  bounds: AMERICAS_BOUNDS,
} as const;

/**
 * From this zoom on, countries of the region are drawn from Natural Earth 1:10m instead of
 * 1:50m. Below it 1:50m is already finer than a pixel.
 */
export const DETAIL_MIN_ZOOM = 4;

/**
 * Box in which parts of other countries (French Guiana, Guadeloupe and Martinique belong to
 * France in Natural Earth; Bonaire to the Netherlands) are drawn at 1:10m too, so the whole
 * Caribbean looks the same at high zoom.
 */
export const CARIBBEAN_DETAIL_BOX: LonLatBox = [-92, -5, -50, 24];

/**
 * Whether a country is drawn at 1:10m when zoomed in: the region of the app (Central America
 * and the Caribbean, South America, Mexico, Spain, Portugal, Andorra, Gibraltar).
 */
export function isDetailCountry(iso3: string | null | undefined): boolean {
  if (!iso3) return false;
  const subregion = subregionOf(iso3);
  return (
    subregion === 'central_america_caribbean' ||
    subregion === 'south_america' ||
    subregion === 'iberia' ||
    iso3 === 'MEX'
  );
}

/** Whether a country belongs to the app's region (the same set as {@link isDetailCountry}); drawn in a brighter land colour. */
export function isFocusCountry(iso3: string | null | undefined): boolean {
  return isDetailCountry(iso3);
}

/** Whether box `inner` lies entirely inside box `outer`. */
export function isBoxInside(inner: LonLatBox, outer: LonLatBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
