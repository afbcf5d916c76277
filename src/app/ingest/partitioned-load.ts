import type { Database } from '../../db/database.ts';
import { sha256Hex } from '../../db/fingerprint.ts';
import {
  type Coverage,
  coverageRequests,
  EMPTY_COVERAGE,
  type PartitionRequest,
  type ViewNeeds,
  withRequests,
} from '../../ingest/partitioned/coverage.ts';
import { DASHBOARD_COLUMNS } from '../../ingest/partitioned/dashboard-columns.ts';
import { manifestExtent, type PartitionManifest } from '../../ingest/partitioned/manifest.ts';
import {
  emptyIncidentsTableSQL,
  emptyReportTableSQL,
  type ReadReport,
  readPartitions,
} from '../../ingest/partitioned/read-partitioned.ts';
import { INCIDENTS_TABLE } from '../../schema/incident.ts';
import { DEFAULT_VIEW } from '../../state/view-config.ts';
import { describeDataset } from '../boot.ts';
import type { Services } from '../services.ts';
import type { PartitionedSource } from './partitioned-source.ts';

/**
 * Thrown when a first load finds no incident in the chosen months and countries; `rejected`
 * counts the rows it found but could not load (a negative count), so the message can say so,
 * and their report lines are then in {@link FAILED_LOAD_REJECTIONS}.
 */
export class NoPartitionedRowsError extends Error {
  constructor(readonly rejected = 0) {
    super(
      rejected > 0
        ? `none of the ${rejected} rows of the chosen months could be loaded`
        : 'no incidents in the chosen months and countries',
    );
    this.name = 'NoPartitionedRowsError';
  }
}

/** Options of a partitioned load. */
export interface PartitionedLoadOptions {
  signal: AbortSignal;
  onProgress: (report: Readonly<ReadReport>) => void;
  /**
   * Receives the new source just before the dataset store changes, so a component that shows
   * the source only while its fingerprint is the dataset's never sees one without the other.
   */
  adopt?: (source: PartitionedSource) => void;
}

/** What a load produced: the source as it now stands, and what the read touched. */
export interface PartitionedLoadResult {
  source: PartitionedSource;
  report: ReadReport;
}

/** The table new row groups go to before they join `incidents` (views never see half a load). */
const STAGE = 'partitioned_stage';

/**
 * The rows of the open partitioned extract that were not loaded, one line per problem (file,
 * row, column, value, reason), as src/ingest/report.ts writes it as CSV: a first load replaces
 * it, a load of more months adds to it, and a reload after an engine crash rebuilds it.
 */
export const PARTITIONED_REJECTIONS = 'partitioned_rejections';

/** Where a load's report lines wait until its rows join `incidents`. */
const STAGE_REJECTIONS = 'partitioned_stage_rejections';

/**
 * The report of a first load that loaded nothing because every row was rejected: the data on
 * screen stays, and so does its own report, yet every row read must still be listed
 * somewhere the user can download it (beside that error, PartitionedProgress). Dropped when
 * the next load starts, which clears the error; not rebuilt after an engine restart (the
 * button then says the report is gone).
 */
export const FAILED_LOAD_REJECTIONS = 'partitioned_failed_rejections';

/**
 * SHA-256 of what is loaded: the manifest's files (paths, sizes, row counts) and the months
 * of each that are in the table. The bytes themselves are never all in one place (that is the
 * point), and this identifies them as long as the files are not rewritten under the same sizes.
 */
async function partitionedFingerprint(manifest: PartitionManifest, coverage: Coverage): Promise<string> {
  const loaded = coverageRequests(manifest, coverage).map((r) => [r.file.path, r.months]);
  return sha256Hex(new TextEncoder().encode(JSON.stringify({ files: manifest.files, loaded })));
}

/** Reads `requests` into a fresh staging table; drops it on any failure. */
async function readToStage(
  db: Database,
  source: Pick<PartitionedSource, 'folder' | 'footers'>,
  requests: readonly PartitionRequest[],
  options: PartitionedLoadOptions,
): Promise<ReadReport> {
  await db.exec(`DROP TABLE IF EXISTS ${STAGE}`);
  await db.exec(`DROP TABLE IF EXISTS ${FAILED_LOAD_REJECTIONS}`);
  await db.exec(emptyIncidentsTableSQL(STAGE));
  await db.exec(emptyReportTableSQL(STAGE_REJECTIONS));
  try {
    return await readPartitions({
      db,
      baseUrl: source.folder,
      requests,
      columns: DASHBOARD_COLUMNS,
      table: STAGE,
      footers: source.footers,
      signal: options.signal,
      onProgress: options.onProgress,
      rejections: STAGE_REJECTIONS,
    });
  } catch (error) {
    await db.exec(`DROP TABLE IF EXISTS ${STAGE}`);
    await db.exec(`DROP TABLE IF EXISTS ${STAGE_REJECTIONS}`);
    throw error;
  }
}

/** Moves a finished load's report lines into the extract's report (a first load replaces it). */
async function keepRejections(db: Database, first: boolean): Promise<void> {
  if (first) {
    await db.exec(`DROP TABLE IF EXISTS ${PARTITIONED_REJECTIONS}`);
    await db.exec(`ALTER TABLE ${STAGE_REJECTIONS} RENAME TO ${PARTITIONED_REJECTIONS}`);
    return;
  }
  await db.exec(emptyReportTableSQL(PARTITIONED_REJECTIONS, true));
  await db.exec(`INSERT INTO ${PARTITIONED_REJECTIONS} SELECT * FROM ${STAGE_REJECTIONS}`);
  await db.exec(`DROP TABLE ${STAGE_REJECTIONS}`);
}

/**
 * After `incidents` changed: new data generation (caches and cubes dropped, so the cube
 * service rebuilds them as for any load), the header's dataset info (SYNTHETIC badge from the
 * manifest), and how to reload exactly this after an engine crash.
 */
async function publish(
  services: Services,
  source: Omit<PartitionedSource, 'fingerprint'>,
  adopt: PartitionedLoadOptions['adopt'],
): Promise<PartitionedSource> {
  const { coordinator, dataset, lastGood } = services;
  const fingerprint = await partitionedFingerprint(source.manifest, source.coverage);
  coordinator.invalidate();
  const info = await describeDataset(
    coordinator.db,
    source.name,
    source.manifest.synthetic === true,
    fingerprint,
  );
  const published = { ...source, fingerprint };
  adopt?.(published);
  dataset.set(info);
  const requests = coverageRequests(source.manifest, source.coverage);
  lastGood.remember(async (fresh) => {
    await fresh.exec(emptyIncidentsTableSQL(INCIDENTS_TABLE));
    await fresh.exec(emptyReportTableSQL(PARTITIONED_REJECTIONS));
    await readPartitions({
      db: fresh,
      baseUrl: source.folder,
      requests,
      columns: DASHBOARD_COLUMNS,
      table: INCIDENTS_TABLE,
      footers: source.footers,
      rejections: PARTITIONED_REJECTIONS,
    });
  });
  return published;
}

/**
 * First load of a partitioned extract: reads what `needs` selects into a staging table and,
 * only if it holds incidents, swaps it in as `incidents` (as any load does), then sets the
 * view's period and detection filters to what was loaded, so the view starts on data it has.
 * On error or cancel the data on screen is untouched.
 */
export async function openPartitioned(
  services: Services,
  source: Pick<PartitionedSource, 'folder' | 'name' | 'manifest' | 'footers'>,
  needs: ViewNeeds,
  requests: readonly PartitionRequest[],
  options: PartitionedLoadOptions,
): Promise<PartitionedLoadResult> {
  const db = services.coordinator.db;
  const report = await readToStage(db, source, requests, options);
  if (report.rowsLoaded === 0) {
    await db.exec(`DROP TABLE IF EXISTS ${STAGE}`);
    if (report.rowsRejected > 0) {
      await db.exec(`ALTER TABLE ${STAGE_REJECTIONS} RENAME TO ${FAILED_LOAD_REJECTIONS}`);
    } else {
      await db.exec(`DROP TABLE IF EXISTS ${STAGE_REJECTIONS}`);
    }
    throw new NoPartitionedRowsError(report.rowsRejected);
  }
  await db.exec(`DROP TABLE IF EXISTS ${INCIDENTS_TABLE}`);
  await db.exec(`ALTER TABLE ${STAGE} RENAME TO ${INCIDENTS_TABLE}`);
  await keepRejections(db, true);
  const coverage = withRequests(EMPTY_COVERAGE, requests);
  const published = await publish(services, { ...source, coverage }, options.adopt);
  const everyCountry = needs.countries.length === manifestExtent(source.manifest).countries.length;
  services.view.set((v) => ({
    ...v,
    filters: {
      ...DEFAULT_VIEW.filters,
      period: needs.period,
      detection: everyCountry ? [] : [...needs.countries],
    },
  }));
  return { source: published, report };
}

/**
 * Loads what a widened view asks for and is not loaded yet (`requests` from `requestsFor`
 * against the source's coverage) and appends it to `incidents`; the filters stay as the user
 * set them. On error or cancel nothing is appended.
 */
export async function loadMorePartitions(
  services: Services,
  source: PartitionedSource,
  requests: readonly PartitionRequest[],
  options: PartitionedLoadOptions,
): Promise<PartitionedLoadResult> {
  const db = services.coordinator.db;
  const report = await readToStage(db, source, requests, options);
  await db.exec(`INSERT INTO ${INCIDENTS_TABLE} BY NAME SELECT * FROM ${STAGE}`);
  await db.exec(`DROP TABLE ${STAGE}`);
  await keepRejections(db, false);
  const coverage = withRequests(source.coverage, requests);
  return { source: await publish(services, { ...source, coverage }, options.adopt), report };
}
