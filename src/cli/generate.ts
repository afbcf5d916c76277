import { open, rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GENERATE_DEFAULTS, type GenerateOptions, generateIncidents } from '../synth/generate-incidents.ts';
import { parseYearMonth } from '../synth/plan.ts';
import { syntheticMetadata } from '../synth/synthetic-metadata.ts';
import { writeCsv } from '../synth/write-csv.ts';
import { writeParquet } from '../synth/write-parquet.ts';

const HELP = `usage: rutas generate --out FILE [options]

Writes a seeded synthetic extract of flat incidents (not real cases; labelled synthetic).

options:
  --out FILE         output path; .csv or .parquet (required)
  --rows N           number of incidents (default 10000)
  --seed N           integer seed; same seed and options give byte-identical files (default 1)
  --format F         csv | parquet (default: from the file extension)
  --from YYYY-MM     first month (default ${GENERATE_DEFAULTS.from})
  --to YYYY-MM       last month (default ${GENERATE_DEFAULTS.to})
  --chunk-size N     rows per batch and Parquet row group (default ${GENERATE_DEFAULTS.chunkSize})
  -h, --help         show this help
`;

/** Output formats of `rutas generate`. */
export type OutputFormat = 'csv' | 'parquet';

/** Parsed `rutas generate` arguments. */
export interface GenerateArgs {
  out: string;
  format: OutputFormat;
  options: Required<GenerateOptions>;
}

function integer(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new Error(`--${name} must be an integer >= ${min}, got ${JSON.stringify(text)}`);
  }
  return n;
}

/** Parses and checks arguments; throws an Error with a user-facing message on bad input; null for --help. */
export function parseGenerateArgs(args: string[]): GenerateArgs | null {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      out: { type: 'string' },
      rows: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'chunk-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (!values.out) throw new Error('--out is required');
  const format = values.format ?? (values.out.toLowerCase().endsWith('.csv') ? 'csv' : 'parquet');
  if (format !== 'csv' && format !== 'parquet')
    throw new Error(`--format must be csv or parquet, got ${format}`);
  const from = values.from ?? GENERATE_DEFAULTS.from;
  const to = values.to ?? GENERATE_DEFAULTS.to;
  parseYearMonth(from);
  parseYearMonth(to);
  if (from > to) throw new Error(`--from ${from} is after --to ${to}`);
  return {
    out: values.out,
    format,
    options: {
      rows: integer('rows', values.rows, 10_000, 0),
      seed: integer('seed', values.seed, 1, -2147483648),
      from,
      to,
      chunkSize: integer('chunk-size', values['chunk-size'], GENERATE_DEFAULTS.chunkSize, 1),
    },
  };
}

/**
 * Generates the extract into `<out>.partial` and renames it when complete, so an interrupted
 * run never leaves a truncated file under the requested name. Returns the bytes written.
 */
export async function generateToFile(parsed: GenerateArgs): Promise<number> {
  const partial = `${parsed.out}.partial`;
  const handle = await open(partial, 'w');
  let bytes = 0;
  const sink = async (chunk: Uint8Array): Promise<void> => {
    await handle.write(chunk);
    bytes += chunk.length;
  };
  try {
    const chunks = generateIncidents(parsed.options);
    if (parsed.format === 'csv') await writeCsv(chunks, sink);
    else
      await writeParquet(chunks, sink, {
        metadata: syntheticMetadata(parsed.options),
        rowGroupSize: parsed.options.chunkSize,
      });
    await handle.close();
    await rename(partial, parsed.out);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  return bytes;
}

/** `rutas generate`: exit 0 on success, 2 on bad arguments, 1 on a failure while writing. */
export async function run(args: string[]): Promise<number> {
  let parsed: GenerateArgs | null;
  try {
    parsed = parseGenerateArgs(args);
  } catch (error) {
    process.stderr.write(`rutas generate: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (!parsed) {
    process.stdout.write(HELP);
    return 0;
  }
  const started = performance.now();
  try {
    const bytes = await generateToFile(parsed);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `wrote ${parsed.options.rows} synthetic incidents (seed ${parsed.options.seed}) to ${parsed.out}: ${bytes} bytes, ${parsed.format}, ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`rutas generate: ${(error as Error).message}\n`);
    return 1;
  }
}
