import type { Database } from '../db/database.ts';
import { withSignal } from '../db/with-signal.ts';
import { INCIDENTS_TABLE } from '../schema/incident.ts';
import { crossFileDuplicatesQuery } from './combine-sql.ts';
import { errorDetail, IngestError } from './ingest-error.ts';
import type { ColumnMapping } from './mapping/types.ts';
import { type PreparedExtract, type PrepareOptions, prepareExtract } from './prepare-extract.ts';
import type { IngestSource } from './source.ts';
import { sqlIdent } from './sql-literal.ts';
import type { ExtractSummary } from './summary.ts';
import { combineAcceptedQuery, dropTablesSQL } from './validate-sql.ts';

/** One extract of a multi-file load, with its own mapping and reporting office. */
export interface ExtractInput {
  source: IngestSource;
  mapping?: ColumnMapping;
}

/** Options for loading. */
export interface IngestOptions extends Omit<PrepareOptions, 'mapping'> {
  /** Target table (default `incidents`). */
  table?: string;
  /** Build the staging table but do not swap it in (the CLI's validate-only run). */
  dryRun?: boolean;
}

/** Result of a load: per-file summaries and the report tables (kept until {@link dropReportTables}). */
export interface IngestResult {
  files: ExtractSummary[];
  /** Table of all rejections: file, row, column, value, reason. */
  rejections: string;
  /** Table of all warnings on kept rows, including cross-file duplicates. */
  warnings: string;
  /** Incidents now in the target table from this load. */
  incidents: number;
  /** Whether `incidents` was replaced (false for dry runs and when nothing was accepted). */
  swapped: boolean;
}

let serial = 0;

async function dropAll(db: Database, tables: readonly string[]): Promise<void> {
  if (tables.length > 0) await db.exec(dropTablesSQL(tables));
}

/**
 * Replaces `target` by `stage` in one transaction: the old table is never gone without the
 * new one in its place, even if the engine refuses a statement half-way.
 */
async function swapIn(db: Database, stage: string, target: string): Promise<void> {
  await db.exec('BEGIN TRANSACTION');
  try {
    await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(target)}`);
    await db.exec(`ALTER TABLE ${sqlIdent(stage)} RENAME TO ${sqlIdent(target)}`);
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Loads several extracts into one incident table: each is prepared (read, mapped,
 * validated) on its own into a table already shaped like `incidents`; several are combined
 * into one staging table, incidents that look the same in two files are reported as
 * warnings, and only when everything succeeded is the staging table swapped into
 * `incidents`. On any error or cancel the previous `incidents` table is untouched, every
 * table of this load is dropped, and the error is a typed {@link IngestError}.
 */
export async function ingestMany(
  db: Database,
  inputs: readonly ExtractInput[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const p = `__rutas_load_${++serial}_${Date.now().toString(36)}`;
  const rejections = `${p}_rejections`;
  const warnings = `${p}_warnings`;
  const combined = `${p}_combined`;
  const prepared: PreparedExtract[] = [];
  const target = options.table ?? INCIDENTS_TABLE;
  const files = inputs.map((i) => i.source.name).join(', ');
  const work = options.signal ? withSignal(db, options.signal) : db;
  try {
    for (const input of inputs) {
      prepared.push(
        await prepareExtract(db, input.source, {
          ...options,
          ...(input.mapping ? { mapping: input.mapping } : {}),
        }),
      );
    }
    if (options.signal?.aborted) throw new IngestError('cancelled', { file: files });
    options.onProgress?.('load', files);
    const union = (key: 'rejections' | 'warnings'): string =>
      prepared.map((x) => `SELECT * FROM ${sqlIdent(x[key])}`).join(' UNION ALL ');
    await work.exec(
      `CREATE OR REPLACE TABLE ${sqlIdent(rejections)} AS ${union('rejections')} ORDER BY file, "row"`,
    );
    // One extract: its accepted table is already the incidents table plus `__row`, and no
    // incident can repeat across files, so neither a copy nor the duplicate window is needed.
    const single = prepared.length === 1 ? prepared[0]?.accepted : undefined;
    const stage = single ?? combined;
    if (!single) {
      const accepted = prepared.map((x) => ({ table: x.accepted, file: x.summary.file }));
      await work.exec(`CREATE OR REPLACE TABLE ${sqlIdent(combined)} AS ${combineAcceptedQuery(accepted)}`);
    }
    const across = single ? '' : ` UNION ALL ${crossFileDuplicatesQuery(combined)}`;
    await work.exec(
      `CREATE OR REPLACE TABLE ${sqlIdent(warnings)} AS SELECT * FROM (${union('warnings')}${across}) ORDER BY file, "row"`,
    );
    for (const column of single ? ['__row'] : ['__file', '__row'])
      await work.exec(`ALTER TABLE ${sqlIdent(stage)} DROP COLUMN ${column}`);
    const incidents = Number(
      (await work.query(`SELECT count(*)::DOUBLE AS n FROM ${sqlIdent(stage)}`)).get(0)?.n ?? 0,
    );
    const swapped = !options.dryRun && incidents > 0;
    if (options.signal?.aborted) throw new IngestError('cancelled', { file: files });
    // From here on the load completes: the swap is quick and runs without the signal.
    if (swapped) await swapIn(db, stage, target);
    return { files: prepared.map((x) => x.summary), rejections, warnings, incidents, swapped };
  } catch (error) {
    await dropAll(db, [rejections, warnings]);
    if (options.signal?.aborted) throw new IngestError('cancelled', { file: files }, { cause: error });
    if (error instanceof IngestError) throw error;
    throw new IngestError('internal', { file: files, detail: errorDetail(error) }, { cause: error });
  } finally {
    await dropAll(db, [combined, ...prepared.flatMap((x) => [x.accepted, x.rejections, x.warnings])]);
  }
}

/** Loads one extract; see {@link ingestMany}. */
export async function ingestFile(
  db: Database,
  source: IngestSource,
  mapping?: ColumnMapping,
  options: IngestOptions = {},
): Promise<IngestResult> {
  return ingestMany(db, [{ source, ...(mapping ? { mapping } : {}) }], options);
}

/** Drops the report tables of a result once the user no longer needs them. */
export async function dropReportTables(db: Database, result: IngestResult): Promise<void> {
  await dropAll(db, [result.rejections, result.warnings]);
}
