import type { Table } from 'apache-arrow';
import { type AggregatedPositions, SEX_AGE_COUNT } from '../../analytics/corridors/types.ts';
import { toFloat64 } from '../../layers/arrow-to-binary.ts';
import { SEX_AGE } from '../../schema/incident.ts';

function toIntegers<T extends Uint8Array | Int32Array>(table: Table, name: string, out: T): T {
  const column = table.getChild(name);
  if (!column) throw new Error(`query result has no column "${name}"`);
  let at = 0;
  for (const d of column.data) {
    const values = d.values as ArrayLike<number>;
    if (d.nullCount === 0 && (values instanceof Uint8Array || values instanceof Int32Array)) {
      // Values start at the Data's first value, also for a slice (see toNumbers in src/layers/arrow-to-binary.ts).
      out.set(values.subarray(0, d.length) as never, at);
    } else {
      for (let i = 0; i < d.length; i++) out[at + i] = Number(column.get(at + i) ?? 0);
    }
    at += d.length;
  }
  return out;
}

/**
 * Converts a proximityQuery result (src/query/proximity-query.ts) to the typed arrays the
 * corridor analyses take: lon/lat, persons as weight, crime-type codes, month indices and
 * stride-5 sex/age persons. Pure; numeric columns are copied without boxing each row.
 */
export function toAggregatedPositions(table: Table): AggregatedPositions {
  const n = table.numRows;
  const columns = SEX_AGE.map((c) => toFloat64(table, c));
  const sexAge = new Float64Array(n * SEX_AGE_COUNT);
  columns.forEach((col, c) => {
    for (let r = 0; r < n; r++) sexAge[r * SEX_AGE_COUNT + c] = col[r]!;
  });
  return {
    lon: Float64Array.from(toFloat64(table, 'lon')),
    lat: Float64Array.from(toFloat64(table, 'lat')),
    weight: Float64Array.from(toFloat64(table, 'persons')),
    crimeType: toIntegers(table, 'crime_type_code', new Uint8Array(n)),
    month: toIntegers(table, 'month_index', new Int32Array(n)),
    sexAge,
  };
}
