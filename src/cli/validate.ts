import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openNodeDatabase } from '../db/node-database.ts';
import { type IngestResult, ingestMany } from '../ingest/ingest.ts';
import { isIngestError } from '../ingest/ingest-error.ts';
import type { ColumnMapping } from '../ingest/mapping/types.ts';
import { parseMapping } from '../ingest/mapping/validate-mapping.ts';
import { englishMessage } from '../ingest/messages.ts';
import { rejectionsCsv, warningsCsv } from '../ingest/report.ts';

/** Parsed command line of `rutas validate`. */
export interface ValidateArgs {
  files: string[];
  mapping?: string;
  report?: string;
  warnings?: string;
  office?: string;
}

/** Usage text of `rutas validate`. */
export const VALIDATE_USAGE =
  'usage: rutas validate FILE... [--mapping MAPPING.json] [--report rejected.csv] [--warnings warnings.csv] [--office NAME]';

/** Parses `rutas validate` arguments; returns an error text for unknown or incomplete options. */
export function parseValidateArgs(args: readonly string[]): ValidateArgs | string {
  const out: ValidateArgs = { files: [] };
  const options = {
    '--mapping': 'mapping',
    '--report': 'report',
    '--warnings': 'warnings',
    '--office': 'office',
  } as const;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg in options) {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      out[options[arg as keyof typeof options]] = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else out.files.push(arg);
  }
  return out.files.length === 0 ? 'no FILE given' : out;
}

function printSummary(result: IngestResult, print: (line: string) => void): void {
  for (const f of result.files) {
    print(`${f.file} (${f.format}${f.office ? `, office ${f.office}` : ''})`);
    print(`  rows read      ${f.rowsRead}`);
    print(`  rows loaded    ${f.rowsLoaded}  → ${f.incidents} incidents`);
    print(`  rows rejected  ${f.rowsRejected}`);
    for (const r of f.rejections)
      print(`    ${r.code.padEnd(22)} ${String(r.rows).padStart(7)}  ${englishMessage(r.code)}`);
    for (const w of f.fileWarnings) print(`  warning: ${englishMessage(w)}`);
    for (const w of f.warnings)
      print(`  warning ${w.code.padEnd(22)} ${String(w.rows).padStart(7)}  ${englishMessage(w.code)}`);
    if (f.coordinatesCoarsened > 0)
      print(`  coordinates coarsened to ${f.coordinateGrid}° in ${f.coordinatesCoarsened} rows`);
  }
}

/**
 * `rutas validate FILE... [--mapping M] [--report rejected.csv]`: runs the same ingest
 * code as the app (DuckDB-WASM in Node), prints totals and per-reason counts, and writes
 * the rejection report. Exit 0 when every row loaded, 1 when rows were rejected, 2 when
 * a file could not be read at all (or the arguments are wrong).
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseValidateArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${VALIDATE_USAGE}`);
    return 2;
  }
  const db = await openNodeDatabase();
  try {
    let mapping: ColumnMapping | undefined;
    if (parsed.mapping) mapping = parseMapping(await readFile(parsed.mapping, 'utf8'));
    const inputs = await Promise.all(
      parsed.files.map(async (path) => ({
        source: {
          name: basename(path),
          bytes: new Uint8Array(await readFile(path)),
          ...(parsed.office ? { office: parsed.office } : {}),
        },
        ...(mapping ? { mapping } : {}),
      })),
    );
    const result = await ingestMany(db, inputs, { dryRun: true });
    printSummary(result, (line) => console.log(line));
    if (parsed.report) await writeFile(parsed.report, await rejectionsCsv(db, result));
    if (parsed.warnings) await writeFile(parsed.warnings, await warningsCsv(db, result));
    return result.files.some((f) => f.rowsRejected > 0) ? 1 : 0;
  } catch (error) {
    if (isIngestError(error)) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      console.error(`${error.message}\n${VALIDATE_USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    await db.close();
  }
}
