import type { Table } from 'apache-arrow';
import { protectTable } from '../analytics/disclosure/protect-table.ts';
import { ALL, type CountRow, type ProtectedTable } from '../analytics/disclosure/types.ts';
import type { Database } from '../db/database.ts';
import { type AggregateSpec, aggregateQuery, isAggregateDimension } from '../query/aggregate-query.ts';
import { DEFAULT_VIEW, type ViewConfig } from '../state/view-config.ts';
import { validateViewConfig } from '../state/view-config-schema.ts';
import { viewNeighbours } from '../state/view-neighbours.ts';
import { buildProvenance, type JsonValue, type Provenance } from './provenance.ts';
import { type ExportTable, fromProtectedTable } from './table-data.ts';

/** A computed aggregation: what was asked, the SQL that ran and the protected result. */
export interface AggregateResult {
  spec: AggregateSpec;
  sql: string;
  table: ProtectedTable;
}

/**
 * Largest protected cube (cells, margins included) an aggregation may build. The cube is
 * dense, so country × admin-1 × month can reach tens of millions of cells; past this the
 * caller is asked to choose fewer or coarser dimensions instead of freezing the page.
 */
export const MAX_AGGREGATE_CELLS = 2_000_000;

/** Code a data value equal to the reserved total code {@link ALL} is shown under. */
export const ALL_IN_DATA = `${ALL} (value)`;

/** Thrown when an aggregation would build a cube larger than {@link MAX_AGGREGATE_CELLS}. */
export class TooManyCellsError extends RangeError {
  readonly cells: number;
  constructor(cells: number) {
    super(`aggregation would have ${cells} cells (limit ${MAX_AGGREGATE_CELLS})`);
    this.name = 'TooManyCellsError';
    this.cells = cells;
  }
}

/** Options of {@link computeAggregate}. */
export interface ComputeAggregateOptions {
  k: number;
  roundBase: number;
  /**
   * The data's first and last month (`YYYY-MM`), for the period neighbours of the guard;
   * read from the incidents table when absent.
   */
  months?: readonly [string, string] | null;
}

/** Leaf rows of an aggregation result, with the level codes seen per dimension. */
function countRows(arrow: Table, dims: readonly string[]): { rows: CountRow[]; distinct: Set<string>[] } {
  const keyColumns = dims.map((d) => arrow.getChild(d));
  const valueColumn = arrow.getChild('value');
  const rows: CountRow[] = [];
  const distinct = dims.map(() => new Set<string>());
  for (let i = 0; i < arrow.numRows; i++) {
    const keys = keyColumns.map((col, d) => {
      const raw = col?.get(i);
      const key = raw === ALL ? ALL_IN_DATA : String(raw);
      distinct[d]!.add(key);
      return key;
    });
    rows.push({ keys, value: Number(valueColumn?.get(i) ?? 0) });
  }
  return { rows, distinct };
}

/** First and last month of the incidents table, or null when it is empty. */
async function dataMonths(db: Pick<Database, 'query'>): Promise<readonly [string, string] | null> {
  const row = (
    await db.query(
      "SELECT strftime(min(month), '%Y-%m') AS first, strftime(max(month), '%Y-%m') AS last FROM incidents",
    )
  ).get(0);
  const first = row?.first as string | null | undefined;
  const last = row?.last as string | null | undefined;
  return first && last ? [first, last] : null;
}

/**
 * Runs {@link aggregateQuery} on the database, then {@link protectTable} with `k` and
 * `roundBase`: the one path the app, the CLI and the notebooks share, so they give the same
 * numbers. The result has an `All` total on every dimension; hidden cells are `null`. The
 * same aggregation under every filter state one click away (src/state/view-neighbours.ts)
 * is computed too, and a cell that differs from its counterpart there by 1..k−1 is hidden
 * like a small count: two exports whose filters differ by one value cannot be subtracted
 * into a small count. Throws {@link TooManyCellsError} before protecting a cube that would
 * be too large.
 */
export async function computeAggregate(
  db: Pick<Database, 'query'>,
  spec: AggregateSpec,
  opts: ComputeAggregateOptions,
): Promise<AggregateResult> {
  const sql = aggregateQuery(spec);
  const dims = [...spec.by];
  const { rows, distinct } = countRows(await db.query(sql), dims);
  const cells = distinct.reduce((n, s) => n * (s.size + 1), 1);
  if (cells > MAX_AGGREGATE_CELLS) throw new TooManyCellsError(cells);
  const months = opts.months === undefined ? await dataMonths(db) : opts.months;
  const neighbours: CountRow[][] = [];
  for (const filters of viewNeighbours(spec.filters, { months })) {
    const other = countRows(await db.query(aggregateQuery({ ...spec, filters })), dims);
    // The guard builds each neighbour's table over both tables' codes: keep it bounded too.
    const union = distinct.map((codes, d) => new Set([...codes, ...other.distinct[d]!]).size);
    const otherCells = union.reduce((n, size) => n * (size + 1), 1);
    if (otherCells > MAX_AGGREGATE_CELLS) throw new TooManyCellsError(otherCells);
    neighbours.push(other.rows);
  }
  const table = protectTable(rows, dims, { k: opts.k, roundBase: opts.roundBase, neighbours });
  return { spec, sql, table };
}

/** What a provenance record of an aggregation stores in its `filters` field. */
export interface AggregateProvenanceFilters {
  filters: AggregateSpec['filters'];
  by: AggregateSpec['by'];
  measure: AggregateSpec['measure'];
  /** The whole view (layers, camera, k) when the export came from the app. */
  view?: ViewConfig;
}

/** Input of {@link aggregateExport}: who exports, from which data, when. */
export interface AggregateProvenanceInput {
  appVersion: string;
  /** SHA-256 (hex) of the loaded data. */
  fingerprint: string;
  /** ISO 8601 UTC time of export. */
  exportedAt: string;
  /** The app's view, so "Restore from provenance" can bring back the map too. */
  view?: ViewConfig;
}

/**
 * The flat export table (`dims…, value, status`; hidden cells empty) and the provenance
 * record for any writer (CSV sidecar, XLSX, Parquet, JSON). The provenance's `filters`
 * holds the spec ({@link AggregateProvenanceFilters}) so the table can be recomputed.
 */
export function aggregateExport(
  result: AggregateResult,
  prov: AggregateProvenanceInput,
): { table: ExportTable; provenance: Provenance } {
  const stored: AggregateProvenanceFilters = {
    filters: result.spec.filters,
    by: result.spec.by,
    measure: result.spec.measure,
    ...(prov.view ? { view: prov.view } : {}),
  };
  const provenance = buildProvenance({
    appVersion: prov.appVersion,
    fingerprint: prov.fingerprint,
    filters: toJsonValue(stored),
    sql: result.sql,
    k: result.table.k,
    roundBase: result.table.roundBase,
    exportedAt: prov.exportedAt,
  });
  return { table: fromProtectedTable(result.table), provenance };
}

/** Plain data (no undefined, functions or cycles) as a JSON value, via a JSON round trip. */
function toJsonValue(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** What {@link specFromProvenance} recovers from a provenance record. */
export interface RestoredAggregate {
  spec: AggregateSpec;
  /** The whole view when the record has one (app exports), validated; else null. */
  view: ViewConfig | null;
  k: number;
  roundBase: number;
  /** Parts that were invalid and fell back to defaults (`view-config` part names). */
  problems: string[];
}

/**
 * Reads the aggregation back out of a provenance record written by {@link aggregateExport},
 * validating every part (the file is untrusted): filters and view go through the view
 * validator, dimensions must be known. Returns null when the record holds no aggregation.
 */
export function specFromProvenance(provenance: Provenance): RestoredAggregate | null {
  const stored = provenance.filters;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const by = stored.by;
  const measure = stored.measure;
  if (!Array.isArray(by) || by.length === 0 || !by.every(isAggregateDimension)) return null;
  if (new Set(by).size !== by.length) return null;
  if (measure !== 'persons' && measure !== 'incidents') return null;
  const problems: string[] = [];
  let view: ViewConfig | null = null;
  if (stored.view !== undefined) {
    const checked = validateViewConfig(stored.view);
    if (checked) {
      view = checked.view;
      problems.push(...checked.problems.map((p) => p.part));
    } else problems.push('view');
  }
  const checkedFilters = validateViewConfig({ ...DEFAULT_VIEW, filters: stored.filters });
  if (!checkedFilters) return null;
  problems.push(...checkedFilters.problems.map((p) => p.part));
  const spec: AggregateSpec = { by, filters: checkedFilters.view.filters, measure };
  return {
    spec,
    view,
    k: provenance.k,
    roundBase: provenance.roundBase,
    problems: [...new Set(problems)],
  };
}
