import { normKey } from '../dictionaries.ts';
import { sqlIdent, sqlString } from '../sql-literal.ts';

/**
 * The pieces a field contributes to the compiled mapping query, by stage: `texts` read
 * the raw VARCHAR columns (stage 1), `parsed` compute typed values from those texts
 * (stage 2), `outputs` are the canonical columns, and `checks`/`warnings` are reason codes
 * (NULL when fine) with the offending source value and column label.
 */
export interface SqlParts {
  texts: [string, string][];
  /** Lookups joined after stage 1, one join per stage-1 text column (see {@link Lookup}). */
  lookups: Lookup[];
  /**
   * `[quoted name, SQL, depth]`: depth 1 reads only stage-1 texts and lookups; a column that
   * reads other parsed columns sits one level above the deepest of them, in its own SELECT,
   * so DuckDB never inlines (and re-evaluates) one parsed expression inside another.
   */
  parsed: [string, string, number][];
  outputs: [string, string][];
  checks: Check[];
  warnings: Check[];
}

/**
 * One rejection or warning test, as ordered `[condition, code]` cases: the first true
 * condition names the problem, and a row where none is true passes. Kept as cases (not one
 * CASE expression) so the compiler can test "does any check fail" as one boolean OR, which
 * DuckDB evaluates with selection vectors and no string output, and build the reason codes
 * only for the few rows that fail. A condition that is NULL counts as false in both places.
 */
export interface Check {
  /** Source column(s) the value came from, for the report. */
  column: string;
  /** SQL expression: the source value shown in the report. */
  value: string;
  /** `[SQL boolean, reason code]`, first match wins; at least one. */
  cases: readonly (readonly [condition: string, code: string])[];
  /**
   * Optional SQL boolean that, when true, proves no case is true (a cheap test for the
   * common good value, e.g. a count that is a plain integer in range), so the cases are
   * not evaluated for that row. Must never be true where a case would be.
   */
  unless?: string;
}

/**
 * Values computed once per DISTINCT text of a stage-1 column and joined back on it: a
 * dictionary or country lookup costs one evaluation per distinct value (dozens) instead
 * of one per row (millions).
 */
export interface Lookup {
  /** Quoted stage-1 text column the join matches on. */
  text: string;
  /** The SQL of that text column over the raw table, to take DISTINCT values from. */
  key: string;
  /** [quoted output column name, SQL over the distinct text `k`]. */
  values: [string, string][];
}

/** Empty parts, to fill. */
export function emptyParts(): SqlParts {
  return { texts: [], lookups: [], parsed: [], outputs: [], checks: [], warnings: [] };
}

/** Appends `more` into `into` (mutates `into`, returns it). */
export function mergeParts(into: SqlParts, more: SqlParts): SqlParts {
  into.texts.push(...more.texts);
  into.lookups.push(...more.lookups);
  into.parsed.push(...more.parsed);
  into.outputs.push(...more.outputs);
  into.checks.push(...more.checks);
  into.warnings.push(...more.warnings);
  return into;
}

/** SQL list literal of normalised tokens. */
function tokenList(tokens: readonly string[]): string {
  return `[${tokens.map((t) => sqlString(normKey(t))).join(', ')}]`;
}

/**
 * The cleaned text of a source column: trimmed, with an optional regex capture, and NULL
 * for empty cells or any of `nullTokens` (compared normalised).
 */
export function textSQL(column: string, nullTokens: readonly string[], pattern?: string): string {
  let expr = `trim(CAST(${sqlIdent(column)} AS VARCHAR))`;
  if (pattern) expr = `trim(regexp_extract(${expr}, ${sqlString(pattern)}, 1))`;
  // NULLIF evaluates the trim once; the CASE form it replaces evaluated it three times a row.
  const blankless = `NULLIF(${expr}, '')`;
  if (nullTokens.length === 0) return blankless;
  return `CASE WHEN list_contains(${tokenList(nullTokens)}, rutas_norm(${blankless})) THEN NULL ELSE ${blankless} END`;
}

/**
 * A dictionary lookup on normalised text: the mapping's own entries first, then the
 * built-in words, then values already equal to an allowed target. NULL when nothing matches.
 */
export function dictionarySQL(
  text: string,
  own: Readonly<Record<string, string>> | undefined,
  builtin: Readonly<Record<string, string>>,
  allowed: readonly string[],
): string {
  const entries = new Map<string, string>();
  for (const target of allowed) entries.set(normKey(target), target);
  for (const [k, v] of Object.entries(builtin)) entries.set(normKey(k), v);
  for (const [k, v] of Object.entries(own ?? {})) entries.set(normKey(k), v);
  // A CASE needs at least one WHEN: an empty dictionary maps every value to nothing.
  if (entries.size === 0) return 'NULL';
  const whens = [...entries].map(([k, v]) => `WHEN ${sqlString(k)} THEN ${sqlString(v)}`).join(' ');
  return `CASE rutas_norm(${text}) ${whens} ELSE NULL END`;
}

/** A quoted internal column name for stage columns. */
export function stageName(prefix: string, field: string): string {
  return sqlIdent(`${prefix}_${field}`);
}
