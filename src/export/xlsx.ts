import ExcelJS from 'exceljs';
import { type Provenance, serializeProvenance } from './provenance.ts';
import type { ExportTable } from './table-data.ts';

/** Options of {@link toXlsx}. */
export interface XlsxOptions {
  /** Name of the data sheet; default `data`. */
  sheetName?: string;
}

/**
 * Writes a table as an XLSX workbook (exceljs) and returns its bytes. Text is written as
 * plain string cells, never as formulas, so `=HYPERLINK(…)` from a file stays inert text
 * (the read-back test checks there is no formula in the sheet). Numbers stay numbers; `null`
 * leaves the cell empty; a bare CR in text reads back as LF (XML line-end normalisation).
 * Provenance goes where a workbook can hold it: the document
 * properties (subject = schema tag, description = the JSON) and a second sheet
 * `provenance` with one field per row, so a reader sees k and the rounding base.
 */
export async function toXlsx(
  table: ExportTable,
  provenance: Provenance,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `rutas ${provenance.appVersion}`;
  workbook.created = new Date(provenance.exportedAt);
  workbook.modified = new Date(provenance.exportedAt);
  workbook.subject = provenance.schema;
  workbook.description = serializeProvenance(provenance);
  const sheet = workbook.addWorksheet(options.sheetName ?? 'data');
  sheet.addRow(table.columns);
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(() => null));
    row.forEach((value, i) => {
      // Assigning each value explicitly: a string is stored as a string cell even when it
      // looks like a formula (exceljs only writes formulas given as {formula: …} objects).
      if (value !== null) added.getCell(i + 1).value = value;
    });
  }
  const meta = workbook.addWorksheet('provenance');
  for (const [key, value] of Object.entries(provenance)) {
    meta.addRow([key, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
