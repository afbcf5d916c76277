/**
 * SQL of a one-row relation holding a MAP from a key to `[lon, lat]` (FLOAT) over a small
 * reference table (country anchor points, admin-1 points). The flows look their ends up in it
 * with `map_extract_value` instead of joining the table: the same rows, but DuckDB-WASM plans
 * a join beside the windowed top-N for several milliseconds per statement, and looking up a
 * map literal costs a fraction of that (bench/RESULTS.md). Keys must be unique in the table.
 * (Route paths are drawn in JavaScript instead: src/geo/route-anchors.ts.) Pure.
 */
export function pointMapSQL(table: string, key = 'iso3'): string {
  return `SELECT map_from_entries(list((${key}, [lon::FLOAT, lat::FLOAT]))) AS m FROM ${table}`;
}
