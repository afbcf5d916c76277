import { FLAT_COLUMNS } from '../schema/incident.ts';
import { epochDayToIso, type IncidentChunk, type IntColumn, type StringColumn } from './incident-chunk.ts';

/** Quotes a CSV field when RFC 4180 requires it (comma, quote, CR or LF). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV header line (with CRLF, as RFC 4180 recommends). */
export function csvHeader(): string {
  return `${FLAT_COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

const isoCache = new Map<number, string>();
function isoDay(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = epochDayToIso(day);
    isoCache.set(day, s);
  }
  return s;
}

/** Formats through a per-column cache: most columns repeat a few thousand distinct values. */
function cached<K>(format: (value: K) => string): (value: K) => string {
  const cache = new Map<K, string>();
  return (value) => {
    let s = cache.get(value);
    if (s === undefined) {
      s = format(value);
      if (cache.size > 100_000) cache.clear();
      cache.set(value, s);
    }
    return s;
  };
}

/** One column of a chunk formatted as CSV cells. */
function formatColumn(chunk: IncidentChunk, name: string, type: string): string[] {
  const n = chunk.length;
  const cells: string[] = new Array(n);
  if (type === 'DATE') {
    for (let i = 0; i < n; i++) cells[i] = isoDay(chunk.date[i] as number);
  } else if (type === 'INTEGER') {
    const col = chunk.ints[name as IntColumn];
    for (let i = 0; i < n; i++) cells[i] = String(col[i]);
  } else if (type === 'DOUBLE') {
    const col = name === 'lat' ? chunk.lat : chunk.lon;
    const fmt = cached((v: number) => (Number.isNaN(v) ? '' : v.toFixed(2)));
    for (let i = 0; i < n; i++) cells[i] = fmt(col[i] as number);
  } else {
    const col = chunk.strings[name as StringColumn];
    const fmt = name === 'id' ? csvField : cached(csvField);
    for (let i = 0; i < n; i++) {
      const v = col[i];
      cells[i] = v === null || v === undefined ? '' : fmt(v);
    }
  }
  return cells;
}

/**
 * The rows of a chunk as CSV lines (UTF-8 text, CRLF line ends, no header). Nulls are empty
 * fields; coordinates have two decimals (the 0.01° grid); list fields stay `|`-separated.
 */
export function chunkToCsv(chunk: IncidentChunk): string {
  const columns = FLAT_COLUMNS.map(([name, type]) => formatColumn(chunk, name, type));
  const lines: string[] = new Array(chunk.length);
  for (let i = 0; i < chunk.length; i++) {
    let line = (columns[0] as string[])[i] as string;
    for (let c = 1; c < columns.length; c++) line += `,${(columns[c] as string[])[i]}`;
    lines[i] = line;
  }
  return chunk.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

/** Where writers put bytes (a file, a buffer in tests); awaited, so backpressure is respected. */
export type ByteSink = (bytes: Uint8Array) => void | Promise<void>;

/** Writes chunks as one CSV file (header + rows) to `sink`. */
export async function writeCsv(chunks: Iterable<IncidentChunk>, sink: ByteSink): Promise<void> {
  const encoder = new TextEncoder();
  await sink(encoder.encode(csvHeader()));
  for (const chunk of chunks) await sink(encoder.encode(chunkToCsv(chunk)));
}
