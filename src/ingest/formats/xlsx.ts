import ExcelJS from 'exceljs';
import { errorDetail, IngestError } from '../ingest-error.ts';
import { cellText, type StringColumns, uniqueNames } from './string-columns.ts';

/**
 * Text of an ExcelJS cell value. Formula cells give their formula verbatim (`=...`): a
 * value from a file is never evaluated, and the validator flags it as a warning.
 */
function xlsxCellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
    if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return cellText(value);
}

/**
 * Reads the first (or the named) sheet of an XLSX workbook into string columns; the first
 * row is the header. Empty trailing rows are ignored, empty rows inside the data are kept.
 */
export async function xlsxToColumns(bytes: Uint8Array, file: string, sheet?: string): Promise<StringColumns> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new IngestError('xlsx_unreadable', { file, detail: errorDetail(error) });
  }
  const worksheet = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!worksheet) {
    const sheets = workbook.worksheets.map((w) => w.name).join(', ');
    throw new IngestError('xlsx_sheet_missing', { file, sheet: sheet ?? '', sheets });
  }
  const width = worksheet.columnCount;
  const last = worksheet.actualRowCount === 0 ? 0 : (worksheet.lastRow?.number ?? 0);
  const header: string[] = [];
  const values: (string | null)[][] = Array.from({ length: width }, () => []);
  for (let r = 1; r <= last; r++) {
    const row = worksheet.getRow(r);
    for (let c = 1; c <= width; c++) {
      const text = xlsxCellText(row.getCell(c).value);
      if (r === 1) header.push(text ?? '');
      else values[c - 1]?.push(text);
    }
  }
  return { names: uniqueNames(header), values };
}
