import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { MAP_ATTRIBUTION } from '../../../src/basemap/attribution.ts';
import { BASEMAP_THEMES, paletteFor } from '../../../src/basemap/palette.ts';
import { DETAIL_MIN_ZOOM } from '../../../src/basemap/region.ts';
import {
  ADMIN1_LAYER_ID,
  ADMIN1_MIN_ZOOM,
  BASEMAP_BEFORE_ID,
  BASEMAP_FILES,
  BASEMAP_SOURCES,
  buildBaseStyle,
} from '../../../src/basemap/style.ts';

const BASE = 'http://127.0.0.1:4173/rutas/';

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
  return out;
}

describe.each(BASEMAP_THEMES)('buildBaseStyle (%s)', (theme) => {
  const style = buildBaseStyle({ baseUrl: BASE, theme });

  it('has no glyphs, sprite, tiles or symbol layers, so MapLibre requests no fonts or icons', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(style.layers.map((l) => l.type)).not.toContain('symbol');
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(source).not.toHaveProperty('tiles');
      expect(source).not.toHaveProperty('url');
    }
  });

  it('contains no URL outside the given base', () => {
    const urls = collectStrings(style).filter((s) => /^[a-z][a-z0-9+.-]*:/i.test(s));
    expect(urls.length).toBe(Object.keys(BASEMAP_FILES).length);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
  });

  it('points every source at a generated file relative to the base', () => {
    const data = Object.values(style.sources).map((s) => (s.type === 'geojson' ? s.data : null));
    expect(data.sort()).toEqual(
      Object.values(BASEMAP_FILES)
        .map((f) => `${BASE}${f}`)
        .sort(),
    );
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('keeps borders above fills and credits Natural Earth', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe('ocean');
    const firstLine = style.layers.findIndex((l) => l.type === 'line');
    expect(ids[firstLine]).toBe(BASEMAP_BEFORE_ID);
    expect(style.layers.slice(firstLine).every((l) => l.type === 'line')).toBe(true);
    expect(JSON.stringify(style.sources)).toContain(MAP_ATTRIBUTION);
    expect(MAP_ATTRIBUTION).toMatch(/Natural Earth/);
  });

  it('draws admin-1 borders only zoomed into the region, thin, beneath every country border', () => {
    const ids = style.layers.map((l) => l.id);
    const admin1 = style.layers.find((l) => l.id === ADMIN1_LAYER_ID);
    expect(admin1?.type).toBe('line');
    if (admin1?.type !== 'line') return;
    expect(admin1.source).toBe(BASEMAP_SOURCES.admin1);
    expect(style.sources[BASEMAP_SOURCES.admin1]).toEqual({
      type: 'geojson',
      data: `${BASE}${BASEMAP_FILES.admin1}`,
    });
    expect(admin1.minzoom).toBe(ADMIN1_MIN_ZOOM);
    expect(ADMIN1_MIN_ZOOM).toBeGreaterThanOrEqual(DETAIL_MIN_ZOOM);
    expect(admin1.maxzoom).toBeUndefined();
    expect(admin1.paint?.['line-color']).toBe(paletteFor(theme).admin1);
    expect(paletteFor(theme).admin1).not.toBe(paletteFor(theme).border);
    // Width stops: at most 1 px, thinner than country borders at the same zoom (0.9 → 1.6).
    const width = admin1.paint?.['line-width'] as unknown[];
    expect(width.slice(3).filter((_, i) => i % 2 === 1)).toEqual([0.5, 1]);
    for (const border of ['borders', 'borders-outside', 'borders-detail'])
      expect(ids.indexOf(ADMIN1_LAYER_ID)).toBeLessThan(ids.indexOf(border));
    expect(ids.indexOf(ADMIN1_LAYER_ID)).toBeGreaterThan(ids.indexOf('countries-detail'));
  });
});

describe('buildBaseStyle base URL handling', () => {
  it('resolves against a page URL that is a file, like document.baseURI of /index.html', () => {
    const style = buildBaseStyle({ baseUrl: 'https://example.org/app/index.html', theme: 'light' });
    const source = style.sources['countries-50m'];
    expect(source?.type === 'geojson' && source.data).toBe(
      'https://example.org/app/basemap/countries-50m.geojson',
    );
  });

  it('differs between themes only in colours', () => {
    const light = buildBaseStyle({ baseUrl: BASE, theme: 'light' });
    const dark = buildBaseStyle({ baseUrl: BASE, theme: 'dark' });
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
    expect(JSON.stringify(dark.layers)).not.toEqual(JSON.stringify(light.layers));
  });
});
