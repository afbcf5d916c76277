import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseProvenance } from '../../../src/export/provenance.ts';
import { toXlsx } from '../../../src/export/xlsx.ts';
import { FORMULAS, PROVENANCE, TABLE } from './fixtures.ts';

const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

describe('toXlsx', () => {
  it('reads back (exceljs) with the same numbers, text as text and provenance', async () => {
    const bytes = await toXlsx(TABLE, PROVENANCE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = wb.getWorksheet('data')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...TABLE.columns]);
    TABLE.rows.forEach((row, i) => {
      const r = sheet.getRow(i + 2);
      expect(r.getCell(3).value ?? null).toBe(row[2]);
      // XML turns a bare CR into LF (line-end normalisation); everything else is unchanged.
      expect(r.getCell(4).value ?? null).toBe(typeof row[3] === 'string' ? lf(row[3]) : row[3]);
      if (typeof row[3] === 'string') expect(r.getCell(4).type).toBe(ExcelJS.ValueType.String);
    });
    expect(parseProvenance(wb.description)).toEqual({ ok: true, provenance: PROVENANCE });
    const meta = wb.getWorksheet('provenance')!;
    expect(meta.getRow(6).values).toEqual([undefined, 'k', '5']);
  });

  it('stores formula payloads as strings, never formulas', async () => {
    const bytes = await toXlsx(TABLE, PROVENANCE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = wb.getWorksheet('data')!;
    const found: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
        if (typeof cell.value === 'string') found.push(cell.value);
      }),
    );
    for (const f of FORMULAS) expect(found).toContain(lf(f));
  });
});
