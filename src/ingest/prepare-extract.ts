import type { Database } from '../db/database.ts';
import { withSignal } from '../db/with-signal.ts';
import { proposeMapping } from './auto-map.ts';
import { installCountryLookup } from './countries.ts';
import { detectFormat } from './detect-format.ts';
import { errorDetail, IngestError } from './ingest-error.ts';
import { MissingColumnError } from './mapping/compile-context.ts';
import {
  type CompiledMapping,
  type CompileInput,
  compileMapping,
  DEFAULT_COORDINATE_GRID,
} from './mapping/compile-mapping.ts';
import type { ColumnMapping } from './mapping/types.ts';
import { assertValidMapping } from './mapping/validate-mapping.ts';
import type { RejectionReason, WarningCode } from './messages.ts';
import { detectPersonalData } from './privacy.ts';
import { loadRawTable } from './raw-table.ts';
import { resolveLookups } from './resolve-lookups.ts';
import type { IngestSource } from './source.ts';
import { sqlIdent } from './sql-literal.ts';
import type { ExtractSummary } from './summary.ts';
import { validateExtract } from './validate-extract.ts';
import { dropTablesSQL, mappedIncidentsQuery, reasonCountsQuery } from './validate-sql.ts';

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
  /** Cancels the load, stopping the running statement where the engine allows; the previous data stays. */
  signal?: AbortSignal;
}

/**
 * Tables left by {@link prepareExtract}: the accepted incidents (the incidents table's
 * columns plus `__row`) and the two report tables.
 */
export interface PreparedExtract {
  accepted: string;
  rejections: string;
  warnings: string;
  summary: ExtractSummary;
  mapping: ColumnMapping;
}

let serial = 0;
const installed = new WeakSet<Database>();

async function codeCounts<C extends string>(db: Database, table: string) {
  const rows = (await db.query(reasonCountsQuery(table))).toArray();
  return rows.map((r) => ({ code: String(r.reason) as C, lines: Number(r.lines), rows: Number(r.rows) }));
}

/** The error a failure becomes: cancelled when the signal fired, else typed by its text. */
function toIngestError(error: unknown, file: string, signal: AbortSignal | undefined): IngestError {
  if (signal?.aborted) return new IngestError('cancelled', { file }, { cause: error });
  if (error instanceof IngestError) return error;
  const detail = errorDetail(error);
  if (/out of memory|memory limit|allocat/i.test(detail))
    return new IngestError('out_of_memory', { file }, { cause: error });
  return new IngestError('internal', { file, detail }, { cause: error });
}

/**
 * Reads, checks, maps and validates one extract into tables, without touching
 * `incidents`: detect → raw VARCHAR table → privacy guard → compiled mapping (its lookups
 * resolved first, see resolveLookups) → rejections/warnings → accepted. Every statement runs
 * under `options.signal`, so cancelling stops the running one. Throws {@link IngestError}
 * (`cancelled` once the signal fired); drops its own tables on failure and its scratch
 * tables always.
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
  // Work under the signal; clean up on the bare database, which a cancel does not refuse.
  const work = options.signal ? withSignal(db, options.signal) : db;
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
    // The reader's JavaScript (the CSV line scan, the workbook and JSON parsers) does not
    // see the signal; it runs to its end and its next statement is refused. Not answering
    // the cancel before it ends keeps loads strictly one after another.
    const rawTable = await loadRawTable(work, source, detected, raw, options.mapping?.read ?? {});
    const mapping = options.mapping ?? proposeMapping(rawTable.columns);
    assertValidMapping(mapping);
    step('privacy');
    const drop = new Set(mapping.drop ?? []);
    const personal = await detectPersonalData(work, raw, rawTable.columns);
    const kept = personal.filter((c) => !drop.has(c.column));
    if (kept.length > 0) {
      throw new IngestError('personal_data_columns', { file, columns: kept.map((c) => c.column).join(', ') });
    }
    for (const column of drop) {
      if (rawTable.columns.includes(column))
        await work.exec(`ALTER TABLE ${sqlIdent(raw)} DROP COLUMN ${sqlIdent(column)}`);
    }
    const columns = rawTable.columns.filter((c) => !drop.has(c));
    step('map');
    if (!installed.has(db)) {
      await installCountryLookup(work);
      installed.add(db);
    }
    const extraColumns = rawTable.dialect?.header
      ? columns.filter((c, i) => c === `column${i}` && /^column\d+$/.test(c))
      : [];
    const grid = options.grid ?? mapping.coordinateGrid ?? DEFAULT_COORDINATE_GRID;
    const idPrefix = source.office ? `${source.office}:${file}` : file;
    const input: CompileInput = {
      rawTable: raw,
      columns,
      extraColumns,
      idPrefix,
      grid,
      ...(source.office !== undefined ? { office: source.office } : {}),
    };
    const first = compileOrThrow(mapping, input, file, columns);
    const lookupValues = await resolveLookups(work, first.lookups, raw);
    const compiled = compileOrThrow(mapping, { ...input, lookupValues }, file, columns);
    const person = mapping.recordLevel === 'person';
    // An incident-level extract is mapped straight into the incidents table's shape and
    // becomes the accepted table: written once (see mappedIncidentsQuery).
    const target = person ? mapped : t.accepted;
    await work.exec(
      `CREATE OR REPLACE TABLE ${sqlIdent(target)} AS ${person ? compiled.sql : mappedIncidentsQuery(compiled.sql)}`,
    );
    step('validate');
    const counts = await validateExtract(work, {
      mapped: target,
      compiled,
      file,
      person,
      ...(mapping.fields.id ? { idLabel: mapping.fields.id.column ?? 'id' } : {}),
      idPrefix,
      tables: t,
    });
    if (counts.rowsLoaded + counts.rowsRejected !== rawTable.rows) {
      throw new IngestError('internal', {
        file,
        detail: `rows do not reconcile: ${counts.rowsLoaded} loaded + ${counts.rowsRejected} rejected != ${rawTable.rows} read`,
      });
    }
    const warnings = await codeCounts<WarningCode>(work, t.warnings);
    const summary: ExtractSummary = {
      file,
      format: detected.format,
      office: source.office ?? null,
      rowsRead: rawTable.rows,
      ...counts,
      rejections: await codeCounts<RejectionReason>(work, t.rejections),
      warnings,
      fileWarnings: rawTable.warnings,
      coordinatesCoarsened: warnings.find((w) => w.code === 'coords_coarsened')?.rows ?? 0,
      coordinateGrid: grid,
      personalData: personal,
    };
    return { ...t, summary, mapping };
  } catch (error) {
    await db.exec(dropTablesSQL(Object.values(t)));
    throw toIngestError(error, file, options.signal);
  } finally {
    await db.exec(dropTablesSQL([raw, mapped]));
  }
}

/** Compiles, turning a column the file lacks into `mapping_column_missing`. */
function compileOrThrow(
  mapping: ColumnMapping,
  input: CompileInput,
  file: string,
  columns: readonly string[],
): CompiledMapping {
  try {
    return compileMapping(mapping, input);
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
}
