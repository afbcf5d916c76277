import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import type { Database } from '../db/database.ts';
import { normKey } from './dictionaries.ts';
import { stringColumnsToIPC } from './formats/string-columns.ts';

countries.registerLocale(en);
countries.registerLocale(es);
countries.registerLocale(pt);

/** Table holding normalised country name/code → ISO alpha-3, created by {@link installCountryLookup}. */
export const COUNTRY_TABLE = '__rutas_country_lookup';

/** Official names that case systems and UN exports use but the locale files lack. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'syrian arab republic': 'SYR',
  'democratic republic of the congo': 'COD',
  'republica democratica del congo': 'COD',
  'iran (islamic republic of)': 'IRN',
  'bolivia (plurinational state of)': 'BOL',
  'venezuela (bolivarian republic of)': 'VEN',
  'united republic of tanzania': 'TZA',
  'republic of korea': 'KOR',
  "cote d'ivoire": 'CIV',
  'the gambia': 'GMB',
  turkiye: 'TUR',
  'estados unidos': 'USA',
  eeuu: 'USA',
  eua: 'USA',
  'republica dominicana': 'DOM',
  'reino unido': 'GBR',
  // Kosovo: i18n-iso-countries says XKK; UN and IOM extracts write XKX.
  xkx: 'XKK',
};

/**
 * Every key that names a country, normalised (see `normKey`): ISO alpha-2 and alpha-3
 * codes and all names and aliases in English, Spanish and Portuguese. Ambiguous keys (one
 * name for two countries) are left out so a match is never a guess.
 */
export function countryKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (key: string, iso3: string): void => {
    const k = normKey(key);
    if (k === '' || ambiguous.has(k)) return;
    const had = keys.get(k);
    if (had !== undefined && had !== iso3) {
      keys.delete(k);
      ambiguous.add(k);
      return;
    }
    keys.set(k, iso3);
  };
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (!iso3) continue;
    add(alpha2, iso3);
    add(alpha3, iso3);
    for (const lang of ['en', 'es', 'pt']) {
      for (const name of countries.getName(alpha2, lang, { select: 'all' }) ?? []) add(name, iso3);
    }
  }
  for (const [name, iso3] of Object.entries(EXTRA_NAMES)) add(name, iso3);
  return keys;
}

let keysOnce: Map<string, string> | null = null;

/**
 * The ISO alpha-3 a country text reads as, or undefined: what `rutas_iso3` gives in DuckDB
 * (the normalised text, then the text without a parenthesised part), for checking a mapping's
 * dictionary targets while the user types them. Builds {@link countryKeys} once.
 */
export function knownCountry(text: string): string | undefined {
  keysOnce ??= countryKeys();
  return keysOnce.get(normKey(text)) ?? keysOnce.get(normKey(text.replace(/\s*\(.*\)\s*/g, '')));
}

/**
 * Creates the country lookup table and the `rutas_norm(x)` and `rutas_iso3(x)` macros:
 * `rutas_iso3` tries the normalised text, then the text without a parenthesised part
 * (`Venezuela (Bolivarian Republic of)` → `venezuela`). Idempotent.
 */
export async function installCountryLookup(db: Database): Promise<void> {
  const keys = countryKeys();
  await db.insertArrowIPC(
    COUNTRY_TABLE,
    stringColumnsToIPC({ names: ['key', 'iso3'], values: [[...keys.keys()], [...keys.values()]] }),
  );
  await db.exec(
    `CREATE OR REPLACE MACRO rutas_norm(x) AS lower(trim(regexp_replace(strip_accents(CAST(x AS VARCHAR)), '\\s+', ' ', 'g')))`,
  );
  await db.exec(`CREATE OR REPLACE MACRO rutas_iso3(x) AS COALESCE(
  (SELECT iso3 FROM ${COUNTRY_TABLE} WHERE key = rutas_norm(x)),
  (SELECT iso3 FROM ${COUNTRY_TABLE} WHERE key = rutas_norm(regexp_replace(CAST(x AS VARCHAR), '\\s*\\(.*\\)\\s*', '', 'g'))))`);
}
