import type { IngestSource } from '../source.ts';

/** Longest CSV line DuckDB is asked to read (its `max_line_size`). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const CHUNK = 8 * 1024 * 1024;

/**
 * The first line longer than `limit` bytes (1-based), or null. DuckDB refuses such a line
 * only after scanning it (about 100 s for 100 MB), so it is found here first, with the
 * native `indexOf` over the bytes; a File is read in 8 MB slices, never whole.
 */
export async function findOverlongLine(source: IngestSource, limit = MAX_LINE_BYTES): Promise<number | null> {
  let line = 1;
  let current = 0;
  const scan = (bytes: Uint8Array): boolean => {
    let from = 0;
    for (;;) {
      const nl = bytes.indexOf(10, from);
      const end = nl === -1 ? bytes.length : nl;
      current += end - from;
      if (current > limit) return true;
      if (nl === -1) return false;
      line++;
      current = 0;
      from = nl + 1;
    }
  };
  if (source.bytes) return scan(source.bytes) ? line : null;
  if (source.file) {
    for (let at = 0; at < source.file.size; at += CHUNK) {
      const slice = new Uint8Array(await source.file.slice(at, at + CHUNK).arrayBuffer());
      if (scan(slice)) return line;
    }
  }
  return null;
}
