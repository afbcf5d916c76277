/**
 * English default texts for every ingest code (errors, rejection reasons, warnings). Pure
 * modules return codes + params; the app translates the code through i18n, the CLI prints
 * these English defaults. `{name}` placeholders are filled from the params.
 */

/** Codes of errors that stop an ingest (nothing is loaded, the previous data stays). */
export const ERROR_MESSAGES = {
  empty_file: '{file} is empty. Export the data again and check that the file has rows.',
  no_data_rows: '{file} has a header but no data rows. Export the data again with its rows.',
  binary_not_text:
    '{file} is not a text file although its name says {format}. Open it in the program that made it and export it as CSV, XLSX or Parquet.',
  unsupported_format:
    '{file}: this kind of file cannot be read. Use CSV, XLSX, Parquet, Arrow, JSON or GeoJSON.',
  file_too_large:
    '{file} is too big for this machine ({sizeMb} MB, limit {limitMb} MB). Split it by year or office and load the parts.',
  out_of_memory:
    '{file} needs more memory than this machine has. Split it by year or office and load the parts.',
  parquet_truncated:
    '{file} is an incomplete Parquet file (cut off while copying?). Copy or export it again.',
  parquet_unreadable: '{file} could not be read as Parquet ({detail}). Export it again.',
  arrow_unreadable: '{file} could not be read as Arrow IPC ({detail}). Export it again.',
  xlsx_unreadable: '{file} could not be read as an Excel workbook ({detail}). Save it again as .xlsx or CSV.',
  xlsx_sheet_missing: '{file} has no sheet named "{sheet}". Sheets: {sheets}.',
  json_unreadable: '{file} is not valid JSON ({detail}). Export it again.',
  json_not_records: '{file} holds JSON but not a list of records or GeoJSON features.',
  csv_unreadable:
    '{file} could not be read as CSV ({detail}). Check the delimiter and quotes, or save it as UTF-8 CSV.',
  personal_data_columns:
    '{file} has columns that look like personal data: {columns}. Drop them in the mapping before loading.',
  mapping_invalid: 'The column mapping is not valid: {detail}.',
  mapping_column_missing:
    'The mapping uses column "{column}", which {file} does not have. Columns: {columns}.',
  nothing_loaded: 'No row of {file} could be loaded: every row was rejected. See the rejection report.',
  cancelled: 'Loading {file} was cancelled. The data loaded before is unchanged.',
  internal: 'Unexpected error while loading {file}: {detail}',
} as const;

/** Reasons a row is rejected (it is listed in the rejection report, not loaded). */
export const REJECTION_MESSAGES = {
  required_missing: 'required value missing',
  date_unparseable: 'date not understood',
  date_future: 'date in the future',
  coords_unparseable: 'coordinates not understood',
  coords_out_of_range: 'coordinates out of range',
  coords_swapped: 'latitude and longitude look swapped',
  coords_incomplete: 'only one of latitude and longitude given',
  count_negative: 'negative count',
  count_not_integer: 'count is not a whole number',
  count_censored: 'count is censored (like "<5"); the exact number is needed',
  country_unknown: 'country not recognised',
  value_unknown: 'value not in the dictionary for this field',
  id_duplicate: 'duplicate id (the first row with this id was kept)',
  row_too_many_fields: 'row has more fields than the header',
  text_too_long: 'text longer than the schema allows',
} as const;

/** Things noticed in rows that were kept. */
export const WARNING_MESSAGES = {
  text_formula: 'text starts like a spreadsheet formula; kept verbatim as text, never evaluated',
  text_html: 'text contains HTML markup; kept verbatim as text, never rendered',
  coords_coarsened: 'coordinates coarsened to the privacy grid',
  count_thousands_separator: 'count had a thousands separator, read as a whole number',
  header_missing: 'the file seems to have no header row; columns are named column0, column1, ...',
  encoding_latin1: 'the file is not UTF-8; it was read as Latin-1 / Windows-1252',
  duplicate_across_files: 'the same incident seems to be in another file',
} as const;

/** An ingest error code. */
export type IngestErrorCode = keyof typeof ERROR_MESSAGES;
/** A rejection reason code. */
export type RejectionReason = keyof typeof REJECTION_MESSAGES;
/** A warning code. */
export type WarningCode = keyof typeof WARNING_MESSAGES;

/** All rejection reasons, in report order. */
export const REJECTION_REASONS = Object.keys(REJECTION_MESSAGES) as RejectionReason[];

/** Parameters of a message: plain strings and numbers only, never markup. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills a template's `{name}` placeholders from `params`; unknown placeholders stay as
 * they are so a missing param is visible rather than silently empty.
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/** English text of any ingest code (error, rejection or warning), or the code itself if unknown. */
export function englishMessage(code: string, params: MessageParams = {}): string {
  const table: Record<string, string> = { ...ERROR_MESSAGES, ...REJECTION_MESSAGES, ...WARNING_MESSAGES };
  return fillTemplate(table[code] ?? code, params);
}
