import type { Database } from '../../db/database.ts';
import { proposeMapping } from '../../ingest/auto-map.ts';
import { installCountryLookup } from '../../ingest/countries.ts';
import { type DetectedFormat, detectFormat } from '../../ingest/detect-format.ts';
import { type CompiledMapping, compileMapping } from '../../ingest/mapping/compile-mapping.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import { detectPersonalData, type PersonalDataColumn } from '../../ingest/privacy.ts';
import { loadRawTable, type RawTable, type ReadOptions } from '../../ingest/raw-table.ts';
import { type IngestSource, readRange } from '../../ingest/source.ts';
import { sqlIdent } from '../../ingest/sql-literal.ts';
import { cellText } from './cell-text.ts';
import { mappedPreviewQuery, rawHeadQuery } from './preview-sql.ts';

/** CSV files above this size are previewed from their first {@link SAMPLE_BYTES} only. */
export const SAMPLE_ABOVE_BYTES = 8 * 1024 * 1024;
/** Bytes read for the preview of a large CSV file. */
export const SAMPLE_BYTES = 1024 * 1024;
/** Row groups of a Parquet file read for the preview (the whole file is read on load). */
export const PREVIEW_ROW_GROUPS = 1;

/** What the dialog knows about a chosen file before loading it. */
export interface SourceInspection {
  /** The file name (also the prefix of generated ids, as in ingest). */
  file: string;
  /** Scratch table with the (sampled) raw rows; drop it with {@link dropInspection}. */
  raw: RawTable;
  detected: DetectedFormat;
  /** The first rows as display text, one array per row in column order. */
  head: string[][];
  personal: PersonalDataColumn[];
  proposed: ColumnMapping;
  /** True when only the start of a large file was read for the preview. */
  sampled: boolean;
}

let serial = 0;
const countriesReady = new WeakMap<Database, Promise<void>>();

/** The first `SAMPLE_BYTES` of a CSV source, cut after its last complete line. */
async function csvSample(source: IngestSource): Promise<IngestSource> {
  const bytes = await readRange(source, 0, SAMPLE_BYTES);
  const end = bytes.lastIndexOf(0x0a);
  return { name: source.name, bytes: end > 0 ? bytes.slice(0, end + 1) : bytes };
}

/**
 * Reads a chosen file far enough to show the mapping dialog: format, raw columns, the first
 * rows, the columns that look like personal data and a proposed mapping. Throws IngestError
 * for unreadable files (empty, binary, truncated), which the dialog shows before any mapping.
 */
export async function inspectSource(
  db: Database,
  source: IngestSource,
  read: ReadOptions = {},
): Promise<SourceInspection> {
  const detected = await detectFormat(source);
  const csvSampled = detected.format === 'csv' && detected.size > SAMPLE_ABOVE_BYTES;
  const input = csvSampled ? await csvSample(source) : source;
  const table = `__rutas_preview_${++serial}`;
  const raw = await loadRawTable(
    db,
    input,
    { ...detected, size: csvSampled ? SAMPLE_BYTES : detected.size },
    table,
    read,
    { parquetRowGroups: PREVIEW_ROW_GROUPS },
  );
  const sampled = csvSampled || raw.partial === true;
  try {
    const rows = (await db.query(rawHeadQuery(table))).toArray();
    const head = rows.map((r) => raw.columns.map((c) => cellText((r as Record<string, unknown>)[c])));
    const personal = await detectPersonalData(db, table, raw.columns);
    return {
      file: source.name,
      raw,
      detected,
      head,
      personal,
      // Flagged columns are not pre-ticked: the user drops each one knowingly (the load gate).
      proposed: proposeMapping(raw.columns),
      sampled,
    };
  } catch (error) {
    await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(table)}`);
    throw error;
  }
}

/** Drops the inspection's scratch table. */
export async function dropInspection(db: Database, inspection: SourceInspection): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${sqlIdent(inspection.raw.table)}`);
}

/** The live preview: the compiled mapping's rows for the first preview rows, plus its labels. */
export interface MappedPreview {
  compiled: CompiledMapping;
  rows: Record<string, unknown>[];
}

/**
 * Runs the mapping on the inspection's raw table, limited to the first rows, exactly as
 * ingest will (same compiler, same dropped columns). Throws MissingColumnError when the
 * mapping names a column that is not in the file (or is being dropped).
 */
export async function previewMapping(
  db: Database,
  inspection: SourceInspection,
  mapping: ColumnMapping,
  options: { office?: string; grid?: number },
): Promise<MappedPreview> {
  let ready = countriesReady.get(db);
  if (!ready) {
    ready = installCountryLookup(db);
    countriesReady.set(db, ready);
  }
  await ready;
  const drop = new Set(mapping.drop ?? []);
  const columns = inspection.raw.columns.filter((c) => !drop.has(c));
  const extraColumns = inspection.raw.dialect?.header
    ? columns.filter((c, i) => c === `column${i}` && /^column\d+$/.test(c))
    : [];
  const office = options.office?.trim();
  const compiled = compileMapping(mapping, {
    rawTable: inspection.raw.table,
    columns,
    extraColumns,
    idPrefix: options.office?.trim() ? `${options.office.trim()}:${inspection.file}` : inspection.file,
    ...(options.grid !== undefined ? { grid: options.grid } : {}),
    ...(office ? { office } : {}),
  });
  const rows = (await db.query(mappedPreviewQuery(compiled.sql))).toArray() as Record<string, unknown>[];
  return { compiled, rows };
}
