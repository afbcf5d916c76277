/**
 * `--where`: a small text grammar for the app's shared {@link Filters}, so the CLI and the
 * notebooks restrict data exactly as the app's filter panel does. The text is parsed into a
 * `Filters` value and never reaches SQL itself: the query builders turn `Filters` into a
 * predicate with `filterPredicate`, which escapes every value.
 *
 * Grammar (whitespace around tokens is ignored):
 * ```
 * where   := clause (';' clause)*
 * clause  := key '=' list | 'period' '=' range
 * list    := value (',' value)*
 * range   := month '..' month | month | year '..' year | year
 * month   := YYYY-MM            year := YYYY
 * ```
 * Keys: `crime_type`, `sex_age`, `exploitation` (values from the incident schema's
 * vocabularies), `origin`, `transit`, `destination`, `country` (= country of detection; also
 * `detection`) as ISO 3166-1 alpha-3 codes (upper-cased), `route`, `office` (free text; write
 * `\,` `\;` `\\` for a literal comma, semicolon or backslash), and `period`. A year stands for
 * its twelve months. Each key may appear once.
 *
 * Example: `crime_type=trafficking;period=2019-01..2021-12;origin=VEN,COL`.
 */
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../state/filters.ts';

/** Why a `--where` text was refused; the CLI renders these codes as English messages. */
export type WhereErrorCode =
  | 'missing-equals'
  | 'unknown-key'
  | 'duplicate-key'
  | 'empty-value'
  | 'bad-value'
  | 'bad-period'
  | 'dangling-escape';

/** The result of {@link parseWhere}: filters, or an error code with the offending part. */
export type WhereResult =
  | { ok: true; filters: Filters }
  | { ok: false; code: WhereErrorCode; detail: string };

/** The keys `--where` accepts, mapped to the filter each one sets (aliases share a filter). */
export const WHERE_KEYS = {
  period: 'period',
  crime_type: 'crimeTypes',
  sex_age: 'sexAge',
  exploitation: 'exploitation',
  origin: 'origin',
  transit: 'transit',
  destination: 'destination',
  country: 'detection',
  detection: 'detection',
  route: 'routes',
  office: 'offices',
} as const satisfies Record<string, keyof Filters>;

/** A key of the `--where` grammar. */
export type WhereKey = keyof typeof WHERE_KEYS;

const VOCABULARIES: Partial<Record<keyof Filters, readonly string[]>> = {
  crimeTypes: CRIME_TYPES,
  sexAge: SEX_AGE,
  exploitation: EXPLOITATION_FORMS,
};

const COUNTRY_FILTERS = new Set<keyof Filters>(['origin', 'transit', 'destination', 'detection']);

class WhereFailure extends Error {
  constructor(
    readonly code: WhereErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Splits on an unescaped separator, keeping escapes for the next level. */
function splitEscaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined) throw new WhereFailure('dangling-escape', text);
      current += ch + next;
      i++;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unescapeValue(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function toMonths(text: string): [string, string] {
  const [fromText, toText, ...rest] = text.split('..').map((s) => s.trim());
  if (fromText === undefined || rest.length > 0) throw new WhereFailure('bad-period', text);
  const bound = (part: string, end: boolean): string => {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(part)) return part;
    if (/^\d{4}$/.test(part)) return `${part}-${end ? '12' : '01'}`;
    throw new WhereFailure('bad-period', text);
  };
  const from = bound(fromText, false);
  const to = bound(toText ?? fromText, true);
  if (from > to) throw new WhereFailure('bad-period', text);
  return [from, to];
}

function toValues(filter: keyof Filters, raw: string): string[] {
  const values = splitEscaped(raw, ',').map((v) => unescapeValue(v.trim()));
  if (values.some((v) => v === '')) throw new WhereFailure('empty-value', raw);
  const vocabulary = VOCABULARIES[filter];
  if (vocabulary) {
    const bad = values.find((v) => !vocabulary.includes(v));
    if (bad !== undefined) throw new WhereFailure('bad-value', bad);
  }
  if (COUNTRY_FILTERS.has(filter)) {
    const upper = values.map((v) => v.toUpperCase());
    const bad = upper.find((v) => !/^[A-Z]{3}$/.test(v));
    if (bad !== undefined) throw new WhereFailure('bad-value', bad);
    return [...new Set(upper)];
  }
  return [...new Set(values)];
}

function isWhereKey(key: string): key is WhereKey {
  return Object.hasOwn(WHERE_KEYS, key);
}

/**
 * Parses a `--where` text into {@link Filters} (unset dimensions stay unrestricted, as in
 * {@link EMPTY_FILTERS}). Pure; never throws. An empty or blank text means no restriction.
 */
export function parseWhere(text: string): WhereResult {
  try {
    const filters: { -readonly [K in keyof Filters]: Filters[K] } = { ...EMPTY_FILTERS };
    const seen = new Set<keyof Filters>();
    for (const clause of splitEscaped(text, ';')) {
      if (clause.trim() === '') continue;
      const eq = clause.indexOf('=');
      if (eq < 0) throw new WhereFailure('missing-equals', clause.trim());
      const key = clause.slice(0, eq).trim().toLowerCase();
      const raw = clause.slice(eq + 1).trim();
      if (!isWhereKey(key)) throw new WhereFailure('unknown-key', key);
      const filter = WHERE_KEYS[key];
      if (seen.has(filter)) throw new WhereFailure('duplicate-key', key);
      seen.add(filter);
      if (raw === '') throw new WhereFailure('empty-value', key);
      if (filter === 'period') filters.period = toMonths(raw);
      else (filters as Record<keyof Filters, unknown>)[filter] = toValues(filter, raw);
    }
    return { ok: true, filters };
  } catch (error) {
    if (error instanceof WhereFailure) return { ok: false, code: error.code, detail: error.detail };
    throw error;
  }
}

const MESSAGES: Record<WhereErrorCode, string> = {
  'missing-equals': 'a clause needs key=value',
  'unknown-key': `unknown key (one of: ${Object.keys(WHERE_KEYS).join(', ')})`,
  'duplicate-key': 'a key may appear only once',
  'empty-value': 'empty value',
  'bad-value': 'value not allowed for this key (vocabulary value or ISO alpha-3 country code)',
  'bad-period': 'period must be YYYY-MM..YYYY-MM, YYYY-MM, YYYY..YYYY or YYYY, with from <= to',
  'dangling-escape': 'a backslash must be followed by the character it escapes',
};

/** English message for a refused `--where` (the CLI's only audience is a terminal). */
export function whereErrorMessage(result: { code: WhereErrorCode; detail: string }): string {
  return `--where: ${MESSAGES[result.code]}: ${JSON.stringify(result.detail)}`;
}

/**
 * Writes filters back as `--where` text (the inverse of {@link parseWhere} for canonical
 * input), so a notebook or provenance record can show the exact CLI restriction it used.
 */
export function formatWhere(filters: Filters): string {
  const esc = (v: string): string => v.replace(/[\\,;]/g, (c) => `\\${c}`);
  const clauses: string[] = [];
  if (filters.period) clauses.push(`period=${filters.period[0]}..${filters.period[1]}`);
  const order: readonly WhereKey[] = [
    'crime_type',
    'sex_age',
    'exploitation',
    'origin',
    'transit',
    'destination',
    'country',
    'route',
    'office',
  ];
  for (const key of order) {
    const values = filters[WHERE_KEYS[key]] as readonly string[];
    if (values.length > 0) clauses.push(`${key}=${values.map(esc).join(',')}`);
  }
  return clauses.join(';');
}
