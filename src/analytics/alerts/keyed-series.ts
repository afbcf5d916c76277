import type { Table } from 'apache-arrow';
import type { AlertKeyKind } from '../../query/alerts-query.ts';

/**
 * Dense monthly matrices for many keys: row r is key r, column t is month `firstMonth + t`
 * (months counted as year·12 + month). Missing months are zero, which is what "no
 * incident recorded" means in a case extract.
 */
export interface KeyedSeries {
  keyKinds: AlertKeyKind[];
  keys: string[];
  /** Month number (UTC year·12 + month index) of column 0. */
  firstMonth: number;
  /** Number of months (columns). */
  months: number;
  /** Row-major counts, keys × months. */
  incidents: Float64Array;
  persons: Float64Array;
  children: Float64Array;
  womenGirls: Float64Array;
}

/** Month number (year·12 + month) of an epoch-ms date. */
export function toMonthNumber(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Epoch ms of the first day of a month number. */
export function fromMonthNumber(n: number): number {
  return Date.UTC(Math.floor(n / 12), n % 12, 1);
}

function numbers(table: Table, name: string): Float64Array {
  const col = table.getChild(name);
  if (!col) throw new Error(`column ${name} missing`);
  return Float64Array.from(col.toArray() as ArrayLike<number>);
}

/**
 * The Arrow result of `alertSeriesQuery` → dense matrices. Rows must be ordered by kind,
 * key, month (the query does so). The month range is the whole result's, so a key with no
 * early rows gets leading zeros: that is how a first appearance is seen.
 */
export function toKeyedSeries(table: Table): KeyedSeries {
  const n = table.numRows;
  const kindCol = table.getChild('kind');
  const keyCol = table.getChild('key');
  const monthCol = table.getChild('month');
  if (!kindCol || !keyCol || !monthCol) throw new Error('alert series needs kind, key, month');
  const monthNo = new Int32Array(n);
  const rowOf = new Int32Array(n);
  const keyKinds: AlertKeyKind[] = [];
  const keys: string[] = [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let prevKind = '';
  let prevKey = '';
  for (let i = 0; i < n; i++) {
    const kind = String(kindCol.get(i));
    const key = String(keyCol.get(i));
    if (i === 0 || kind !== prevKind || key !== prevKey) {
      keyKinds.push(kind as AlertKeyKind);
      keys.push(key);
      prevKind = kind;
      prevKey = key;
    }
    rowOf[i] = keys.length - 1;
    const m = toMonthNumber(Number(monthCol.get(i)));
    monthNo[i] = m;
    if (m < min) min = m;
    if (m > max) max = m;
  }
  const months = n === 0 ? 0 : max - min + 1;
  const size = keys.length * months;
  const out: KeyedSeries = {
    keyKinds,
    keys,
    firstMonth: n === 0 ? 0 : min,
    months,
    incidents: new Float64Array(size),
    persons: new Float64Array(size),
    children: new Float64Array(size),
    womenGirls: new Float64Array(size),
  };
  const src = [
    [numbers(table, 'incidents'), out.incidents],
    [numbers(table, 'persons'), out.persons],
    [numbers(table, 'children'), out.children],
    [numbers(table, 'women_girls'), out.womenGirls],
  ] as const;
  for (let i = 0; i < n; i++) {
    const cell = (rowOf[i] as number) * months + (monthNo[i] as number) - min;
    for (const [from, to] of src) to[cell] = from[i] as number;
  }
  return out;
}
