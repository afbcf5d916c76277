/**
 * Natural Earth admin-1 units as the app's data names them: which country of the region a
 * unit belongs to, and its ISO 3166-2 code with Natural Earth's oddities corrected. Incidents
 * carry `admin1` as ISO 3166-2 (`^[A-Z]{2}-[A-Z0-9]{1,3}$`, data-schemas/incident.schema.json),
 * so a unit whose code cannot match that is kept for the lines but gets no anchor point.
 */

/** The properties of a Natural Earth 1:10m admin-1 feature this build reads. */
export interface NaturalEarthAdmin1 {
  iso_3166_2: string;
  adm0_a3: string;
  gu_a3: string;
  name: string | null;
  name_es: string | null;
  name_pt: string | null;
  name_en: string | null;
  latitude: number;
  longitude: number;
  /** Natural Earth's first-level region, e.g. the Spanish autonomous community of a province. */
  region_cod: string | null;
}

/** The pattern of `admin1` in the incident schema. */
export const ADMIN1_CODE_PATTERN = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/**
 * Natural Earth's stand-in for a unit without an ISO 3166-2 code: `X`, two digits and often a
 * `~` (`AI-X02~`, `CO-X01~`). `AI-X00` matches the schema's pattern but is no ISO code either.
 */
const PLACEHOLDER = /-X\d{2}~?$/;

/** Whether a code is a real ISO 3166-2 code an incident can carry (not a Natural Earth placeholder). */
export function isIsoSubdivisionCode(code: string): boolean {
  return ADMIN1_CODE_PATTERN.test(code) && !PLACEHOLDER.test(code);
}

/**
 * Units Natural Earth gives another unit's code; matched by code and Natural Earth `name`.
 * Lima Metropolitana is tagged like Lima region, Bogotá like Cundinamarca.
 */
const DUPLICATE_FIXES: readonly { code: string; name: string; fixed: string }[] = [
  { code: 'PE-LIM', name: 'Lima Province', fixed: 'PE-LMA' },
  { code: 'CO-CUN', name: 'Bogota', fixed: 'CO-DC' },
];

/**
 * Codes ISO 3166-2 has replaced since Natural Earth's edition: the current code is the unit's
 * code, the old one stays as an alias so extracts written either way find the unit.
 * Mexico City (2017) and Guatemala's departments (letters → the national numbering).
 */
export const RENAMED_CODES: Readonly<Record<string, string>> = {
  'MX-DIF': 'MX-CMX',
  'GT-GU': 'GT-01',
  'GT-PR': 'GT-02',
  'GT-SA': 'GT-03',
  'GT-CM': 'GT-04',
  'GT-ES': 'GT-05',
  'GT-SR': 'GT-06',
  'GT-SO': 'GT-07',
  'GT-TO': 'GT-08',
  'GT-QZ': 'GT-09',
  'GT-SU': 'GT-10',
  'GT-RE': 'GT-11',
  'GT-SM': 'GT-12',
  'GT-HU': 'GT-13',
  'GT-QC': 'GT-14',
  'GT-BV': 'GT-15',
  'GT-AV': 'GT-16',
  'GT-PE': 'GT-17',
  'GT-IZ': 'GT-18',
  'GT-ZA': 'GT-19',
  'GT-CQ': 'GT-20',
  'GT-JA': 'GT-21',
  'GT-JU': 'GT-22',
};

/** Names Natural Earth spells oddly in one language (a stray article, a typo, a region's name on a city). */
export const NAME_FIXES: Readonly<Record<string, Partial<Record<'es' | 'pt' | 'en', string>>>> = {
  'CO-TOL': { es: 'Tolima' },
  'CO-DC': { es: 'Bogotá', pt: 'Bogotá', en: 'Bogotá' },
  'PE-CUS': { en: 'Cusco' },
  'PE-LMA': { es: 'Lima Metropolitana', pt: 'Lima Metropolitana', en: 'Metropolitan Lima' },
  'MX-CMX': { es: 'Ciudad de México', pt: 'Cidade do México', en: 'Mexico City' },
};

/** The ISO 3166-2 code the app uses for a Natural Earth unit (duplicates and renamed codes fixed). */
export function admin1CodeOf(unit: Pick<NaturalEarthAdmin1, 'iso_3166_2' | 'name'>): string {
  const duplicate = DUPLICATE_FIXES.find((f) => f.code === unit.iso_3166_2 && f.name === unit.name);
  const code = duplicate ? duplicate.fixed : unit.iso_3166_2;
  return RENAMED_CODES[code] ?? code;
}

/**
 * The ISO 3166-1 alpha-3 code incidents use for the country a unit lies in, or null when it
 * is outside the region. Natural Earth files overseas parts under their sovereign (`adm0_a3`
 * FRA for Guadeloupe, NLD for Bonaire) with the territory in `gu_a3`, except the Caribbean
 * Netherlands, which only its `NL-BQ…` codes tell apart.
 */
export function admin1CountryOf(
  unit: Pick<NaturalEarthAdmin1, 'iso_3166_2' | 'adm0_a3' | 'gu_a3'>,
  isRegionCountry: (iso3: string) => boolean,
): string | null {
  if (unit.iso_3166_2.startsWith('NL-BQ')) return isRegionCountry('BES') ? 'BES' : null;
  if (unit.gu_a3 && isRegionCountry(unit.gu_a3)) return unit.gu_a3;
  return isRegionCountry(unit.adm0_a3) ? unit.adm0_a3 : null;
}
