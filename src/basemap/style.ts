import type { Map as MapLibreMap } from 'maplibre-gl';
import { MAP_ATTRIBUTION } from './attribution.ts';
import { type BasemapTheme, paletteFor } from './palette.ts';
import { DETAIL_MIN_ZOOM } from './region.ts';

/** MapLibre's style document type (maplibre-gl does not re-export it by name). */
export type BaseStyle = Exclude<Parameters<MapLibreMap['setStyle']>[0], string | null>;
/** One layer of a {@link BaseStyle}. */
export type BaseStyleLayer = BaseStyle['layers'][number];
type FillPaint = Extract<BaseStyleLayer, { type: 'fill' }>['paint'];
type LinePaint = Extract<BaseStyleLayer, { type: 'line' }>['paint'];
type LineLayout = Extract<BaseStyleLayer, { type: 'line' }>['layout'];

/**
 * The base map's data files, relative to the page (Vite copies public/ to the build root).
 * Written by scripts/build-basemap.ts, except `admin1` (scripts/build-admin1.ts).
 */
export const BASEMAP_FILES = {
  countries50: 'basemap/countries-50m.geojson',
  borders50: 'basemap/borders-50m.geojson',
  countries10: 'basemap/countries-10m-region.geojson',
  borders10: 'basemap/borders-10m-region.geojson',
  admin1: 'basemap/admin1-region.geojson',
} as const;

/** Source ids, for `map.getSource`/`setFeatureState` (country sources promote `iso3` to the feature id). */
export const BASEMAP_SOURCES = {
  countries50: 'countries-50m',
  borders50: 'borders-50m',
  countries10: 'countries-10m',
  borders10: 'borders-10m',
  admin1: 'admin1-region',
} as const;

/**
 * From this zoom on, the inner borders of states, provinces and departments of the region are
 * drawn: a step past {@link DETAIL_MIN_ZOOM}, when a country fills enough of the screen that
 * its provinces read as places rather than as a hatch.
 */
export const ADMIN1_MIN_ZOOM = DETAIL_MIN_ZOOM + 0.5;

/** Id of the admin-1 line layer (the e2e tests toggle it). */
export const ADMIN1_LAYER_ID = 'admin1-borders';

/**
 * Id of the first line layer (the admin-1 borders, beneath the country borders). Data fills
 * (choropleths) go beneath it, so every border stays on top:
 * `map.addLayer(layer, BASEMAP_BEFORE_ID)`.
 */
export const BASEMAP_BEFORE_ID = ADMIN1_LAYER_ID;

/** Options of {@link buildBaseStyle}. */
export interface BaseStyleOptions {
  /** The page's base URL (`document.baseURI` in the app); data files are resolved against it. */
  baseUrl: string | URL;
  /** Colour theme. */
  theme: BasemapTheme;
}

function fillLayers(theme: BasemapTheme): BaseStyleLayer[] {
  const p = paletteFor(theme);
  const paint: FillPaint = {
    'fill-color': ['case', ['get', 'focus'], p.land, p.landMuted],
    'fill-outline-color': p.coast,
  };
  return [
    // Whole world at 1:50m while zoomed out.
    { id: 'countries', type: 'fill', source: BASEMAP_SOURCES.countries50, maxzoom: DETAIL_MIN_ZOOM, paint },
    // Zoomed in: the world outside the region stays 1:50m...
    {
      id: 'countries-outside',
      type: 'fill',
      source: BASEMAP_SOURCES.countries50,
      minzoom: DETAIL_MIN_ZOOM,
      filter: ['!', ['get', 'inDetail']],
      paint,
    },
    // ...and the region switches to 1:10m.
    {
      id: 'countries-detail',
      type: 'fill',
      source: BASEMAP_SOURCES.countries10,
      minzoom: DETAIL_MIN_ZOOM,
      paint,
    },
  ];
}

/**
 * Inner borders of the region's states and provinces (Natural Earth 1:10m admin-1): thin,
 * dashed and in the coast colour, a step quieter than country borders, and only once zoomed
 * into the region.
 */
function admin1Layer(theme: BasemapTheme): BaseStyleLayer {
  const p = paletteFor(theme);
  return {
    id: ADMIN1_LAYER_ID,
    type: 'line',
    source: BASEMAP_SOURCES.admin1,
    minzoom: ADMIN1_MIN_ZOOM,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': p.admin1,
      'line-width': ['interpolate', ['linear'], ['zoom'], ADMIN1_MIN_ZOOM, 0.5, 8, 1],
      'line-dasharray': [3, 2],
    },
  };
}

function borderLayers(theme: BasemapTheme): BaseStyleLayer[] {
  const p = paletteFor(theme);
  const paint: LinePaint = {
    'line-color': p.border,
    'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 4, 0.9, 8, 1.6],
  };
  const layout: LineLayout = { 'line-join': 'round', 'line-cap': 'round' };
  return [
    {
      id: 'borders',
      type: 'line',
      source: BASEMAP_SOURCES.borders50,
      maxzoom: DETAIL_MIN_ZOOM,
      layout,
      paint,
    },
    {
      id: 'borders-outside',
      type: 'line',
      source: BASEMAP_SOURCES.borders50,
      minzoom: DETAIL_MIN_ZOOM,
      filter: ['!', ['get', 'detail']],
      layout,
      paint,
    },
    {
      id: 'borders-detail',
      type: 'line',
      source: BASEMAP_SOURCES.borders10,
      minzoom: DETAIL_MIN_ZOOM,
      layout,
      paint,
    },
  ];
}

/**
 * The offline base map as a MapLibre style: a sea-coloured background, countries and
 * borders from GeoJSON files served by the app itself. No `glyphs`, no `sprite`, no tiles and
 * no symbol layers, so MapLibre never requests fonts or anything from another origin; country
 * names are drawn by deck.gl (src/layers/country-labels.ts).
 */
export function buildBaseStyle({ baseUrl, theme }: BaseStyleOptions): BaseStyle {
  const p = paletteFor(theme);
  const url = (file: string): string => new URL(file, baseUrl).href;
  return {
    version: 8,
    name: `rutas-${theme}`,
    sources: {
      [BASEMAP_SOURCES.countries50]: {
        type: 'geojson',
        data: url(BASEMAP_FILES.countries50),
        promoteId: 'iso3',
        attribution: MAP_ATTRIBUTION,
      },
      [BASEMAP_SOURCES.borders50]: { type: 'geojson', data: url(BASEMAP_FILES.borders50) },
      [BASEMAP_SOURCES.countries10]: {
        type: 'geojson',
        data: url(BASEMAP_FILES.countries10),
        promoteId: 'iso3',
      },
      [BASEMAP_SOURCES.borders10]: { type: 'geojson', data: url(BASEMAP_FILES.borders10) },
      [BASEMAP_SOURCES.admin1]: { type: 'geojson', data: url(BASEMAP_FILES.admin1) },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': p.ocean } },
      ...fillLayers(theme),
      admin1Layer(theme),
      ...borderLayers(theme),
    ],
  };
}
