/**
 * Subregions used for regional shares (UNODC GLOTIP groupings for the Americas, plus Iberia).
 * Countries outside them are `other`.
 */
export const SUBREGIONS = [
  'central_america_caribbean',
  'south_america',
  'north_america',
  'iberia',
  'other',
] as const;
/** A subregion code. */
export type Subregion = (typeof SUBREGIONS)[number];

const CENTRAL_AMERICA_CARIBBEAN = [
  'BLZ',
  'CRI',
  'SLV',
  'GTM',
  'HND',
  'NIC',
  'PAN',
  'ATG',
  'BHS',
  'BRB',
  'CUB',
  'DMA',
  'DOM',
  'GRD',
  'HTI',
  'JAM',
  'KNA',
  'LCA',
  'VCT',
  'TTO',
  'PRI',
  'ABW',
  'CUW',
  'SXM',
  'TCA',
  'CYM',
  'VGB',
  'VIR',
  'AIA',
  'MSR',
  'GLP',
  'MTQ',
  'BES',
  'MAF',
  'BLM',
];
const SOUTH_AMERICA = [
  'ARG',
  'BOL',
  'BRA',
  'CHL',
  'COL',
  'ECU',
  'GUY',
  'PRY',
  'PER',
  'SUR',
  'URY',
  'VEN',
  'GUF',
  'FLK',
];
const NORTH_AMERICA = ['USA', 'CAN', 'MEX', 'BMU', 'GRL', 'SPM'];
const IBERIA = ['ESP', 'PRT', 'AND', 'GIB'];

const BY_COUNTRY: ReadonlyMap<string, Subregion> = new Map([
  ...CENTRAL_AMERICA_CARIBBEAN.map((c) => [c, 'central_america_caribbean'] as const),
  ...SOUTH_AMERICA.map((c) => [c, 'south_america'] as const),
  ...NORTH_AMERICA.map((c) => [c, 'north_america'] as const),
  ...IBERIA.map((c) => [c, 'iberia'] as const),
]);

/**
 * The subregion of an ISO 3166-1 alpha-3 code. Mexico is counted in North America, as in
 * UNODC's regional tables.
 */
export function subregionOf(iso3: string | null | undefined): Subregion {
  return (iso3 && BY_COUNTRY.get(iso3)) || 'other';
}

/** SQL CASE expression mapping a country column to its subregion code (values are constants from this file). */
export function subregionSQL(column: string): string {
  const arms = [...new Set(BY_COUNTRY.values())]
    .map((s) => {
      const list = [...BY_COUNTRY].filter(([, r]) => r === s).map(([c]) => `'${c}'`);
      return `WHEN ${column} IN (${list.join(', ')}) THEN '${s}'`;
    })
    .join(' ');
  return `(CASE ${arms} ELSE 'other' END)`;
}
