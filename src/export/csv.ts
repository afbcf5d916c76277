import type { ExportTable, ExportValue } from './table-data.ts';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8 text correctly. */
  bom?: boolean;
  /** Field separator; default `,`. Spanish and Portuguese Excel often expect `;`. */
  delimiter?: ',' | ';' | '\t';
}

/** First characters that make a spreadsheet treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell inert for spreadsheets: text that starts with `=`, `+`, `-`, `@`, tab or
 * CR gets a leading apostrophe (`'=HYPERLINK(…)`), the OWASP advice for CSV injection. Excel
 * and LibreOffice then show it as text. The apostrophe is visible in other readers; numbers
 * are never changed, only text (so the text "-1" becomes "'-1" but the number −1 stays).
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes a table as RFC 4180 CSV in UTF-8: CRLF line ends, fields quoted when they contain
 * the delimiter, a quote, CR or LF, quotes doubled; `null` is an empty field; text made
 * inert with {@link inertText}. Returns the file's bytes.
 */
export function toCsv(table: ExportTable, options: CsvOptions = {}): Uint8Array {
  const delimiter = options.delimiter ?? ',';
  const line = (cells: readonly ExportValue[]): string => toCsvLine(cells, delimiter);
  const text = `${[line(table.columns), ...table.rows.map(line)].join('\r\n')}\r\n`;
  return new TextEncoder().encode((options.bom ? '\uFEFF' : '') + text);
}

/** One CSV record without its line end, fields quoted and made inert as in {@link toCsv}. */
export function toCsvLine(cells: readonly ExportValue[], delimiter = ','): string {
  return cells.map((c) => field(c, delimiter)).join(delimiter);
}

function field(value: ExportValue, delimiter: string): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : inertText(value);
  if (text.includes(delimiter) || /["\r\n]/.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}
