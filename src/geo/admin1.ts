import type { Admin1Lang, Admin1PointsFile, Admin1Unit } from './admin1-point.ts';
import file from './admin1-points.json' with { type: 'json' };

const POINTS = file as unknown as Admin1PointsFile;

/** Every admin-1 unit of the region with an ISO 3166-2 code (aliases included), by code. */
export const ADMIN1_UNITS: Readonly<Record<string, Admin1Unit>> = POINTS.units;

/** Where the admin-1 points come from and under which licence, for provenance. */
export const ADMIN1_SOURCE = { source: POINTS.source, licence: POINTS.licence } as const;

/** The shape of an ISO 3166-2 code (incident schema's `admin1`); a country key (ISO3) never has a hyphen. */
const ADMIN1_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Whether a flow end key is an admin-1 code (as admin-1 flows name their ends) rather than a country. */
export function isAdmin1Code(key: string): boolean {
  return ADMIN1_CODE.test(key);
}

/** The unit of a code, or undefined when the region's table does not have it. */
export function admin1Unit(code: string): Admin1Unit | undefined {
  return Object.hasOwn(ADMIN1_UNITS, code) ? ADMIN1_UNITS[code] : undefined;
}

/** The unit's name in a language, or the code itself when unknown (never empty). */
export function admin1Name(code: string, lang: Admin1Lang): string {
  return admin1Unit(code)?.[lang] ?? code;
}

/** The ISO3 code of the country a unit lies in, or undefined for an unknown code. */
export function admin1Country(code: string): string | undefined {
  return admin1Unit(code)?.iso3;
}
