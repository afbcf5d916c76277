/**
 * The standing alert scan over every country, route and origin–destination pair at 1M
 * incidents (issue #6 goal: ≤ 2 s): one GROUP BY in DuckDB, then the robust-z scan over
 * typed arrays. Run: `npx tsx bench/alerts.bench.ts [rows]`.
 */
import { toKeyedSeries } from '../src/analytics/alerts/keyed-series.ts';
import { scanAlerts } from '../src/analytics/alerts/scan-alerts.ts';
import { openNodeDatabase } from '../src/db/node-database.ts';
import { alertSeriesQuery } from '../src/query/alerts-query.ts';
import { createSyntheticIncidents, plantRouteSurge } from '../test/unit/query/synthetic-incidents.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const db = await openNodeDatabase();
await createSyntheticIncidents(db, rows);
await plantRouteSurge(db, 'R7', '2023-06-01', 3);
const times: number[] = [];
let line = '';
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const table = await db.query(alertSeriesQuery('TRUE'));
  const queried = performance.now();
  const series = toKeyedSeries(table);
  const alerts = scanAlerts(series);
  const total = performance.now() - started;
  times.push(total);
  line = `${series.keys.length} keys × ${series.months} months; query ${(queried - started).toFixed(0)} ms; ${alerts.length} alerts; first: ${alerts[0]?.keyKind} ${alerts[0]?.key}`;
}
times.sort((a, b) => a - b);
console.log(`alert scan at ${rows} incidents (duckdb-wasm, Node): ${line}`);
console.log(`total median ${times[2]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms over 5 runs`);
await db.close();
