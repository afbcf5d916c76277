/**
 * Builds src/geo/country-centroids.json: one representative interior point [lon, lat] per
 * ISO 3166-1 alpha-3 code, from world-atlas countries-50m. Run with
 * `npx tsx scripts/build-country-centroids.ts`; the output is committed so the app and the
 * generator read it synchronously, with no geometry at run time.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };

/**
 * Territories that countries-50m draws inside another country's shape (or omits), placed by
 * hand from their main town, to 0.01°.
 */
const MANUAL: Readonly<Record<string, [number, number]>> = {
  GUF: [-53.13, 3.93],
  GLP: [-61.55, 16.25],
  MTQ: [-61.02, 14.64],
  BES: [-68.26, 12.18],
  GIB: [-5.35, 36.14],
  REU: [55.53, -21.12],
  MYT: [45.15, -12.83],
  CXR: [105.69, -10.45],
  CCK: [96.87, -12.16],
  UMI: [-160.03, -0.38],
  SJM: [15.63, 78.22],
  TKL: [-171.85, -9.2],
  TUV: [179.19, -8.52],
  XKK: [20.9, 42.6],
  BVT: [3.41, -54.42],
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The largest polygon of a (multi)polygon feature, as its own feature. */
function largestPart(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const parts: Position[][][] =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const rings of parts) {
    const part: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: rings },
    };
    const area = geoArea(part);
    if (area > bestArea) {
      bestArea = area;
      best = part;
    }
  }
  if (!best) throw new Error('empty geometry');
  return best;
}

/** The centroid of the largest part if it lies inside; otherwise the inside grid point nearest to it. */
function interiorPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const part = largestPart(f);
  const c = geoCentroid(part);
  if (geoContains(part, c)) return [round2(c[0]), round2(c[1])];
  const [[x0, y0], [x1, y1]] = geoBounds(part);
  let best: [number, number] = [c[0], c[1]];
  let bestD = Number.POSITIVE_INFINITY;
  const steps = 80;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: [number, number] = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!geoContains(part, p)) continue;
      const d = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
  }
  return [round2(best[0]), round2(best[1])];
}

const topo = atlas as unknown as Topology<{ countries: GeometryCollection }>;
const collection = feature(topo, topo.objects.countries);
const out: Record<string, [number, number]> = {};
for (const f of collection.features) {
  const iso3 = f.id === undefined ? undefined : countries.numericToAlpha3(String(f.id));
  if (!iso3 || !f.geometry) continue;
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
  out[iso3] = interiorPoint(f as Feature<Polygon | MultiPolygon>);
}
for (const [iso3, point] of Object.entries(MANUAL)) out[iso3] ??= point;
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
const target = fileURLToPath(new URL('../src/geo/country-centroids.json', import.meta.url));
const lines = Object.entries(sorted).map(([k, [x, y]]) => `  "${k}": [${x}, ${y}]`);
writeFileSync(target, `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote ${Object.keys(sorted).length} centroids to ${target}`);
