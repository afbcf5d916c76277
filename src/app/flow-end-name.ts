import { admin1Country, admin1Name, isAdmin1Code } from '../geo/admin1.ts';
import { type CountryLang, countryName } from '../geo/countries.ts';

/**
 * The display name of one flow end: a country for an ISO3 key, or for an admin-1 end (an
 * ISO 3166-2 code, see flowsQuery's admin-1 ends) the unit's name with its country, as
 * `place` formats them in the current language. An unknown code shows as itself.
 */
export function flowEndName(
  key: string,
  lang: CountryLang,
  place: (name: string, country: string) => string,
): string {
  if (!isAdmin1Code(key)) return countryName(key, lang);
  const iso3 = admin1Country(key);
  return iso3 ? place(admin1Name(key, lang), countryName(iso3, lang)) : key;
}

/**
 * The country a flow end stands for, for country filters: the key itself for a country, the
 * unit's country for an admin-1 end (the filters have no admin-1 dimension).
 */
export function flowEndCountry(key: string): string {
  return isAdmin1Code(key) ? (admin1Country(key) ?? key) : key;
}
