import type { Database } from '../db/database.ts';
import { proposeMapping } from './auto-map.ts';
import { installCountryLookup } from './countries.ts';
import { detectFormat } from './detect-format.ts';
import { errorDetail, IngestError } from './ingest-error.ts';
import { MissingColumnError } from './mapping/compile-context.ts';
import { compileMapping, DEFAULT_COORDINATE_GRID } from './mapping/compile-mapping.ts';
import type { ColumnMapping } from './mapping/types.ts';
import { assertValidMapping } from './mapping/validate-mapping.ts';
import type { RejectionReason, WarningCode } from './messages.ts';
import { detectPersonalData } from './privacy.ts';
import { loadRawTable } from './raw-table.ts';
import type { IngestSource } from './source.ts';
import { sqlIdent } from './sql-literal.ts';
import type { ExtractSummary } from './summary.ts';
import {
  acceptedQuery,
  aggregatePersonsQuery,
  duplicateIdsQuery,
  reasonCountsQuery,
  rejectionsQuery,
  warningsQuery,
} from './validate-sql.ts';

/** Phases reported to `onProgress`, in order. */
export const INGEST_PHASES = ['detect', 'read', 'privacy', 'map', 'validate', 'load'] as const;
/** One ingest phase. */
export type IngestPhase = (typeof INGEST_PHASES)[number];

/** Options of one extract. */
export interface PrepareOptions {
  /** The mapping; when absent, the automatic proposal is used as is. */
  mapping?: ColumnMapping;
  /** Refuse files larger than this many bytes (default 2 GiB, the WASM heap limit). */
  maxBytes?: number;
  /** Coordinate grid in degrees (default: the mapping's, else 0.01). */
  grid?: number;
  /** Called at the start of each phase. */
  onProgress?: (phase: IngestPhase, file: string) => void;
  /** Cancels between phases; the previous data stays. */
  signal?: AbortSignal;
}

/** Tables left by {@link prepareExtract}: the accepted incidents and the two report tables. */
export interface PreparedExtract {
  accepted: string;
  rejections: string;
  warnings: string;
  summary: ExtractSummary;
  mapping: ColumnMapping;
}

let serial = 0;
const installed = new WeakSet<Database>();

async function num(db: Database, sql: string): Promise<number> {
  const row = (await db.query(sql)).get(0);
  return Number(row?.n ?? 0);
}

async function codeCounts<C extends string>(db: Database, table: string) {
  const rows = (await db.query(reasonCountsQuery(table))).toArray();
  return rows.map((r) => ({ code: String(r.reason) as C, lines: Number(r.lines), rows: Number(r.rows) }));
}

/**
 * Reads, checks, maps and validates one extract into tables, without touching
 * `incidents`: detect → raw VARCHAR table → privacy guard → compiled mapping →
 * rejections/warnings → accepted (aggregated for person-level files). Throws
 * {@link IngestError}; drops its own scratch tables either way.
 */
export async function prepareExtract(
  db: Database,
  source: IngestSource,
  options: PrepareOptions = {},
): Promise<PreparedExtract> {
  const file = source.name;
  const p = `__rutas_${++serial}_${Date.now().toString(36)}`;
  const raw = `${p}_raw`;
  const mapped = `${p}_mapped`;
  const t = { accepted: `${p}_accepted`, rejections: `${p}_rejections`, warnings: `${p}_warnings` };
  const step = (phase: IngestPhase): void => {
    if (options.signal?.aborted) throw new IngestError('cancelled', { file });
    options.onProgress?.(phase, file);
  };
  try {
    step('detect');
    const detected = await detectFormat(source);
    const limit = options.maxBytes ?? 2 * 1024 ** 3;
    if (detected.size > limit) {
      const mb = (n: number): number => Math.round(n / 1024 ** 2);
      throw new IngestError('file_too_large', { file, sizeMb: mb(detected.size), limitMb: mb(limit) });
    }
    step('read');
    const rawTable = await loadRawTable(db, source, detected, raw, options.mapping?.read ?? {});
    const mapping = options.mapping ?? proposeMapping(rawTable.columns);
    assertValidMapping(mapping);
    step('privacy');
    const drop = new Set(mapping.drop ?? []);
    const personal = await detectPersonalData(db, raw, rawTable.columns);
    const kept = personal.filter((c) => !drop.has(c.column));
    if (kept.length > 0) {
      throw new IngestError('personal_data_columns', { file, columns: kept.map((c) => c.column).join(', ') });
    }
    for (const column of drop) {
      if (rawTable.columns.includes(column))
        await db.exec(`ALTER TABLE ${sqlIdent(raw)} DROP COLUMN ${sqlIdent(column)}`);
    }
    const columns = rawTable.columns.filter((c) => !drop.has(c));
    step('map');
    if (!installed.has(db)) {
      await installCountryLookup(db);
      installed.add(db);
    }
    const extraColumns = rawTable.dialect?.header
      ? columns.filter((c, i) => c === `column${i}` && /^column\d+$/.test(c))
      : [];
    const grid = options.grid ?? mapping.coordinateGrid ?? DEFAULT_COORDINATE_GRID;
    let compiled: ReturnType<typeof compileMapping>;
    try {
      compiled = compileMapping(mapping, {
        rawTable: raw,
        columns,
        extraColumns,
        idPrefix: source.office ? `${source.office}:${file}` : file,
        grid,
        ...(source.office !== undefined ? { office: source.office } : {}),
      });
    } catch (error) {
      if (error instanceof MissingColumnError) {
        throw new IngestError('mapping_column_missing', {
          file,
          column: error.column,
          columns: columns.join(', '),
        });
      }
      throw error;
    }
    await db.exec(`CREATE OR REPLACE TABLE ${sqlIdent(mapped)} AS ${compiled.sql}`);
    step('validate');
    await db.exec(
      `CREATE OR REPLACE TABLE ${sqlIdent(t.rejections)} AS ${rejectionsQuery(mapped, compiled, file)}`,
    );
    const person = mapping.recordLevel === 'person';
    if (!person && mapping.fields.id) {
      const idLabel = mapping.fields.id.column ?? 'id';
      await db.exec(
        `INSERT INTO ${sqlIdent(t.rejections)} ${duplicateIdsQuery(mapped, t.rejections, idLabel, file)}`,
      );
    }
    await db.exec(
      `CREATE OR REPLACE TABLE ${sqlIdent(t.warnings)} AS ${warningsQuery(mapped, t.rejections, compiled, file)}`,
    );
    const accepted = person
      ? aggregatePersonsQuery(mapped, t.rejections, file, source.office ? `${source.office}:${file}` : file)
      : acceptedQuery(mapped, t.rejections, file);
    await db.exec(`CREATE OR REPLACE TABLE ${sqlIdent(t.accepted)} AS ${accepted}`);
    const rowsRejected = await num(
      db,
      `SELECT count(DISTINCT "row")::DOUBLE AS n FROM ${sqlIdent(t.rejections)}`,
    );
    const rowsLoaded = await num(
      db,
      `SELECT COALESCE(sum(__rows), 0)::DOUBLE AS n FROM ${sqlIdent(t.accepted)}`,
    );
    const incidents = await num(db, `SELECT count(*)::DOUBLE AS n FROM ${sqlIdent(t.accepted)}`);
    if (rowsLoaded + rowsRejected !== rawTable.rows) {
      throw new IngestError('internal', {
        file,
        detail: `rows do not reconcile: ${rowsLoaded} loaded + ${rowsRejected} rejected != ${rawTable.rows} read`,
      });
    }
    const warnings = await codeCounts<WarningCode>(db, t.warnings);
    const summary: ExtractSummary = {
      file,
      format: detected.format,
      office: source.office ?? null,
      rowsRead: rawTable.rows,
      rowsLoaded,
      rowsRejected,
      incidents,
      rejections: await codeCounts<RejectionReason>(db, t.rejections),
      warnings,
      fileWarnings: rawTable.warnings,
      coordinatesCoarsened: warnings.find((w) => w.code === 'coords_coarsened')?.rows ?? 0,
      coordinateGrid: grid,
      personalData: personal,
    };
    return { ...t, summary, mapping };
  } catch (error) {
    for (const name of Object.values(t)) await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(name)}`);
    if (error instanceof IngestError) throw error;
    const detail = errorDetail(error);
    if (/out of memory|memory limit|allocat/i.test(detail))
      throw new IngestError('out_of_memory', { file }, { cause: error });
    throw new IngestError('internal', { file, detail }, { cause: error });
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(raw)}`);
    await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(mapped)}`);
  }
}
