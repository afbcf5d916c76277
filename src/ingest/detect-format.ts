import { IngestError } from './ingest-error.ts';
import { extensionOf, type IngestSource, readRange, sourceSize } from './source.ts';

/** Formats ingest understands. */
export type SourceFormat = 'csv' | 'xlsx' | 'parquet' | 'arrow' | 'json' | 'ndjson' | 'geojson';

/** Text encodings of CSV files: UTF-8 is read in place; Latin-1 by DuckDB; Windows-1252 is transcoded. */
export type TextEncoding = 'utf-8' | 'utf-16' | 'latin-1' | 'windows-1252';

/** What detection found out about a file before reading it. */
export interface DetectedFormat {
  format: SourceFormat;
  /** Encoding of text formats (always 'utf-8' for binary formats). */
  encoding: TextEncoding;
  /** Whether the file starts with a byte-order mark. */
  bom: boolean;
  /** Size in bytes. */
  size: number;
}

const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ASCII = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/**
 * Decides the encoding of a text sample: strict UTF-8 decoding first (a multi-byte
 * character cut at the sample end is tolerated); if that fails, Windows-1252 when bytes
 * 0x80-0x9F occur (curly quotes, €), else Latin-1.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): TextEncoding {
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return 'utf-16';
  let end = sample.length;
  if (!complete) {
    // Back off to the start of a possibly cut multi-byte sequence.
    let back = 0;
    while (back < 3 && end - back - 1 >= 0 && ((sample[end - back - 1] ?? 0) & 0xc0) === 0x80) back++;
    if (end - back - 1 >= 0 && ((sample[end - back - 1] ?? 0) & 0xc0) === 0xc0) end = end - back - 1;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return 'utf-8';
  } catch {
    return sample.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1252' : 'latin-1';
  }
}

/** True when the sample looks binary: NUL bytes or many control characters outside UTF-16 text. */
export function looksBinary(sample: Uint8Array): boolean {
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function firstNonSpace(sample: Uint8Array, bom: boolean): string {
  for (let i = bom ? 3 : 0; i < sample.length; i++) {
    const c = String.fromCharCode(sample[i] ?? 32);
    if (!/\s/.test(c)) return c;
  }
  return '';
}

/**
 * Detects the format from magic bytes first (a Parquet file named `.csv` is still read as
 * Parquet), then the extension, then the first character. Throws `empty_file`,
 * `binary_not_text` or `parquet_truncated` as typed errors.
 */
export async function detectFormat(source: IngestSource): Promise<DetectedFormat> {
  const size = sourceSize(source);
  const file = source.name;
  if (size === 0) throw new IngestError('empty_file', { file });
  const sample = await readRange(source, 0, SAMPLE_BYTES);
  const bom = startsWith(sample, [0xef, 0xbb, 0xbf]);
  const ext = extensionOf(file);
  const binary = (format: SourceFormat): DetectedFormat => ({ format, encoding: 'utf-8', bom: false, size });
  if (startsWith(sample, ASCII('PAR1'))) {
    const tail = await readRange(source, size - 4, size);
    if (size < 12 || !startsWith(tail, ASCII('PAR1'))) throw new IngestError('parquet_truncated', { file });
    return binary('parquet');
  }
  if (ext === 'parquet') throw new IngestError('parquet_truncated', { file });
  if (startsWith(sample, ASCII('ARROW1')) || startsWith(sample, [0xff, 0xff, 0xff, 0xff]))
    return binary('arrow');
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return binary('xlsx');
  if (looksBinary(sample))
    throw new IngestError('binary_not_text', { file, format: ext.toUpperCase() || 'text' });
  const text = (format: SourceFormat): DetectedFormat => ({
    format,
    encoding: detectEncoding(sample, sample.length === size),
    bom,
    size,
  });
  if (ext === 'ndjson' || ext === 'jsonl') return text('ndjson');
  if (ext === 'geojson') return text('geojson');
  if (ext === 'json') return text('json');
  const first = firstNonSpace(sample, bom);
  if (first === '') throw new IngestError('empty_file', { file });
  if (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt' && (first === '[' || first === '{'))
    return text('json');
  return text('csv');
}
