import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { CountryLabelPoint } from '../country-label-point.ts';
import { CARIBBEAN_DETAIL_BOX, isDetailCountry, isFocusCountry } from '../region.ts';
import { cutLinesAtAntimeridian, cutPolygonsAtAntimeridian } from './antimeridian.ts';
import { labelPointOf } from './label-point.ts';
import { minZoomForArea } from './label-zoom.ts';
import { roundLines, roundPolygonal, roundTo } from './round-geometry.ts';
import { simplifyTopology } from './simplify-topology.ts';
import { splitPartsByBox } from './split-by-box.ts';

/** Properties of a country polygon in the generated GeoJSON. */
export interface CountryProperties {
  /** ISO 3166-1 alpha-3, null for Natural Earth units without one (Kosovo, N. Cyprus, bases). */
  iso3: string | null;
  /** In the app's region: drawn in the brighter land colour. */
  focus: boolean;
  /** Replaced by the 1:10m source from the detail zoom on (only meaningful in the 1:50m file). */
  inDetail: boolean;
}

/** Properties of a border line in the generated GeoJSON. */
export interface BorderProperties {
  /** The border touches a detail country, so from the detail zoom on it comes from 1:10m. */
  detail: boolean;
}

/** Everything scripts/build-basemap.ts writes. */
export interface BasemapData {
  countries50: FeatureCollection<MultiPolygon, CountryProperties>;
  borders50: FeatureCollection<MultiLineString, BorderProperties>;
  countries10: FeatureCollection<MultiPolygon, CountryProperties>;
  borders10: FeatureCollection<MultiLineString, BorderProperties>;
  labelPoints: CountryLabelPoint[];
}

/** Simplification (degrees) and rounding used by {@link assembleBasemap}. */
export interface AssembleOptions {
  /** Douglas–Peucker tolerance for the world at 1:50m. */
  tolerance50: number;
  /** Douglas–Peucker tolerance for the region at 1:10m. */
  tolerance10: number;
  /** Decimal places kept in coordinates. */
  decimals: number;
}

type CountryTopology = Topology<{ countries: GeometryCollection }>;

/** The alpha-3 code of a world-atlas geometry (its id is the ISO numeric code), or null. */
export function iso3OfGeometry(geometry: GeometryObject): string | null {
  return geometry.id === undefined ? null : (countries.numericToAlpha3(geometry.id) ?? null);
}

function toMultiPolygon(geometry: Polygon | MultiPolygon | null): MultiPolygon | null {
  if (!geometry) return null;
  return geometry.type === 'Polygon'
    ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] }
    : geometry;
}

function countryFeatures(topology: CountryTopology): Feature<MultiPolygon, { iso3: string | null }>[] {
  const out: Feature<MultiPolygon, { iso3: string | null }>[] = [];
  for (const geometry of topology.objects.countries.geometries) {
    const converted = feature(topology, geometry);
    const shape = 'geometry' in converted ? converted.geometry : null;
    const polygonal =
      shape?.type === 'Polygon' || shape?.type === 'MultiPolygon' ? toMultiPolygon(shape) : null;
    if (polygonal) {
      const cut = cutPolygonsAtAntimeridian(polygonal);
      out.push({ type: 'Feature', properties: { iso3: iso3OfGeometry(geometry) }, geometry: cut });
    }
  }
  return out;
}

function countryFeature(
  geometry: MultiPolygon | null,
  properties: CountryProperties,
  decimals: number,
): Feature<MultiPolygon, CountryProperties> | null {
  const rounded = geometry && roundPolygonal(geometry, decimals);
  return rounded ? { type: 'Feature', properties, geometry: rounded } : null;
}

/**
 * Splits the countries of one scale into the part drawn at 1:10m from the detail zoom on
 * (whole detail countries, plus other countries' islands inside the Caribbean box) and the
 * rest. `keepOutside` is false for the 1:10m file, which holds only the detail part.
 */
function partitionCountries(
  topology: CountryTopology,
  decimals: number,
  keepOutside: boolean,
): Feature<MultiPolygon, CountryProperties>[] {
  const out: (Feature<MultiPolygon, CountryProperties> | null)[] = [];
  for (const { properties, geometry } of countryFeatures(topology)) {
    const { iso3 } = properties;
    if (isDetailCountry(iso3)) {
      out.push(countryFeature(geometry, { iso3, focus: true, inDetail: true }, decimals));
      continue;
    }
    const { inside, outside } = splitPartsByBox(geometry, CARIBBEAN_DETAIL_BOX);
    out.push(countryFeature(inside, { iso3, focus: true, inDetail: true }, decimals));
    if (keepOutside) {
      out.push(countryFeature(outside, { iso3, focus: isFocusCountry(iso3), inDetail: false }, decimals));
    }
  }
  return out.filter((f): f is Feature<MultiPolygon, CountryProperties> => f !== null);
}

function touchesDetail(a: GeometryObject, b: GeometryObject): boolean {
  return isDetailCountry(iso3OfGeometry(a)) || isDetailCountry(iso3OfGeometry(b));
}

/** Interior borders (each shared arc once), split by whether they touch a detail country. */
function borderFeatures(
  topology: CountryTopology,
  decimals: number,
  keepOutside: boolean,
): FeatureCollection<MultiLineString, BorderProperties> {
  const object = topology.objects.countries;
  const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
    roundLines(cutLinesAtAntimeridian(mesh(topology, object, filter)), decimals);
  const detail = lines((a, b) => a !== b && touchesDetail(a, b));
  const other = keepOutside ? lines((a, b) => a !== b && !touchesDetail(a, b)) : null;
  const features: Feature<MultiLineString, BorderProperties>[] = [];
  if (detail) features.push({ type: 'Feature', properties: { detail: true }, geometry: detail });
  if (other) features.push({ type: 'Feature', properties: { detail: false }, geometry: other });
  return { type: 'FeatureCollection', features };
}

/** Not labelled: Antarctica is no country and its label would sit at the edge of the world. */
const UNLABELLED = new Set(['ATA']);

/**
 * Label points from the unsimplified 1:50m countries: one per ISO3 code (Natural Earth units
 * sharing a code, like Australia and Ashmore, are merged), sorted by code.
 */
function labelPoints(topology: CountryTopology): CountryLabelPoint[] {
  const byIso3 = new Map<string, MultiPolygon>();
  for (const { properties, geometry } of countryFeatures(topology)) {
    if (!properties.iso3 || UNLABELLED.has(properties.iso3)) continue;
    const previous = byIso3.get(properties.iso3);
    byIso3.set(
      properties.iso3,
      previous
        ? { type: 'MultiPolygon', coordinates: [...previous.coordinates, ...geometry.coordinates] }
        : geometry,
    );
  }
  const points: CountryLabelPoint[] = [];
  for (const [iso3, geometry] of byIso3) {
    const point = labelPointOf(geometry);
    if (!point) continue;
    const areaKm2 = Math.round(area(geometry) / 1e6);
    points.push({
      iso3,
      lon: roundTo(point[0], 2),
      lat: roundTo(point[1], 2),
      areaKm2,
      minZoom: minZoomForArea(areaKm2, isFocusCountry(iso3)),
    });
  }
  return points.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

/**
 * Builds the base map's GeoJSON from world-atlas's countries-50m and countries-10m
 * topologies: simplified (shared borders stay shared), rounded, with ISO3 codes in the
 * properties so fills and clicks can join on them. Pure: the script does the file I/O.
 */
export function assembleBasemap(
  world50: CountryTopology,
  world10: CountryTopology,
  options: AssembleOptions,
): BasemapData {
  const simple50 = simplifyTopology(world50, options.tolerance50);
  const simple10 = simplifyTopology(world10, options.tolerance10);
  return {
    countries50: {
      type: 'FeatureCollection',
      features: partitionCountries(simple50, options.decimals, true),
    },
    borders50: borderFeatures(simple50, options.decimals, true),
    countries10: {
      type: 'FeatureCollection',
      features: partitionCountries(simple10, options.decimals, false),
    },
    borders10: borderFeatures(simple10, options.decimals, false),
    labelPoints: labelPoints(world50),
  };
}
