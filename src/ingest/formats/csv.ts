import type { Database } from '../../db/database.ts';
import type { DetectedFormat } from '../detect-format.ts';
import { errorDetail, IngestError } from '../ingest-error.ts';
import { type IngestSource, readAll } from '../source.ts';
import { sqlIdent, sqlString } from '../sql-literal.ts';
import { findOverlongLine, MAX_LINE_BYTES } from './line-length.ts';
import { decodeWindows1252 } from './windows-1252.ts';

/** CSV reading choices; each is sniffed when not given. */
export interface CsvOptions {
  /** Field delimiter (`,`, `;`, `\t`, `|`). */
  delimiter?: string;
  /** Whether the first line is a header. */
  header?: boolean;
  /** Quote character. */
  quote?: string;
}

/** A database that can read a browser File in place (the browser adapter has it). */
interface FileRegistering {
  registerFile(name: string, file: File): Promise<void>;
}

function canRegisterFile(db: Database): db is Database & FileRegistering {
  return typeof (db as Partial<FileRegistering>).registerFile === 'function';
}

/** What the CSV reader settled on, for the report and the mapping dialog. */
export interface CsvDialect {
  delimiter: string;
  quote: string;
  header: boolean;
  encoding: string;
}

/** How many UTF-8 byte-order marks (EF BB BF) open the bytes. */
export function leadingBoms(bytes: Uint8Array): number {
  let n = 0;
  while (bytes[n * 3] === 0xef && bytes[n * 3 + 1] === 0xbb && bytes[n * 3 + 2] === 0xbf) n++;
  return n;
}

/**
 * Registers the file with DuckDB: a browser File in place, bytes as a buffer. Windows-1252
 * is transcoded to UTF-8 here (DuckDB core knows only UTF-8, UTF-16 and Latin-1).
 */
async function register(
  db: Database,
  source: IngestSource,
  detected: DetectedFormat,
  name: string,
): Promise<string> {
  if (detected.encoding === 'windows-1252') {
    const text = decodeWindows1252(await readAll(source));
    await db.registerBuffer(name, new TextEncoder().encode(text));
    return 'utf-8';
  }
  // DuckDB strips one byte-order mark; a second one would stay in the first header name,
  // where its SQL parser then cannot reference it. Drop every leading BOM instead.
  const head =
    source.bytes ?? (source.file ? new Uint8Array(await source.file.slice(0, 12).arrayBuffer()) : null);
  if (head && leadingBoms(head) > 1) {
    const all = await readAll(source);
    await db.registerBuffer(name, all.subarray(leadingBoms(all) * 3));
  } else if (source.file && canRegisterFile(db)) await db.registerFile(name, source.file);
  else await db.registerBuffer(name, source.bytes ?? new Uint8Array(0));
  return detected.encoding === 'latin-1' ? 'latin-1' : detected.encoding;
}

async function sniff(db: Database, name: string, encoding: string): Promise<Partial<CsvDialect>> {
  try {
    const result = await db.query(
      `SELECT Delimiter AS d, Quote AS q, HasHeader AS h FROM sniff_csv(${sqlString(name)}, encoding=${sqlString(encoding)}, null_padding=true, sample_size=20480)`,
    );
    const row = result.get(0);
    if (!row) return {};
    const quote = String(row.q);
    return { delimiter: String(row.d), quote: quote === '(empty)' ? '"' : quote, header: Boolean(row.h) };
  } catch {
    return {};
  }
}

/**
 * Loads a CSV file into `table` with every column as VARCHAR, rows in file order (so
 * `rowid + 1` is the data row number). Ragged rows are padded (`null_padding`), and a row
 * with more fields than the header keeps its extra fields in extra `columnN` columns, so
 * no row silently disappears. A UTF-8 decoding error retries as Latin-1.
 */
export async function loadCsv(
  db: Database,
  source: IngestSource,
  detected: DetectedFormat,
  table: string,
  options: CsvOptions = {},
): Promise<CsvDialect> {
  const overlong = await findOverlongLine(source);
  if (overlong !== null) {
    throw new IngestError('csv_unreadable', {
      file: source.name,
      detail: `line ${overlong} is longer than the maximum line size of ${MAX_LINE_BYTES} bytes`,
    });
  }
  const name = `rutas-src-${Math.random().toString(36).slice(2)}.csv`;
  let encoding = await register(db, source, detected, name);
  try {
    const sniffed = await sniff(db, name, encoding);
    const dialect: CsvDialect = {
      delimiter: options.delimiter ?? sniffed.delimiter ?? ',',
      quote: options.quote ?? sniffed.quote ?? '"',
      header: options.header ?? sniffed.header ?? true,
      encoding,
    };
    const read = (enc: string): string =>
      `CREATE OR REPLACE TABLE ${sqlIdent(table)} AS SELECT * FROM read_csv(${sqlString(name)}, all_varchar=true, header=${dialect.header}, delim=${sqlString(dialect.delimiter)}, quote=${sqlString(dialect.quote)}, escape=${sqlString(dialect.quote)}, encoding=${sqlString(enc)}, null_padding=true, strict_mode=false, max_line_size=${MAX_LINE_BYTES}, sample_size=-1)`;
    try {
      await db.exec(read(encoding));
    } catch (error) {
      if (encoding !== 'utf-8' || !/unicode|utf-8/i.test(errorDetail(error))) throw error;
      encoding = 'latin-1';
      await db.exec(read(encoding));
    }
    return { ...dialect, encoding };
  } catch (error) {
    if (/out of memory|memory limit/i.test(errorDetail(error))) {
      throw new IngestError('out_of_memory', { file: source.name }, { cause: error });
    }
    throw new IngestError(
      'csv_unreadable',
      { file: source.name, detail: errorDetail(error) },
      { cause: error },
    );
  } finally {
    await db.dropFile(name);
  }
}
