import type { AsyncBuffer } from 'hyparquet';

/** Sorts and merges touching or overlapping `[start, end)` intervals. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * An AsyncBuffer that fetches only bytes inside `allowed` and leaves the rest of a slice zero.
 * hyparquet joins the chunks of selected columns across gaps of up to 8 KiB to save requests
 * (src/plan.js `columnGapLimit`); over a network of partitioned files we would rather not
 * download other columns' bytes, and hyparquet never decodes a chunk it was not asked for, so
 * the zeros are never read. Requests inside one slice run in parallel.
 */
export function narrowBuffer(
  inner: AsyncBuffer,
  allowed: readonly (readonly [number, number])[],
): AsyncBuffer {
  const ranges = mergeRanges(allowed);
  return {
    byteLength: inner.byteLength,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = end ?? inner.byteLength;
      const out = new Uint8Array(stop - start);
      const parts = ranges
        .map(([a, z]) => [Math.max(a, start), Math.min(z, stop)] as const)
        .filter(([a, z]) => a < z);
      await Promise.all(
        parts.map(async ([a, z]) => {
          out.set(new Uint8Array(await inner.slice(a, z)), a - start);
        }),
      );
      return out.buffer;
    },
  };
}
