import type { CorridorCollection } from '../analytics/corridors/types.ts';
import { openBrowserDatabase } from '../db/browser-database.ts';
import { Coordinator } from '../db/coordinator.ts';
import type { Database } from '../db/database.ts';
import { sha256Hex } from '../db/fingerprint.ts';
import { parquetToIPC } from '../db/parquet-browser.ts';
import { loadReferenceTables } from '../db/reference-tables.ts';
import type { CubeSpec } from '../query/cube/cube-spec.ts';
import { createIncidentsTableSQL } from '../schema/incident.ts';
import { createStore } from '../state/store.ts';
import { DEFAULT_VIEW } from '../state/view-config.ts';
import { startCubeService } from './cube-service.ts';
import { LastGoodData, sampleReloader } from './recovery/last-good-data.ts';
import type { DatasetInfo, Services } from './services.ts';

/** Boot steps, reported to the loading screen. */
export type BootStep = 'engine' | 'sample' | 'ready';

/** The bundled illustrative corridors (drug and fuel), served by the app itself. */
export const SAMPLE_CORRIDORS_URL = 'sample/corridors-illustrative.geojson';

/** The bundled synthetic sample, served by the app itself. */
export const SAMPLE_URL = 'sample/incidents-sample.parquet';

/** Reads what is loaded, for the header and provenance. */
export async function describeDataset(
  db: Database,
  name: string,
  synthetic: boolean,
  fingerprint: string,
): Promise<DatasetInfo> {
  const t = await db.query(
    "SELECT count(*)::DOUBLE AS n, strftime(min(month), '%Y-%m') AS first, strftime(max(month), '%Y-%m') AS last FROM incidents",
  );
  const row = t.get(0);
  return {
    name,
    synthetic,
    incidents: Number(row?.n ?? 0),
    months: [String(row?.first ?? ''), String(row?.last ?? '')],
    fingerprint,
  };
}

/**
 * Starts DuckDB in its worker, loads the reference tables and the synthetic sample, and
 * returns the services the views share. Everything is fetched from the app's own origin.
 */
export async function boot(onStep: (step: BootStep) => void): Promise<Services> {
  onStep('engine');
  const db = await openBrowserDatabase();
  await loadReferenceTables(db);
  onStep('sample');
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`sample: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  await db.insertArrowIPC('sample_flat', await parquetToIPC(bytes));
  await db.exec(createIncidentsTableSQL('sample_flat'));
  await db.exec('DROP TABLE sample_flat');
  const info = await describeDataset(db, 'rutas synthetic sample', true, await sha256Hex(bytes));
  const corridors = await fetch(SAMPLE_CORRIDORS_URL).then((r) =>
    r.ok ? (r.json() as Promise<CorridorCollection>) : null,
  );
  onStep('ready');
  const services: Services = {
    coordinator: new Coordinator(db),
    view: createStore(DEFAULT_VIEW),
    dataset: createStore(info),
    corridors: createStore(corridors),
    cubes: createStore<readonly CubeSpec[]>([]),
    lastGood: new LastGoodData(sampleReloader(bytes, parquetToIPC)),
  };
  // Lives as long as the page: cubes follow the filters once a large extract is loaded.
  startCubeService(services);
  return services;
}
