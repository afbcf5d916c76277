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
 * From this size a browser File is read by DuckDB in place (a registered file handle);
 * below it its bytes are copied into DuckDB as a buffer, which costs little and keeps the
 * read inside the engine. DuckDB-WASM's file-reader path keeps per-file-id state in the
 * worker's JavaScript, and a small file read right after a cancelled large one was seen to
 * come back as other bytes (test/e2e/ingest-cancel.test.ts); buffers never take that path.
 */
export const IN_PLACE_ABOVE_BYTES = 32 * 1024 * 1024;

/** How a CSV was handed to DuckDB. */
interface Registered {
  encoding: string;
  /** A File read in place: its registration is kept, see {@link loadCsv}. */
  inPlace: boolean;
}

/**
 * Registers the file with DuckDB: a large browser File in place, anything else as a buffer.
 * Windows-1252 is transcoded to UTF-8 here (DuckDB core knows only UTF-8, UTF-16 and Latin-1).
 */
async function register(
  db: Database,
  source: IngestSource,
  detected: DetectedFormat,
  name: string,
): Promise<Registered> {
  if (detected.encoding === 'windows-1252') {
    const text = decodeWindows1252(await readAll(source));
    await db.registerBuffer(name, new TextEncoder().encode(text));
    return { encoding: 'utf-8', inPlace: false };
  }
  const encoding = detected.encoding === 'latin-1' ? 'latin-1' : detected.encoding;
  // DuckDB strips one byte-order mark; a second one would stay in the first header name,
  // where its SQL parser then cannot reference it. Drop every leading BOM instead.
  const head =
    source.bytes ?? (source.file ? new Uint8Array(await source.file.slice(0, 12).arrayBuffer()) : null);
  if (head && leadingBoms(head) > 1) {
    const all = await readAll(source);
    await db.registerBuffer(name, all.subarray(leadingBoms(all) * 3));
    return { encoding, inPlace: false };
  }
  if (source.file && source.file.size > IN_PLACE_ABOVE_BYTES && canRegisterFile(db)) {
    await db.registerFile(name, source.file);
    return { encoding, inPlace: true };
  }
  await db.registerBuffer(name, source.bytes ?? (await readAll(source)));
  return { encoding, inPlace: false };
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
  const registered = await register(db, source, detected, name);
  let encoding = registered.encoding;
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
    // A buffer is dropped (it holds a copy). A File read in place stays registered under its
    // unique name: it holds no copy, and never dropping one means DuckDB-WASM never hands
    // its file id to the next file (the state behind the misread noted above).
    if (!registered.inPlace) await db.dropFile(name);
  }
}
