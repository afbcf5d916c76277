import { toCsv } from '../export/csv.ts';
import type { ExportTable, ExportValue } from '../export/table-data.ts';
import { type Displayable, displayable } from './display.ts';

/** Options of {@link markdownTable}. */
export interface MarkdownTableOptions {
  /** Show at most this many rows, then a "… N more rows" line; default 40. */
  maxRows?: number;
  /** Digits after the decimal point for non-integer numbers; default 3. */
  digits?: number;
  /**
   * Also attach the whole table as `text/csv`, exactly the bytes the CSV export writes (all
   * rows, text made inert): for the publishable table, so it can be copied or compared.
   */
  csv?: boolean;
}

/**
 * Escapes text for a Markdown table cell so a value from a file is shown, never interpreted:
 * `|` would end the cell, `<` could open HTML (renderers pass raw HTML through), and
 * `* _ [ ] \` `\`` would turn into emphasis, links or code.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\r?\n|\r/g, ' ');
}

function cellText(value: ExportValue, digits: number): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(digits);
  return value;
}

function isNumericColumn(table: ExportTable, c: number): boolean {
  const values = table.rows.map((r) => r[c] ?? null).filter((v) => v !== null);
  return values.length > 0 && values.every((v) => typeof v === 'number');
}

/**
 * A table as a Markdown pipe table (for `text/markdown`, which Jupyter and code hosts render)
 * plus an aligned plain-text version (`text/plain`); no HTML at all. Hidden (suppressed)
 * cells are `null` and show empty, next to their `status`.
 */
export function markdownTable(table: ExportTable, options: MarkdownTableOptions = {}): Displayable {
  const maxRows = options.maxRows ?? 40;
  const digits = options.digits ?? 3;
  const shown = table.rows.slice(0, maxRows);
  const more = table.rows.length - shown.length;
  const numeric = table.columns.map((_, c) => isNumericColumn(table, c));
  const text = shown.map((r) => table.columns.map((_, c) => cellText(r[c] ?? null, digits)));
  const md = [
    `| ${table.columns.map(escapeMarkdownCell).join(' | ')} |`,
    `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`,
    ...text.map((cells) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`),
  ];
  const widths = table.columns.map((name, c) =>
    Math.max(name.length, ...text.map((cells) => cells[c]?.length ?? 0)),
  );
  const pad = (s: string, c: number): string =>
    numeric[c] ? s.padStart(widths[c] ?? 0) : s.padEnd(widths[c] ?? 0);
  const plain = [
    table.columns.map((name, c) => pad(name, c)).join('  '),
    ...text.map((cells) => cells.map((s, c) => pad(s, c)).join('  ')),
  ].map((line) => line.trimEnd());
  if (more > 0) {
    md.push('', `… ${more} more rows`);
    plain.push(`… ${more} more rows`);
  }
  return displayable({
    'text/markdown': md.join('\n'),
    'text/plain': plain.join('\n'),
    ...(options.csv ? { 'text/csv': new TextDecoder().decode(toCsv(table)) } : {}),
  });
}

/** Builds an {@link ExportTable} from row objects (keys of the first row are the columns). */
export function tableFromRecords(records: readonly Record<string, ExportValue>[]): ExportTable {
  const columns = Object.keys(records[0] ?? {});
  return { columns, rows: records.map((r) => columns.map((c) => r[c] ?? null)) };
}
