import type { CodeCount, ExtractSummary } from '../../ingest/summary.ts';

/** Totals of a load over all its files. */
export interface ResultTotals {
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  incidents: number;
  coordinatesCoarsened: number;
  /** True when loaded + rejected = rows read for every file (ingest guarantees it). */
  balanced: boolean;
}

/** Sums the per-file summaries. Pure. */
export function resultTotals(files: readonly ExtractSummary[]): ResultTotals {
  const sum = (
    key: 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'incidents' | 'coordinatesCoarsened',
  ): number => files.reduce((s, f) => s + f[key], 0);
  return {
    rowsRead: sum('rowsRead'),
    rowsLoaded: sum('rowsLoaded'),
    rowsRejected: sum('rowsRejected'),
    incidents: sum('incidents'),
    coordinatesCoarsened: sum('coordinatesCoarsened'),
    balanced: files.every((f) => f.rowsLoaded + f.rowsRejected === f.rowsRead),
  };
}

/** Per-code counts merged over files, largest first (ties by code, for a stable list). */
export function mergeCodeCounts<C extends string>(
  lists: readonly (readonly CodeCount<C>[])[],
): CodeCount<C>[] {
  const merged = new Map<C, CodeCount<C>>();
  for (const list of lists) {
    for (const c of list) {
      const had = merged.get(c.code);
      merged.set(c.code, {
        code: c.code,
        lines: (had?.lines ?? 0) + c.lines,
        rows: (had?.rows ?? 0) + c.rows,
      });
    }
  }
  return [...merged.values()].sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
}
