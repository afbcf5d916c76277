import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Admin1PointsFile, Admin1Unit } from '../../geo/admin1-point.ts';
import {
  admin1CodeOf,
  admin1CountryOf,
  isIsoSubdivisionCode,
  NAME_FIXES,
  type NaturalEarthAdmin1,
  RENAMED_CODES,
} from './admin1-codes.ts';
import { innerLinesByGroup } from './inner-lines.ts';
import { labelPointOf } from './label-point.ts';
import { roundLines, roundTo } from './round-geometry.ts';
import { simplifyLine, type XY } from './simplify-line.ts';
import { SPAIN_COMMUNITIES } from './spain-communities.ts';

/** Properties of one admin-1 line feature: the country whose provinces it separates. */
export interface Admin1LineProperties {
  iso3: string;
}

/** Options of {@link assembleAdmin1}. */
export interface Admin1Options {
  /** Douglas–Peucker tolerance in degrees. */
  tolerance: number;
  /** Decimal places kept in line coordinates. */
  decimals: number;
  /** Decimal places kept in anchor points. */
  pointDecimals: number;
  /** Whether an ISO3 code is a country of the region. */
  isRegionCountry: (iso3: string) => boolean;
  /** Source and licence text written into the points file. */
  source: string;
  licence: string;
}

/** What the build did with Natural Earth's codes, for the script's log and the notes. */
export interface Admin1Report {
  /** Units of the region kept for the lines. */
  units: number;
  /** Natural Earth codes that are no ISO 3166-2 code (no anchor point). */
  placeholders: string[];
  /** `from → to` code corrections (duplicates, renamed codes). */
  corrected: string[];
}

/** Everything scripts/build-admin1.ts writes. */
export interface Admin1Build {
  lines: FeatureCollection<MultiLineString, Admin1LineProperties>;
  points: Admin1PointsFile;
  report: Admin1Report;
}

type Admin1Feature = Feature<Polygon | MultiPolygon, NaturalEarthAdmin1>;

function linesOf(
  shapes: { group: string; geometry: Polygon | MultiPolygon }[],
  options: Admin1Options,
): Feature<MultiLineString, Admin1LineProperties>[] {
  const out: Feature<MultiLineString, Admin1LineProperties>[] = [];
  for (const [iso3, lines] of innerLinesByGroup(shapes)) {
    const simplified = lines.map((line) =>
      simplifyLine(
        line.map((p) => [p[0] ?? 0, p[1] ?? 0] as XY),
        options.tolerance,
      ).map((p) => [p[0], p[1]]),
    );
    const geometry = roundLines({ type: 'MultiLineString', coordinates: simplified }, options.decimals);
    if (geometry) out.push({ type: 'Feature', properties: { iso3 }, geometry });
  }
  return out;
}

function namesOf(code: string, p: NaturalEarthAdmin1): Pick<Admin1Unit, 'es' | 'pt' | 'en'> {
  const fallback = p.name ?? code;
  const fix = NAME_FIXES[code] ?? {};
  return {
    es: fix.es ?? p.name_es ?? fallback,
    pt: fix.pt ?? p.name_pt ?? fallback,
    en: fix.en ?? p.name_en ?? fallback,
  };
}

/** One anchor per Spanish community: a point inside its dissolved provinces (the province's own point when it is one). */
function communityUnits(features: readonly Admin1Feature[], decimals: number): Record<string, Admin1Unit> {
  const out: Record<string, Admin1Unit> = {};
  for (const community of SPAIN_COMMUNITIES) {
    const provinces = features.filter(
      (f) => f.properties.adm0_a3 === 'ESP' && f.properties.region_cod === community.naturalEarth,
    );
    if (provinces.length === 0) continue;
    let point: [number, number] | null = null;
    if (provinces.length === 1) {
      point = [provinces[0]!.properties.longitude, provinces[0]!.properties.latitude];
    } else {
      const merged = union(featureCollection(provinces));
      const geometry = merged?.geometry;
      if (geometry)
        point = labelPointOf(
          geometry.type === 'Polygon'
            ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] }
            : geometry,
        );
    }
    if (!point) continue;
    out[community.code] = {
      iso3: 'ESP',
      point: [roundTo(point[0], decimals), roundTo(point[1], decimals)],
      ...community.names,
    };
  }
  return out;
}

function sortedByCode<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Builds the admin-1 layer of the base map and the admin-1 anchor table from Natural Earth's
 * 1:10m admin-1 states/provinces: the inner province borders of every country of the region
 * (simplified, rounded, one feature per country) and, for every unit with an ISO 3166-2
 * code, its label point and names in es/pt/en. Pure: the script does the file I/O. Throws
 * when two units of the region end up with the same code, so a new Natural Earth edition
 * cannot silently merge two places.
 */
export function assembleAdmin1(
  source: FeatureCollection<Polygon | MultiPolygon | null, NaturalEarthAdmin1>,
  options: Admin1Options,
): Admin1Build {
  const region: (Admin1Feature & { iso3: string })[] = [];
  for (const f of source.features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    const iso3 = admin1CountryOf(f.properties, options.isRegionCountry);
    if (iso3) region.push({ ...(f as Admin1Feature), iso3 });
  }
  const units: Record<string, Admin1Unit> = {};
  const placeholders: string[] = [];
  const corrected: string[] = [];
  for (const f of region) {
    const p = f.properties;
    const code = admin1CodeOf(p);
    if (!isIsoSubdivisionCode(code)) {
      placeholders.push(`${code} (${f.iso3}${p.name ? `, ${p.name}` : ''})`);
      continue;
    }
    if (units[code]) throw new Error(`two units of the region have code ${code}`);
    const point = [
      roundTo(p.longitude, options.pointDecimals),
      roundTo(p.latitude, options.pointDecimals),
    ] as const;
    units[code] = { iso3: f.iso3, point, ...namesOf(code, p) };
    if (code !== p.iso_3166_2) corrected.push(`${p.iso_3166_2} (${p.name}) → ${code}`);
    const old = Object.entries(RENAMED_CODES).find(([, current]) => current === code)?.[0];
    if (old && old !== code) units[old] = { ...units[code], aliasOf: code };
  }
  for (const [code, unit] of Object.entries(communityUnits(region, options.pointDecimals))) {
    if (units[code]) throw new Error(`Spanish community ${code} clashes with a Natural Earth unit`);
    units[code] = unit;
  }
  return {
    lines: {
      type: 'FeatureCollection',
      features: linesOf(
        region.map((f) => ({ group: f.iso3, geometry: f.geometry })),
        options,
      ),
    },
    points: { source: options.source, licence: options.licence, units: sortedByCode(units) },
    report: { units: region.length, placeholders: placeholders.sort(), corrected: corrected.sort() },
  };
}
