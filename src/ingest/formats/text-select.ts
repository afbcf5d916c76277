import { sqlIdent } from '../sql-literal.ts';

/** A typed column of a decoded file, as DuckDB's `DESCRIBE` names its type. */
export interface TypedColumn {
  name: string;
  type: string;
}

const FLOATING = /^(FLOAT|DOUBLE|REAL|DECIMAL)/;
const TIMESTAMP = /^TIMESTAMP/;

/** The text of one typed column, written the way a person (and the CSV path) writes the value. */
function textOf(column: TypedColumn): string {
  const c = sqlIdent(column.name);
  const type = column.type.toUpperCase();
  if (type === 'VARCHAR') return `NULLIF(${c}, '')`;
  if (type.endsWith('[]')) return `NULLIF(array_to_string(${c}, '|'), '')`;
  if (TIMESTAMP.test(type)) {
    const t = `CAST(${c} AS TIMESTAMP)`;
    return `CASE WHEN ${t} = date_trunc('day', ${t}) THEN strftime(${t}, '%Y-%m-%d') ELSE strftime(${t}, '%Y-%m-%dT%H:%M:%S') END`;
  }
  if (FLOATING.test(type)) {
    const d = `CAST(${c} AS DOUBLE)`;
    return `CASE WHEN isfinite(${d}) AND ${d} = trunc(${d}) AND abs(${d}) < 1e15 THEN CAST(CAST(${d} AS BIGINT) AS VARCHAR) ELSE CAST(${d} AS VARCHAR) END`;
  }
  return `CAST(${c} AS VARCHAR)`;
}

/**
 * The SELECT list that turns typed columns (a decoded Parquet row group, an Arrow file) into
 * the raw table's all-text columns, keeping the names. Values read as a person wrote them, the
 * way the CSV path and the earlier JS decoder saw them: an empty string is a missing value;
 * a whole number stored as floating point has no `.0` (an id or a count stays `12`); a date
 * is `YYYY-MM-DD`, a timestamp at midnight its date, else `YYYY-MM-DDTHH:MM:SS` (UTC); a list
 * is joined with `|`, as list fields are in flat extracts. Pure.
 */
export function textSelectSQL(columns: readonly TypedColumn[]): string {
  return columns.map((col) => `${textOf(col)} AS ${sqlIdent(col.name)}`).join(', ');
}
