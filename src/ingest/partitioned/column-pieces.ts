import type { ColumnData, DecodedArray } from 'hyparquet';

/** A run of one column's decoded values, as hyparquet's `onChunk` hands it over. */
export type Piece = Pick<ColumnData, 'columnData' | 'rowStart' | 'rowEnd'>;

type TypedArray = Exclude<DecodedArray, unknown[]>;

/**
 * One column's values for rows `[rowStart, rowEnd)` from the runs hyparquet decoded (one per
 * column chunk, or several; they may reach outside the range). A single run that is exactly
 * the range is returned as is (no copy); runs of one typed-array class are joined into that
 * class, anything else into a plain array. Throws when a row of the range is missing. Pure.
 */
export function joinPieces(pieces: readonly Piece[], rowStart: number, rowEnd: number): DecodedArray {
  const length = rowEnd - rowStart;
  const sorted = [...pieces].sort((a, b) => a.rowStart - b.rowStart);
  const only = sorted[0];
  if (sorted.length === 1 && only && only.rowStart === rowStart && only.rowEnd === rowEnd)
    return only.columnData;
  const first = only?.columnData;
  const typed =
    first !== undefined &&
    !Array.isArray(first) &&
    sorted.every((p) => p.columnData.constructor === first.constructor);
  const out: DecodedArray = typed
    ? new (first.constructor as new (n: number) => TypedArray)(length)
    : new Array<unknown>(length);
  let filled = rowStart;
  for (const p of sorted) {
    const from = Math.max(p.rowStart, filled);
    const to = Math.min(p.rowEnd, rowEnd);
    if (from > filled) break;
    if (to <= from) continue;
    const part = p.columnData.slice(from - p.rowStart, to - p.rowStart);
    if (typed) (out as TypedArray).set(part as never, from - rowStart);
    else for (let i = 0; i < part.length; i++) (out as unknown[])[from - rowStart + i] = part[i];
    filled = to;
  }
  if (filled < rowEnd) throw new Error(`rows ${filled}..${rowEnd} of a column were not decoded`);
  return out;
}
