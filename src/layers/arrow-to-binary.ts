import type { Data, Table, Vector } from 'apache-arrow';

/**
 * Arrow → typed arrays for deck.gl binary attributes. A query result may arrive in several
 * record batches; when it has one (the usual case for aggregates) buffers are used as they
 * are, without copying or looping over rows.
 */

function columnOf(table: Table, name: string): Vector {
  const column = table.getChild(name);
  if (!column) throw new Error(`query result has no column "${name}"`);
  return column;
}

function nonEmpty(batches: readonly Data[]): Data[] {
  return batches.filter((d) => d.length > 0);
}

function concat<T extends Float32Array | Float64Array | Int32Array>(parts: T[], make: (n: number) => T): T {
  if (parts.length === 1) return parts[0]!;
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A numeric column as a typed array of `Kind` (nulls become 0, which callers never draw). When
 * the column already holds `Kind` values without nulls, its buffers are used as they are.
 *
 * In Arrow JS a Data's value buffers already start at its first value, also for a slice
 * (`Table.slice`, see splitVariants); `Data.offset` only positions the validity bitmap. So
 * values are read from index 0 here, never at `offset`.
 */
function toNumbers<T extends Float32Array | Float64Array>(
  table: Table,
  name: string,
  Kind: { new (n: number): T },
): T {
  const column = columnOf(table, name);
  if (column.nullCount === 0 && column.data.every((d) => d.values instanceof Kind)) {
    const parts = nonEmpty(column.data).map((d) => (d.values as T).subarray(0, d.length) as T);
    return parts.length ? concat(parts, (n) => new Kind(n)) : new Kind(0);
  }
  const out = new Kind(column.length);
  for (let i = 0; i < column.length; i++) out[i] = Number(column.get(i) ?? 0);
  return out;
}

/** A FLOAT column as Float32Array: a grid cell's longitude or latitude, ready for deck.gl. */
export function toFloat32(table: Table, name: string): Float32Array {
  return toNumbers(table, name, Float32Array);
}

/** A numeric column as Float64Array. */
export function toFloat64(table: Table, name: string): Float64Array {
  return toNumbers(table, name, Float64Array);
}

/** A string column as an array of strings (small: one per aggregate row, not per incident). */
export function toStrings(table: Table, name: string): string[] {
  const column = columnOf(table, name);
  const out: string[] = new Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = String(column.get(i) ?? '');
  return out;
}
