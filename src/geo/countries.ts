import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import centroids from './country-centroids.json' with { type: 'json' };
import { type Subregion, subregionOf } from './subregions.ts';

countries.registerLocale(en);
countries.registerLocale(es);
countries.registerLocale(pt);

/** Languages the app ships country names in. */
export const COUNTRY_LANGS = ['en', 'es', 'pt'] as const;
/** A language code for country names. */
export type CountryLang = (typeof COUNTRY_LANGS)[number];

/** One country: codes, a representative interior point, its subregion and display names. */
export interface Country {
  /** ISO 3166-1 alpha-3, the code every table uses. */
  iso3: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  /** ISO 3166-1 numeric, three digits (the world-atlas feature id). */
  numeric: string;
  /** A point inside the country, [lon, lat] to 0.01° (from scripts/build-country-centroids.ts). */
  centroid: readonly [number, number];
  /** Subregion used for regional shares. */
  subregion: Subregion;
  /** Official short names per language. */
  names: Readonly<Record<CountryLang, string>>;
}

const CENTROIDS = centroids as unknown as Readonly<Record<string, [number, number]>>;

function nameIn(iso2: string, lang: CountryLang): string {
  return countries.getName(iso2, lang) ?? iso2;
}

function buildTable(): ReadonlyMap<string, Country> {
  const table = new Map<string, Country>();
  for (const [iso2, iso3] of Object.entries(countries.getAlpha2Codes())) {
    const numeric = countries.alpha3ToNumeric(iso3);
    const centroid = CENTROIDS[iso3];
    if (!numeric || !centroid) continue;
    table.set(iso3, {
      iso3,
      iso2,
      numeric,
      centroid: [centroid[0], centroid[1]],
      subregion: subregionOf(iso3),
      names: { en: nameIn(iso2, 'en'), es: nameIn(iso2, 'es'), pt: nameIn(iso2, 'pt') },
    });
  }
  return table;
}

const BY_ISO3 = buildTable();

/** Every ISO 3166-1 country, sorted by alpha-3 code. */
export const COUNTRIES: readonly Country[] = [...BY_ISO3.values()].sort((a, b) =>
  a.iso3.localeCompare(b.iso3),
);

/** The country with this alpha-3 code (case-sensitive, upper case), or undefined. */
export function countryByIso3(iso3: string): Country | undefined {
  return BY_ISO3.get(iso3);
}

/** Converts an alpha-2 code (any case) to alpha-3; undefined when unknown. Real extracts (e.g. CTDC) use alpha-2. */
export function iso2ToIso3(iso2: string): string | undefined {
  return countries.alpha2ToAlpha3(iso2.toUpperCase());
}

/** The display name of a country in `lang`; the code itself when unknown, so a label is never empty. */
export function countryName(iso3: string, lang: CountryLang): string {
  return BY_ISO3.get(iso3)?.names[lang] ?? iso3;
}

/** The representative point [lon, lat] of a country, or undefined for an unknown code. */
export function centroidOf(iso3: string): readonly [number, number] | undefined {
  return BY_ISO3.get(iso3)?.centroid;
}
