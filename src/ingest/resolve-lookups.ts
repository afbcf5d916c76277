import { DataType, type Table } from 'apache-arrow';
import type { Database } from '../db/database.ts';
import { type LookupValues, lookupQuery, MAX_LITERAL_KEYS } from './mapping/lookup-sql.ts';
import type { Lookup } from './mapping/sql-parts.ts';

/** Total characters of distinct texts above which a lookup stays a join (the SQL text would grow too large). */
export const MAX_LITERAL_CHARS = 200_000;

/**
 * The result of a {@link lookupQuery} as {@link LookupValues}, or undefined when it has more
 * than `maxKeys` rows or `maxChars` characters of keys (the lookup then stays a join). Pure.
 */
export function toLookupValues(
  table: Table,
  maxKeys = MAX_LITERAL_KEYS,
  maxChars = MAX_LITERAL_CHARS,
): LookupValues | undefined {
  if (table.numRows > maxKeys) return undefined;
  const keys: string[] = [];
  let chars = 0;
  const k = table.getChildAt(0);
  for (let i = 0; i < table.numRows; i++) {
    const key = String(k?.get(i) ?? '');
    chars += key.length;
    keys.push(key);
  }
  if (chars > maxChars) return undefined;
  const columns: LookupValues['columns'] = [];
  for (let c = 1; c < table.numCols; c++) {
    const vector = table.getChildAt(c);
    const type = DataType.isBool(table.schema.fields[c]?.type) ? 'BOOLEAN' : 'VARCHAR';
    const values: (string | boolean | null)[] = [];
    for (let i = 0; i < table.numRows; i++) {
      const v: unknown = vector?.get(i);
      values.push(v === null || v === undefined ? null : type === 'BOOLEAN' ? Boolean(v) : String(v));
    }
    columns.push({ type, values });
  }
  return { keys, columns };
}

/**
 * Resolves each lookup of a compiled mapping over the raw table (one small DISTINCT query
 * each), so the mapping can use MAP literals instead of joins; a lookup with too many
 * distinct texts is left undefined and stays a join.
 */
export async function resolveLookups(
  db: Database,
  lookups: readonly Lookup[],
  rawTable: string,
): Promise<(LookupValues | undefined)[]> {
  const out: (LookupValues | undefined)[] = [];
  for (const lookup of lookups) {
    out.push(toLookupValues(await db.query(lookupQuery(lookup, rawTable, MAX_LITERAL_KEYS + 1))));
  }
  return out;
}
