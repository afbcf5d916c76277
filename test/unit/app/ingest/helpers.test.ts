import { describe, expect, it } from 'vitest';
import { cellText, MAX_CELL_CHARS } from '../../../../src/app/ingest/cell-text.ts';
import { formatDictionary, parseDictionary, parseList } from '../../../../src/app/ingest/dictionary-text.ts';
import { toShownError } from '../../../../src/app/ingest/error-message.ts';
import { urlFileName } from '../../../../src/app/ingest/file-from-url.ts';
import { loadBlockers } from '../../../../src/app/ingest/load-gate.ts';
import { mappingFileName, reportFileName } from '../../../../src/app/ingest/mapping-file-name.ts';
import { progressFraction } from '../../../../src/app/ingest/progress.ts';
import { mergeCodeCounts, resultTotals } from '../../../../src/app/ingest/result-totals.ts';
import { IngestError } from '../../../../src/ingest/ingest-error.ts';
import type { ColumnMapping } from '../../../../src/ingest/mapping/types.ts';
import { INGEST_PHASES } from '../../../../src/ingest/prepare-extract.ts';
import type { ExtractSummary } from '../../../../src/ingest/summary.ts';

describe('dictionary text', () => {
  it('parses value = value lines and names bad lines', () => {
    const parsed = parseDictionary('Trata = trafficking\n\nTráfico=smuggling\nnonsense\n= x\n');
    expect(parsed.values).toEqual({ Trata: 'trafficking', Tráfico: 'smuggling' });
    expect(parsed.badLines).toEqual([4, 5]);
    expect(parseDictionary(formatDictionary(parsed.values)).values).toEqual(parsed.values);
  });
  it('splits lists without blanks', () => {
    expect(parseList(' %d/%m/%Y \n\n%Y ')).toEqual(['%d/%m/%Y', '%Y']);
  });
});

describe('cell text', () => {
  it('keeps markup and formulas as characters and cuts long values', () => {
    expect(cellText('<b>x</b>')).toBe('<b>x</b>');
    expect(cellText('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
    expect(cellText(null)).toBe('');
    expect(cellText('x'.repeat(500))).toHaveLength(MAX_CELL_CHARS);
  });
});

describe('load gate', () => {
  const mapping: ColumnMapping = {
    version: 1,
    recordLevel: 'incident',
    fields: { country: { column: 'País' } },
  };
  const personal = [{ column: 'Nombre', kinds: ['name' as const] }];
  it('blocks until personal data is dropped and required fields are mapped', () => {
    const blockers = loadBlockers({ mapping, personal, schemaErrors: [], office: '', multiFile: false });
    expect(blockers.map((b) => b.code)).toEqual(['personal_not_dropped', 'required_unmapped']);
    expect(blockers[1]).toEqual({ code: 'required_unmapped', fields: ['date'] });
    const fixed: ColumnMapping = {
      ...mapping,
      drop: ['Nombre'],
      fields: { ...mapping.fields, date: { column: 'F' } },
    };
    expect(
      loadBlockers({ mapping: fixed, personal, schemaErrors: [], office: '', multiFile: false }),
    ).toEqual([]);
  });
  it('asks for an office per file in a multi-file load, and passes schema errors on', () => {
    const ok: ColumnMapping = { ...mapping, fields: { ...mapping.fields, date: { column: 'F' } } };
    const codes = loadBlockers({
      mapping: ok,
      personal: [],
      schemaErrors: ['/x: bad'],
      office: ' ',
      multiFile: true,
    }).map((b) => b.code);
    expect(codes).toEqual(['mapping_invalid', 'office_missing']);
  });
});

describe('progress', () => {
  it('grows monotonically through phases and files and stays within 0..1', () => {
    const seen: number[] = [];
    for (let file = 0; file < 3; file++)
      for (const phase of INGEST_PHASES.filter((p) => p !== 'load'))
        seen.push(progressFraction(phase, file, 3));
    seen.push(progressFraction('load', 2, 3));
    expect(seen[0]).toBe(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] ?? 0);
    expect(seen.at(-1)).toBeLessThan(1);
  });
});

describe('result totals', () => {
  const summary = (file: string, read: number, loaded: number): ExtractSummary => ({
    file,
    format: 'csv',
    office: null,
    rowsRead: read,
    rowsLoaded: loaded,
    rowsRejected: read - loaded,
    incidents: loaded,
    rejections: [{ code: 'date_unparseable', lines: read - loaded, rows: read - loaded }],
    warnings: [],
    fileWarnings: [],
    coordinatesCoarsened: 1,
    coordinateGrid: 0.01,
    personalData: [],
  });
  it('sums files and merges reasons', () => {
    const totals = resultTotals([summary('a.csv', 10, 8), summary('b.csv', 5, 2)]);
    expect(totals).toMatchObject({ rowsRead: 15, rowsLoaded: 10, rowsRejected: 5, balanced: true });
    expect(
      mergeCodeCounts([
        [{ code: 'a', lines: 1, rows: 1 }],
        [
          { code: 'b', lines: 3, rows: 2 },
          { code: 'a', lines: 2, rows: 2 },
        ],
      ]),
    ).toEqual([
      { code: 'a', lines: 3, rows: 3 },
      { code: 'b', lines: 3, rows: 2 },
    ]);
  });
});

describe('errors shown', () => {
  it('keeps typed codes, turns anything after cancel into cancelled', () => {
    const empty = new IngestError('empty_file', { file: 'vacio.csv' });
    expect(toShownError(empty, ['vacio.csv'], false)).toEqual({
      code: 'empty_file',
      params: { file: 'vacio.csv' },
    });
    expect(toShownError(new Error('Interrupted'), ['a.csv'], true).code).toBe('cancelled');
    expect(toShownError(new Error('boom\nstack'), ['a.csv'], false)).toEqual({
      code: 'internal',
      params: { file: 'a.csv', detail: 'boom' },
    });
  });
});

describe('file names', () => {
  it('names saved mappings and reports after the data file', () => {
    expect(mappingFileName('casos 2024.csv')).toBe('casos 2024.mapping.json');
    expect(reportFileName(['a.csv', 'b.xlsx'], 'rejections')).toBe('a+1.rejections.csv');
    expect(urlFileName('sample/x%20y.csv?v=1')).toBe('x y.csv');
  });
});
