import { countryName as geoCountryName } from '../geo/countries.ts';
import type { Language } from './languages.ts';

/**
 * The name of a country (ISO 3166-1 alpha-3) in an interface language, from the country table
 * in src/geo/countries.ts (i18n-iso-countries data); the code itself when unknown, so a label
 * is never empty.
 */
export function countryName(iso3: string, lang: Language): string {
  return geoCountryName(iso3, lang);
}
