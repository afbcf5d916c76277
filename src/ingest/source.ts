/**
 * The file to ingest, as both the app and the CLI describe it: a name (used in messages
 * and the report, never pasted into SQL unescaped) plus either its bytes (CLI, tests) or a
 * browser `File` (read in place by DuckDB when the database can register file handles).
 */
export interface IngestSource {
  /** File name as the user knows it (e.g. `casos-2024.csv`). */
  name: string;
  /** The whole file in memory. */
  bytes?: Uint8Array;
  /** A browser file, read lazily. */
  file?: File;
  /** Reporting office this extract comes from (tags every incident; see ingestMany). */
  office?: string;
}

/** Size of the source in bytes. */
export function sourceSize(source: IngestSource): number {
  return source.bytes?.byteLength ?? source.file?.size ?? 0;
}

/** Reads bytes `[start, end)` of the source (clamped), without reading the rest of a File. */
export async function readRange(source: IngestSource, start: number, end: number): Promise<Uint8Array> {
  const size = sourceSize(source);
  const from = Math.max(0, Math.min(start, size));
  const to = Math.max(from, Math.min(end, size));
  if (source.bytes) return source.bytes.subarray(from, to);
  if (source.file) return new Uint8Array(await source.file.slice(from, to).arrayBuffer());
  return new Uint8Array(0);
}

/** Reads the whole source into memory (used only for formats parsed in JS). */
export async function readAll(source: IngestSource): Promise<Uint8Array> {
  return readRange(source, 0, sourceSize(source));
}

/** Lower-case extension of the source name without the dot (`csv`, `xlsx`), or ''. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
