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

const encoder = new TextEncoder();

/** A growable byte buffer; CSV text is written straight into it so no per-row strings are built. */
class ByteBuffer {
  bytes: Uint8Array;
  at = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }
  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }
  /** Appends a string that is known to be ASCII. */
  ascii(s: string): void {
    this.room(s.length);
    for (let k = 0; k < s.length; k++) this.bytes[this.at++] = s.charCodeAt(k);
  }
  /** Appends any string as UTF-8 (ASCII fast path). */
  text(s: string): void {
    for (let k = 0; k < s.length; k++) {
      if (s.charCodeAt(k) > 127) {
        this.raw(encoder.encode(s));
        return;
      }
    }
    this.ascii(s);
  }
  raw(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.at);
    this.at += b.length;
  }
  byte(b: number): void {
    this.room(1);
    this.bytes[this.at++] = b;
  }
}

/** UTF-8 bytes of a CSV cell (escaped), cached: most columns repeat a few thousand distinct values. */
function cellEncoder(): (value: string) => Uint8Array {
  const cache = new Map<string, Uint8Array>();
  return (value) => {
    let b = cache.get(value);
    if (b === undefined) {
      b = encoder.encode(csvField(value));
      if (cache.size > 100_000) cache.clear();
      cache.set(value, b);
    }
    return b;
  };
}

const COMMA = 0x2c;
const CRLF = [0x0d, 0x0a] as const;

/** Writes one column's cell of row `i` into `out`. */
type CellWriter = (out: ByteBuffer, i: number) => void;

function cellWriter(chunk: IncidentChunk, name: string, type: string): CellWriter {
  if (type === 'DATE') return (out, i) => out.ascii(isoDay(chunk.date[i] as number));
  if (type === 'INTEGER') {
    const col = chunk.ints[name as IntColumn];
    return (out, i) => out.ascii(String(col[i]));
  }
  if (type === 'DOUBLE') {
    const col = name === 'lat' ? chunk.lat : chunk.lon;
    const text = new Map<number, string>();
    return (out, i) => {
      const v = col[i] as number;
      if (Number.isNaN(v)) return;
      let s = text.get(v);
      if (s === undefined) {
        s = v.toFixed(2);
        text.set(v, s);
      }
      out.ascii(s);
    };
  }
  const col = chunk.strings[name as StringColumn];
  const encode = cellEncoder();
  if (name === 'id') {
    return (out, i) => {
      const v = col[i];
      if (v !== null && v !== undefined) out.text(csvField(v));
    };
  }
  return (out, i) => {
    const v = col[i];
    if (v !== null && v !== undefined) out.raw(encode(v));
  };
}

/**
 * The rows of a chunk as CSV bytes (UTF-8, CRLF line ends, no header). Nulls are empty
 * fields; coordinates have two decimals (the 0.01° grid); list fields stay `|`-separated.
 */
export function chunkToCsvBytes(chunk: IncidentChunk): Uint8Array {
  const writers = FLAT_COLUMNS.map(([name, type]) => cellWriter(chunk, name, type));
  const out = new ByteBuffer(chunk.length * 160);
  for (let i = 0; i < chunk.length; i++) {
    for (let c = 0; c < writers.length; c++) {
      if (c > 0) out.byte(COMMA);
      (writers[c] as CellWriter)(out, i);
    }
    out.byte(CRLF[0]);
    out.byte(CRLF[1]);
  }
  return out.bytes.subarray(0, out.at);
}

/** Where writers put bytes (a file, a buffer in tests); awaited, so backpressure is respected. */
export type ByteSink = (bytes: Uint8Array) => void | Promise<void>;

/** Writes chunks as one CSV file (header + rows) to `sink`. */
export async function writeCsv(chunks: Iterable<IncidentChunk>, sink: ByteSink): Promise<void> {
  await sink(encoder.encode(csvHeader()));
  for (const chunk of chunks) await sink(chunkToCsvBytes(chunk));
}
