import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import * as parquet from 'parquet-wasm';
import packageJson from '../../package.json' with { type: 'json' };
import type { Database } from '../db/database.ts';
import { sha256Hex } from '../db/fingerprint.ts';
import { openNodeDatabase } from '../db/node-database.ts';
import { loadReferenceTables } from '../db/reference-tables.ts';
import { aggregateExport, computeAggregate, TooManyCellsError } from '../export/aggregate.ts';
import { toCsv } from '../export/csv.ts';
import { toJson } from '../export/json.ts';
import { toParquet } from '../export/parquet.ts';
import { type Provenance, serializeProvenance } from '../export/provenance.ts';
import type { ExportTable } from '../export/table-data.ts';
import { toXlsx } from '../export/xlsx.ts';
import { type IngestResult, ingestFile } from '../ingest/ingest.ts';
import { isIngestError } from '../ingest/ingest-error.ts';
import { parseMapping } from '../ingest/mapping/validate-mapping.ts';
import type { AggregateMeasure, AggregateSpec } from '../query/aggregate-query.ts';
import { assertDimensions } from '../query/aggregate-query.ts';
import { parseWhere, whereErrorMessage } from './where.ts';

/** Version stamped into provenance: the package version, as the app reports it. */
export const APP_VERSION: string = packageJson.version;

/** Output formats of `rutas aggregate`, chosen by the `--out` extension. */
export const AGGREGATE_FORMATS = ['csv', 'xlsx', 'parquet', 'json'] as const;
/** An output format of `rutas aggregate`. */
export type AggregateFormat = (typeof AGGREGATE_FORMATS)[number];

const HELP = `usage: rutas aggregate FILE --by DIMS --out TABLE.(csv|xlsx|parquet|json) [options]

Loads FILE with the app's ingest, groups it with the app's aggregate query and protects the
table with the app's disclosure control (the numbers are the ones the app exports).

options:
  --by DIMS          comma-separated: country, admin1, subregion, month, quarter, year,
                     crime_type, sex_age, exploitation, route, origin, destination,
                     nationality, office (required)
  --out FILE         output table; the extension picks the format (required)
  --mapping M.json   column mapping of FILE (default: detected as in the app)
  --where TEXT       filters, e.g. "crime_type=trafficking;period=2019-01..2021-12;origin=VEN,COL"
                     (keys: period, crime_type, sex_age, exploitation, origin, transit,
                     destination, country, route, office; see docs/RESEARCHERS.md)
  --measure M        persons (default) | incidents
  --k N              suppression threshold: no value in 1..k-1 is published (default 5)
  --round N          round published values to a multiple of N (default 1 = no rounding)
  --office NAME      reporting office to tag every incident with
  --exported-at ISO  time stamped into the provenance (default: now); fix it for reproducible files
  -h, --help         show this help

CSV gets its provenance in TABLE.csv.provenance.json; JSON, XLSX and Parquet carry it inside.
Exit: 0 written; 1 the data could not be loaded or aggregated; 2 bad arguments or unreadable file.
`;

/** Parsed `rutas aggregate` arguments. */
export interface AggregateArgs {
  file: string;
  out: string;
  format: AggregateFormat;
  mapping?: string;
  office?: string;
  spec: AggregateSpec;
  k: number;
  roundBase: number;
  exportedAt?: string;
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new Error(`--${name} must be an integer >= 1, got ${JSON.stringify(text)}`);
  return n;
}

/** The format an output path asks for, from its extension; null when unsupported. */
export function formatOf(path: string): AggregateFormat | null {
  const ext = extname(path).slice(1).toLowerCase();
  return (AGGREGATE_FORMATS as readonly string[]).includes(ext) ? (ext as AggregateFormat) : null;
}

/**
 * Parses and checks `rutas aggregate` arguments: null for `--help`; throws an Error with a
 * user-facing message on bad input (the `--where` text is parsed into Filters, never SQL).
 */
export function parseAggregateArgs(args: readonly string[]): AggregateArgs | null {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      by: { type: 'string' },
      out: { type: 'string' },
      mapping: { type: 'string' },
      where: { type: 'string' },
      measure: { type: 'string' },
      k: { type: 'string' },
      round: { type: 'string' },
      office: { type: 'string' },
      'exported-at': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (positionals.length !== 1) throw new Error('give exactly one input FILE');
  if (!values.by) throw new Error('--by is required');
  if (!values.out) throw new Error('--out is required');
  const format = formatOf(values.out);
  if (!format) throw new Error(`--out must end in .${AGGREGATE_FORMATS.join(', .')}`);
  const by = values.by.split(',').map((d) => d.trim());
  try {
    assertDimensions(by);
  } catch (error) {
    throw new Error(`--by: ${(error as Error).message}`);
  }
  const measure = values.measure ?? 'persons';
  if (measure !== 'persons' && measure !== 'incidents')
    throw new Error('--measure must be persons or incidents');
  const where = parseWhere(values.where ?? '');
  if (!where.ok) throw new Error(whereErrorMessage(where));
  const exportedAt = values['exported-at'];
  if (exportedAt !== undefined && Number.isNaN(Date.parse(exportedAt)))
    throw new Error('--exported-at must be an ISO 8601 time');
  return {
    file: positionals[0] ?? '',
    out: values.out,
    format,
    ...(values.mapping ? { mapping: values.mapping } : {}),
    ...(values.office ? { office: values.office } : {}),
    spec: { by, filters: where.filters, measure: measure as AggregateMeasure },
    k: positiveInt('k', values.k, 5),
    roundBase: positiveInt('round', values.round, 1),
    ...(exportedAt ? { exportedAt: new Date(exportedAt).toISOString() } : {}),
  };
}

/**
 * The bytes of a protected table in one format, provenance embedded where the format can
 * hold it (JSON body, XLSX properties and sheet, Parquet key-value metadata). CSV cannot:
 * its provenance goes to a sidecar file (see {@link run}).
 */
export async function encodeTable(
  table: ExportTable,
  provenance: Provenance,
  format: AggregateFormat,
): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return toCsv(table);
    case 'json':
      return new TextEncoder().encode(`${toJson(table, provenance)}\n`);
    case 'xlsx':
      return toXlsx(table, provenance);
    case 'parquet':
      return toParquet(table, provenance, parquet);
  }
}

/** What {@link aggregateFile} produced. */
export interface AggregateOutcome {
  ingest: IngestResult;
  table: ExportTable;
  provenance: Provenance;
}

/**
 * The whole CLI path on an open database, without touching the output: reads FILE, loads it
 * with `ingestFile` (the app's ingest) through the mapping, runs `computeAggregate` and
 * `aggregateExport`. The provenance fingerprint is the SHA-256 of FILE's bytes, as the app
 * stamps for a dropped file. Exported so tests and notebooks can call the same path.
 */
export async function aggregateFile(db: Database, args: AggregateArgs): Promise<AggregateOutcome> {
  const bytes = new Uint8Array(await readFile(args.file));
  const mapping = args.mapping ? parseMapping(await readFile(args.mapping, 'utf8')) : undefined;
  await loadReferenceTables(db);
  const source = { name: basename(args.file), bytes, ...(args.office ? { office: args.office } : {}) };
  const ingest = await ingestFile(db, source, mapping);
  const result = await computeAggregate(db, args.spec, { k: args.k, roundBase: args.roundBase });
  const { table, provenance } = aggregateExport(result, {
    appVersion: APP_VERSION,
    fingerprint: await sha256Hex(bytes),
    exportedAt: args.exportedAt ?? new Date().toISOString(),
  });
  return { ingest, table, provenance };
}

function isMissingFile(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR');
}

/**
 * `rutas aggregate`: see {@link HELP}. Prints what was loaded and how many cells are hidden
 * to stderr (stdout stays free for pipes), writes the table and, for CSV, its provenance.
 */
export async function run(args: string[]): Promise<number> {
  let parsed: AggregateArgs | null;
  try {
    parsed = parseAggregateArgs(args);
  } catch (error) {
    process.stderr.write(`rutas aggregate: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed === null) {
    process.stdout.write(HELP);
    return 0;
  }
  const db = await openNodeDatabase();
  try {
    const { ingest, table, provenance } = await aggregateFile(db, parsed);
    if (!ingest.swapped) {
      process.stderr.write(`rutas aggregate: no incident could be loaded from ${parsed.file}\n`);
      return 1;
    }
    await writeFile(parsed.out, await encodeTable(table, provenance, parsed.format));
    if (parsed.format === 'csv')
      await writeFile(`${parsed.out}.provenance.json`, `${serializeProvenance(provenance)}\n`);
    const f = ingest.files[0];
    const status = table.columns.indexOf('status');
    const hidden = table.rows.filter((r) => r[status] === 'primary' || r[status] === 'secondary').length;
    process.stderr.write(
      `${parsed.file}: ${f?.rowsRead ?? 0} rows read, ${f?.rowsRejected ?? 0} rejected, ${ingest.incidents} incidents\n` +
        `${parsed.out}: ${table.rows.length} cells (${hidden} hidden, k=${provenance.k}, rounded to ${provenance.roundBase}); fingerprint ${provenance.fingerprint}\n`,
    );
    return 0;
  } catch (error) {
    if (isMissingFile(error)) {
      process.stderr.write(`rutas aggregate: ${error.message}\n`);
      return 2;
    }
    if (isIngestError(error) || error instanceof TooManyCellsError) {
      process.stderr.write(`rutas aggregate: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
