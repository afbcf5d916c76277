import { describe, expect, it } from 'vitest';
import type { CountryLabelPoint } from '../../../src/basemap/country-label-point.ts';
import { COUNTRY_LABEL_POINTS } from '../../../src/basemap/country-label-points.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../../src/basemap/palette.ts';
import { countryName } from '../../../src/geo/countries.ts';
import { countryLabelsLayer, labelSizeFor, visibleLabelPoints } from '../../../src/layers/country-labels.ts';

const POINTS: CountryLabelPoint[] = [
  { iso3: 'BRA', lon: -53, lat: -10, areaKm2: 8_500_000, minZoom: 0.5 },
  { iso3: 'COL', lon: -73, lat: 3.4, areaKm2: 1_140_000, minZoom: 1.5 },
  { iso3: 'HTI', lon: -72.3, lat: 19.2, areaKm2: 27_000, minZoom: 3.5 },
];

describe('visibleLabelPoints', () => {
  it('shows only labels whose minZoom is reached', () => {
    expect(visibleLabelPoints(POINTS, 1).map((p) => p.iso3)).toEqual(['BRA']);
    expect(visibleLabelPoints(POINTS, 2.2).map((p) => p.iso3)).toEqual(['BRA', 'COL']);
    expect(visibleLabelPoints(POINTS, 3.5).map((p) => p.iso3)).toEqual(['BRA', 'COL', 'HTI']);
  });

  it('returns the same array within a half zoom step, so deck.gl keeps its layout', () => {
    expect(visibleLabelPoints(POINTS, 2.1)).toBe(visibleLabelPoints(POINTS, 2.4));
    expect(visibleLabelPoints(POINTS, 2.4)).not.toBe(visibleLabelPoints(POINTS, 2.5));
  });
});

describe('countryLabelsLayer', () => {
  it('labels countries in the chosen language, accents included', () => {
    const layer = countryLabelsLayer({
      zoom: 4,
      nameOf: (iso3) => countryName(iso3, 'pt'),
      language: 'pt',
      theme: 'light',
      points: POINTS,
    });
    const getText = layer.props.getText as (d: CountryLabelPoint) => string;
    expect(POINTS.map((p) => getText(p))).toEqual(['Brasil', 'Colômbia', 'Haiti']);
    expect(layer.props.characterSet).toBe('auto');
    expect(layer.props.fontFamily).toBe('system-ui, sans-serif');
    expect(layer.props.fontSettings.sdf).toBe(true);
    expect(layer.props.outlineWidth).toBeGreaterThan(0);
    expect(layer.props.outlineColor).toEqual(LIGHT_PALETTE.labelHalo);
    expect(layer.props.updateTriggers).toMatchObject({ getText: 'pt' });
  });

  it('follows zoom and theme, and defaults to the generated label points', () => {
    const layer = countryLabelsLayer({ zoom: 1.2, nameOf: (c) => c, language: 'es', theme: 'dark' });
    const data = layer.props.data as readonly CountryLabelPoint[];
    expect(data.length).toBeGreaterThan(5);
    expect(data.length).toBeLessThan(COUNTRY_LABEL_POINTS.length);
    expect(data.every((p) => p.minZoom <= 1)).toBe(true);
    expect(layer.props.getColor).toEqual(DARK_PALETTE.label);
  });

  it('sizes labels by area', () => {
    expect(labelSizeFor(8_500_000)).toBeGreaterThan(labelSizeFor(100_000));
    expect(labelSizeFor(100_000)).toBeGreaterThan(labelSizeFor(300));
  });
});
