import { TextLayer } from '@deck.gl/layers';
import type { CountryLabelPoint } from '../basemap/country-label-point.ts';
import { COUNTRY_LABEL_POINTS } from '../basemap/country-label-points.ts';
import { type BasemapTheme, paletteFor } from '../basemap/palette.ts';

/** Options of {@link countryLabelsLayer}. */
export interface CountryLabelsOptions {
  /** Layer id; default `country-labels`. */
  id?: string;
  /** Current map zoom: labels whose `minZoom` is above it are left out. */
  zoom: number;
  /** Display name of a country in the chosen language (e.g. `countryName` from src/geo/countries.ts). */
  nameOf: (iso3: string) => string;
  /** The language `nameOf` answers in; a change re-reads every text. */
  language: string;
  /** Colour theme of the base map beneath. */
  theme: BasemapTheme;
  /** Label points; default the ones generated with the base map. */
  points?: readonly CountryLabelPoint[];
  /** Hide without rebuilding the font atlas. */
  visible?: boolean;
}

/** Minimum zooms are multiples of 0.5, so visibility only changes at half steps. */
function zoomStep(zoom: number): number {
  return Math.floor(zoom * 2) / 2;
}

const visibleCache = new WeakMap<readonly CountryLabelPoint[], Map<number, readonly CountryLabelPoint[]>>();

/**
 * The points visible at `zoom`. The same array is returned for every zoom within a half
 * step, so deck.gl does not re-layout the text on each frame of a zoom animation.
 */
export function visibleLabelPoints(
  points: readonly CountryLabelPoint[],
  zoom: number,
): readonly CountryLabelPoint[] {
  const step = zoomStep(zoom);
  let byStep = visibleCache.get(points);
  if (!byStep) {
    byStep = new Map();
    visibleCache.set(points, byStep);
  }
  let visible = byStep.get(step);
  if (!visible) {
    visible = points.filter((p) => p.minZoom <= step);
    byStep.set(step, visible);
  }
  return visible;
}

/** Label size in pixels from the country's area: 15 px for the largest, 11 px for microstates. */
export function labelSizeFor(areaKm2: number): number {
  if (areaKm2 >= 1_500_000) return 15;
  if (areaKm2 >= 400_000) return 14;
  if (areaKm2 >= 100_000) return 13;
  if (areaKm2 >= 20_000) return 12;
  return 11;
}

/**
 * Country names as a deck.gl TextLayer, drawn above the base map (whose style has no glyphs).
 * The font atlas is rendered locally from the system UI font (`characterSet: 'auto'` adds the
 * accented letters the names use), with an SDF halo in the theme's land colour so names stay
 * readable over data layers. Pure: options in, layer out.
 */
export function countryLabelsLayer(options: CountryLabelsOptions): TextLayer<CountryLabelPoint> {
  const palette = paletteFor(options.theme);
  const data = visibleLabelPoints(options.points ?? COUNTRY_LABEL_POINTS, options.zoom);
  return new TextLayer<CountryLabelPoint>({
    id: options.id ?? 'country-labels',
    data,
    visible: options.visible ?? true,
    getPosition: (d) => [d.lon, d.lat],
    getText: (d) => options.nameOf(d.iso3),
    getSize: (d) => labelSizeFor(d.areaKm2),
    sizeUnits: 'pixels',
    getColor: palette.label,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    fontFamily: 'system-ui, sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 12 },
    outlineWidth: 6,
    outlineColor: palette.labelHalo,
    maxWidth: 8,
    wordBreak: 'break-word',
    pickable: false,
    updateTriggers: {
      getText: options.language,
      getColor: options.theme,
    },
  });
}
