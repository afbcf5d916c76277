import { sqlIdent, sqlNumber } from '../../ingest/sql-literal.ts';

/** Rows the live preview shows. */
export const PREVIEW_ROWS = 20;

/** The compiled mapping's SELECT limited to its first rows, for the live preview. Pure. */
export function mappedPreviewQuery(compiledSql: string, limit = PREVIEW_ROWS): string {
  return `SELECT * FROM (${compiledSql}) ORDER BY __row LIMIT ${sqlNumber(limit)}`;
}

/** The first rows of a raw (all-VARCHAR) table, in file order. Pure. */
export function rawHeadQuery(table: string, limit = PREVIEW_ROWS): string {
  return `SELECT * FROM ${sqlIdent(table)} ORDER BY rowid LIMIT ${sqlNumber(limit)}`;
}

/** One page of a report table (rejections or warnings), in file/row order. Pure. */
export function reportPageQuery(table: string, page: number, size: number): string {
  return `SELECT file, "row"::DOUBLE AS "row", "column", "value", reason FROM ${sqlIdent(table)} ORDER BY file, "row", "column" LIMIT ${sqlNumber(size)} OFFSET ${sqlNumber(Math.max(0, page) * size)}`;
}

/** Number of lines in a report table. Pure. */
export function reportCountQuery(table: string): string {
  return `SELECT count(*)::DOUBLE AS n FROM ${sqlIdent(table)}`;
}

/** One failed check of a preview row. */
export interface PreviewProblem {
  column: string;
  reason: string;
  value: string;
}

/**
 * Unpacks a preview row's packed checks (`__rej`/`__warn` of compileMapping: entries
 * `index US reason US value` joined by RS) using the compiled mapping's column labels. Pure.
 */
export function unpackChecks(packed: string | null | undefined, labels: readonly string[]): PreviewProblem[] {
  if (!packed) return [];
  return packed.split('\u001e').map((entry) => {
    const [index = '', reason = '', value = ''] = entry.split('\u001f');
    return { column: labels[Number(index)] ?? '', reason, value };
  });
}

/** Lines and distinct (file, row) pairs per reason of a report table, largest first. Pure. */
export function reportReasonCountsQuery(table: string): string {
  return `SELECT reason, count(*)::DOUBLE AS lines, count(DISTINCT (file, "row"))::DOUBLE AS "rows" FROM ${sqlIdent(table)} GROUP BY reason ORDER BY "rows" DESC, reason`;
}
