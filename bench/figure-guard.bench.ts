/**
 * What the differencing guard costs (issue #7): the statements that put a figure on screen
 * together with the same figure in every view one click away (src/state/view-neighbours.ts),
 * timed on DuckDB-WASM's Node build (the browser's engine, one thread) over the raw incidents
 * table, with the share of shown figures the guard hides. Per filter state: the map's flow,
 * route and grid figures (the table view and tooltips), the alert scan and an export by
 * subregion × crime type × month, each against the same statement for the view alone.
 *
 *   npx tsx bench/figure-guard.bench.ts [--rows 1000000] [--runs 3]
 *
 * Data: bench/out/data/incidents-<rows>-s1.parquet (made by `npm run bench`). The app reads
 * the pre-aggregated cubes where they answer a variant (from 100k incidents), so these raw
 * table figures are an upper bound for the map and the alerts.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ParquetFile } from 'parquet-wasm';
import { guardAlerts } from '../src/analytics/alerts/guard-alerts.ts';
import { toKeyedSeries } from '../src/analytics/alerts/keyed-series.ts';
import { scanAlerts } from '../src/analytics/alerts/scan-alerts.ts';
import { protectTable } from '../src/analytics/disclosure/protect-table.ts';
import type { CountRow } from '../src/analytics/disclosure/types.ts';
import { alertVariantsSql } from '../src/app/alerts/alert-variants.ts';
import { guardFlowFigures, guardGridFigures } from '../src/app/map-figures/guard-map-figures.ts';
import { type FigureLayer, mapFigureVariantsSql } from '../src/app/map-figures/map-figure-queries.ts';
import {
  flowsLayerSql,
  gridLayerSql,
  type MapLayerSqlInput,
  routesLayerSql,
} from '../src/app/map-layer-sql.ts';
import { openNodeDatabase } from '../src/db/node-database.ts';
import { insertRowGroups, openRowGroupReader } from '../src/db/parquet-row-groups.ts';
import { loadReferenceTables } from '../src/db/reference-tables.ts';
import { splitVariants } from '../src/db/split-variants.ts';
import { computeAggregate } from '../src/export/aggregate.ts';
import { aggregateQuery } from '../src/query/aggregate-query.ts';
import { alertSeriesQuery } from '../src/query/alerts-query.ts';
import { filterPredicate } from '../src/query/filters.ts';
import { createIncidentsTableSQL } from '../src/schema/incident.ts';
import { EMPTY_FILTERS, type Filters } from '../src/state/filters.ts';
import { viewNeighbours } from '../src/state/view-neighbours.ts';
import { quantile } from './lib/stats.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const K = 5;

const db = await openNodeDatabase();
await loadReferenceTables(db);
const parquet = `bench/out/data/incidents-${rows}-s1.parquet`;
const reader = await openRowGroupReader(new Blob([new Uint8Array(await readFile(parquet))]), { ParquetFile });
await insertRowGroups(db, reader, 'flat');
reader.close();
await db.exec(createIncidentsTableSQL('flat'));
await db.exec('DROP TABLE flat');
const span = (
  await db.query(
    "SELECT strftime(min(month), '%Y-%m') AS a, strftime(max(month), '%Y-%m') AS b FROM incidents",
  )
).get(0);
const months = [String(span?.a), String(span?.b)] as const;

/** Median ms of `runs` runs of `work` (after one warm-up run). */
async function time(work: () => Promise<unknown>): Promise<number> {
  await work();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    t.push(performance.now() - start);
  }
  return quantile(t, 0.5);
}

const STATES: [string, Filters][] = [
  ['whole period, no filter', EMPTY_FILTERS],
  ['2020', { ...EMPTY_FILTERS, period: ['2020-01', '2020-12'] }],
  [
    '2020, trafficking, MEX + GTM',
    {
      ...EMPTY_FILTERS,
      period: ['2020-01', '2020-12'],
      crimeTypes: ['trafficking'],
      detection: ['MEX', 'GTM'],
    },
  ],
];

const input = (filters: Filters): MapLayerSqlInput => ({
  filters,
  flowSplit: 'crime_type',
  flowEnds: 'country',
  k: K,
  clustered: false,
  cellDegrees: 2,
  cubes: [],
});
const plain: Record<FigureLayer, (i: MapLayerSqlInput) => string> = {
  flows: flowsLayerSql,
  routes: routesLayerSql,
  grid: gridLayerSql,
};

console.log(
  `| filter state | neighbours | view | view alone, ms | with neighbours, ms | figures hidden (guard and line rule) |`,
);
console.log('|---|---:|---|---:|---:|---|');
for (const [label, filters] of STATES) {
  const n = viewNeighbours(filters, { months }).length;
  for (const layer of ['flows', 'routes', 'grid'] as const) {
    const alone = await time(() => db.query(plain[layer](input(filters))));
    const sql = mapFigureVariantsSql(layer, input(filters), months);
    const guarded = await time(() => db.query(sql));
    let hidden = '';
    if (layer !== 'routes') {
      const table = await db.query(sql);
      const figures = layer === 'flows' ? guardFlowFigures(table, K) : guardGridFigures(table, K);
      const keys = [...figures.keys()].filter((key) => layer === 'flows' || key.endsWith('>total'));
      const h = keys.filter((key) => figures.get(key) === null).length;
      hidden = `${h} of ${keys.length} ${layer === 'flows' ? 'flow figures' : 'cell totals'}`;
    }
    console.log(
      `| ${label} | ${n} | map ${layer} | ${alone.toFixed(0)} | ${guarded.toFixed(0)} | ${hidden} |`,
    );
  }
  const alerts = alertVariantsSql(filters, []);
  const alertsAlone = await time(() => db.query(alertSeriesQuery(filterPredicate(filters, ['period']))));
  const alertsGuarded = await time(() => db.query(alerts.sql));
  const series = splitVariants(await db.query(alerts.sql), alerts.variants).map(toKeyedSeries);
  const found = scanAlerts(series[0]!);
  const guards = guardAlerts(found, series[0]!, series.slice(1), K);
  const hiddenAlerts = guards.filter((g) => g.observed).length;
  console.log(
    `| ${label} | ${alerts.variants - 1} | alert scan | ${alertsAlone.toFixed(0)} | ${alertsGuarded.toFixed(0)} | ${hiddenAlerts} of ${found.length} alert counts |`,
  );
  const spec = { by: ['subregion', 'crime_type', 'month'] as const, filters, measure: 'persons' as const };
  // The view alone: the same query and protectTable without neighbours.
  const alone = async () => {
    const arrow = await db.query(aggregateQuery(spec));
    const rows: CountRow[] = arrow.toArray().map((r) => ({
      keys: spec.by.map((d) => String(r[d])),
      value: Number(r.value),
    }));
    return protectTable(rows, [...spec.by], { k: K });
  };
  const exportAlone = await time(alone);
  const exportGuarded = await time(() => computeAggregate(db, spec, { k: K, roundBase: 1, months }));
  const table = (await computeAggregate(db, spec, { k: K, roundBase: 1, months })).table;
  const baseTable = await alone();
  const shownCells = (t: typeof table) => t.rows.filter((r) => r.value !== null).length;
  console.log(
    `| ${label} | ${n} | export subregion × crime × month | ${exportAlone.toFixed(0)} | ${exportGuarded.toFixed(0)} | ${shownCells(baseTable) - shownCells(table)} more of ${table.rows.length} cells |`,
  );
}
await db.close();
