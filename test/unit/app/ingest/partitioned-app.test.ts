import { describe, expect, it } from 'vitest';
import { spanText } from '../../../../src/app/ingest/PartitionedStatus.tsx';
import { initialChoice, isValidChoice } from '../../../../src/app/ingest/partitioned-choice.ts';
import { compactNumber, formatBytes } from '../../../../src/app/ingest/partitioned-format.ts';
import { NoPartitionedRowsError } from '../../../../src/app/ingest/partitioned-load.ts';
import { FolderAddressError, folderName, folderUrl } from '../../../../src/app/ingest/partitioned-source.ts';
import { partitionedFailure } from '../../../../src/app/ingest/use-partitioned-run.ts';
import { parseManifest, partitionPath } from '../../../../src/ingest/partitioned/manifest.ts';
import { RangeUnsupportedError } from '../../../../src/ingest/partitioned/range-buffer.ts';
import { EMPTY_FILTERS } from '../../../../src/state/filters.ts';

const PAGE = 'http://127.0.0.1:4173/rutas/index.html#v=1';
const code = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof FolderAddressError ? e.code : 'other';
  }
};

describe('folderUrl', () => {
  it('resolves a folder on the app origin, without query, hash or manifest name', () => {
    expect(folderUrl('data/extract', PAGE)).toBe('http://127.0.0.1:4173/rutas/data/extract/');
    expect(folderUrl(' /x/manifest.json?x=1 ', PAGE)).toBe('http://127.0.0.1:4173/x/');
    expect(folderName('http://127.0.0.1:4173/rutas/data/extract%202024/')).toBe('extract 2024');
  });

  it('refuses other origins and non-web addresses, as the CSP would', () => {
    expect(code(() => folderUrl('https://example.org/data/', PAGE))).toBe('other_origin');
    expect(code(() => folderUrl('http://127.0.0.1:9999/data/', PAGE))).toBe('other_origin');
    expect(code(() => folderUrl('//example.org/data/', PAGE))).toBe('other_origin');
    expect(code(() => folderUrl('file:///etc/', PAGE))).toBe('not_http');
    expect(code(() => folderUrl('  ', PAGE))).toBe('empty');
  });
});

describe('the dialog proposal', () => {
  const file = (year: number, country: string) => ({
    path: partitionPath(year, country),
    year,
    country,
    bytes: 100,
    footerBytes: 20,
    rows: 1,
  });
  const manifest = parseManifest({
    version: 1,
    files: [file(2020, 'COL'), file(2022, 'MEX'), file(2022, 'PER')],
  });

  it("starts from the view's period and countries the extract has", () => {
    const filters = { ...EMPTY_FILTERS, period: ['2021-03', '2021-05'] as const, detection: ['MEX', 'USA'] };
    expect(initialChoice(manifest, filters)).toEqual({ from: '2021-03', to: '2021-05', countries: ['MEX'] });
  });

  it('else proposes the last year and every country', () => {
    expect(initialChoice(manifest, EMPTY_FILTERS)).toEqual({
      from: '2022-01',
      to: '2022-12',
      countries: ['COL', 'MEX', 'PER'],
    });
  });

  it('accepts only ordered, well-formed months and some country', () => {
    expect(isValidChoice({ from: '2021-01', to: '2021-01', countries: ['COL'] })).toBe(true);
    expect(isValidChoice({ from: '2021-02', to: '2021-01', countries: ['COL'] })).toBe(false);
    expect(isValidChoice({ from: '2021-13', to: '2021-12', countries: ['COL'] })).toBe(false);
    expect(isValidChoice({ from: '2021-01', to: '2021-12', countries: [] })).toBe(false);
  });
});

describe('status text', () => {
  it('shows whole years as a year range, else months', () => {
    const month = (m: string) => `<${m}>`;
    expect(spanText(['2019-01', '2021-12'], month)).toBe('2019–2021');
    expect(spanText(['2021-01', '2021-12'], month)).toBe('2021');
    expect(spanText(['2021-03', '2021-05'], month)).toBe('<2021-03> – <2021-05>');
  });

  it('formats rows compactly and bytes with a unit, per language', () => {
    expect(compactNumber(1_234_567, 'en')).toBe('1.2M');
    expect(compactNumber(999, 'es')).toBe('999');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(2_500, 'es')).toMatch(/^2,5\skB$/);
  });

  it('turns errors into the codes the UI translates', () => {
    expect(partitionedFailure(new FolderAddressError('other_origin')).code).toBe('other_origin');
    expect(partitionedFailure(new RangeUnsupportedError('http://x/a.parquet'))).toEqual({
      code: 'range',
      detail: 'http://x/a.parquet',
    });
    expect(partitionedFailure(new NoPartitionedRowsError()).code).toBe('noRows');
    // Rows were there, but every one had a negative count: the message says so, with the count.
    expect(partitionedFailure(new NoPartitionedRowsError(12))).toEqual({ code: 'allRejected', detail: '12' });
    expect(partitionedFailure(new Error('boom')).code).toBe('failed');
    const c = new AbortController();
    c.abort(new Error('cancelled'));
    expect(partitionedFailure(new Error('cancelled'), c.signal).code).toBe('cancelled');
  });
});
