import { subregionSQL } from '../geo/subregions.ts';
import { type QuerySource, RAW_SOURCE, toSource } from './cube/source.ts';

/**
 * SQL for who the persons in the cases are: sex/age totals, the same by crime type
 * (population pyramid) and the share of women and girls by subregion. `where` is an SQL
 * predicate from the filter module; counts are DOUBLE.
 */

/**
 * Persons by UNODC sex/age category with shares of the total. Columns: `category`
 * (women, men, girls, boys, unknown_sex_age, in that order), `persons`, `share` (0–1;
 * NULL when there are no persons).
 */
export function sexAgeTotalsQuery(where: string, table: string | QuerySource = RAW_SOURCE): string {
  return `WITH t AS (
  SELECT coalesce(sum(women), 0)::DOUBLE AS women, coalesce(sum(men), 0)::DOUBLE AS men,
         coalesce(sum(girls), 0)::DOUBLE AS girls, coalesce(sum(boys), 0)::DOUBLE AS boys,
         coalesce(sum(unknown_sex_age), 0)::DOUBLE AS unknown_sex_age
  FROM ${toSource(table).table} WHERE (${where})
), long AS (
  UNPIVOT t ON women, men, girls, boys, unknown_sex_age INTO NAME category VALUE persons
)
SELECT category, persons, persons / NULLIF(sum(persons) OVER (), 0) AS share
FROM long
ORDER BY list_position(['women', 'men', 'girls', 'boys', 'unknown_sex_age'], category)`;
}

/**
 * Persons by sex/age category per crime type, for stacked bars and the population pyramid.
 * Columns: `crime_type`, `women`, `men`, `girls`, `boys`, `unknown_sex_age`, `persons`.
 */
export function sexAgeByCrimeTypeQuery(where: string, table: string | QuerySource = RAW_SOURCE): string {
  return `SELECT crime_type,
  sum(women)::DOUBLE AS women, sum(men)::DOUBLE AS men, sum(girls)::DOUBLE AS girls,
  sum(boys)::DOUBLE AS boys, sum(unknown_sex_age)::DOUBLE AS unknown_sex_age, sum(persons)::DOUBLE AS persons
FROM ${toSource(table).table}
WHERE (${where})
GROUP BY crime_type
ORDER BY list_position(['trafficking', 'smuggling', 'both', 'unknown'], crime_type), crime_type`;
}

/**
 * Share of women and girls among persons in trafficking cases, by subregion of the
 * reporting country, with the counts behind each share (a share without its base misleads).
 * Only `crime_type = 'trafficking'` counts: smuggled migrants are a different population.
 * Columns: `subregion`, `women_girls`, `persons`, `share` (NULL when persons = 0).
 */
export function womenGirlsShareBySubregionQuery(
  where: string,
  table: string | QuerySource = RAW_SOURCE,
): string {
  return `SELECT ${subregionSQL('country')} AS subregion,
  sum(women + girls)::DOUBLE AS women_girls,
  sum(persons)::DOUBLE AS persons,
  sum(women + girls)::DOUBLE / NULLIF(sum(persons)::DOUBLE, 0) AS share
FROM ${toSource(table).table}
WHERE (${where}) AND crime_type = 'trafficking'
GROUP BY subregion
ORDER BY list_position(['central_america_caribbean', 'south_america', 'north_america', 'iberia', 'other'], subregion)`;
}
