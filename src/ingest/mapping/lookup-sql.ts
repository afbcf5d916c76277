import { sqlIdent, sqlString } from '../sql-literal.ts';
import type { Lookup } from './sql-parts.ts';

/**
 * Pure SQL for the compiled mapping's lookups (country names, dictionaries, word lists):
 * values computed once per DISTINCT text of a column. They reach the rows in one of two ways:
 * - a LEFT JOIN on the distinct texts: self-contained, always correct, but nine joins over a
 *   million rows cost about as much as the rest of the mapping together, and a join turns
 *   the raw table's dictionary-compressed vectors into flat ones;
 * - a MAP literal of the resolved texts → values (`map_extract_value(MAP {...}, text)`): an
 *   expression, so DuckDB evaluates it once per dictionary entry where the input is still a
 *   dictionary vector (measured ≈ 8× cheaper than the joins at 1M rows, tmp/notes/ingest-speed.md).
 * The caller resolves each lookup with {@link lookupQuery} first; a lookup left unresolved
 * (too many distinct texts for a literal) keeps its join.
 */

/** The resolved values of one lookup: its distinct texts and, per value column, one value each. */
export interface LookupValues {
  keys: string[];
  /** One per value column of the lookup, in its order; `values[i]` belongs to `keys[i]`. */
  columns: { type: 'VARCHAR' | 'BOOLEAN'; values: (string | boolean | null)[] }[];
}

/** Distinct texts above which a lookup stays a join (a literal that large costs more to parse than it saves). */
export const MAX_LITERAL_KEYS = 2000;

/**
 * The query resolving `lookup` over `rawTable`: one row per distinct non-null text (`k`) with
 * the lookup's value columns, at most `limit` rows (ask for one more than you accept to
 * know that there were too many).
 */
export function lookupQuery(lookup: Lookup, rawTable: string, limit: number): string {
  const values = lookup.values.map(([n, v]) => `${v} AS ${n}`).join(', ');
  return `SELECT k, ${values} FROM (SELECT DISTINCT ${lookup.key} AS k FROM ${sqlIdent(rawTable)} WHERE ${lookup.key} IS NOT NULL LIMIT ${Math.max(0, Math.trunc(limit))})`;
}

function literal(value: string | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return sqlString(value);
}

/**
 * `MAP {key: value, ...}` typed as `MAP(VARCHAR, type)`; a NULL of `type` when there is no
 * key (every text of the column was empty).
 */
export function mapLiteralSQL(
  keys: readonly string[],
  values: readonly (string | boolean | null)[],
  type: 'VARCHAR' | 'BOOLEAN',
): string {
  if (keys.length === 0) return `CAST(NULL AS MAP(VARCHAR, ${type}))`;
  const entries = keys.map((k, i) => `${sqlString(k)}: ${literal(values[i] ?? null)}`);
  return `CAST(MAP {${entries.join(', ')}} AS MAP(VARCHAR, ${type}))`;
}

/**
 * The select items and joins that bring every lookup value onto stage-1 rows (`s1`): a MAP
 * literal for each lookup with resolved values, a LEFT JOIN for the others.
 */
export function lookupStageSQL(
  lookups: readonly Lookup[],
  rawTable: string,
  resolved: readonly (LookupValues | undefined)[] = [],
): { select: string[]; joins: string[] } {
  const select: string[] = [];
  const joins: string[] = [];
  lookups.forEach((l, i) => {
    const values = resolved[i];
    if (values && values.columns.length === l.values.length) {
      l.values.forEach(([name], j) => {
        const column = values.columns[j];
        if (!column) return;
        const map = mapLiteralSQL(values.keys, column.values, column.type);
        select.push(`map_extract_value(${map}, s1.${l.text}) AS ${name}`);
      });
      return;
    }
    const sub = `SELECT k, ${l.values.map(([n, v]) => `${v} AS ${n}`).join(', ')} FROM (SELECT DISTINCT ${l.key} AS k FROM ${sqlIdent(rawTable)}) WHERE k IS NOT NULL`;
    joins.push(`LEFT JOIN (${sub}) AS j${i} ON j${i}.k = s1.${l.text}`);
    for (const [name] of l.values) select.push(`j${i}.${name}`);
  });
  return { select, joins };
}
