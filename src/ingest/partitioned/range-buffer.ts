import { type AsyncBuffer, asyncBufferFromUrl } from 'hyparquet';

/** Thrown when a server answers a byte-range request with the whole file. */
export class RangeUnsupportedError extends Error {
  constructor(readonly url: string) {
    super(`${url}: the server ignored a Range request and sent the whole file`);
    this.name = 'RangeUnsupportedError';
  }
}

/** Options of {@link rangeBufferFromUrl}. */
export interface RangeBufferOptions {
  url: string;
  /** File size from the manifest (no HEAD request). */
  byteLength: number;
  /** fetch to use (tests, a worker); default the global one. */
  fetch?: typeof globalThis.fetch;
  /** Called with the size of every slice fetched, for the progress line. */
  onBytes?: (bytes: number) => void;
}

/**
 * A Parquet file over HTTP that is only ever read by byte ranges. hyparquet falls back to
 * downloading the whole file when a server answers `200` to a Range request; over a
 * partitioned extract larger than memory that fallback is exactly what must not happen, so
 * here it is an error ({@link RangeUnsupportedError}) the dialog can explain.
 */
export async function rangeBufferFromUrl(options: RangeBufferOptions): Promise<AsyncBuffer> {
  const inner = options.fetch ?? globalThis.fetch.bind(globalThis);
  const guarded: typeof globalThis.fetch = async (input, init) => {
    const response = await inner(input, init);
    if (response.status === 200 && new Headers(init?.headers).has('range')) {
      await response.body?.cancel();
      throw new RangeUnsupportedError(options.url);
    }
    return response;
  };
  const file = await asyncBufferFromUrl({ url: options.url, byteLength: options.byteLength, fetch: guarded });
  return {
    byteLength: file.byteLength,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const bytes = await file.slice(start, end);
      options.onBytes?.(bytes.byteLength);
      return bytes;
    },
  };
}
